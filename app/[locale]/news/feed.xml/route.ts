// GET /{locale}/news/feed.xml — RSS 2.0 of the newest published news in that language.
// Public content only, so there is no viewer to check beyond "published".
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineRoute } from "@/lib/boundary/define-route";
import { listFeedItems } from "@/lib/data/news";
import { env } from "@/lib/env";
import { renderRss } from "@/lib/feed";
import { locales } from "@/lib/i18n/routing";

// Rendered on first request per locale, then cached with the news pages (ISR).
export const generateStaticParams = () => [];
export const revalidate = 300;

export const GET = defineRoute({ access: "public", params: z.object({ locale: z.enum(locales) }) }, async ({ params: { locale } }) => {
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: "news" }), listFeedItems(locale)]);
  const base = env.SITE_URL.replace(/\/$/, "");
  const xml = renderRss({
    title: t("feedTitle"),
    description: t("lead"),
    link: `${base}/${locale}/news`,
    selfUrl: `${base}/${locale}/news/feed.xml`,
    language: locale === "zh" ? "zh-Hans" : locale,
    items: items.map((i) => ({
      title: i.title,
      summary: i.summary,
      url: `${base}/${locale}/news/${i.slug}`,
      publishedAt: i.publishedAt,
      sourceName: i.sourceName,
      sourceUrl: i.sourceUrl,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
});
