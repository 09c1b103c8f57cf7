"use client";
// "Send a new link" for an address not confirmed yet: on the sign-in page when
// it refuses an unconfirmed account, and on the verify page when a link failed.
// The answer is the same whether or not the address has such an account.
import { useTranslations } from "next-intl";
import { accountLinkSchema } from "@/lib/validations/account";
import { resendVerificationAction } from "@/lib/actions/account/resend-verification";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";

export function ResendVerificationForm({ email = "" }: { email?: string }) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(accountLinkSchema, resendVerificationAction, { email });
  return (
    <section aria-label={t("resendTitle")}>
      {done ? (
        <p role="status" className="form-success">
          {t("resendDone")}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="form">
          <TextField
            label={t("email")}
            type="email"
            autoComplete="email"
            registration={form.register("email")}
            error={form.formState.errors.email}
          />
          <FormMessage error={formError} />
          <button type="submit" className="button button-secondary" disabled={form.formState.isSubmitting}>
            {t("resendSubmit")}
          </button>
        </form>
      )}
    </section>
  );
}
