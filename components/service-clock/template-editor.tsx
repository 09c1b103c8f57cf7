"use client";
// An answer template: a title and its text in each language. Placeholders the
// portal cannot fill are refused, per language, before anything is saved.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveAnswerTemplateAction } from "@/lib/actions/staff/answer-templates";
import { answerTemplateSchema, type AnswerTemplateInput } from "@/lib/validations/answer-template";
import { TEMPLATE_PLACEHOLDERS } from "@/lib/answer-templates";
import { EDITOR_LOCALES } from "@/lib/domain";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { announce } from "@/lib/announce";

type Props = { id: string | null; initial: AnswerTemplateInput; languageNames: Record<string, string>; listHref: string };

export function TemplateEditor({ id, initial, languageNames, listHref }: Props) {
  const t = useTranslations("templates");
  const router = useRouter();
  const { form, onSubmit, formError, done, setDone } = useActionForm(
    answerTemplateSchema,
    saveAnswerTemplateAction.bind(null, id),
    initial,
    (data, f) => {
      announce(t("saved"));
      if (!id && data) return router.push(`${listHref}/${data.id}`);
      f.reset({ ...f.getValues(), version: Number(f.getValues().version) + 1 });
    },
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} onChange={() => setDone(false)} noValidate className="form form-wide">
      <input type="hidden" {...form.register("version")} />
      <TextField label={t("titleField")} registration={form.register("title")} error={e.title} />
      <p className="muted">
        {t("placeholders")} {TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}
      </p>
      {EDITOR_LOCALES.map((l) => (
        <TextField
          key={l}
          label={t("body", { language: languageNames[l] ?? l })}
          multiline
          registration={form.register(`bodies.${l}`)}
          error={e.bodies?.[l]}
        />
      ))}
      <FormMessage error={formError} success={done && !formError ? t("saved") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
