"use client";
// Sets a password with the token from an e-mailed link: a password reset or a
// staff invitation (the action decides which kind of link it accepts).
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { tokenPasswordSchema } from "@/lib/validations/account";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

type Props = {
  token: string;
  signInHref: string;
  action: (input: z.input<typeof tokenPasswordSchema>) => Promise<ActionResult>;
  passwordLabel: string;
  doneText: string;
};

export function SetPasswordForm({ token, signInHref, action, passwordLabel, doneText }: Props) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(tokenPasswordSchema, action, { token, password: "", passwordConfirm: "" });
  const e = form.formState.errors;
  if (done)
    return (
      <p role="status" className="form-success">
        {doneText} <a href={signInHref}>{t("submitSignIn")}</a>
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField
        label={passwordLabel}
        hint={t("passwordHint")}
        type="password"
        autoComplete="new-password"
        registration={form.register("password")}
        error={e.password}
      />
      <TextField
        label={t("passwordConfirm")}
        type="password"
        autoComplete="new-password"
        registration={form.register("passwordConfirm")}
        error={e.passwordConfirm}
      />
      <FormMessage error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submitReset")}
      </Button>
    </form>
  );
}
