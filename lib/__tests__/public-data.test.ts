// The public data layer on real PostgreSQL: search (Latin, Cyrillic, Chinese),
// filters, pagination, visibility of unpublished content, and locale fallback.
// Each test creates its own uniquely tagged rows and removes only those.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RESIDENTS_PAGE_SIZE } from "@/lib/domain";
import { getPublishedResident, listResidentCountries, searchResidents } from "@/lib/data/residents";
import { getPublishedArticle, listNews } from "@/lib/data/news";
import { listFigureSeries } from "@/lib/data/figures";
import { residentSearchDocument } from "@/lib/search-text";
import { residentSearchSchema } from "@/lib/validations/resident-search";

const tag = `t-${randomBytes(4).toString("hex")}`;
const search = (input: Record<string, unknown>) => residentSearchSchema.parse(input);

afterAll(async () => {
  await db.resident.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.newsArticle.deleteMany({ where: { slug: { startsWith: tag } } });
});

async function createResident(i: number, overrides: Partial<{ published: boolean; name: string; sector: "BIG_DATA" | "OTHER" }> = {}) {
  const name = overrides.name ?? `${tag} Company ${String(i).padStart(2, "0")}`;
  const en = `Makes widgets ${tag}`;
  return db.resident.create({
    data: {
      slug: `${tag}-${i}`,
      name,
      country: "XT",
      sector: overrides.sector ?? "BIG_DATA",
      status: "PLANNED",
      sinceYear: 2000 + i,
      published: overrides.published ?? true,
      searchText: residentSearchDocument(name, [en]),
      translations: { create: [{ locale: "en", summary: en, description: en }] },
    },
  });
}

describe("resident search", () => {
  it("finds seeded residents by Cyrillic and Chinese words from their descriptions", async () => {
    const cyrillic = await searchResidents(search({ q: "ДВИГАТЕЛИ" }), "ru");
    expect(cyrillic.items.map((r) => r.slug)).toContain("maz-weichai");
    const chinese = await searchResidents(search({ q: "柴油发动机" }), "zh");
    expect(chinese.items.map((r) => r.slug)).toEqual(["maz-weichai"]);
    const latin = await searchResidents(search({ q: "huawei" }), "en");
    expect(latin.items.map((r) => r.slug)).toContain("huawei");
  });

  it("filters by sector, country and status together", async () => {
    const result = await searchResidents(search({ sector: "MECHANICAL_ENGINEERING", country: "by", status: "OPERATING" }), "en");
    expect(result.items.map((r) => r.slug)).toEqual(["maz-weichai"]);
    expect(result.total).toBe(1);
  });

  it("treats % and _ in a search term literally", async () => {
    expect((await searchResidents(search({ q: "%" }), "en")).total).toBe(0);
    expect((await searchResidents(search({ q: "_" }), "en")).total).toBe(0);
  });

  it("paginates in a stable order and hides unpublished listings", async () => {
    for (let i = 1; i <= RESIDENTS_PAGE_SIZE + 3; i++) await createResident(i);
    await createResident(99, { published: false });
    const page1 = await searchResidents(search({ q: tag }), "en");
    const page2 = await searchResidents(search({ q: tag, page: 2 }), "en");
    expect(page1.total).toBe(RESIDENTS_PAGE_SIZE + 3);
    expect(page1.pageCount).toBe(2);
    expect(page1.items).toHaveLength(RESIDENTS_PAGE_SIZE);
    expect(page2.items).toHaveLength(3);
    expect(page1.items[0].name).toBe(`${tag} Company 01`);
    expect(page2.items.at(-1)!.name).toBe(`${tag} Company 15`);
    const newest = await searchResidents(search({ q: tag, sort: "newest" }), "en");
    expect(newest.items[0].sinceYear).toBe(2015);
    expect(await getPublishedResident(`${tag}-99`, "en")).toBeNull();
    expect(await listResidentCountries()).toContain("XT");
  });

  it("says so when nothing matches", async () => {
    const none = await searchResidents(search({ q: `${tag}-nothing-here` }), "en");
    expect(none).toMatchObject({ total: 0, items: [], pageCount: 1 });
  });
});

describe("locale fallback", () => {
  it("shows a resident's original text, flagged, when the reader's language is missing", async () => {
    await createResident(50, { name: `${tag} Fallback Co` });
    const zh = await getPublishedResident(`${tag}-50`, "zh");
    expect(zh).toMatchObject({ textLocale: "en", isFallback: true, summary: `Makes widgets ${tag}` });
    const en = await getPublishedResident(`${tag}-50`, "en");
    expect(en).toMatchObject({ textLocale: "en", isFallback: false });
  });

  it("shows a news item's original language when a translation is missing", async () => {
    await db.newsArticle.create({
      data: {
        slug: `${tag}-de`,
        originalLocale: "de",
        status: "PUBLISHED",
        publishedAt: new Date("2020-01-01T00:00:00Z"),
        sourceName: "Test",
        sourceUrl: "https://example.org/a",
        tags: ["trade"],
        translations: { create: [{ locale: "de", title: "Nur Deutsch", summary: "Zusammenfassung", body: "Text" }] },
      },
    });
    const ru = await getPublishedArticle(`${tag}-de`, "ru");
    expect(ru).toMatchObject({ title: "Nur Deutsch", textLocale: "de", isFallback: true });
  });
});

describe("news visibility", () => {
  it("lists only published items whose time has come, newest first, filtered by tag", async () => {
    const base = { originalLocale: "en" as const, sourceName: "Test", sourceUrl: "https://example.org/n", tags: ["logistics"] };
    const text = (title: string) => ({ create: [{ locale: "en" as const, title, summary: "s", body: "b" }] });
    await db.newsArticle.create({ data: { ...base, slug: `${tag}-draft`, status: "DRAFT", publishedAt: new Date(), translations: text("draft") } });
    await db.newsArticle.create({ data: { ...base, slug: `${tag}-future`, status: "PUBLISHED", publishedAt: new Date(Date.now() + 86_400_000), translations: text("future") } });
    const all = await listNews("en", { tag: "logistics" });
    const slugs = all.items.map((n) => n.slug);
    expect(slugs).not.toContain(`${tag}-draft`);
    expect(slugs).not.toContain(`${tag}-future`);
    expect(await getPublishedArticle(`${tag}-draft`, "en")).toBeNull();
    const first = await listNews("en", {});
    const dates = first.items.map((n) => n.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe("figures", () => {
  it("returns dated series oldest first and flags disagreeing sources", async () => {
    const series = await listFigureSeries("ru");
    const jobs = series.find((s) => s.key === "jobs_created")!;
    expect(jobs.disputed).toBe(true);
    const residents = series.find((s) => s.key === "residents")!;
    expect(residents.label).toBe("Компании-резиденты");
    expect(residents.latest.value).toBe(171);
    expect(residents.disputed).toBe(false);
    const area = series.find((s) => s.key === "area")!;
    expect(area.points.map((p) => p.value)).toEqual([91.5, 112.5, 112.5]);
    const featured = await listFigureSeries("en", { featuredOnly: true });
    expect(featured.map((s) => s.key)).toEqual(expect.arrayContaining(["residents", "countries", "investment_portfolio", "area", "distance_minsk"]));
  });
});
