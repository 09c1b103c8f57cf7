// Park figures: public, read-only for visitors. Every value carries its date and source.
import "server-only";
import { db } from "@/lib/db";
import { pickTranslation } from "@/lib/i18n/pick-translation";

export type FigurePoint = {
  id: string;
  value: number;
  qualifier: "EXACT" | "APPROXIMATE" | "MORE_THAN";
  asOf: Date;
  asOfPrecision: "DAY" | "MONTH" | "YEAR";
  sourceTitle: string;
  sourceUrl: string;
};

export type FigureSeries = {
  key: string;
  unit: string;
  label: string;
  labelIsFallback: boolean;
  /** Oldest first. */
  points: FigurePoint[];
  latest: FigurePoint;
  /** Points from different sources that share a date but not a value. */
  disputed: boolean;
};

const pointSelect = {
  id: true,
  value: true,
  qualifier: true,
  asOf: true,
  asOfPrecision: true,
  sourceTitle: true,
  sourceUrl: true,
} as const;

function hasDisagreement(points: FigurePoint[]) {
  const byDate = new Map<number, Set<number>>();
  for (const p of points) {
    const set = byDate.get(p.asOf.getTime()) ?? new Set<number>();
    set.add(p.value);
    byDate.set(p.asOf.getTime(), set);
  }
  return [...byDate.values()].some((values) => values.size > 1);
}

/** Every figure with its whole dated series; `featuredOnly` for the home page. */
export async function listFigureSeries(locale: string, { featuredOnly = false } = {}): Promise<FigureSeries[]> {
  const metrics = await db.figureMetric.findMany({
    where: featuredOnly ? { featured: true } : undefined,
    orderBy: { position: "asc" },
    select: {
      key: true,
      unit: true,
      translations: { select: { locale: true, label: true } },
      values: { select: pointSelect, orderBy: [{ asOf: "asc" }, { sourceTitle: "asc" }] },
    },
  });
  return metrics
    .filter((m) => m.values.length > 0)
    .map((m) => {
      const label = pickTranslation(m.translations, locale, "en");
      return {
        key: m.key,
        unit: m.unit,
        label: label?.label ?? m.key,
        labelIsFallback: label?.isFallback ?? true,
        points: m.values,
        latest: m.values[m.values.length - 1],
        disputed: hasDisagreement(m.values),
      };
    });
}
