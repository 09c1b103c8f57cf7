// Domain vocabularies shared by pages, filters, validations and the seed.
// Enum values come from the Prisma schema so the database stays the source of truth.
import { ResidentStatus, Sector, ContentLocale } from "@/lib/generated/prisma/enums";

export { ResidentStatus, Sector, ContentLocale };

export const SECTORS = Object.values(Sector);
export const RESIDENT_STATUSES = Object.values(ResidentStatus);
export const CONTENT_LOCALES = Object.values(ContentLocale);

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
