// What the Great Stone regime is worth to one project, year by year: each tax
// under the general Belarus regime and under the park's, and the difference.
// Pure: the rates come in as dated rows (lib/data/incentive-rates.ts reads them
// from the database), so the same function serves the page and the tests.
//
// The model, stated on the page beside the result:
// - years run from the first year with gross profit (or this year, if that has
//   passed: the exemption still counts from the first year) to the year the
//   park's benefits end; a benefit that ends during a year covers that share of it;
// - the rate of each year is the newest row in force on 1 January;
// - profit grows by a fixed rate; the general profit-tax rate switches to the
//   higher one for the whole year's profit above the BYN threshold (only when
//   the user gives an exchange rate to compare with it);
// - the park's profit tax is nil for the exemption's years, then a share of
//   the general rate; real-estate and land tax are a share of the general tax;
// - real-estate and land values stay as entered; equipment is imported once, in
//   the first year; import VAT is charged on the customs value plus duty;
// - amounts are in US dollars; the discounted total is the present value at the
//   first year.
import type { IncentiveParameter } from "@/lib/generated/prisma/enums";
import { thresholdGuidance, type ThresholdGuidance } from "@/lib/proposal-thresholds";

export type RateRow = {
  value: number;
  effectiveFrom: Date | null;
  effectiveUntil: Date | null;
  createdAt: Date;
};

export type RateSchedule = Record<IncentiveParameter, readonly RateRow[]>;

export type CalculatorInput = {
  rdProject: boolean;
  totalInvestmentUsd: number;
  investmentFirst3YearsUsd: number | null;
  firstProfitYear: number;
  annualProfitUsd: number;
  profitGrowthPct: number;
  realEstateUsd: number | null;
  landValueUsd: number | null;
  landTaxPct: number | null;
  landAreaHa: number | null;
  landTaxPerHaUsd: number | null;
  equipmentUsd: number | null;
  customsDutyPct: number | null;
  bynPerUsd: number | null;
  discountPct: number;
};

/** One tax in one year: what the general regime and the park's would charge. */
export type TaxPair = { general: number; park: number };

export const TAXES = ["profit", "realEstate", "land", "importDuty", "importVat"] as const;
export type Tax = (typeof TAXES)[number];

export type YearRow = {
  year: number;
  profitUsd: number;
  /** The share of the year the park's benefits cover (1 but for the year they end). */
  parkShareOfYear: number;
  /** The park's profit tax is nil this year. */
  exempt: boolean;
  /** The general profit-tax rate applied, in per cent. */
  generalProfitRatePct: number;
  /** The year's whole profit went over the threshold, so the higher rate applied (and the park's share of it). */
  higherRate: boolean;
  taxes: Record<Tax, TaxPair>;
  general: number;
  park: number;
  saving: number;
  discountFactor: number;
};

export type CalculatorResult =
  | { status: "below"; eligibility: Extract<ThresholdGuidance, { status: "below" }> }
  | { status: "missingRates"; missing: IncentiveParameter[] }
  /** The park's benefits on record end before the first year the table would show. */
  | { status: "afterRegime"; regimeEnd: Date }
  | {
      status: "computed";
      eligibility: Extract<ThresholdGuidance, { status: "meets" }>;
      /** The last day the park's benefits run (the latest end of any of them). */
      regimeEnd: Date;
      /** The last year with a park exemption from profit tax. */
      exemptionLastYear: number;
      years: YearRow[];
      totals: { byTax: Record<Tax, TaxPair>; general: number; park: number; saving: number; savingDiscounted: number };
      /** No exchange rate was given, so the higher profit-tax rate was never applied. */
      highRateUnchecked: boolean;
    };

const DAY_MS = 86_400_000;
const PARK_PARAMETERS = [
  "PARK_PROFIT_EXEMPT_YEARS",
  "PARK_PROFIT_REDUCED_SHARE",
  "PARK_REAL_ESTATE_SHARE",
  "PARK_LAND_SHARE",
  "PARK_IMPORT_VAT_SHARE",
  "PARK_IMPORT_DUTY_SHARE",
] as const satisfies readonly IncentiveParameter[];

/** The row in force on 1 January of `year`: the latest start on or before it (no start: always), then the newest entry. */
export function rateInForce(rows: readonly RateRow[], year: number): RateRow | null {
  const jan1 = Date.UTC(year, 0, 1);
  let best: RateRow | null = null;
  for (const row of rows) {
    const from = row.effectiveFrom?.getTime() ?? -Infinity;
    if (from > jan1) continue;
    const bestFrom = best?.effectiveFrom?.getTime() ?? -Infinity;
    if (!best || from > bestFrom || (from === bestFrom && row.createdAt.getTime() > best.createdAt.getTime())) best = row;
  }
  return best;
}

/** The share of `year` on or before `until` (inclusive): 1 with no end, 0 once it has passed. */
export function shareOfYearUntil(until: Date | null, year: number): number {
  if (!until) return 1;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const covered = Math.min(end, until.getTime() + DAY_MS) - start;
  return Math.max(0, Math.min(1, covered / (end - start)));
}

/** A park share applied for the part of the year the benefit covers; the general tax for the rest. */
const blend = (general: number, sharePct: number, covered: number) => general * (covered * (sharePct / 100) + (1 - covered));

/**
 * `thisYear`: the first year the table shows when the first year with profit has
 * passed (an existing resident's exemption keeps counting from its own first year).
 */
