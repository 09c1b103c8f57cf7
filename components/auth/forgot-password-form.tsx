"use client";
// Asks for a reset link; the answer is the same whether or not the address exists.
import { useTranslations } from "next-intl";
import { accountLinkSchema } from "@/lib/validations/account";
import { forgotPasswordAction } from "@/lib/actions/account/forgot-password";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(accountLinkSchema, forgotPasswordAction, { email: "" });
  if (done)
    return (
      <p role="status" className="form-success">
        {t("forgotDone")}
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
        registration={form.register("email")}
        error={form.formState.errors.email}
      />
      <FormMessage error={formError} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("submitForgot")}
      </button>
    </form>
  );
}
