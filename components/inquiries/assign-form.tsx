"use client";
// Staff assign an inquiry to themselves or a colleague.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { assignSchema } from "@/lib/validations/inquiry";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

type Props = {
  current: string | null;
  staff: { id: string; name: string }[];
  action: (input: { assigneeId: string }) => Promise<ActionResult>;
};

export function AssignForm({ current, staff, action }: Props) {
  const t = useTranslations("inbox");
  const router = useRouter();
  const { form, onSubmit, formError, done } = useActionForm(assignSchema, action, { assigneeId: current ?? "" }, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="form form-inline">
      <ChoiceField
        label={t("assignTo")}
        registration={form.register("assigneeId")}
        options={[{ value: "", label: t("nobody") }, ...staff.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("assign")}
      </Button>
      <FormMessage error={formError} success={done ? t("assigned") : null} />
    </form>
  );
}
