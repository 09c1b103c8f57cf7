"use client";
// The form-level message (error or success), announced by screen readers. When
// the session has ended (role or password changed elsewhere), it links to the
// sign-in, which brings the user back to this page.
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { translated } from "@/lib/i18n/translated";

export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  const t = useTranslations("forms");
  const ta = useTranslations("auth");
  const locale = useLocale();
  const pathname = usePathname();
  const text = error ? translated(t, error, t("unexpected")) : success;
  // Only ever shown after a client-side submit, so `window` is there.
  const here = error === "signedOut" ? `${pathname}${window.location.search}` : "";
  return (
    <p role={error ? "alert" : "status"} aria-live="polite" className={error ? "form-error" : "form-success"}>
      {text ?? ""}
      {here && (
        <>
          {" "}
          <a href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(here)}`}>{ta("submitSignIn")}</a>
        </>
      )}
    </p>
  );
}
