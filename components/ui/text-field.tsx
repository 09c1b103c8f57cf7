"use client";
// A labelled input or textarea with its translated error, linked for screen readers.
// Its id comes from useId: unique on the page whatever else the page holds (a
// section heading, another form with a field of the same name).
import type { InputHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { useFieldNotes } from "./field-notes";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
  multiline?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

export function TextField({ label, registration, error, hint, multiline, ...input }: Props) {
  const { id, describedBy, notes } = useFieldNotes(hint, error);
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, ...registration };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={6} {...common} /> : <input {...input} {...common} />}
      {notes}
    </div>
  );
}
