// The back office's news form: per-locale title, summary and Markdown body;
// tags from the fixed vocabulary; the source; the state and, for a scheduled
// item, the time it goes live (Minsk time).
import { z } from "zod";
import { CONTENT_LOCALES, DATE_PRECISIONS, EDITOR_LOCALES, NEWS_STATUSES, NEWS_TAGS } from "@/lib/domain";
import { httpUrl, isCalendarDate, line, paragraphs, requiredLine } from "./primitives";

const translation = z.object({ title: line(300), summary: paragraphs(1_000), body: paragraphs(50_000) });

export const newsEditSchema = z
  .object({
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "slug" })
      .max(120, { error: "tooLong" }),
    originalLocale: z.enum(CONTENT_LOCALES, { error: "choose" }),
    tags: z.array(z.enum(NEWS_TAGS)).min(1, { error: "chooseTag" }),
    sourceName: requiredLine(200),
    sourceUrl: httpUrl(),
    status: z.enum(NEWS_STATUSES, { error: "choose" }),
    // datetime-local in Minsk; required when scheduling.
    publishAt: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(v) && isCalendarDate(v.slice(0, 10))), {
        error: "dateTime",
      }),
    // How precisely the source dates the article (a year, a month or a day): the
    // page shows no more than that. A scheduled publication is a day.
    publishedPrecision: z.enum(DATE_PRECISIONS, { error: "choose" }).prefault("DAY"),
    translations: z.object({ en: translation, ru: translation, zh: translation }),
    version: z.number().int().min(0),
  })
  .refine((v) => v.status !== "SCHEDULED" || v.publishAt !== "", { path: ["publishAt"], error: "scheduleNeedsTime" })
  .refine((v) => v.status !== "SCHEDULED" || v.publishedPrecision === "DAY", { path: ["publishedPrecision"], error: "scheduleIsADay" })
  .refine((v) => EDITOR_LOCALES.some((l) => v.translations[l].title && v.translations[l].summary && v.translations[l].body), {
    path: ["translations", "en", "title"],
    error: "oneFullTranslation",
  });

export type NewsEditInput = z.input<typeof newsEditSchema>;
export type NewsEdit = z.output<typeof newsEditSchema>;

export const markdownPreviewSchema = z.object({ markdown: paragraphs(50_000) });
