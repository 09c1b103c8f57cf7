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

// The years a first year with profit may be: from 2017, when Decree No. 166 made the
// exemption count from the first year with gross profit (in force 26 May 2017), to
// the last year of the park's regime (14 June 2062 in DBWC's summary, a secondary
// source, as seeded in prisma/seed/incentive-rates.ts). Constants, so
// that a shared address stays valid as years pass and the proxy can refuse a bad one
// with 400 using the same bounds as the page. The table runs to the end dates on record.
export const CALCULATOR_BOUNDS: CalculatorBounds = { fromYear: 2017, toYear: 2062 };

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
      // Nothing and nought alike: a project needs an investment.
      totalInvestmentUsd: wholeUsd.refine((v) => v !== null && v > 0, { error: "required" }),
      investmentFirst3YearsUsd: wholeUsd,
      firstProfitYear: z
        .string()
        .trim()
        .refine((v) => v !== "", { error: "required", abort: true })
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

/**
 * The form sends this flag (a hidden field) with its values: such an address is a
 * calculation, checked field by field. Without it (the link from a proposal's
 * figures, say) the values only fill the form in.
 */
export const SUBMIT_FLAG = "calculate";
export const isSubmitted = (params: Record<string, string | string[] | undefined>) => [params[SUBMIT_FLAG]].flat()[0] === "1";

/** The form's values from the address: the first value of each field, "" when absent (never an array). */
export function calculatorValuesFrom(params: Record<string, string | string[] | undefined>): Record<CalculatorField, string> {
  return Object.fromEntries(
    CALCULATOR_FIELDS.map((f) => {
      const raw = params[f];
      return [f, (Array.isArray(raw) ? raw[0] : raw) ?? ""];
    }),
  ) as Record<CalculatorField, string>;
}
