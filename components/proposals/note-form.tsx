"use client";
// A staff evaluation note on a proposal (never shown to the investor).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { proposalNoteSchema } from "@/lib/validations/proposal";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

export function NoteForm({ action }: { action: (input: z.input<typeof proposalNoteSchema>) => Promise<ActionResult> }) {
  const t = useTranslations("pipeline");
  const router = useRouter();
  const { form, onSubmit, formError, done } = useActionForm(proposalNoteSchema, action, { body: "" }, (_d, f) => {
    f.reset({ body: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField
        label={t("notes")}
        hint={t("notesHint")}
        multiline
        registration={form.register("body")}
        error={form.formState.errors.body}
      />
      <FormMessage error={formError} success={done ? t("noteAdded") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("addNote")}
      </Button>
    </form>
  );
}
