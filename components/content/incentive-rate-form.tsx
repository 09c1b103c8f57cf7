"use client";
// Adds a dated value with its legal basis and source to one calculator
// parameter (earlier values stay). It starts from the value in force, so a
// re-check is a new "checked on" date and a change touches only what changed.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { addIncentiveRateAction } from "@/lib/actions/content/incentive-rates";
import { incentiveRateSchema, type IncentiveRateInput } from "@/lib/validations/incentive-rate";
import { DATE_PRECISIONS, SOURCE_KINDS } from "@/lib/domain";
import { useActionForm } from "@/components/forms/use-action-form";
import { useUnsavedChangesWarning } from "@/components/forms/use-unsaved-changes-warning";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

export function IncentiveRateForm({ label, unitHint, initial }: { label: string; unitHint: string; initial: IncentiveRateInput }) {
  const t = useTranslations("incentiveRates");
  const tf = useTranslations("figureAdmin");
  const router = useRouter();
  const { form, onSubmit, formError, done } = useActionForm(incentiveRateSchema, addIncentiveRateAction, initial, (data, f) => {
    // The new row is now the newest: the next save is checked against it.
    f.reset({ ...f.getValues(), latestId: data?.id ?? "" });
    router.refresh();
  });
  useUnsavedChangesWarning(form.formState.isDirty);
  const e = form.formState.errors;
  const precisions = DATE_PRECISIONS.map((p) => ({ value: p, label: tf(`precisions.${p}`) }));
  return (
    <form onSubmit={onSubmit} noValidate className="form form-grid" aria-label={t("addFor", { parameter: label })}>
      <input type="hidden" {...form.register("parameter")} />
      <input type="hidden" {...form.register("latestId")} />
      <TextField label={t("value")} hint={unitHint} inputMode="decimal" registration={form.register("value")} error={e.value} />
      <TextField
        label={t("effectiveFrom")}
        hint={t("effectiveFromHint")}
        type="date"
        registration={form.register("effectiveFrom")}
        error={e.effectiveFrom}
      />
      <ChoiceField
        label={t("precision")}
        registration={form.register("effectiveFromPrecision")}
        error={e.effectiveFromPrecision}
        options={precisions}
      />
      <TextField
        label={t("effectiveUntil")}
        hint={t("effectiveUntilHint")}
        type="date"
        registration={form.register("effectiveUntil")}
        error={e.effectiveUntil}
      />
      <TextField label={t("legalBasisEn")} registration={form.register("legalBasisEn")} error={e.legalBasisEn} />
      <TextField label={t("legalBasisRu")} lang="ru" registration={form.register("legalBasisRu")} error={e.legalBasisRu} />
      <TextField label={t("legalBasisZh")} lang="zh" registration={form.register("legalBasisZh")} error={e.legalBasisZh} />
      <TextField label={t("sourceTitle")} registration={form.register("sourceTitle")} error={e.sourceTitle} />
      <TextField label={t("sourceUrl")} type="url" registration={form.register("sourceUrl")} error={e.sourceUrl} />
      <ChoiceField
        label={t("sourceKind")}
        registration={form.register("sourceKind")}
        error={e.sourceKind}
        options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`sourceKinds.${k}`) }))}
      />
      <TextField
        label={t("sourceDate")}
        hint={t("sourceDateHint")}
        type="date"
        registration={form.register("sourceDate")}
        error={e.sourceDate}
      />
      <ChoiceField
        label={t("precision")}
        registration={form.register("sourceDatePrecision")}
        error={e.sourceDatePrecision}
        options={precisions}
      />
      <TextField label={t("checkedOn")} type="date" registration={form.register("checkedOn")} error={e.checkedOn} />
      <FormMessage error={formError} success={done && !formError ? t("added") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("add")}
      </Button>
    </form>
  );
}
