"use client";
// Deletes a template after asking (replies already sent keep their text).
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteAnswerTemplateAction } from "@/lib/actions/staff/answer-templates";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { useConfirmDialog } from "@/components/ui/confirm-dialog";
import { announce } from "@/lib/announce";

export function DeleteTemplateButton({ id, title, listHref }: { id: string; title: string; listHref: string }) {
  const t = useTranslations("templates");
  const router = useRouter();
  const { confirm, dialog } = useConfirmDialog();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!(await confirm({ title: t("deleteTitle", { title }), body: t("deleteBody"), confirmLabel: t("delete") }))) return;
    start(async () => {
      const result = await deleteAnswerTemplateAction(id);
      if (!result.ok) return setError(result.formError ?? "unexpected");
      announce(t("deleted"));
      router.push(listHref);
    });
  };
  return (
    <div>
      <Button type="button" variant="danger" disabled={pending} onClick={() => void remove()}>
        {t("delete")}
      </Button>
      <FormMessage error={error} />
      {dialog}
    </div>
  );
}
