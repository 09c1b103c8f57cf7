"use client";
// The news form: source, topics, state and schedule, then title/summary/body per
// locale with a live preview. Shared schema with the server; version guard;
// a warning before leaving with unsaved edits.
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { saveArticleAction } from "@/lib/actions/content/news";
import { CONTENT_LOCALES, NEWS_TAGS } from "@/lib/domain";
import { DATE_PRECISIONS, EDITOR_LOCALES, NEWS_STATUSES } from "@/lib/domain";
import { newsEditSchema, type NewsEditInput } from "@/lib/validations/news-admin";
import { useActionForm } from "@/components/forms/use-action-form";
import { useUnsavedChangesWarning } from "@/components/forms/use-unsaved-changes-warning";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { announce } from "@/lib/announce";
import { MarkdownPreview } from "./markdown-preview";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Props = {
  id: string | null;
  initial: NewsEditInput;
  languageNames: Record<string, string>;
  tagNames: Record<string, string>;
  editHref: string;
};

export function NewsEditor({ id, initial, languageNames, tagNames, editHref }: Props) {
  const t = useTranslations("newsAdmin");
  const tv = useTranslations("validation");
  const router = useRouter();
  const { form, onSubmit, formError, done, setDone } = useActionForm(
    newsEditSchema,
    saveArticleAction.bind(null, id),
    initial,
    (data, f) => {
      // A new record opens in its editor; the layout's announcer carries "Saved" across.
      if (!id && data) {
        announce(t("saved"));
        return router.push(`${editHref}/${data.id}`);
      }
      // The saved values are the new baseline; no refresh, so the message stays.
      if (data) f.reset({ ...f.getValues(), version: data.version });
    },
  );
  const { register, control, formState } = form;
  const e = formState.errors;
  useUnsavedChangesWarning(formState.isDirty);
  const texts = useWatch({ control, name: "translations" });
  return (
    <form onSubmit={onSubmit} onChange={() => setDone(false)} noValidate className="form form-wide">
      <input type="hidden" {...register("version", { valueAsNumber: true })} />
      <TextField label={t("slug")} registration={register("slug")} error={e.slug} />
      <ChoiceField
        label={t("originalLocale")}
        registration={register("originalLocale")}
        error={e.originalLocale}
        options={CONTENT_LOCALES.map((l) => ({ value: l, label: languageNames[l] ?? l }))}
      />
      <fieldset className="tags-field" aria-describedby={e.tags ? "tags-error" : undefined}>
        <legend>{t("tags")}</legend>
        {NEWS_TAGS.map((tag) => (
          <label key={tag}>
            <input type="checkbox" value={tag} {...register("tags")} /> {tagNames[tag]}
          </label>
        ))}
        {e.tags?.message && (
          <p id="tags-error" className="field-error">
            {tv(e.tags.message as "chooseTag")}
          </p>
        )}
      </fieldset>
      <TextField label={t("sourceName")} registration={register("sourceName")} error={e.sourceName} />
      <TextField label={t("sourceUrl")} registration={register("sourceUrl")} error={e.sourceUrl} />
      <ChoiceField
        label={t("status")}
        registration={register("status")}
        error={e.status}
        options={NEWS_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <TextField
        label={t("publishAt")}
        hint={t("publishAtHint")}
        type="datetime-local"
        registration={register("publishAt")}
        error={e.publishAt}
      />
      <ChoiceField
        label={t("publishedPrecision")}
        hint={t("publishedPrecisionHint")}
        registration={register("publishedPrecision")}
        error={e.publishedPrecision}
        options={DATE_PRECISIONS.map((p) => ({ value: p, label: t(`precisions.${p}`) }))}
      />

      <h2>{t("texts")}</h2>
      {EDITOR_LOCALES.map((l) => {
        const missing = !texts?.[l]?.title?.trim();
        return (
          <fieldset key={l} className="locale-texts">
            <legend lang={l}>
              {languageNames[l]} {missing && <Badge tone="warn">{t("missingBadge")}</Badge>}
            </legend>
            <TextField
              label={`${t("titleField")} (${l})`}
              registration={register(`translations.${l}.title`)}
              error={e.translations?.[l]?.title}
            />
            <TextField
              label={`${t("summary")} (${l})`}
              multiline
              registration={register(`translations.${l}.summary`)}
              error={e.translations?.[l]?.summary}
            />
            <TextField
              label={`${t("body")} (${l})`}
              multiline
              registration={register(`translations.${l}.body`)}
              error={e.translations?.[l]?.body}
            />
            {texts?.[l]?.body?.trim() && <MarkdownPreview markdown={texts[l].body} locale={l} />}
          </fieldset>
        );
      })}
      <FormMessage error={formError} success={done && !formError ? t("saved") : null} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
