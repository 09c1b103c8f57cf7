"use client";
// Staff open, close or reopen an inquiry, with a reason kept in its history.
// Only the events the state machine allows from the current status are offered.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ManualInquiryEvent } from "@/lib/inquiry-state";
import { statusChangeSchema } from "@/lib/validations/inquiry";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceField } from "@/components/ui/choice-field";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { announce } from "@/lib/announce";
import { Button } from "@/components/ui/button";

type Props = { events: ManualInquiryEvent[]; action: (input: z.input<typeof statusChangeSchema>) => Promise<ActionResult> };

export function StatusForm({ events, action }: Props) {
  const t = useTranslations("inbox");
  const router = useRouter();
  // The page keys this form by status, so it is replaced after the refresh: the
  // outcome goes to the layout's announcer.
  const { form, onSubmit, formError } = useActionForm(statusChangeSchema, action, { event: events[0], reason: "" }, () => {
    announce(t("statusChanged"));
    router.refresh();
  });
  if (events.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ChoiceField
        label={t("statusTitle")}
        registration={form.register("event")}
        options={events.map((e) => ({ value: e, label: t(`events.${e}`) }))}
        error={form.formState.errors.event}
      />
      <TextField label={t("reason")} registration={form.register("reason")} error={form.formState.errors.reason} />
      <FormMessage error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("changeStatus")}
      </Button>
    </form>
  );
}
