// A new dated value of a park figure (history is kept: this always adds a row).
import { z } from "zod";

export const figureValueSchema = z.object({
  value: z
    .string()
    .trim()
    .regex(/^\d+(\.\d{1,3})?$/, { error: "decimalNumber" })
    .transform(Number),
  qualifier: z.enum(["EXACT", "APPROXIMATE", "MORE_THAN"], { error: "choose" }),
  asOf: z.iso.date({ error: "date" }),
  asOfPrecision: z.enum(["DAY", "MONTH", "YEAR"], { error: "choose" }),
  sourceTitle: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  sourceUrl: z
    .string()
    .trim()
    .max(500, { error: "tooLong" })
    .pipe(z.url({ protocol: /^https?$/, error: "url" })),
});
export type FigureValueInput = z.input<typeof figureValueSchema>;
