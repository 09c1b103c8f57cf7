"use client";
// Adds a dated value with its source to one figure (earlier values stay).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { addFigureValueAction } from "@/lib/actions/content/figures";
import { figureValueSchema } from "@/lib/validations/figure";
import { DATE_PRECISIONS } from "@/lib/domain";
import { useActionForm } from "@/components/forms/use-action-form";
import { useUnsavedChangesWarning } from "@/components/forms/use-unsaved-changes-warning";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

const EMPTY = { value: "", qualifier: "EXACT", asOf: "", asOfPrecision: "DAY", sourceTitle: "", sourceUrl: "" } as const;

export function FigureValueForm({ metricId, metricLabel }: { metricId: string; metricLabel: string }) {
  const t = useTranslations("figureAdmin");
  const router = useRouter();
  const { form, onSubmit, formError, done } = useActionForm(
    figureValueSchema,
    addFigureValueAction.bind(null, metricId),
    { ...EMPTY },
    (_d, f) => {
      f.reset({ ...EMPTY });
      router.refresh();
    },
  );
  useUnsavedChangesWarning(form.formState.isDirty);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form form-grid" aria-label={t("addFor", { metric: metricLabel })}>
      <TextField label={t("value")} inputMode="decimal" registration={form.register("value")} error={e.value} />
      <ChoiceField
        label={t("qualifier")}
        registration={form.register("qualifier")}
        error={e.qualifier}
        options={(["EXACT", "APPROXIMATE", "MORE_THAN"] as const).map((q) => ({ value: q, label: t(`qualifiers.${q}`) }))}
      />
      <TextField label={t("asOf")} type="date" registration={form.register("asOf")} error={e.asOf} />
      <ChoiceField
        label={t("precision")}
        registration={form.register("asOfPrecision")}
        error={e.asOfPrecision}
        options={DATE_PRECISIONS.map((p) => ({ value: p, label: t(`precisions.${p}`) }))}
      />
      <TextField label={t("sourceTitle")} registration={form.register("sourceTitle")} error={e.sourceTitle} />
      <TextField label={t("sourceUrl")} registration={form.register("sourceUrl")} error={e.sourceUrl} />
      <FormMessage error={formError} success={done && !formError ? t("added") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("add")}
      </Button>
    </form>
  );
}
