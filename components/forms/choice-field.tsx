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
};

export function ChoiceField({ label, registration, options, error }: Props) {
  const id = useId();
  const t = useTranslations("validation");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...registration}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error?.message && (
        <p id={`${id}-error`} className="field-error">
          {translated(t, error.message)}
        </p>
      )}
    </div>
  );
}
