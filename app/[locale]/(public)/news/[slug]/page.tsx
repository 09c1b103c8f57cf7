import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { renderMarkdown } from "@/lib/markdown";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPublishedArticle } from "@/lib/data/news";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { alternatesFor, openGraphFor } from "@/lib/seo";
import { formatPublished, isoDateOf } from "@/lib/format";
import { breadcrumbs, newsArticle } from "@/lib/structured-data";
import { NewsCover } from "@/components/news/news-cover";
import { JsonLd } from "@/components/ui/json-ld";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";

import { FallbackNote } from "@/components/ui/fallback-note";
import { TranslationNote } from "@/components/ui/translation-note";
import { hasLocale } from "next-intl";
import { locales } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (ISR); see the locale layout.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await getPublishedArticle(slug, locale);
  if (!article) return {};
  const [t, tm] = await Promise.all([getTranslations({ locale, namespace: "news" }), getTranslations({ locale, namespace: "meta" })]);
  return {
    title: article.title,
    description: article.summary,
    openGraph: openGraphFor(locale, tm("siteName"), {
      title: article.title,
      description: article.summary,
      path: `/news/${slug}`,
      type: "article",
      publishedTime: article.publishedAt,
    }),
    alternates: {
      ...alternatesFor(locale, `/news/${slug}`),
      types: { "application/rss+xml": [{ url: `/${locale}/news/feed.xml`, title: t("feedTitle") }] },
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = await getPublishedArticle(slug, locale);
  if (!article) notFound();
  const [t, tAll, format] = await Promise.all([getTranslations("news"), getTranslations(), getFormatter()]);
  const path = `/${locale}/news/${slug}`;
  const trail = [
    { name: tAll("nav.home"), path: `/${locale}` },
    { name: tAll("nav.news"), path: `/${locale}/news` },
    { name: article.title, path },
  ];
  return (
    <article className="detail">
      <JsonLd data={[newsArticle(env.SITE_URL, path, article, tAll("meta.siteName")), breadcrumbs(env.SITE_URL, trail)]} />
      <PageHeader trail={trail} title={article.title} titleLang={article.textLocale}>
        <p className="card-meta">
          <time dateTime={isoDateOf(article.publishedAt, article.publishedPrecision)}>
            {t("publishedOn", { date: formatPublished(format, article.publishedAt, article.publishedPrecision) })}
          </time>
        </p>
      </PageHeader>
      {article.isFallback && <FallbackNote textLocale={article.textLocale} />}
      {!article.isFallback && article.textLocale !== article.originalLocale && (
        <TranslationNote
          originalLocale={article.originalLocale}
          href={hasLocale(locales, article.originalLocale) ? `/${article.originalLocale}/news/${slug}` : article.sourceUrl}
        />
      )}
      {article.cover && <NewsCover cover={article.cover} use="article" />}
      <p className="lead" lang={article.textLocale}>
        {article.summary}
      </p>
      <div lang={article.textLocale} className="prose">
        {/* Markdown rendered and sanitized on the server (lib/markdown.ts). */}
        <div dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }} />
      </div>
      <p className="source-box">
        {t("originalSource", { source: article.sourceName })}{" "}
        <a href={article.sourceUrl} rel="noopener noreferrer external" target="_blank">
          {t("readOriginal")}
        </a>
      </p>
      <ul className="tags" aria-label={t("tagFilter")}>
        {article.tags.map((tag) => (
          <li key={tag}>
            <Link href={{ pathname: "/news", query: { tag } }}>{tAll(`tags.${tag}` as "tags.park")}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
