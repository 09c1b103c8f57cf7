"use client";
// A labelled <select> with its hint or translated error; its id unique on the page (useId).
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { useFieldNotes } from "./field-notes";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  error?: FieldError;
  hint?: string;
};

export function ChoiceField({ label, registration, options, error, hint }: Props) {
  const { id, describedBy, notes } = useFieldNotes(hint, error);
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
      {notes}
    </div>
  );
}
