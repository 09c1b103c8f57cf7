// A new dated value of an incentive-calculator parameter, entered by staff
// (history is kept: this always adds a row). The unit of each parameter decides
// its bounds (lib/incentive-parameters.ts).
import { z } from "zod";
import { DATE_PRECISIONS, INCENTIVE_PARAMETERS, SOURCE_KINDS } from "@/lib/domain";
import { PARAMETER_UNITS } from "@/lib/incentive-parameters";
import { calendarDate, httpUrl, requiredLine } from "./primitives";
import { recordId } from "./ids";

const optionalDate = z.union([z.literal(""), calendarDate], { error: "date" }).transform((v) => v || null);

export const incentiveRateSchema = z
  .object({
    parameter: z.enum(INCENTIVE_PARAMETERS, { error: "choose" }),
    // The newest row the form was showing: a value added meanwhile (or a second click) is refused as a conflict.
    latestId: z.union([z.literal(""), recordId]).transform((v) => v || null),
    value: z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,4})?$/, { error: "decimalNumber" })
      .transform(Number),
    effectiveFrom: optionalDate,
    effectiveFromPrecision: z.enum(DATE_PRECISIONS, { error: "choose" }),
    effectiveUntil: optionalDate,
    legalBasisEn: requiredLine(300),
    legalBasisRu: requiredLine(300),
    legalBasisZh: requiredLine(300),
    sourceTitle: requiredLine(200),
    sourceUrl: httpUrl(),
    sourceKind: z.enum(SOURCE_KINDS, { error: "choose" }),
    sourceDate: optionalDate,
    sourceDatePrecision: z.enum(DATE_PRECISIONS, { error: "choose" }),
    checkedOn: calendarDate,
  })
  .superRefine((v, ctx) => {
    const unit = PARAMETER_UNITS[v.parameter];
    if ((unit === "percent" || unit === "shareOfGeneral") && v.value > 100)
      ctx.addIssue({ code: "custom", path: ["value"], message: "percent" });
    if (unit === "years" && (!Number.isInteger(v.value) || v.value > 99))
      ctx.addIssue({ code: "custom", path: ["value"], message: "wholeNumber" });
    if (v.effectiveFrom && v.effectiveUntil && v.effectiveUntil < v.effectiveFrom)
      ctx.addIssue({ code: "custom", path: ["effectiveUntil"], message: "endBeforeStart" });
  });
export type IncentiveRateInput = z.input<typeof incentiveRateSchema>;
