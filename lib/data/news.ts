// Cooperation news: visitors see published articles whose time has come.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NEWS_PAGE_SIZE, type NewsTag } from "@/lib/domain";
import { pickTranslation } from "@/lib/i18n/pick-translation";

// Published and due. A scheduled article becomes PUBLISHED at its time by the
// background loop (lib/news-scheduler.ts). Filtering on one status keeps the
// lists on the (status, publishedAt) index: with SCHEDULED included as well, the
// planner read all 20,000 articles at the 100k scale (bench, 2026-11-23).
function visibleWhere(now = new Date()): Prisma.NewsArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

const listSelect = {
  slug: true,
  originalLocale: true,
  publishedAt: true,
  publishedPrecision: true,
  sourceName: true,
  sourceUrl: true,
  tags: true,
  coverKey: true,
  coverWidth: true,
  coverHeight: true,
  translations: { select: { locale: true, title: true, summary: true } },
} as const;

type ListRow = Prisma.NewsArticleGetPayload<{ select: typeof listSelect }>;

export type NewsCover = { src: string; width: number; height: number };
// The key changes with every upload, so the address can be cached for good.
const coverOf = (row: Pick<ListRow, "coverKey" | "coverWidth" | "coverHeight">): NewsCover | null =>
  row.coverKey && row.coverWidth && row.coverHeight
    ? { src: `/api/covers/${row.coverKey}`, width: row.coverWidth, height: row.coverHeight }
    : null;

function toListItem(row: ListRow, locale: string) {
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  return {
    slug: row.slug,
    publishedAt: row.publishedAt as Date,
    publishedPrecision: row.publishedPrecision,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    tags: row.tags,
    cover: coverOf(row),
    title: text?.title ?? row.slug,
    summary: text?.summary ?? "",
    textLocale: text?.textLocale ?? row.originalLocale,
    isFallback: text?.isFallback ?? false,
  };
}
export type NewsListItem = ReturnType<typeof toListItem>;

/**
 * One page of the list, newest first. No total count: counting every visible
 * article costs a scan that grows with the archive, so the list only asks for
 * one row more than a page to learn whether an older page exists.
 */
export async function listNews(locale: string, { tag, page = 1 }: { tag?: NewsTag; page?: number }) {
  const where: Prisma.NewsArticleWhereInput = { ...visibleWhere(), ...(tag && { tags: { has: tag } }) };
  const rows = await db.newsArticle.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * NEWS_PAGE_SIZE,
    take: NEWS_PAGE_SIZE + 1,
    select: listSelect,
  });
  return {
    page,
    hasNext: rows.length > NEWS_PAGE_SIZE,
    items: rows.slice(0, NEWS_PAGE_SIZE).map((r) => toListItem(r, locale)),
  };
}

export async function listLatestNews(locale: string, take = 3) {
  const rows = await db.newsArticle.findMany({
    where: visibleWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
    select: listSelect,
  });
  return rows.map((r) => toListItem(r, locale));
}

// cache(): the page and its metadata ask for the same article in one request.
export const getPublishedArticle = cache(async (slug: string, locale: string) => {
  const row = await db.newsArticle.findFirst({
    where: { slug, ...visibleWhere() },
    select: { ...listSelect, translations: { select: { locale: true, title: true, summary: true, body: true } } },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  return { ...toListItem(row, locale), body: text?.body ?? "", originalLocale: row.originalLocale };
});
export type NewsArticleDetail = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;

/** Items for the feed: the newest 30 with their text in the feed's language. */
export async function listFeedItems(locale: string) {
  const rows = await db.newsArticle.findMany({
    where: visibleWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 30,
    select: listSelect,
  });
  return rows.map((r) => toListItem(r, locale));
}

/** A published article's cover, for the public image route; null otherwise. */
export async function getPublicCover(key: string) {
  const owner = await db.newsArticle.findFirst({ where: { coverKey: key, ...visibleWhere() }, select: { id: true } });
  return owner ? storage.get(key) : null;
}
