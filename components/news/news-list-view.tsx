// One page of the news list; shared by /news, /news/page/N and the tag pages.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listNews } from "@/lib/data/news";
import { alternatesFor, openGraphFor } from "@/lib/seo";
import { newsListPath, parseNewsListParams } from "@/lib/validations/news-list";
import { NewsCard } from "@/components/news/news-card";
import { TagNav } from "@/components/news/tag-nav";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/card";

export type NewsListRouteParams = Promise<{ locale: string; tag?: string; page?: string }>;

export async function newsListMetadata(params: NewsListRouteParams): Promise<Metadata> {
  const { locale, ...raw } = await params;
  const list = parseNewsListParams(raw);
  if (!list) return {};
  const t = await getTranslations({ locale });
  const title = [t("news.title"), list.tag && t(`tags.${list.tag}`), list.page > 1 && t("common.pageNumber", { page: list.page })]
    .filter(Boolean)
    .join(" · ");
  return {
    title,
    description: t("news.lead"),
    alternates: {
      ...alternatesFor(locale, newsListPath(list)),
      types: { "application/rss+xml": [{ url: `/${locale}/news/feed.xml`, title: t("news.feedTitle") }] },
    },
    openGraph: openGraphFor(locale, t("meta.siteName"), { title, description: t("news.lead"), path: newsListPath(list) }),
  };
}

export async function NewsListView({ params }: { params: NewsListRouteParams }) {
  const { locale, ...raw } = await params;
  setRequestLocale(locale);
  const list = parseNewsListParams(raw);
  if (!list) notFound();
  const [t, result] = await Promise.all([getTranslations("news"), listNews(locale, list)]);
  // A page past the end is not a page (an empty first page is: "no news yet").
  if (list.page > 1 && result.items.length === 0) notFound();
  const { tag, page } = list;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">
        {t("lead")}{" "}
        <a href={`/${locale}/news/feed.xml`} type="application/rss+xml">
          {t("feed")}
        </a>
      </p>
      <TagNav current={tag} />
      {result.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="stack">
          {result.items.map((n) => (
            <NewsCard key={n.slug} item={n} heading="h2" />
          ))}
        </div>
      )}
      <Pagination
        prev={page > 1 ? newsListPath({ tag, page: page - 1 }) : null}
        next={result.hasNext ? newsListPath({ tag, page: page + 1 }) : null}
        page={page}
      />
    </>
  );
}
