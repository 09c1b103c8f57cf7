"use client";
// The resident listing form: facts, per-locale texts (a missing translation is
// marked), sources. One shared schema with the server; a version guards
// against overwriting a colleague's edit; leaving with unsaved edits asks first.
import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { saveResidentAction } from "@/lib/actions/content/residents";
import { CONTENT_LOCALES, DATE_PRECISIONS, RESIDENT_STATUSES, SECTORS } from "@/lib/domain";
import { EDITOR_LOCALES } from "@/lib/domain";
import { residentEditSchema, type ResidentEditInput } from "@/lib/validations/resident-admin";
import { useActionForm } from "@/components/forms/use-action-form";
import { useUnsavedChangesWarning } from "@/components/forms/use-unsaved-changes-warning";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { announce } from "@/lib/announce";
import { CountryField, type CountryOptions } from "@/components/forms/country-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Props = {
  id: string | null;
  initial: ResidentEditInput;
  languageNames: Record<string, string>;
  editHref: string;
  countries: CountryOptions;
};

export function ResidentEditor({ id, initial, languageNames, editHref, countries }: Props) {
  const t = useTranslations("residentAdmin");
  const ts = useTranslations("sectors");
  const tst = useTranslations("statuses");
  const tf = useTranslations("figureAdmin");
  const router = useRouter();
  const { form, onSubmit, formError, done, setDone } = useActionForm(
    residentEditSchema,
    saveResidentAction.bind(null, id),
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
  const sources = useFieldArray({ control, name: "sources" });
  const texts = useWatch({ control, name: "translations" });
  return (
    <form onSubmit={onSubmit} onChange={() => setDone(false)} noValidate className="form form-wide">
      <input type="hidden" {...register("version", { valueAsNumber: true })} />
      <TextField label={t("name")} registration={register("name")} error={e.name} />
      <TextField label={t("slug")} registration={register("slug")} error={e.slug} />
      <CountryField
        label={t("country")}
        registration={register("country")}
        error={e.country}
        emptyLabel={t("countryChoose")}
        options={countries}
      />
      <TextField
        label={t("partnerCountries")}
        hint={t("partnerCountriesHint")}
        registration={register("partnerCountries")}
        error={e.partnerCountries}
      />
      <ChoiceField
        label={t("sector")}
        registration={register("sector")}
        error={e.sector}
        options={SECTORS.map((s) => ({ value: s, label: ts(s) }))}
      />
      <ChoiceField
        label={t("status")}
        registration={register("status")}
        error={e.status}
        options={RESIDENT_STATUSES.map((s) => ({ value: s, label: tst(s) }))}
      />
      <TextField label={t("statusAsOf")} type="date" registration={register("statusAsOf")} error={e.statusAsOf} />
      <ChoiceField
        label={t("statusAsOfPrecision")}
        registration={register("statusAsOfPrecision")}
        error={e.statusAsOfPrecision}
        options={DATE_PRECISIONS.map((p) => ({ value: p, label: tf(`precisions.${p}`) }))}
      />
      <TextField label={t("statusSourceUrl")} registration={register("statusSourceUrl")} error={e.statusSourceUrl} />
      <TextField label={t("sinceYear")} inputMode="numeric" registration={register("sinceYear")} error={e.sinceYear} />
      <TextField label={t("investmentUsd")} inputMode="numeric" registration={register("investmentUsd")} error={e.investmentUsd} />
      <TextField
        label={t("investmentUsdMax")}
        hint={t("investmentUsdMaxHint")}
        inputMode="numeric"
        registration={register("investmentUsdMax")}
        error={e.investmentUsdMax}
      />
      <TextField label={t("jobs")} inputMode="numeric" registration={register("jobs")} error={e.jobs} />
      <TextField label={t("website")} registration={register("website")} error={e.website} />
      <ChoiceField
        label={t("originalLocale")}
        registration={register("originalLocale")}
        error={e.originalLocale}
        options={CONTENT_LOCALES.map((l) => ({ value: l, label: languageNames[l] ?? l }))}
      />
      <div className="field field-checkbox">
        <label>
          <input type="checkbox" {...register("featured")} /> {t("featured")}
        </label>
      </div>

      <h2>{t("texts")}</h2>
      {EDITOR_LOCALES.map((l) => {
        const missing = !texts?.[l]?.summary?.trim();
        return (
          <fieldset key={l} className="locale-texts">
            <legend lang={l}>
              {languageNames[l]} {missing && <Badge tone="warn">{t("missingBadge")}</Badge>}
            </legend>
            <TextField
              label={`${t("localName")} (${l})`}
              hint={t("localNameHint")}
              registration={register(`translations.${l}.name`)}
              error={e.translations?.[l]?.name}
            />
            <TextField
              label={`${t("summary")} (${l})`}
              registration={register(`translations.${l}.summary`)}
              error={e.translations?.[l]?.summary}
            />
            <TextField
              label={`${t("description")} (${l})`}
              multiline
              registration={register(`translations.${l}.description`)}
              error={e.translations?.[l]?.description}
            />
          </fieldset>
        );
      })}

      <h2>{t("sources")}</h2>
      {sources.fields.map((field, i) => (
        <fieldset key={field.id} className="source-row">
          <TextField label={t("sourceTitle")} registration={register(`sources.${i}.title`)} error={e.sources?.[i]?.title} />
          <TextField label={t("sourceUrl")} registration={register(`sources.${i}.url`)} error={e.sources?.[i]?.url} />
          <button type="button" className="link-button" onClick={() => sources.remove(i)}>
            {t("removeSource")}
          </button>
        </fieldset>
      ))}
      <p>
        <Button type="button" variant="secondary" onClick={() => sources.append({ title: "", url: "" })}>
          {t("addSource")}
        </Button>
      </p>

      <FormMessage error={formError} success={done && !formError ? t("saved") : null} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
