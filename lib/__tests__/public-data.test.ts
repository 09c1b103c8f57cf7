// The public data layer on real PostgreSQL: search (Latin, Cyrillic, Chinese),
// filters, pagination, visibility of unpublished content, and locale fallback.
// Each test creates its own uniquely tagged rows and removes only those.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RESIDENTS_PAGE_SIZE } from "@/lib/domain";
import { getPublishedResident, listResidentCountries } from "@/lib/data/residents";
import { COUNT_CAP, searchResidents } from "@/lib/data/resident-directory";
import { getPublishedArticle, listNews } from "@/lib/data/news";
import { listFigureSeries } from "@/lib/data/figures";
import { residentSearchDocument } from "@/lib/search-text";
import { residentSearchSchema } from "@/lib/validations/resident-search";
import { seedResidents } from "@/prisma/seed/residents";

const tag = `t-${randomBytes(4).toString("hex")}`;
const search = (input: Record<string, unknown>) => residentSearchSchema.parse(input);

afterAll(async () => {
  await db.resident.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.newsArticle.deleteMany({ where: { slug: { startsWith: tag } } });
});

type Overrides = Partial<{
  published: boolean;
  name: string;
  sector: "BIG_DATA" | "OTHER";
  sinceYear: number | null;
  investmentUsd: number | null;
}>;

