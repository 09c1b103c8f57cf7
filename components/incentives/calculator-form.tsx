// The calculator's inputs, rendered on the server with the values and the
// translated errors of the address it was given. Numbers are type="number", so
// browsers send them in one canonical form whatever the reader's locale.
import { getTranslations } from "next-intl/server";
import type { CalculatorBounds, CalculatorField } from "@/lib/validations/incentive-calculator";
import { DISCOUNT_MAX, GROWTH_LIMITS, PROJECT_TYPES, SUBMIT_FLAG } from "@/lib/validations/incentive-calculator";
import { translated } from "@/lib/i18n/translated";
import { Button, buttonClass } from "@/components/ui/button";
import { LiveForm } from "./live-form";

type Props = {
  action: string;
  values: Record<CalculatorField, string>;
  errors: Partial<Record<string, string>>;
  bounds: CalculatorBounds;
};

type NumberSpec = { step: string; min?: number; max?: number; suffix: "usd" | "percent" | "ha" | "year" | "byn" };
const NUMBERS: Record<Exclude<CalculatorField, "projectType">, NumberSpec> = {
  totalInvestmentUsd: { step: "1", min: 0, suffix: "usd" },
  investmentFirst3YearsUsd: { step: "1", min: 0, suffix: "usd" },
  firstProfitYear: { step: "1", suffix: "year" },
  annualProfitUsd: { step: "1", min: 0, suffix: "usd" },
  profitGrowthPct: { step: "0.01", min: GROWTH_LIMITS.min, max: GROWTH_LIMITS.max, suffix: "percent" },
  realEstateUsd: { step: "1", min: 0, suffix: "usd" },
  landValueUsd: { step: "1", min: 0, suffix: "usd" },
  landTaxPct: { step: "0.0001", min: 0, max: 100, suffix: "percent" },
  landAreaHa: { step: "0.01", min: 0, suffix: "ha" },
  landTaxPerHaUsd: { step: "0.01", min: 0, suffix: "usd" },
  equipmentUsd: { step: "1", min: 0, suffix: "usd" },
  customsDutyPct: { step: "0.0001", min: 0, max: 100, suffix: "percent" },
  bynPerUsd: { step: "0.0001", min: 0, suffix: "byn" },
  discountPct: { step: "0.01", min: 0, max: DISCOUNT_MAX, suffix: "percent" },
};

const GROUPS: { legend: string; fields: Exclude<CalculatorField, "projectType">[] }[] = [
  { legend: "investment", fields: ["totalInvestmentUsd", "investmentFirst3YearsUsd"] },
  { legend: "profit", fields: ["firstProfitYear", "annualProfitUsd", "profitGrowthPct"] },
  { legend: "property", fields: ["realEstateUsd", "landValueUsd", "landTaxPct", "landAreaHa", "landTaxPerHaUsd"] },
  { legend: "imports", fields: ["equipmentUsd", "customsDutyPct"] },
  { legend: "assumptions", fields: ["bynPerUsd", "discountPct"] },
];

export async function CalculatorForm({ action, values, errors, bounds }: Props) {
  const [t, tv] = await Promise.all([getTranslations("calculator"), getTranslations("validation")]);
  const errorOf = (field: string) => {
    const key = errors[field];
    if (!key) return null;
    return key === "yearRange" ? tv("yearRange", { from: String(bounds.fromYear), to: String(bounds.toYear) }) : translated(tv, key);
  };
  const noteIds = (field: string) => [`${field}-hint`, errors[field] && `${field}-error`].filter(Boolean).join(" ");
  return (
    <LiveForm action={action} label={t("formLabel")} updating={t("updating")} updated={t("updated")}>
      <input type="hidden" name={SUBMIT_FLAG} value="1" />
      <fieldset className="calculator-group" aria-describedby={noteIds("projectType")}>
        <legend>{t("groups.project")}</legend>
        <div className="choice-row">
          {PROJECT_TYPES.map((type) => (
            <label key={type} className="choice">
              <input type="radio" name="projectType" value={type} defaultChecked={(values.projectType || "other") === type} />
              {t(`projectTypes.${type}`)}
            </label>
          ))}
        </div>
        <p id="projectType-hint" className="hint">
          {t("hints.projectType")}
        </p>
        {errors.projectType && (
          <p id="projectType-error" className="field-error">
            {errorOf("projectType")}
          </p>
        )}
      </fieldset>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="calculator-group">
          <legend>{t(`groups.${group.legend}` as "groups.profit")}</legend>
          {group.legend === "property" && <p className="hint">{t("hints.landEitherOr")}</p>}
          <div className="calculator-fields">
            {group.fields.map((field) => {
              const spec = NUMBERS[field];
              const error = errorOf(field);
              return (
                <div className="field" key={field}>
                  <label htmlFor={field}>
                    {t.rich("fieldWithUnit", {
                      field: t(`fields.${field}`),
                      unit: t(`units.${spec.suffix}`),
                      muted: (chunks) => <span className="unit">{chunks}</span>,
                    })}
                  </label>
                  <input
                    id={field}
                    name={field}
                    type="number"
                    inputMode={spec.step === "1" ? "numeric" : "decimal"}
                    step={spec.step}
                    min={field === "firstProfitYear" ? bounds.fromYear : spec.min}
                    max={field === "firstProfitYear" ? bounds.toYear : spec.max}
                    defaultValue={values[field]}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={noteIds(field)}
                  />
                  <p id={`${field}-hint`} className="hint">
                    {field === "firstProfitYear"
                      ? t("hints.firstProfitYear", { from: String(bounds.fromYear), to: String(bounds.toYear) })
                      : t(`hints.${field}`)}
                  </p>
                  {error && (
                    <p id={`${field}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="field-actions">
        <Button type="submit">{t("calculate")}</Button>
        <a href={action} className={buttonClass("secondary")}>
          {t("reset")}
        </a>
      </div>
    </LiveForm>
  );
}
