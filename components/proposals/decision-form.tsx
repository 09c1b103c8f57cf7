"use client";
// Staff move a proposal along the state machine. The form carries the version
// the page showed: if a colleague acted in between, the server answers with a
// "changed since you opened it" conflict instead of overwriting. Declining,
// which cannot be undone, asks first.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { StaffDecision } from "@/lib/proposal-state";
import { decisionSchema } from "@/lib/validations/proposal";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceField } from "@/components/ui/choice-field";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { useConfirmDialog } from "@/components/ui/confirm-dialog";
import { announce } from "@/lib/announce";
import { Button } from "@/components/ui/button";

type Props = { actions: StaffDecision[]; version: number; action: (input: z.input<typeof decisionSchema>) => Promise<ActionResult> };

export function DecisionForm({ actions, version, action }: Props) {
  const t = useTranslations("pipeline");
  const router = useRouter();
  const { confirm, dialog } = useConfirmDialog();
  const { form, onSubmit, formError } = useActionForm(
    decisionSchema,
    action,
    { action: actions[0], version, publicReason: "", internalNote: "" },
    // The form is keyed by version, so it is replaced after the refresh: the
    // outcome goes to the layout's announcer.
    (_data, f) => {
      announce(t("decided", { action: t(`actions.${f.getValues("action")}`) }));
      router.refresh();
    },
  );
  if (actions.length === 0) return null;
  const e = form.formState.errors;
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.getValues("action") === "decline") {
      const yes = await confirm({ title: t("declineTitle"), body: t("declineBody"), confirmLabel: t("actions.decline") });
      if (!yes) return;
    }
    await onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ChoiceField
        label={t("action")}
        registration={form.register("action")}
        error={e.action}
        options={actions.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
      />
      <TextField label={t("publicReason")} multiline registration={form.register("publicReason")} error={e.publicReason} />
      <TextField label={t("internalNote")} multiline registration={form.register("internalNote")} error={e.internalNote} />
      <FormMessage error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("decide")}
      </Button>
      {dialog}
    </form>
  );
}
