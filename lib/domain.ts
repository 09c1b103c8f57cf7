// Domain vocabularies shared by pages, filters, validations and the seed.
// Enum values come from the generated Prisma enums, so the database schema is the
// one source of truth: a value added there appears here, in every zod enum built
// from these lists, and in the catalogs' key check.
import * as Prisma from "@/lib/generated/prisma/enums";

/** The values of a generated Prisma enum, as a non-empty tuple that z.enum accepts. */
const valuesOf = <E extends Record<string, string>>(e: E) => Object.values(e) as [E[keyof E], ...E[keyof E][]];

export const SECTORS = valuesOf(Prisma.Sector);
export const RESIDENT_STATUSES = valuesOf(Prisma.ResidentStatus);
export const DATE_PRECISIONS = valuesOf(Prisma.DatePrecision);
export const CONTENT_LOCALES = valuesOf(Prisma.ContentLocale);
export const ROLES = valuesOf(Prisma.Role);
export type Role = (typeof ROLES)[number];
export const INQUIRY_TOPICS = valuesOf(Prisma.InquiryTopic);
export type InquiryTopic = (typeof INQUIRY_TOPICS)[number];
export const INQUIRY_STATUSES = valuesOf(Prisma.InquiryStatus);
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const PROPOSAL_STATUSES = valuesOf(Prisma.ProposalStatus);
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const DOCUMENT_KINDS = valuesOf(Prisma.DocumentKind);
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const CALENDAR_CODES = valuesOf(Prisma.CalendarCode);
export const CALENDAR_DAY_KINDS = valuesOf(Prisma.CalendarDayKind);
export const CALENDAR_YEAR_STATUSES = valuesOf(Prisma.CalendarYearStatus);
export const SERVICE_STAGES = valuesOf(Prisma.ServiceStage);
export type ServiceStage = (typeof SERVICE_STAGES)[number];
export const NEWS_STATUSES = valuesOf(Prisma.NewsStatus);
export const INCENTIVE_PARAMETERS = valuesOf(Prisma.IncentiveParameter);
export type IncentiveParameter = (typeof INCENTIVE_PARAMETERS)[number];
export const SOURCE_KINDS = valuesOf(Prisma.SourceKind);
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** The locales the back-office editors write in (the interface's three languages). */
export const EDITOR_LOCALES = ["en", "ru", "zh"] as const satisfies readonly (typeof CONTENT_LOCALES)[number][];
export type EditorLocale = (typeof EDITOR_LOCALES)[number];

// News tags are a fixed vocabulary so they can be translated in the catalogs.
export const NEWS_TAGS = [
  "park",
  "investment",
  "residents",
  "industry",
  "logistics",
  "trade",
  "diplomacy",
  "innovation",
  "health",
] as const;
export type NewsTag = (typeof NEWS_TAGS)[number];

export const RESIDENT_SORTS = ["name", "newest", "investment"] as const;
export type ResidentSort = (typeof RESIDENT_SORTS)[number];

export const RESIDENTS_PAGE_SIZE = 12;
export const NEWS_PAGE_SIZE = 10;
