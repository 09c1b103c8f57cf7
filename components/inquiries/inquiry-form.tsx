"use client";
// A new inquiry. The client key is made once when the form opens, so a double
// click or a retry after a lost response creates one inquiry, not two.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { INQUIRY_TOPICS } from "@/lib/domain";
import { inquirySchema } from "@/lib/validations/inquiry";
import { createInquiryAction } from "@/lib/actions/inquiries/create-inquiry";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

type Props = { languages: { value: string; label: string }[]; threadHref: string };

export function InquiryForm({ languages, threadHref }: Props) {
  const t = useTranslations("inquiries");
  const router = useRouter();
  const [clientKey] = useState(() => crypto.randomUUID());
  const { form, onSubmit, formError, done } = useActionForm(
    inquirySchema,
    createInquiryAction,
    { topic: "INVESTMENT_CONDITIONS", subject: "", message: "", contactLocale: "", clientKey },
    (data) => data && router.push(`${threadHref}/${data.id}`),
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ChoiceField
        label={t("topic")}
        registration={form.register("topic")}
        error={e.topic}
        options={INQUIRY_TOPICS.map((v) => ({ value: v, label: t(`topics.${v}`) }))}
      />
      <TextField label={t("subject")} registration={form.register("subject")} error={e.subject} />
      <TextField label={t("message")} multiline registration={form.register("message")} error={e.message} />
      <ChoiceField
        label={t("contactLocale")}
        registration={form.register("contactLocale")}
        error={e.contactLocale}
        options={[{ value: "", label: t("contactLocaleAny") }, ...languages]}
      />
      <FormMessage error={formError} />
      {/* Disabled once the server accepted it (on the way to the thread), not after a
          refusal: react-hook-form's isSubmitSuccessful is true for those too. */}
      <Button type="submit" disabled={form.formState.isSubmitting || done}>
        {t("send")}
      </Button>
    </form>
  );
}
