"use client";
// What a form field says under itself, shared by the text and choice fields: the
// hint, or, once there is one, the translated error in its place (the two said
// the same thing twice), both linked to the control for screen readers.
import { useId } from "react";
import { useTranslations } from "next-intl";
import { translated } from "@/lib/i18n/translated";
import type { FieldError } from "react-hook-form";

export function useFieldNotes(hint?: string, error?: FieldError) {
  const id = useId();
  const t = useTranslations("validation");
  const showHint = hint && !error?.message;
  const describedBy = [showHint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const notes = (
    <>
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
    </>
  );
  return { id, describedBy, notes };
}
