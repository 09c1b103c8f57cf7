"use client";
// The public contact form (no account). After a success it says to look for the
// confirmation e-mail: nothing reaches staff until the address is confirmed.
import { useTranslations } from "next-intl";
import { INQUIRY_TOPICS } from "@/lib/domain";
import { guestContactSchema } from "@/lib/validations/inquiry";
import { sendGuestContactAction } from "@/lib/actions/inquiries/send-guest-contact";
import type { Locale } from "@/lib/i18n/routing";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

type Props = { locale: Locale; languages: { value: string; label: string }[] };

export function GuestContactForm({ locale, languages }: Props) {
  const t = useTranslations("contacts");
  const tInquiries = useTranslations("inquiries");
  const { form, onSubmit, formError, done } = useActionForm(guestContactSchema, sendGuestContactAction, {
    name: "",
    company: "",
    email: "",
    topic: "INVESTMENT_CONDITIONS",
    subject: "",
    message: "",
    contactLocale: locale,
    website: "",
  });
  if (done)
    return (
      <p role="status" className="form-success">
        {t("sent")}
      </p>
    );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField label={t("name")} autoComplete="name" registration={form.register("name")} error={e.name} />
      <TextField label={t("company")} autoComplete="organization" registration={form.register("company")} error={e.company} />
      <TextField label={t("email")} type="email" autoComplete="email" registration={form.register("email")} error={e.email} />
      <ChoiceField
        label={tInquiries("topic")}
        registration={form.register("topic")}
        error={e.topic}
        options={INQUIRY_TOPICS.map((v) => ({ value: v, label: tInquiries(`topics.${v}`) }))}
      />
      <TextField label={tInquiries("subject")} registration={form.register("subject")} error={e.subject} />
      <TextField label={tInquiries("message")} multiline registration={form.register("message")} error={e.message} />
      <ChoiceField label={t("language")} registration={form.register("contactLocale")} error={e.contactLocale} options={languages} />
      {/* The honeypot: off screen and out of the accessibility tree; people leave it empty. */}
      <div className="honeypot" aria-hidden="true">
        <label>
          {t("website")}
          <input type="text" tabIndex={-1} autoComplete="off" {...form.register("website")} />
        </label>
      </div>
      <FormMessage error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
