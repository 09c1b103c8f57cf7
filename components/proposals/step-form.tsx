"use client";
// One step of the proposal form: react-hook-form with the step's shared schema.
// Changes are saved automatically a moment after typing stops (when the step's
// values are well-formed); "Save draft" and "Save and continue" save at once.
import { useEffect, useRef } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { SECTORS } from "@/lib/domain";
import type { z } from "zod";
import { STEP_SCHEMAS, type FormStep, type ProposalField, type ProposalFormValues } from "@/lib/validations/proposal";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { STEP_FIELDS } from "./proposal-fields";
import { ThresholdGuidance } from "./threshold-guidance";
import { CountryField, type CountryOptions } from "@/components/forms/country-field";
import { Button } from "@/components/ui/button";

const AUTOSAVE_MS = 1500;

type Props = {
  step: FormStep;
  values: ProposalFormValues;
  busy: boolean;
  serverErrors: Record<string, string>;
  onSave: (values: ProposalFormValues, move: -1 | 0 | 1, auto: boolean) => void;
  canGoBack: boolean;
  countries: CountryOptions;
};

export function StepForm({ step, values, busy, serverErrors, onSave, canGoBack, countries }: Props) {
  const t = useTranslations("proposals");
  const locale = useLocale();
  const ts = useTranslations("sectors");
  const fields = STEP_FIELDS[step];
  const schema = STEP_SCHEMAS[step];
  const form = useForm<ProposalFormValues>({
    // The step's schema validates the raw values; its parsed output is not used
    // here (the server parses them again), so the resolver is typed on raw values.
    resolver: zodResolver(schema as unknown as z.ZodType<ProposalFormValues, ProposalFormValues>),
    defaultValues: Object.fromEntries(fields.map((f) => [f.name, values[f.name] ?? (f.kind === "checkbox" ? false : "")])),
    mode: "onTouched",
  });
  const { register, formState, handleSubmit, subscribe, setError, control, getValues } = form;

  useEffect(() => {
    for (const [name, message] of Object.entries(serverErrors)) setError(name as ProposalField, { type: "server", message });
  }, [serverErrors, setError]);

  // Autosave: after a pause in typing, if the step's values are well-formed.
  // Leaving the step (unmount) saves what is still pending.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<ProposalFormValues | null>(null);
  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current);
      const current = pending.current;
      pending.current = null;
      if (current && schema.safeParse(current).success) onSave(current, 0, true);
    };
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: ({ values: current }) => {
        pending.current = { ...current };
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, AUTOSAVE_MS);
      },
    });
    return () => {
      unsubscribe();
      flush();
    };
  }, [subscribe, schema, onSave]);

  const save = (move: -1 | 0 | 1) =>
    // Valid: send the raw strings (the server parses them with the same schema).
    handleSubmit(() => {
      clearTimeout(timer.current);
      pending.current = null;
      onSave(getValues(), move, false);
    });
  const [total, firstThreeYears] = useWatch({ control, name: ["totalInvestmentUsd", "investmentFirst3YearsUsd"] });

  return (
    <form onSubmit={(e) => save(1)(e)} noValidate className="form">
      {fields.map((f) => {
        const label = t(f.label ?? f.name);
        const error = formState.errors[f.name];
        if (f.kind === "checkbox") {
          return (
            <div className="field field-checkbox" key={f.name}>
              <label>
                <input type="checkbox" {...register(f.name)} /> {label}
              </label>
            </div>
          );
        }
        if (f.kind === "country") {
          return (
            <CountryField
              key={f.name}
              label={label}
              registration={register(f.name)}
              error={error}
              emptyLabel={t("countryNone")}
              options={countries}
            />
          );
        }
        if (f.kind === "sector") {
          return (
            <ChoiceField
              key={f.name}
              label={label}
              registration={register(f.name)}
              error={error}
              options={[{ value: "", label: t("sectorNone") }, ...SECTORS.map((s) => ({ value: s, label: ts(s) }))]}
            />
          );
        }
        return (
          <TextField
            key={f.name}
            label={label}
            registration={register(f.name)}
            error={error}
            multiline={f.kind === "textarea"}
            type={f.kind === "number" ? "text" : f.kind}
            inputMode={f.kind === "number" ? "decimal" : undefined}
          />
        );
      })}
      {step === "numbers" && (
        <>
          <ThresholdGuidance rdProject={Boolean(values.rdProject)} total={total} firstThreeYears={firstThreeYears} />
          <p className="hint">
            <a href={calculatorHref(locale, Boolean(values.rdProject), total, firstThreeYears)}>{t("calculatorLink")}</a>
          </p>
        </>
      )}
      <div className="actions">
        {canGoBack && (
          <Button type="button" variant="secondary" disabled={busy} onClick={(e) => save(-1)(e)}>
            {t("back")}
          </Button>
        )}
        <Button type="button" variant="secondary" disabled={busy} onClick={(e) => save(0)(e)}>
          {t("saveDraft")}
        </Button>
        <Button type="submit" disabled={busy}>
          {t("next")}
        </Button>
      </div>
    </form>
  );
}

/** The incentive calculator, opened with the figures typed so far (empty ones left out). */
function calculatorHref(locale: string, rdProject: boolean, total: unknown, firstThreeYears: unknown) {
  const query = new URLSearchParams({ projectType: rdProject ? "rd" : "other" });
  const figures = { totalInvestmentUsd: total, investmentFirst3YearsUsd: firstThreeYears };
  for (const [name, value] of Object.entries(figures)) if (typeof value === "string" && value.trim()) query.set(name, value.trim());
  return `/${locale}/incentives/calculator?${query}`;
}