export function computeIncentives(input: CalculatorInput, schedule: RateSchedule, thisYear: number): CalculatorResult {
  const eligibility = thresholdGuidance(input);
  if (eligibility.status === "below") return { status: "below", eligibility };
  if (eligibility.status !== "meets") throw new Error("the calculator's input always has a total investment");

  const start = Math.max(input.firstProfitYear, thisYear);
  // When the benefits end: by the rows in force, so that a correction of an end date
  // (a newer row) replaces the old date instead of adding to it.
  const ends = PARK_PARAMETERS.flatMap((p) => rateInForce(schedule[p], start)?.effectiveUntil?.getTime() ?? []);
  const lastYear = ends.length ? new Date(Math.max(...ends)).getUTCFullYear() : null;
  const years = lastYear === null ? [] : range(start, lastYear);
  if (lastYear === null) return { status: "missingRates", missing: [...PARK_PARAMETERS] };
  if (!years.length) return { status: "afterRegime", regimeEnd: new Date(Math.max(...ends)) };
  const missing = (Object.keys(schedule) as IncentiveParameter[]).filter((p) => years.some((y) => !rateInForce(schedule[p], y)));
  if (missing.length) return { status: "missingRates", missing };

  const at = (p: IncentiveParameter, year: number) => rateInForce(schedule[p], year)!;
  // The exemption's length as in force when the table starts; it counts from the first year with profit.
  const exemptYears = at("PARK_PROFIT_EXEMPT_YEARS", start).value;
  const exemptionLastYear = input.firstProfitYear + exemptYears - 1;
  const growth = 1 + input.profitGrowthPct / 100;
  const discount = 1 + input.discountPct / 100;

  const rows = years.map((year, i): YearRow => {
    // i counts from the table's first year: growth, the one import and discounting start there.
    const covered = (p: IncentiveParameter) => shareOfYearUntil(at(p, year).effectiveUntil, year);
    const profitUsd = input.annualProfitUsd * growth ** i;
    const threshold = at("HIGH_RATE_THRESHOLD_BYN", year).value;
    const aboveThreshold = input.bynPerUsd !== null && profitUsd * input.bynPerUsd > threshold;
    const generalRate = at(aboveThreshold ? "GENERAL_PROFIT_TAX_HIGH" : "GENERAL_PROFIT_TAX", year).value;
    const exempt = year <= exemptionLastYear;
    const profitGeneral = (profitUsd * generalRate) / 100;
    // In the exemption's years the park charges nothing; after them, a share of the general rate.
    const profitShare = exempt ? 0 : at("PARK_PROFIT_REDUCED_SHARE", year).value;
    const profitCovered = exempt ? covered("PARK_PROFIT_EXEMPT_YEARS") : covered("PARK_PROFIT_REDUCED_SHARE");

    const realEstateGeneral = ((input.realEstateUsd ?? 0) * at("REAL_ESTATE_TAX", year).value) / 100;
    const landGeneral =
      input.landValueUsd !== null && input.landTaxPct !== null
        ? (input.landValueUsd * input.landTaxPct) / 100
        : (input.landAreaHa ?? 0) * (input.landTaxPerHaUsd ?? 0);

    // Equipment comes in once, in the first year; VAT is charged on its value plus the duty paid.
    const equipment = i === 0 ? (input.equipmentUsd ?? 0) : 0;
    const dutyGeneral = (equipment * (input.customsDutyPct ?? 0)) / 100;
    const dutyPark = blend(dutyGeneral, at("PARK_IMPORT_DUTY_SHARE", year).value, covered("PARK_IMPORT_DUTY_SHARE"));
    const vatRate = at("IMPORT_VAT", year).value / 100;
    const vatGeneral = (equipment + dutyGeneral) * vatRate;
    const vatPark = blend((equipment + dutyPark) * vatRate, at("PARK_IMPORT_VAT_SHARE", year).value, covered("PARK_IMPORT_VAT_SHARE"));

    const taxes: Record<Tax, TaxPair> = {
      profit: { general: profitGeneral, park: blend(profitGeneral, profitShare, profitCovered) },
      realEstate: {
        general: realEstateGeneral,
        park: blend(realEstateGeneral, at("PARK_REAL_ESTATE_SHARE", year).value, covered("PARK_REAL_ESTATE_SHARE")),
      },
      land: { general: landGeneral, park: blend(landGeneral, at("PARK_LAND_SHARE", year).value, covered("PARK_LAND_SHARE")) },
      importDuty: { general: dutyGeneral, park: dutyPark },
      importVat: { general: vatGeneral, park: vatPark },
    };
    const general = sum(TAXES.map((t) => taxes[t].general));
    const park = sum(TAXES.map((t) => taxes[t].park));
    return {
      year,
      profitUsd,
      parkShareOfYear: covered("PARK_PROFIT_REDUCED_SHARE"),
      exempt,
      generalProfitRatePct: generalRate,
      higherRate: aboveThreshold,
      taxes,
      general,
      park,
      saving: general - park,
      discountFactor: 1 / discount ** i,
    };
  });

  const byTax = Object.fromEntries(
    TAXES.map((t) => [t, { general: sum(rows.map((r) => r.taxes[t].general)), park: sum(rows.map((r) => r.taxes[t].park)) }]),
  ) as Record<Tax, TaxPair>;
  return {
    status: "computed",
    eligibility,
    regimeEnd: new Date(Math.max(...ends)),
    exemptionLastYear,
    years: rows,
    totals: {
      byTax,
      general: sum(rows.map((r) => r.general)),
      park: sum(rows.map((r) => r.park)),
      saving: sum(rows.map((r) => r.saving)),
      savingDiscounted: sum(rows.map((r) => r.saving * r.discountFactor)),
    },
    highRateUnchecked: input.bynPerUsd === null,
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
