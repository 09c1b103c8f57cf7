"use client";
// Removes a document from a draft. Its row goes with it, so the outcome is
// announced by the layout's announcer; a refusal is shown beside the button.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { removeDocumentAction } from "@/lib/actions/proposals/investor-proposal";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "@/components/forms/form-message";
import { announce } from "@/lib/announce";

export function RemoveDocumentButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("proposals");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    start(async () => {
      setError(null);
      const r = await removeDocumentAction(id).catch((): ActionResult => ({ ok: false, formError: "unexpected" }));
      if (!r.ok) return setError(r.formError ?? "unexpected");
      announce(t("documentRemoved"));
      router.refresh();
    });
  return (
    <>
      <button type="button" className="link-button" disabled={pending} onClick={remove}>
        {label}
      </button>
      {error && <FormMessage error={error} />}
    </>
  );
}
