// /sitemap.xml: every public page in every locale, each with its hreflang
// alternates and the date its content last changed (lib/data/sitemap.ts).
import type { MetadataRoute } from "next";
import { listSitemapPages } from "@/lib/data/sitemap";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/routing";

// Read from the database on each request; the build has no database to read.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listSitemapPages();
  const url = (locale: string, path: string) => new URL(`/${locale}${path}`, env.SITE_URL).toString();
  return pages.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: url(locale, path),
      lastModified,
      alternates: { languages: { ...Object.fromEntries(locales.map((l) => [l, url(l, path)])), "x-default": url("en", path) } },
    })),
  );
}
