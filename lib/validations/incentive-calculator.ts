// The incentive calculator's form (/[locale]/incentives/calculator): a GET form,
// so every value arrives as text from the address. One schema for the page and
// the tests; the investment fields are the proposal form's own. Messages are
// keys of the "validation" catalog.
import { z } from "zod";
import type { CalculatorInput } from "@/lib/incentive-calculator";
import { PART_EXCEEDS_TOTAL, decimal, firstThreeYearsWithinTotal, optionalNumber, wholeUsd } from "./proposal";

export const PROJECT_TYPES = ["other", "rd"] as const;

const required = <T>(schema: z.ZodType<T | null, string>) => schema.refine((v) => v !== null, { error: "required" });
// Rates to four decimals: land-tax rates such as 0.025 % exist.
const rate = (max: number) => optionalNumber(/^(\d{1,3}(\.\d{1,4})?)?$/, max, "percentRange");
const signedRate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^(-?\d{1,3}(\.\d{1,2})?)?$/, { error: "signedPercent" })
    .transform((v) => (v === "" ? 0 : Number(v)))
    .refine((v) => v >= min && v <= max, { error: "percentRange" });

/** The form's bounds: years from this one to the year the park's regime ends. */
export type CalculatorBounds = { fromYear: number; toYear: number };

// The last year of the park's special legal regime (14 June 2062 in DBWC's summary;
// 50 years from Decree No. 253 of 5 June 2012). A constant, not a database value, so
// that the proxy can refuse a bad address with 400 before the page renders, with the
// same bounds the page applies. The table itself runs to the benefits' end dates on record.
export const PARK_REGIME_LAST_YEAR = 2062;

/** The bounds at an instant: from this year in Minsk (UTC+3 all year) to the regime's last year. */
export function calculatorBounds(now: Date): CalculatorBounds {
  return { fromYear: new Date(now.getTime() + 3 * 3600_000).getUTCFullYear(), toYear: PARK_REGIME_LAST_YEAR };
}
export const GROWTH_LIMITS = { min: -50, max: 30 } as const;
export const DISCOUNT_MAX = 30;

export function incentiveCalculatorSchema({ fromYear, toYear }: CalculatorBounds) {
  return z
    .object({
      // Not given (a hand-written link): an ordinary project, the one with the stricter minimum, as the form preselects.
      projectType: z
        .string()
        .transform((v) => v || "other")
        .pipe(z.enum(PROJECT_TYPES, { error: "choose" })),
      totalInvestmentUsd: required(wholeUsd).refine((v) => v !== null && v > 0, { error: "required" }),
      investmentFirst3YearsUsd: wholeUsd,
      firstProfitYear: z
        .string()
        .trim()
        .regex(/^\d{4}$/, { error: "year" })
        .transform(Number)
        .refine((y) => y >= fromYear && y <= toYear, { error: "yearRange" }),
      annualProfitUsd: required(optionalNumber(/^\d{0,12}$/, 1e11, "wholeNumber")),
      profitGrowthPct: signedRate(GROWTH_LIMITS.min, GROWTH_LIMITS.max),
      realEstateUsd: wholeUsd,
      landValueUsd: wholeUsd,
      landTaxPct: rate(100),
      landAreaHa: decimal,
      landTaxPerHaUsd: decimal,
      equipmentUsd: wholeUsd,
      customsDutyPct: rate(100),
      bynPerUsd: optionalNumber(/^(\d{1,4}(\.\d{1,4})?)?$/, 1e4, "decimalNumber").refine((v) => v === null || v > 0, {
        error: "decimalNumber",
      }),
      discountPct: signedRate(0, DISCOUNT_MAX),
    })
    .refine(firstThreeYearsWithinTotal, PART_EXCEEDS_TOTAL)
    .superRefine((v, ctx) => {
      // A base needs its rate (the general land-tax rate and the duty are not sourced here: the user gives them).
      const pairs = [
        ["landValueUsd", "landTaxPct"],
        ["landAreaHa", "landTaxPerHaUsd"],
        ["equipmentUsd", "customsDutyPct"],
      ] as const;
      for (const [base, rateField] of pairs) {
        if (v[base] !== null && v[rateField] === null) ctx.addIssue({ code: "custom", path: [rateField], message: "rateRequired" });
        if (v[base] === null && v[rateField] !== null) ctx.addIssue({ code: "custom", path: [base], message: "required" });
      }
      if (v.landValueUsd !== null && v.landAreaHa !== null) ctx.addIssue({ code: "custom", path: ["landAreaHa"], message: "landOneBasis" });
    })
    .transform(({ projectType, ...v }): CalculatorInput => ({
      ...v,
      rdProject: projectType === "rd",
      totalInvestmentUsd: v.totalInvestmentUsd!,
      annualProfitUsd: v.annualProfitUsd!,
    }));
}

export type CalculatorSchema = ReturnType<typeof incentiveCalculatorSchema>;
export type CalculatorField = keyof z.input<CalculatorSchema> & string;
/** The form's fields in order, named by the schema. */
export const CALCULATOR_FIELDS = Object.keys(incentiveCalculatorSchema({ fromYear: 0, toYear: 0 }).in.shape) as CalculatorField[];

/** Whether an address carries the form's values (a visit without them shows the empty form). */
export const isSubmitted = (values: Record<CalculatorField, string>) => CALCULATOR_FIELDS.some((f) => values[f] !== "");

/** The form's values from the address: the first value of each field, "" when absent (never an array). */
export function calculatorValuesFrom(params: Record<string, string | string[] | undefined>): Record<CalculatorField, string> {
  return Object.fromEntries(
    CALCULATOR_FIELDS.map((f) => {
      const raw = params[f];
      return [f, (Array.isArray(raw) ? raw[0] : raw) ?? ""];
    }),
  ) as Record<CalculatorField, string>;
}
