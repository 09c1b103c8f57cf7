// Resident directory: visitors see published listings only.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RESIDENTS_PAGE_SIZE } from "@/lib/domain";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { escapeLike, normalizeSearchText } from "@/lib/search-text";
import type { ResidentSearch } from "@/lib/validations/resident-search";

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

function searchWhere(search: ResidentSearch): Prisma.ResidentWhereInput {
  const term = search.q ? normalizeSearchText(search.q) : "";
  return {
    published: true,
    ...(search.sector && { sector: search.sector }),
    ...(search.country && { country: search.country }),
    ...(search.status && { status: search.status }),
    ...(term && { searchText: { contains: escapeLike(term) } }),
  };
}

const ORDER: Record<ResidentSearch["sort"], Prisma.ResidentOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  newest: [{ sinceYear: { sort: "desc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  investment: [{ investmentUsd: { sort: "desc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
};

export async function searchResidents(search: ResidentSearch, locale: string) {
  const where = searchWhere(search);
  const [total, rows] = await Promise.all([
    db.resident.count({ where }),
    db.resident.findMany({
      where,
      orderBy: ORDER[search.sort],
      skip: (search.page - 1) * RESIDENTS_PAGE_SIZE,
      take: RESIDENTS_PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return {
    total,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(total / RESIDENTS_PAGE_SIZE)),
    items: rows.map((r) => toCard(r, locale)),
  };
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

export async function getPublishedResident(slug: string, locale: string) {
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
}
export type ResidentDetail = NonNullable<Awaited<ReturnType<typeof getPublishedResident>>>;
