// The JSON-LD the public pages carry, validated against what schema.org and
// search engines require of each type; and the sitemap's pages, on the seeded
// database: every public page, none that is not public.
import { describe, expect, it } from "vitest";
import { breadcrumbs, jsonForScript, newsArticle, parkOrganization } from "@/lib/structured-data";
import { listSitemapPages } from "@/lib/data/sitemap";
import { db } from "@/lib/db";

const SITE = "https://portal.example/";
const isAbsoluteHttpUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^/\s]+/.test(v) && !!new URL(v);

/** The checks a validator applies to the three types the portal emits; returns what fails. */
function problems(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (data["@context"] !== "https://schema.org") out.push("@context");
  const type = data["@type"];
  if (type === "Organization") {
    if (typeof data.name !== "string" || !data.name) out.push("name");
    if (!isAbsoluteHttpUrl(data.url)) out.push("url");
    if (!(data.sameAs as unknown[]).every(isAbsoluteHttpUrl)) out.push("sameAs");
  } else if (type === "NewsArticle") {
    const headline = data.headline as string;
    if (!headline || headline.length > 110) out.push("headline");
    // A full timestamp, or an ISO 8601 date as precise as the source: "2024-04", "2022".
    if (!/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z)?)?)?$/.test(data.datePublished as string)) out.push("datePublished");
    if (!isAbsoluteHttpUrl(data.mainEntityOfPage)) out.push("mainEntityOfPage");
    const basedOn = data.isBasedOn as { url?: string; name?: string };
    if (!isAbsoluteHttpUrl(basedOn?.url) || !basedOn?.name) out.push("isBasedOn");
    if (!(data.publisher as { name?: string })?.name) out.push("publisher");
  } else if (type === "BreadcrumbList") {
    const items = data.itemListElement as { "@type": string; position: number; name: string; item: string }[];
    if (!items.length) out.push("itemListElement");
    items.forEach((it, i) => {
      if (it["@type"] !== "ListItem" || it.position !== i + 1 || !it.name || !isAbsoluteHttpUrl(it.item)) out.push(`item ${i + 1}`);
    });
  } else out.push(`unknown @type ${String(type)}`);
  return out;
}

describe("structured data", () => {
  const article = {
    title: "Great Stone reaches 171 residents",
    summary: "By the end of 2025 the park had 171 residents from 16 countries.",
    publishedAt: new Date("2026-01-29T09:00:00Z"),
    sourceName: "News.by",
    sourceUrl: "https://news.by/news/ekonomika/1-7-mlrd",
    textLocale: "en",
  };

  it("builds an Organization, a NewsArticle based on its source, and a breadcrumb trail that validate", () => {
    const all = [
      parkOrganization(SITE, "ru", "Китайско-Белорусский индустриальный парк «Великий камень»"),
      newsArticle(SITE, "/en/news/x", article, "Great Stone Investor Portal"),
      breadcrumbs(SITE, [
        { name: "Home", path: "/en" },
        { name: "News", path: "/en/news" },
        { name: article.title, path: "/en/news/x" },
      ]),
    ];
    expect(all.map(problems)).toEqual([[], [], []]);
    expect(all[1]).toMatchObject({ isBasedOn: { url: article.sourceUrl }, mainEntityOfPage: "https://portal.example/en/news/x" });
  });

  it("dates an article no more precisely than its source", () => {
    const april = newsArticle(
      SITE,
      "/en/news/x",
      { ...article, publishedAt: new Date("2024-04-01T09:00:00Z"), publishedPrecision: "MONTH" },
      "P",
    );
    const year = newsArticle(
      SITE,
      "/en/news/x",
      { ...article, publishedAt: new Date("2022-01-01T09:00:00Z"), publishedPrecision: "YEAR" },
      "P",
    );
    expect([april.datePublished, year.datePublished]).toEqual(["2024-04", "2022"]);
    expect([problems(april), problems(year)]).toEqual([[], []]);
    expect(problems({ ...april, datePublished: "April 2024" })).toEqual(["datePublished"]);
  });

  it("catches what a validator would reject", () => {
    expect(problems({ ...newsArticle(SITE, "/en/news/x", { ...article, sourceUrl: "not a url" }, "P"), headline: "" })).toEqual([
      "headline",
      "isBasedOn",
    ]);
    const trail = breadcrumbs(SITE, [{ name: "Home", path: "/en" }]);
    trail.itemListElement[0].position = 2;
    expect(problems(trail)).toEqual(["item 1"]);
  });

  it("cannot be broken out of its script element", () => {
    const json = jsonForScript(newsArticle(SITE, "/x", { ...article, title: "</script><script>alert(1)</script>" }, "P"));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script>");
  });
});

describe("sitemap pages", () => {
  it("lists every published resident and visible article with a date, and nothing unpublished or scheduled", async () => {
    const pages = await listSitemapPages();
    const paths = pages.map((p) => p.path);
    const [residents, hiddenResidents, articles, hiddenArticles] = await Promise.all([
      db.resident.findMany({ where: { published: true }, select: { slug: true } }),
      db.resident.findMany({ where: { published: false }, select: { slug: true } }),
      db.newsArticle.findMany({ where: { status: "PUBLISHED", publishedAt: { lte: new Date() } }, select: { slug: true } }),
      db.newsArticle.findMany({
        where: { OR: [{ status: { not: "PUBLISHED" } }, { publishedAt: { gt: new Date() } }] },
        select: { slug: true },
      }),
    ]);
    expect(paths).toEqual(expect.arrayContaining(["", "/park", "/residents", "/news", "/contacts"]));
    for (const r of residents) expect(paths).toContain(`/residents/${r.slug}`);
    for (const a of articles) expect(paths).toContain(`/news/${a.slug}`);
    for (const r of hiddenResidents) expect(paths).not.toContain(`/residents/${r.slug}`);
    for (const a of hiddenArticles) expect(paths).not.toContain(`/news/${a.slug}`);
    expect(pages.filter((p) => p.path.startsWith("/news/") || p.path.startsWith("/residents/")).every((p) => p.lastModified)).toBe(true);
  });
});
