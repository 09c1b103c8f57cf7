import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listNews } from "@/lib/data/news";
import { alternatesFor } from "@/lib/seo";
import { newsListSchema } from "@/lib/validations/news-list";
import { NewsCard } from "@/components/news/news-card";
import { TagNav } from "@/components/news/tag-nav";
import { Pagination } from "@/components/ui/pagination";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Filters and paging come from the query string, so this page renders per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "news" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: {
      ...alternatesFor(locale, "/news"),
      types: { "application/rss+xml": [{ url: `/${locale}/news/feed.xml`, title: t("feedTitle") }] },
    },
  };
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { tag, page } = newsListSchema.parse(await searchParams);
  const [t, result] = await Promise.all([getTranslations("news"), listNews(locale, { tag, page })]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">
        {t("lead")} <a href={`/${locale}/news/feed.xml`} type="application/rss+xml">{t("feed")}</a>
      </p>
      <TagNav current={tag} />
      {result.items.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="stack">
          {result.items.map((n) => <NewsCard key={n.slug} item={n} />)}
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/news" query={tag ? { tag } : {}} />
    </>
  );
}
