"use client";
// Sets a new password with the token from the e-mailed link.
import { useTranslations } from "next-intl";
import { resetPasswordSchema } from "@/lib/validations/account";
import { resetPasswordAction } from "@/lib/actions/account/reset-password";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";

export function ResetPasswordForm({ token, signInHref }: { token: string; signInHref: string }) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    token,
    password: "",
    passwordConfirm: "",
  });
  const e = form.formState.errors;
  if (done) return <p role="status" className="form-success">{t("resetDone")} <a href={signInHref}>{t("submitSignIn")}</a></p>;
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField id="password" label={t("newPassword")} hint={t("passwordHint")} type="password" autoComplete="new-password" registration={form.register("password")} error={e.password} />
      <TextField id="passwordConfirm" label={t("passwordConfirm")} type="password" autoComplete="new-password" registration={form.register("passwordConfirm")} error={e.passwordConfirm} />
      <FormMessage error={formError} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>{t("submitReset")}</button>
    </form>
  );
}
