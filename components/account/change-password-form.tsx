"use client";
// Changes the password; every session ends, so the user signs in again.
import { useTranslations } from "next-intl";
import { changePasswordSchema } from "@/lib/validations/account";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

export function ChangePasswordForm({ signInHref }: { signInHref: string }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(changePasswordSchema, changePasswordAction, {
    currentPassword: "",
    password: "",
    passwordConfirm: "",
  });
  const e = form.formState.errors;
  if (done)
    return (
      <p role="status" className="form-success">
        {t("passwordChanged")} <a href={signInHref}>{ta("submitSignIn")}</a>
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        registration={form.register("currentPassword")}
        error={e.currentPassword}
      />
      <TextField
        label={ta("newPassword")}
        hint={ta("passwordHint")}
        type="password"
        autoComplete="new-password"
        registration={form.register("password")}
        error={e.password}
      />
      <TextField
        label={ta("passwordConfirm")}
        type="password"
        autoComplete="new-password"
        registration={form.register("passwordConfirm")}
        error={e.passwordConfirm}
      />
      <FormMessage error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("savePassword")}
      </Button>
    </form>
  );
}
