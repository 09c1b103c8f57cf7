// schema.org JSON-LD for search engines: the park as an Organization, a news
// item as a NewsArticle whose `isBasedOn` is the original source, and the
// breadcrumb trail of a page. Plain builders (tested in Vitest); the JsonLd
// component writes them into the page.
import { isoDateOf } from "@/lib/format";

const CONTEXT = "https://schema.org";

// The park's official site, as cited in shared/content/park-facts.md.
export const PARK_OFFICIAL_SITE = "https://en.industrialpark.by/";

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).toString();

export function parkOrganization(siteUrl: string, locale: string, name: string) {
  return {
    "@context": CONTEXT,
    "@type": "Organization",
    name,
    alternateName: ["China-Belarus Industrial Park Great Stone", "Китайско-Белорусский индустриальный парк «Великий камень»", "中白工业园"],
    url: absolute(siteUrl, `/${locale}/park`),
    sameAs: [PARK_OFFICIAL_SITE],
  };
}

type Article = {
  title: string;
  summary: string;
  publishedAt: Date;
  publishedPrecision?: "DAY" | "MONTH" | "YEAR";
  sourceName: string;
  sourceUrl: string;
  textLocale: string;
};

export function newsArticle(siteUrl: string, path: string, article: Article, publisherName: string) {
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: article.title.slice(0, 110),
    description: article.summary,
    // ISO 8601 at the source's precision: a full timestamp, or "2024-04", or "2022".
    datePublished:
      !article.publishedPrecision || article.publishedPrecision === "DAY"
        ? article.publishedAt.toISOString()
        : isoDateOf(article.publishedAt, article.publishedPrecision),
    inLanguage: article.textLocale,
    mainEntityOfPage: absolute(siteUrl, path),
    // The portal retells; the original is the source.
    isBasedOn: { "@type": "CreativeWork", name: article.sourceName, url: article.sourceUrl },
    publisher: { "@type": "Organization", name: publisherName, url: absolute(siteUrl, "/") },
  };
}

export function breadcrumbs(siteUrl: string, trail: { name: string; path: string }[]) {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: step.name,
      item: absolute(siteUrl, step.path),
    })),
  };
}

/** JSON for a <script> element: "<" escaped so no text can close the script early. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
