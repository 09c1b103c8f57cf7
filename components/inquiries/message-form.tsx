"use client";
// One message on a thread: an investor's reply, a staff reply or an internal
// note (the action decides which). A fresh client key per message keeps a
// retried submit from posting twice.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { messageSchema } from "@/lib/validations/inquiry";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

type Props = {
  label: string;
  submitLabel: string;
  hint?: string;
  action: (input: { body: string; clientKey: string }) => Promise<ActionResult>;
};

const newKey = () => crypto.randomUUID();

export function MessageForm({ label, submitLabel, hint, action }: Props) {
  const router = useRouter();
  const tf = useTranslations("forms");
  // The key travels as a form value that is not rendered; a new one after each success.
  const { form, onSubmit, formError, done } = useActionForm(messageSchema, action, { body: "", clientKey: newKey() }, (_data, form) => {
    form.reset({ body: "", clientKey: newKey() });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField label={label} hint={hint} multiline registration={form.register("body")} error={form.formState.errors.body} />
      <FormMessage error={formError} success={done && !formError ? tf("sent") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}
