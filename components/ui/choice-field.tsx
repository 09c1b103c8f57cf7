"use client";
// A labelled <select> with its translated error; its id unique on the page (useId).
import { useId } from "react";
import { useTranslations } from "next-intl";
import { translated } from "@/lib/i18n/translated";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  error?: FieldError;
  hint?: string;
};

export function ChoiceField({ label, registration, options, error, hint }: Props) {
  const id = useId();
  const t = useTranslations("validation");
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error?.message && (
        <p id={`${id}-error`} className="field-error">
          {translated(t, error.message)}
        </p>
      )}
    </div>
  );
}
