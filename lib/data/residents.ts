// Resident listings for visitors: published ones only. The directory search
// itself is in resident-directory.ts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pickTranslation } from "@/lib/i18n/pick-translation";

const cardSelect = {
  slug: true,
  name: true,
  country: true,
  sector: true,
  status: true,
  sinceYear: true,
  originalLocale: true,
  translations: { select: { locale: true, summary: true } },
} as const;

type CardRow = Prisma.ResidentGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow, locale: string) {
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  return {
    slug: row.slug,
    name: row.name,
    country: row.country,
    sector: row.sector,
    status: row.status,
    sinceYear: row.sinceYear,
    summary: text?.summary ?? "",
    textLocale: text?.textLocale ?? row.originalLocale,
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
export async function listResidentCountries(): Promise<string[]> {
  const rows = await db.resident.findMany({
    where: { published: true },
    distinct: ["country"],
    select: { country: true },
    orderBy: { country: "asc" },
  });
  return rows.map((r) => r.country);
}

// cache(): the page and its metadata ask for the same resident in one request.
export const getPublishedResident = cache(async (slug: string, locale: string) => {
  const row = await db.resident.findFirst({
    where: { slug, published: true },
    select: {
      ...cardSelect,
      investmentUsd: true,
      jobs: true,
      website: true,
      translations: { select: { locale: true, summary: true, description: true } },
      sources: { select: { title: true, url: true }, orderBy: { position: "asc" } },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  return {
    ...toCard(row, locale),
    description: text?.description ?? "",
    investmentUsd: row.investmentUsd,
    jobs: row.jobs,
    website: row.website,
    sources: row.sources,
  };
});
export type ResidentDetail = NonNullable<Awaited<ReturnType<typeof getPublishedResident>>>;
