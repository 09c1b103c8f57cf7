"use client";
// The investor closes their own inquiry.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "@/components/forms/form-message";

export function CloseInquiryButton({ action }: { action: () => Promise<ActionResult> }) {
  const t = useTranslations("inquiries");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await action();
            if (r.ok) router.refresh();
            else setError(r.formError ?? "unexpected");
          })
        }
      >
        {t("close")}
      </button>
      <FormMessage error={error} />
    </div>
  );
}
