"use client";
// A labelled input or textarea with its translated error, linked for screen readers.
// Its id comes from useId: unique on the page whatever else the page holds (a
// section heading, another form with a field of the same name).
import { useId, type InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { translated } from "@/lib/i18n/translated";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
  multiline?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

export function TextField({ label, registration, error, hint, multiline, ...input }: Props) {
  const id = useId();
  const t = useTranslations("validation");
  // An error takes the hint's place: the two said the same thing twice ("At least
  // 10 characters…" and "Use at least 10 characters.").
  const showHint = hint && !error?.message;
  const describedBy = [showHint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, ...registration };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={6} {...common} /> : <input {...input} {...common} />}
      {showHint && (
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
