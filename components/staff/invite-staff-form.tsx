"use client";
// Admin invites a colleague; the invitation goes out through the outbox.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { inviteStaffAction } from "@/lib/actions/staff/staff-accounts";
import { inviteStaffSchema } from "@/lib/validations/staff";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

export function InviteStaffForm({ locale, languages }: { locale: "en" | "ru" | "zh"; languages: { value: string; label: string }[] }) {
  const t = useTranslations("staffAdmin");
  const router = useRouter();
  const { form, onSubmit, formError, done } = useActionForm(
    inviteStaffSchema,
    inviteStaffAction,
    { email: "", name: "", role: "STAFF", locale },
    (_d, f) => {
      f.reset({ email: "", name: "", role: "STAFF", locale });
      router.refresh();
    },
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField label={t("email")} type="email" registration={form.register("email")} error={e.email} />
      <TextField label={t("name")} registration={form.register("name")} error={e.name} />
      <ChoiceField
        label={t("role")}
        registration={form.register("role")}
        error={e.role}
        options={(["STAFF", "ADMIN"] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <ChoiceField label={t("locale")} registration={form.register("locale")} options={languages} error={e.locale} />
      <FormMessage error={formError} success={done && !formError ? t("invited") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("invite")}
      </Button>
    </form>
  );
}
