// Metadata helpers: hreflang alternates for every locale, and page titles.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { locales } from "@/lib/i18n/routing";

const OG_LOCALE: Record<string, string> = { en: "en_US", ru: "ru_RU", zh: "zh_CN" };

/**
 * OpenGraph tags for a page (Next replaces, not merges, a parent's openGraph,
 * so every page that sets its own passes the site name again). The image comes
 * from the nearest opengraph-image file; Twitter reads these tags too.
 */
export function openGraphFor(
  locale: string,
  siteName: string,
  page: { title?: string; description?: string; path: string; type?: "website" | "article"; publishedTime?: Date },
): Metadata["openGraph"] {
  return {
    siteName,
    locale: OG_LOCALE[locale] ?? "en_US",
    url: `/${locale}${page.path}`,
    title: page.title ?? siteName,
    description: page.description,
    ...(page.type === "article" ? { type: "article", publishedTime: page.publishedTime?.toISOString() } : { type: "website" }),
  };
}

/** `path` without locale, starting with "/" ("" for home). */
export function alternatesFor(locale: string, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, `/${l}${path}`]));
  languages["x-default"] = `/en${path}`;
  return { canonical: `/${locale}${path}`, languages };
}

/** Title, description, hreflang alternates and OpenGraph tags of a public page, all for that page. */
export async function publicPageMetadata(locale: string, path: string, title: string, description: string): Promise<Metadata> {
  const tm = await getTranslations({ locale, namespace: "meta" });
  return {
    title,
    description,
    alternates: alternatesFor(locale, path),
    openGraph: openGraphFor(locale, tm("siteName"), { title, description, path }),
  };
}
