"use client";
// Staff move a proposal along the state machine. The form carries the version
// the page showed: if a colleague acted in between, the server answers with a
// "changed since you opened it" conflict instead of overwriting.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { StaffDecision } from "@/lib/proposal-state";
import { decisionSchema } from "@/lib/validations/proposal";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceField } from "@/components/forms/choice-field";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";

type Props = { actions: StaffDecision[]; version: number; action: (input: z.input<typeof decisionSchema>) => Promise<ActionResult> };

export function DecisionForm({ actions, version, action }: Props) {
  const t = useTranslations("pipeline");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(
    decisionSchema,
    action,
    { action: actions[0], version, publicReason: "", internalNote: "" },
    () => router.refresh(),
  );
  if (actions.length === 0) return null;
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ChoiceField
        label={t("action")}
        registration={form.register("action")}
        error={e.action}
        options={actions.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
      />
      <TextField label={t("publicReason")} multiline registration={form.register("publicReason")} error={e.publicReason} />
      <TextField label={t("internalNote")} multiline registration={form.register("internalNote")} error={e.internalNote} />
      <FormMessage error={formError} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("decide")}
      </button>
    </form>
  );
}
