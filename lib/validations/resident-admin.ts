// The back office's resident form. Texts are per locale; an empty locale is a
// missing translation (the public page falls back to the original language).
import { z } from "zod";
import { CONTENT_LOCALES, EDITOR_LOCALES, RESIDENT_STATUSES, SECTORS } from "@/lib/domain";
import { httpUrl, optionalHttpUrl, paragraphs, requiredLine } from "./primitives";

const optionalInt = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d*$/, { error: "wholeNumber" })
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v <= max, { error: "tooLarge" });

// `name`: the company's name as written in this language, if it differs (Хуавэй, 华为).
const translation = z.object({
  name: z.string().trim().max(200, { error: "tooLong" }).default(""),
  summary: paragraphs(500),
  description: paragraphs(20_000),
});

export const residentEditSchema = z
  .object({
    name: requiredLine(200),
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "slug" })
      .max(100, { error: "tooLong" }),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "country" }),
    sector: z.enum(SECTORS, { error: "choose" }),
    status: z.enum(RESIDENT_STATUSES, { error: "choose" }),
    sinceYear: optionalInt(2100),
    investmentUsd: optionalInt(1e13),
    jobs: optionalInt(1e7),
    website: optionalHttpUrl(300),
    originalLocale: z.enum(CONTENT_LOCALES, { error: "choose" }),
    featured: z.boolean(),
    translations: z.object({ en: translation, ru: translation, zh: translation }),
    sources: z.array(z.object({ title: requiredLine(200), url: httpUrl() })).max(10),
    version: z.number().int().min(0),
  })
  .refine((v) => EDITOR_LOCALES.some((l) => v.translations[l].summary), {
    path: ["translations", "en", "summary"],
    error: "oneTranslation",
  });

export type ResidentEditInput = z.input<typeof residentEditSchema>;
export type ResidentEdit = z.output<typeof residentEditSchema>;

export const residentAdminFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  published: z.enum(["yes", "no"]).optional().catch(undefined),
});

/** What the person typed to confirm a deletion (the listing's slug); compared by the data layer. */
export const residentDeleteConfirmation = z.string().max(200);
