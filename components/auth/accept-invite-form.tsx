"use client";
// The invited colleague chooses a password (token from the e-mailed link).
import { useTranslations } from "next-intl";
import { acceptInviteAction } from "@/lib/actions/staff/staff-accounts";
import { acceptInviteSchema } from "@/lib/validations/staff";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";

export function AcceptInviteForm({ token, signInHref }: { token: string; signInHref: string }) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(acceptInviteSchema, acceptInviteAction, { token, password: "", passwordConfirm: "" });
  const e = form.formState.errors;
  if (done) return <p role="status" className="form-success">{t("inviteDone")} <a href={signInHref}>{t("submitSignIn")}</a></p>;
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField id="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" registration={form.register("password")} error={e.password} />
      <TextField id="passwordConfirm" label={t("passwordConfirm")} type="password" autoComplete="new-password" registration={form.register("passwordConfirm")} error={e.passwordConfirm} />
      <FormMessage error={formError} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>{t("submitReset")}</button>
    </form>
  );
}
