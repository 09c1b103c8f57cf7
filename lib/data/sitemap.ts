// What search engines may index: every public page, with the date its content
// last changed. Public data: visible to everyone, as on the pages themselves.
import "server-only";
import { db } from "@/lib/db";
import { NEWS_TAGS } from "@/lib/domain";

export type SitemapPage = { path: string; lastModified?: Date };

const latest = (...dates: (Date | null | undefined)[]) =>
  dates.filter((d): d is Date => !!d).reduce<Date | undefined>((a, b) => (!a || b > a ? b : a), undefined);

export async function listSitemapPages(now = new Date()): Promise<SitemapPage[]> {
  const visibleNews = { status: "PUBLISHED" as const, publishedAt: { lte: now } };
  const [residents, articles, figures, rates] = await Promise.all([
    db.resident.findMany({ where: { published: true }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.newsArticle.findMany({
      where: visibleNews,
      select: { slug: true, updatedAt: true, publishedAt: true, tags: true },
      orderBy: { slug: "asc" },
    }),
    db.figureValue.aggregate({ _max: { createdAt: true } }),
    db.incentiveRate.aggregate({ _max: { createdAt: true } }),
  ]);
  // An article counts from when readers could first see it, or its last edit if later.
  const articleDate = (a: (typeof articles)[number]) => latest(a.updatedAt, a.publishedAt)!;
  const newestResident = latest(...residents.map((r) => r.updatedAt));
  const newestArticle = latest(...articles.map(articleDate));
  const figuresChanged = figures._max.createdAt ?? undefined;
  const tagDates = NEWS_TAGS.map((tag) => ({ tag, date: latest(...articles.filter((a) => a.tags.includes(tag)).map(articleDate)) }));
  return [
    { path: "", lastModified: latest(figuresChanged, newestResident, newestArticle) },
    { path: "/park", lastModified: figuresChanged },
    { path: "/incentives/calculator", lastModified: rates._max.createdAt ?? undefined },
    { path: "/residents", lastModified: newestResident },
    ...residents.map((r) => ({ path: `/residents/${r.slug}`, lastModified: r.updatedAt })),
    { path: "/news", lastModified: newestArticle },
    ...tagDates.filter((t) => t.date).map((t) => ({ path: `/news/tag/${t.tag}`, lastModified: t.date })),
    ...articles.map((a) => ({ path: `/news/${a.slug}`, lastModified: articleDate(a) })),
    // Its text lives in the catalogs, not the database: no content date to give.
    { path: "/contacts" },
  ];
}
