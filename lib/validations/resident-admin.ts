// The back office's resident form. Texts are per locale; an empty locale is a
// missing translation (the public page falls back to the original language).
import { z } from "zod";
import { CONTENT_LOCALES, DATE_PRECISIONS, EDITOR_LOCALES, RESIDENT_STATUSES, SECTORS } from "@/lib/domain";
import { COUNTRY_CODES } from "@/lib/countries";
import { calendarDate, httpUrl, optionalHttpUrl, paragraphs, requiredLine } from "./primitives";

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
      .pipe(z.enum(COUNTRY_CODES, { error: "country" })),
    sector: z.enum(SECTORS, { error: "choose" }),
    // A joint venture's other countries, as ISO codes separated by commas or spaces ("BY, DE").
    partnerCountries: z
      .string()
      .trim()
      .toUpperCase()
      .max(40, { error: "tooLong" })
      .regex(/^([A-Z]{2}([ ,]+[A-Z]{2})*)?$/, { error: "country" })
      .transform((v) => (v ? [...new Set(v.split(/[ ,]+/))] : []))
      .refine((codes) => codes.every((c) => (COUNTRY_CODES as readonly string[]).includes(c)), { error: "country" })
      .prefault(""),
    status: z.enum(RESIDENT_STATUSES, { error: "choose" }),
    // When and where the status was confirmed: "" for no date (an undated source).
    statusAsOf: z.union([z.literal(""), calendarDate]).prefault(""),
    statusAsOfPrecision: z.enum(DATE_PRECISIONS, { error: "choose" }).prefault("DAY"),
    statusSourceUrl: optionalHttpUrl(500).prefault(""),
    sinceYear: optionalInt(2100),
    investmentUsd: optionalInt(1e13),
    // The top of the range the source gives; empty for a single figure.
    investmentUsdMax: optionalInt(1e13).prefault(""),
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
  })
  .refine((v) => v.investmentUsdMax === null || (v.investmentUsd !== null && v.investmentUsdMax > v.investmentUsd), {
    path: ["investmentUsdMax"],
    error: "rangeOrder",
  })
  // A status date needs the source it comes from.
  .refine((v) => !v.statusAsOf || v.statusSourceUrl, { path: ["statusSourceUrl"], error: "required" });

export type ResidentEditInput = z.input<typeof residentEditSchema>;
export type ResidentEdit = z.output<typeof residentEditSchema>;

export const residentAdminFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  published: z.enum(["yes", "no"]).optional().catch(undefined),
});

/** What the person typed to confirm a deletion (the listing's slug); compared by the data layer. */
export const residentDeleteConfirmation = z.string().max(200);
