// A new dated value of a park figure (history is kept: this always adds a row).
import { z } from "zod";
import { DATE_PRECISIONS } from "@/lib/domain";
import { calendarDate, httpUrl, requiredLine } from "./primitives";

export const figureValueSchema = z.object({
  value: z
    .string()
    .trim()
    .regex(/^\d+(\.\d{1,3})?$/, { error: "decimalNumber" })
    .transform(Number),
  qualifier: z.enum(["EXACT", "APPROXIMATE", "MORE_THAN"], { error: "choose" }),
  asOf: calendarDate,
  asOfPrecision: z.enum(DATE_PRECISIONS, { error: "choose" }),
  sourceTitle: requiredLine(200),
  sourceUrl: httpUrl(),
});
export type FigureValueInput = z.input<typeof figureValueSchema>;