async function createResident(i: number, overrides: Overrides = {}) {
  const name = overrides.name ?? `${tag} Company ${String(i).padStart(2, "0")}`;
  const en = `Makes widgets ${tag}`;
  return db.resident.create({
    data: {
      slug: `${tag}-${i}`,
      name,
      country: "XT",
      sector: overrides.sector ?? "BIG_DATA",
      status: "PLANNED",
      sinceYear: overrides.sinceYear === undefined ? 2000 + i : overrides.sinceYear,
      investmentUsd: overrides.investmentUsd ?? null,
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

  it("treats operators and wildcards in a search term as nothing to search for", async () => {
    for (const q of ["%", "_", "&", "!", "|", ":*", "'"]) expect((await searchResidents(search({ q }), "en")).total).toBe(0);
    expect((await searchResidents(search({ q: "huawei & | !" }), "en")).items.map((r) => r.slug)).toContain("huawei");
  });

  it("matches word prefixes, folds ё and accents, and needs every word", async () => {
    expect((await searchResidents(search({ q: "HUA" }), "en")).items.map((r) => r.slug)).toContain("huawei");
    expect((await searchResidents(search({ q: "huawei двигатели" }), "en")).total).toBe(0);
  });

  it("pages every sort order forwards and backwards with cursors, hiding unpublished listings", async () => {
    // Ties on the sort key and unknown values (null) are where keyset paging breaks.
    const years = [2015, 2015, null, 2018, 2012, 2015, null, 2020, 2011, 2015, 2019, 2013, 2014, 2016, 2017];
    for (let i = 1; i <= years.length; i++) {
      await createResident(i, { sinceYear: years[i - 1], investmentUsd: i % 3 === 0 ? null : (i % 4) * 1e6 });
    }
    await createResident(99, { published: false });
    const rows = await db.resident.findMany({
      where: { slug: { startsWith: `${tag}-` }, published: true, NOT: { name: { contains: "Fallback" } } },
    });
    const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
    const expected = {
      name: [...rows].sort(byName),
      newest: [...rows].sort((a, b) => (b.sinceYear ?? 0) - (a.sinceYear ?? 0) || byName(a, b)),
      investment: [...rows].sort((a, b) => (b.investmentUsd ?? 0) - (a.investmentUsd ?? 0) || byName(a, b)),
    };
    for (const sort of ["name", "newest", "investment"] as const) {
      const pages: string[][] = [];
      let result = await searchResidents(search({ q: tag, sort }), "en");
      expect(result.prevCursor).toBeNull();
      expect(result.total).toBe(years.length);
      pages.push(result.items.map((r) => r.slug));
      while (result.nextCursor) {
        result = await searchResidents(search({ q: tag, sort, after: result.nextCursor }), "en");
        pages.push(result.items.map((r) => r.slug));
      }
      expect(pages.map((p) => p.length)).toEqual([RESIDENTS_PAGE_SIZE, years.length - RESIDENTS_PAGE_SIZE]);
      expect(pages.flat()).toEqual(expected[sort].map((r) => r.slug));
      // And back: the previous page from the last one is the first page again.
      const back = await searchResidents(search({ q: tag, sort, before: result.prevCursor! }), "en");
      expect(back.items.map((r) => r.slug)).toEqual(pages[0]);
      expect(back.prevCursor).toBeNull();
      expect(back.nextCursor).not.toBeNull();
    }
    expect(await getPublishedResident(`${tag}-99`, "en")).toBeNull();
    expect(await listResidentCountries()).toContain("XT");
  });

  it("counts matches up to a cap and says there are more", async () => {
    const many = `${tag}-many`;
    await db.resident.createMany({
      data: Array.from({ length: COUNT_CAP + 2 }, (_, i) => ({
        slug: `${many}-${i}`,
        name: `Many ${i}`,
        country: "XT",
        sector: "OTHER" as const,
        status: "PLANNED" as const,
        published: true,
        searchText: residentSearchDocument(`Many ${i}`, [many]),
      })),
    });
    const result = await searchResidents(search({ q: many }), "en");
    expect(result).toMatchObject({ total: COUNT_CAP, totalIsCapped: true });
    expect(result.items).toHaveLength(RESIDENTS_PAGE_SIZE);
    await db.resident.deleteMany({ where: { slug: { startsWith: many } } });
  });

  it("says so when nothing matches", async () => {
    const none = await searchResidents(search({ q: `${tag}-nothing-here` }), "en");
    expect(none).toMatchObject({ total: 0, totalIsCapped: false, items: [], prevCursor: null, nextCursor: null });
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
    await db.newsArticle.create({
      data: { ...base, slug: `${tag}-draft`, status: "DRAFT", publishedAt: new Date(), translations: text("draft") },
    });
    await db.newsArticle.create({
      data: {
        ...base,
        slug: `${tag}-future`,
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() + 86_400_000),
        translations: text("future"),
      },
    });
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
    expect(featured.map((s) => s.key)).toEqual(
      expect.arrayContaining(["residents", "countries", "investment_portfolio", "area", "distance_minsk"]),
    );
  });
});

describe("joint ventures, investment ranges and dated statuses (issue 15, facts 5 and 6)", () => {
  it("finds a joint venture under each of its countries and lists partner countries in the filter", async () => {
    const underDE = await searchResidents(search({ country: "DE" }), "en");
    expect(underDE.items.map((r) => r.slug)).toContain("eurasian-railway-gateway");
    const underBY = await searchResidents(search({ country: "BY" }), "en");
    expect(underBY.items.map((r) => r.slug)).toEqual(expect.arrayContaining(["zoomlion-maz", "maz-weichai", "nanopektin"]));
    expect(await listResidentCountries()).toEqual(expect.arrayContaining(["BY", "CN", "DE"]));
  });

  it("keeps Zoomlion–MAZ's investment as the range its source gives, and every stated status with its date and source", async () => {
    const zoomlion = await getPublishedResident("zoomlion-maz", "en");
    expect(zoomlion).toMatchObject({ countries: ["CN", "BY"], investmentUsd: 45e6, investmentUsdMax: 50e6 });
    expect(zoomlion?.statusSource).toMatchObject({ url: "http://www1.futiana.com/news/30590.html", precision: "DAY" });
    expect(zoomlion?.statusSource?.asOf?.toISOString().slice(0, 10)).toBe("2017-04-15");
    const erg = await getPublishedResident("eurasian-railway-gateway", "en");
    expect(erg).toMatchObject({ countries: ["CN", "DE"], status: "PLANNED" });
    const seeded = await db.resident.findMany({ where: { slug: { in: seedResidents.map((r) => r.slug) } } });
    expect(seeded).toHaveLength(seedResidents.length);
    for (const r of seeded)
      expect({ slug: r.slug, sourced: r.status === "NOT_STATED" || !!r.statusSourceUrl }).toEqual({ slug: r.slug, sourced: true });
  });
});
