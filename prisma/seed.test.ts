// The seed against real PostgreSQL: idempotent, and the content the foundation promises.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "../lib/generated/prisma/client";
import { isEmpty, seedContent } from "./seed/run";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: inject("databaseUrl") }) });
afterAll(() => db.$disconnect());

async function counts() {
  const [metrics, values, residents, translations, sources, news, newsTranslations] = await Promise.all([
    db.figureMetric.count(),
    db.figureValue.count(),
    db.resident.count({ where: { slug: { not: { startsWith: "t-" } } } }),
    db.residentTranslation.count(),
    db.residentSource.count(),
    db.newsArticle.count({ where: { slug: { not: { startsWith: "t-" } } } }),
    db.newsTranslation.count(),
  ]);
  return { metrics, values, residents, translations, sources, news, newsTranslations };
}

describe("seed", () => {
  it("is idempotent: a second run adds nothing", async () => {
    const before = await counts();
    await seedContent(db);
    expect(await counts()).toEqual(before);
    expect(await isEmpty(db)).toBe(false);
  });

  it("has at least 15 dated figure values, each with a source", async () => {
    const values = await db.figureValue.findMany({ select: { asOf: true, sourceTitle: true, sourceUrl: true } });
    expect(values.length).toBeGreaterThanOrEqual(15);
    for (const v of values) {
      expect(v.asOf).toBeInstanceOf(Date);
      expect(v.sourceTitle.length).toBeGreaterThan(3);
      expect(v.sourceUrl).toMatch(/^https?:\/\/[^ ]+\.[a-z]{2,}/);
    }
  });

  it("keeps the residents series from 2015 to January 2026", async () => {
    const series = await db.figureValue.findMany({ where: { metric: { key: "residents" } }, orderBy: { asOf: "asc" } });
    expect(series[0]).toMatchObject({ value: 7 });
    expect(series[0].asOf.toISOString().slice(0, 10)).toBe("2015-05-12");
    expect(series.at(-1)).toMatchObject({ value: 171 });
    expect(series.at(-1)!.asOf.toISOString().slice(0, 10)).toBe("2026-01-29");
    expect(series.length).toBeGreaterThanOrEqual(10);
  });

  it("lists at least 10 confirmed residents and neither Midea nor BelGee", async () => {
    const residents = await db.resident.findMany({ where: { published: true }, include: { translations: true, sources: true } });
    expect(residents.length).toBeGreaterThanOrEqual(10);
    expect(residents.map((r) => r.name.toLowerCase()).join(" ")).not.toMatch(/midea|belgee|geely/);
    for (const r of residents) {
      expect(r.translations.map((t) => t.locale).sort()).toEqual(["en", "ru", "zh"]);
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  it("has at least 10 sourced news items over 2015–2026 in three languages, one originally German", async () => {
    const news = await db.newsArticle.findMany({ where: { slug: { not: { startsWith: "t-" } } }, include: { translations: true } });
    expect(news.length).toBeGreaterThanOrEqual(10);
    const years = news.map((n) => n.publishedAt!.getUTCFullYear());
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBe(2026);
    for (const n of news) {
      expect(n.sourceUrl).toMatch(/^https?:\/\//);
      expect(n.translations.map((t) => t.locale)).toEqual(expect.arrayContaining(["en", "ru", "zh"]));
    }
    const german = news.filter((n) => n.originalLocale === "de");
    expect(german).toHaveLength(1);
    expect(german[0].translations.map((t) => t.locale)).toContain("de");
  });
});
