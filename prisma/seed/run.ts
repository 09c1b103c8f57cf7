// Seeds the portal's public content. Idempotent: records are matched by their
// natural keys (metric key, value date + source, slug) and only created when
// missing, so running it again adds nothing and never overwrites staff edits.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { residentSearchDocument } from "../../lib/search-text.ts";
import { seedMetrics } from "./figures.ts";
import { seedNews } from "./news.ts";
import { seedResidents, type SeedResident } from "./residents.ts";

export type SeedCounts = { metrics: number; values: number; residents: number; news: number };

async function seedFigures(db: PrismaClient) {
  let values = 0;
  for (const [position, m] of seedMetrics.entries()) {
    const metric = await db.figureMetric.upsert({
      where: { key: m.key },
      update: {},
      create: {
        key: m.key,
        unit: m.unit,
        position,
        featured: m.featured ?? false,
        translations: { create: Object.entries(m.label).map(([locale, label]) => ({ locale: locale as "en", label })) },
      },
    });
    for (const p of m.points) {
      const asOf = new Date(`${p.asOf}T00:00:00Z`);
      const [sourceTitle, sourceUrl] = p.source;
      const created = await db.figureValue.upsert({
        where: { metricId_asOf_sourceUrl: { metricId: metric.id, asOf, sourceUrl } },
        update: {},
        create: {
          metricId: metric.id,
          value: p.value,
          qualifier: p.qualifier ?? "EXACT",
          asOf,
          asOfPrecision: p.precision ?? "DAY",
          sourceTitle,
          sourceUrl,
        },
      });
      if (created) values++;
    }
  }
  return { metrics: seedMetrics.length, values };
}

// "2019-10" → the first of October 2019, precision MONTH.
function statusSourceOf(r: SeedResident) {
  if (!r.statusSource) return {};
  const [asOf, url] = r.statusSource;
  if (!asOf) return { statusSourceUrl: url };
  const precision = asOf.length === 4 ? "YEAR" : asOf.length === 7 ? "MONTH" : "DAY";
  const [y, m = 1, d = 1] = asOf.split("-").map(Number);
  return { statusSourceUrl: url, statusAsOf: new Date(Date.UTC(y, m - 1, d)), statusAsOfPrecision: precision } as const;
}

async function seedResidentsTable(db: PrismaClient) {
  for (const r of seedResidents) {
    const texts = [...Object.values(r.localNames ?? {}), ...Object.values(r.text).flatMap((t) => [t.summary, t.description])];
    await db.resident.upsert({
      where: { slug: r.slug },
      update: {},
      create: {
        slug: r.slug,
        name: r.name,
        country: r.country,
        sector: r.sector,
        status: r.status,
        ...statusSourceOf(r),
        partnerCountries: r.partnerCountries ?? [],
        sinceYear: r.sinceYear,
        investmentUsd: r.investmentUsd,
        investmentUsdMax: r.investmentUsdMax,
        jobs: r.jobs,
        website: r.website,
        featured: r.featured ?? false,
        published: true,
        originalLocale: "en",
        searchText: residentSearchDocument(r.name, texts),
        translations: {
          create: Object.entries(r.text).map(([locale, t]) => ({
            locale: locale as "en",
            name: r.localNames?.[locale as "ru" | "zh"] ?? "",
            ...t,
          })),
        },
        sources: { create: r.sources.map(([title, url], position) => ({ title, url, position })) },
      },
    });
  }
  return seedResidents.length;
}

async function seedNewsTable(db: PrismaClient) {
  for (const n of seedNews) {
    await db.newsArticle.upsert({
      where: { slug: n.slug },
      update: {},
      create: {
        slug: n.slug,
        originalLocale: n.originalLocale,
        status: "PUBLISHED",
        publishedAt: new Date(n.publishedAt),
        publishedPrecision: n.publishedPrecision ?? "DAY",
        tags: n.tags,
        sourceName: n.sourceName,
        sourceUrl: n.sourceUrl,
        translations: {
          create: Object.entries(n.text).map(([locale, t]) => ({ locale: locale as "en", ...t })),
        },
      },
    });
  }
  return seedNews.length;
}

export async function seedContent(db: PrismaClient): Promise<SeedCounts> {
  const figures = await seedFigures(db);
  const residents = await seedResidentsTable(db);
  const news = await seedNewsTable(db);
  return { ...figures, residents, news };
}

/** True when the database holds no public content yet (first start). */
export async function isEmpty(db: PrismaClient): Promise<boolean> {
  const [metrics, residents, news] = await Promise.all([db.figureMetric.count(), db.resident.count(), db.newsArticle.count()]);
  return metrics + residents + news === 0;
}
