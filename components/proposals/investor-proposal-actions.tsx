"use client";
// On a submitted proposal: withdraw (while undecided) and, when the park asked
// for information, the answer form (which returns it to review). Withdrawing
// cannot be undone, so it asks first, in the portal's own dialog.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { answerInfoAction, withdrawProposalAction } from "@/lib/actions/proposals/investor-proposal";
import { answerInfoSchema } from "@/lib/validations/proposal";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { useConfirmDialog } from "@/components/ui/confirm-dialog";
import { announce } from "@/lib/announce";
import { Button } from "@/components/ui/button";

export function InvestorProposalActions({
  id,
  version,
  canWithdraw,
  needsInfo,
}: {
  id: string;
  version: number;
  canWithdraw: boolean;
  needsInfo: boolean;
}) {
  const t = useTranslations("proposals");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { confirm, dialog } = useConfirmDialog();
  const { form, onSubmit, formError } = useActionForm(
    answerInfoSchema,
    answerInfoAction.bind(null, id),
    { version, publicReason: "" },
    () => {
      announce(t("answerSent"));
      router.refresh();
    },
  );
  const withdraw = async () => {
    const yes = await confirm({ title: t("withdrawTitle"), body: t("withdrawConfirm"), confirmLabel: t("withdraw") });
    if (!yes) return;
    setError(null);
    const r = await withdrawProposalAction(id, version).catch(() => ({ ok: false as const, formError: "unexpected" }));
    if (!r.ok) return setError(r.formError ?? "unexpected");
    announce(t("withdrawn"));
    router.refresh();
  };
  return (
    <>
      {needsInfo && (
        <section aria-labelledby="answer">
          <h2 id="answer">{t("answerTitle")}</h2>
          <form onSubmit={onSubmit} noValidate className="form">
            <TextField
              label={t("answerLabel")}
              multiline
              registration={form.register("publicReason")}
              error={form.formState.errors.publicReason}
            />
            <FormMessage error={formError} />
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {t("sendAnswer")}
            </Button>
          </form>
        </section>
      )}
      {canWithdraw && (
        <p>
          <Button type="button" variant="secondary" onClick={withdraw}>
            {t("withdraw")}
          </Button>
        </p>
      )}
      <FormMessage error={error} />
      {dialog}
    </>
  );
}
