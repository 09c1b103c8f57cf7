"use client";
// One message on a thread: an investor's reply, a staff reply or an internal
// note (the action decides which). A fresh client key per message keeps a
// retried submit from posting twice.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { messageSchema } from "@/lib/validations/inquiry";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

type Template = { id: string; title: string; text: string };

type Props = {
  label: string;
  submitLabel: string;
  hint?: string;
  action: (input: { body: string; clientKey: string }) => Promise<ActionResult>;
  /** Staff replies: answer templates already filled for this inquiry, in the investor's language. */
  templates?: Template[];
};

const newKey = () => crypto.randomUUID();

export function MessageForm({ label, submitLabel, hint, action, templates }: Props) {
  const router = useRouter();
  const tf = useTranslations("forms");
  // The key travels as a form value that is not rendered; a new one after each success.
  const { form, onSubmit, formError, done } = useActionForm(messageSchema, action, { body: "", clientKey: newKey() }, (_data, form) => {
    form.reset({ body: "", clientKey: newKey() });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {templates && templates.length > 0 && (
        <TemplatePicker
          templates={templates}
          onInsert={(text) => {
            // Added after what is already written, so nothing typed is lost; then edited before sending.
            const current = form.getValues("body");
            form.setValue("body", current.trim() ? `${current.trimEnd()}\n\n${text}` : text, { shouldDirty: true });
            form.setFocus("body");
          }}
        />
      )}
      <TextField label={label} hint={hint} multiline registration={form.register("body")} error={form.formState.errors.body} />
      <FormMessage error={formError} success={done && !formError ? tf("sent") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}

function TemplatePicker({ templates, onInsert }: { templates: Template[]; onInsert: (text: string) => void }) {
  const t = useTranslations("templates");
  const [chosen, setChosen] = useState("");
  return (
    <div className="template-picker">
      <label htmlFor="template-choice">{t("insert")}</label>
      <select id="template-choice" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t("none")}</option>
        {templates.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {tpl.title}
          </option>
        ))}
      </select>
      <Button
        type="button"
        variant="secondary"
        disabled={!chosen}
        onClick={() => {
          const tpl = templates.find((x) => x.id === chosen);
          if (tpl) onInsert(tpl.text);
        }}
      >
        {t("insertButton")}
      </Button>
    </div>
  );
}
