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
    // Only a park benefit ends (the calculator reads the end of no other parameter): a general rate changes by a new row.
    if (v.effectiveUntil && !v.parameter.startsWith("PARK_"))
      ctx.addIssue({ code: "custom", path: ["effectiveUntil"], message: "untilParkOnly" });
    // A date known to the year or month is entered as its first day, as it is read (in force from 1 January).
    for (const [date, precision, path] of [
      [v.effectiveFrom, v.effectiveFromPrecision, "effectiveFrom"],
      [v.sourceDate, v.sourceDatePrecision, "sourceDate"],
    ] as const) {
      if (date && ((precision === "YEAR" && !date.endsWith("-01-01")) || (precision === "MONTH" && !date.endsWith("-01"))))
        ctx.addIssue({ code: "custom", path: [path], message: "firstDayForPrecision" });
    }
  });
export type IncentiveRateInput = z.input<typeof incentiveRateSchema>;
