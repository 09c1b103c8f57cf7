// Resident listings for visitors: published ones only. The directory search
// itself is in resident-directory.ts.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pickTranslation } from "@/lib/i18n/pick-translation";

const cardSelect = {
  slug: true,
  name: true,
  country: true,
  partnerCountries: true,
  sector: true,
  status: true,
  sinceYear: true,
  logoKey: true,
  originalLocale: true,
  translations: { select: { locale: true, name: true, summary: true } },
} as const;

type CardRow = Prisma.ResidentGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow, locale: string) {
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  // The name as written in the reader's language, if the listing has one.
  const localName = row.translations.find((t) => t.locale === locale)?.name;
  return {
    slug: row.slug,
    name: localName || row.name,
    /** The main (usually Latin) name, when the reader sees another one. */
    mainName: localName && localName !== row.name ? row.name : null,
    country: row.country,
    /** Every country of origin, the main one first (a joint venture has several). */
    countries: [row.country, ...row.partnerCountries],
    sector: row.sector,
    status: row.status,
    sinceYear: row.sinceYear,
    logoUrl: row.logoKey ? `/api/logos/${row.logoKey}` : null,
    summary: text?.summary ?? "",
    textLocale: text?.textLocale ?? row.originalLocale,
    originalLocale: row.originalLocale,
    isFallback: text?.isFallback ?? false,
  };
}
export type ResidentCard = ReturnType<typeof toCard>;

/** Cards for the given ids, in the given order (the directory pages by id first). */
export async function cardsByIds(ids: readonly string[], locale: string): Promise<ResidentCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.resident.findMany({ where: { id: { in: [...ids] }, published: true }, select: { id: true, ...cardSelect } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCard(row, locale)] : [];
  });
}

export async function listFeaturedResidents(locale: string, take = 6) {
  const rows = await db.resident.findMany({
    where: { published: true, featured: true },
    orderBy: [{ sinceYear: "asc" }, { name: "asc" }],
    take,
    select: cardSelect,
  });
  return rows.map((r) => toCard(r, locale));
}

/** Countries that have at least one published resident, for the filter. */
// Distinct countries by a loose index scan over (published, country): one index
// probe per country instead of reading every row (Prisma's `distinct` dedupes in
// memory, which timed out the directory at 100k residents).
export async function listResidentCountries(): Promise<string[]> {
  const rows = await db.$queryRaw<{ country: string }[]>`
    WITH RECURSIVE c(country) AS (
      (SELECT country FROM "Resident" WHERE published ORDER BY country LIMIT 1)
      UNION ALL
      SELECT (SELECT r.country FROM "Resident" r WHERE r.published AND r.country > c.country ORDER BY r.country LIMIT 1)
      FROM c WHERE c.country IS NOT NULL
    )
    SELECT country FROM c WHERE country IS NOT NULL
    UNION
    -- Joint ventures' partner countries: few rows have any (a GIN-indexed array).
    SELECT DISTINCT unnest("partnerCountries") FROM "Resident" WHERE published AND "partnerCountries" <> '{}'
    ORDER BY country`;
  return rows.map((r) => r.country);
}

// The filter's country list changes only when staff publish: shared across
// requests and dropped by revalidateTag(RESIDENTS_TAG) from the back office.
export const RESIDENTS_TAG = "residents";
export const cachedResidentCountries = unstable_cache(listResidentCountries, ["resident-countries"], {
  tags: [RESIDENTS_TAG],
  revalidate: 300,
});

// cache(): the page and its metadata ask for the same resident in one request.
export const getPublishedResident = cache(async (slug: string, locale: string) => {
  const row = await db.resident.findFirst({
    where: { slug, published: true },
    select: {
      ...cardSelect,
      investmentUsd: true,
      investmentUsdMax: true,
      statusAsOf: true,
      statusAsOfPrecision: true,
      statusSourceUrl: true,
      jobs: true,
      website: true,
      translations: { select: { locale: true, name: true, summary: true, description: true } },
      sources: { select: { title: true, url: true }, orderBy: { position: "asc" } },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  return {
    ...toCard(row, locale),
    description: text?.description ?? "",
    investmentUsd: row.investmentUsd,
    investmentUsdMax: row.investmentUsdMax,
    statusSource: row.statusSourceUrl
      ? {
          url: row.statusSourceUrl,
          // Named as in the resident's own source list when it is one of them.
          title: row.sources.find((s) => s.url === row.statusSourceUrl)?.title ?? row.statusSourceUrl,
          asOf: row.statusAsOf,
          precision: row.statusAsOfPrecision,
        }
      : null,
    jobs: row.jobs,
    website: row.website,
    sources: row.sources,
  };
});
export type ResidentDetail = NonNullable<Awaited<ReturnType<typeof getPublishedResident>>>;

/** How many listings the public directory holds (published ones). */
export async function countPublishedResidents(): Promise<number> {
  return db.resident.count({ where: { published: true } });
}
