"use client";
// The form-level message (error or success), announced by screen readers.
import { useTranslations } from "next-intl";
import { translated } from "@/lib/i18n/translated";

export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  const t = useTranslations("forms");
  const text = error ? translated(t, error, t("unexpected")) : success;
  return (
    <p role={error ? "alert" : "status"} aria-live="polite" className={error ? "form-error" : "form-success"}>
      {text ?? ""}
    </p>
  );
}
