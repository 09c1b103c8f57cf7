// An answer template as admins edit it: a title and the text in each language,
// with only the placeholders of lib/answer-templates.ts.
import { z } from "zod";
import { unknownPlaceholders } from "@/lib/answer-templates";
import { EDITOR_LOCALES } from "@/lib/domain";
import { paragraphs, requiredLine } from "./primitives";

const body = paragraphs(5000)
  .pipe(z.string().min(1, { error: "required" }))
  .refine((text) => unknownPlaceholders(text).length === 0, { error: "unknownPlaceholder" });

export const answerTemplateSchema = z.object({
  title: requiredLine(120),
  bodies: z.object(Object.fromEntries(EDITOR_LOCALES.map((l) => [l, body])) as Record<(typeof EDITOR_LOCALES)[number], typeof body>),
  version: z.coerce.number().int().min(0),
});
export type AnswerTemplateInput = z.input<typeof answerTemplateSchema>;
export type AnswerTemplateEdit = z.output<typeof answerTemplateSchema>;
