"use client";
// An address, and a link sent to it ("forgot password", "send a new confirmation
// link"). The answer is the same whether or not the address has an account: the
// action only queues it (lib/auth/account-link-queue.ts).
import { useTranslations } from "next-intl";
import { accountLinkSchema } from "@/lib/validations/account";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

type Props = {
  action: (input: { email: string }) => Promise<ActionResult>;
  submitLabel: string;
  doneText: string;
  email?: string;
  secondary?: boolean;
};

export function AccountLinkForm({ action, submitLabel, doneText, email = "", secondary = false }: Props) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(accountLinkSchema, action, { email });
  if (done)
    return (
      <p role="status" className="form-success">
        {doneText}
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
      <Button type="submit" variant={secondary ? "secondary" : "primary"} disabled={form.formState.isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}
