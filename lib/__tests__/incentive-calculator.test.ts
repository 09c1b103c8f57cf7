// The incentive calculator's arithmetic, on hand-checked cases and as properties
// over random rates and projects.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeIncentives,
  rateInForce,
  shareOfYearUntil,
  TAXES,
  type CalculatorInput,
  type RateRow,
  type RateSchedule,
} from "../incentive-calculator";
import { CALCULATOR_BOUNDS, incentiveCalculatorSchema } from "../validations/incentive-calculator";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const row = (value: number, from: string | null = null, until: string | null = null, created = "2026-01-01"): RateRow => ({
  value,
  effectiveFrom: from ? d(from) : null,
  effectiveUntil: until ? d(until) : null,
  createdAt: d(created),
});
const END = "2062-06-14";
// The seeded values: 20 % general profit tax, 25 % above BYN 25 million, 1 % real-estate tax, 20 % import VAT;
// in the park nil profit tax for ten years, then half the rate, no property taxes, no import VAT or duty.
const SCHEDULE: RateSchedule = {
  GENERAL_PROFIT_TAX: [row(18, "2022-01-01"), row(20, "2023-01-01")],
  GENERAL_PROFIT_TAX_HIGH: [row(25, "2024-01-01")],
  HIGH_RATE_THRESHOLD_BYN: [row(25_000_000, "2024-01-01")],
  REAL_ESTATE_TAX: [row(1)],
  IMPORT_VAT: [row(20)],
  PARK_PROFIT_EXEMPT_YEARS: [row(10, "2017-05-26", END)],
  PARK_PROFIT_REDUCED_SHARE: [row(50, "2017-05-26", END)],
  PARK_REAL_ESTATE_SHARE: [row(0, null, END)],
  PARK_LAND_SHARE: [row(0, null, END)],
  PARK_IMPORT_VAT_SHARE: [row(0, "2018-01-31")],
  PARK_IMPORT_DUTY_SHARE: [row(0, "2018-01-31")],
};
const BASE: CalculatorInput = {
  rdProject: false,
  totalInvestmentUsd: 6_000_000,
  investmentFirst3YearsUsd: null,
  firstProfitYear: 2027,
  annualProfitUsd: 1_000_000,
  profitGrowthPct: 0,
  realEstateUsd: null,
  landValueUsd: null,
  landTaxPct: null,
  landAreaHa: null,
  landTaxPerHaUsd: null,
  equipmentUsd: null,
  customsDutyPct: null,
  bynPerUsd: null,
  discountPct: 0,
};
// The year the calculation is made in (the table starts there when the first year with profit has passed).
const THIS_YEAR = 2026;
// 1 January to 14 June 2062: 31 + 28 + 31 + 30 + 31 + 14 = 165 of 365 days.
const COVERED_2062 = 165 / 365;

function computed(input: Partial<CalculatorInput>, schedule = SCHEDULE) {
  const result = computeIncentives({ ...BASE, ...input }, schedule, THIS_YEAR);
  if (result.status !== "computed") throw new Error(`not computed: ${result.status}`);
  return result;
}

describe("rates in force", () => {
  it("takes the newest start on or before 1 January, an undated row counting as always in force", () => {
    expect(rateInForce(SCHEDULE.GENERAL_PROFIT_TAX, 2022)?.value).toBe(18);
    expect(rateInForce(SCHEDULE.GENERAL_PROFIT_TAX, 2023)?.value).toBe(20);
    expect(rateInForce(SCHEDULE.GENERAL_PROFIT_TAX, 2021)).toBeNull();
    expect(rateInForce([row(1), row(1.2, "2028-01-01")], 2027)?.value).toBe(1);
    expect(rateInForce([row(1), row(1.2, "2028-01-01")], 2028)?.value).toBe(1.2);
  });
  it("among rows with the same start, takes the one entered last (a correction)", () => {
    expect(rateInForce([row(20, "2023-01-01", null, "2026-01-01"), row(21, "2023-01-01", null, "2026-02-01")], 2030)?.value).toBe(21);
  });
  it("counts the share of a year up to and including the end day", () => {
    expect(shareOfYearUntil(d(END), 2062)).toBeCloseTo(COVERED_2062, 12);
    expect(shareOfYearUntil(d(END), 2061)).toBe(1);
    expect(shareOfYearUntil(d(END), 2063)).toBe(0);
    expect(shareOfYearUntil(null, 2100)).toBe(1);
  });
});

describe("hand-checked projects", () => {
  it("a USD 6 million project with USD 1 million profit a year from 2027", () => {
    const r = computed({});
    expect(r.eligibility).toMatchObject({ status: "meets", rule: "general" });
    expect(r.years.map((y) => y.year)).toEqual(Array.from({ length: 36 }, (_, i) => 2027 + i));
    expect(r.exemptionLastYear).toBe(2036);
    // 2027–2036: nothing in the park against 200,000 a year.
    for (const y of r.years.slice(0, 10)) expect(y.taxes.profit).toEqual({ general: 200_000, park: 0 });
    // 2037–2061: half the rate.
    for (const y of r.years.slice(10, 35)) expect(y.taxes.profit).toEqual({ general: 200_000, park: 100_000 });
    // 2062: half the rate until 14 June, the full rate after it.
    const last = r.years[35];
    expect(last.taxes.profit.park).toBeCloseTo(200_000 * (COVERED_2062 * 0.5 + (1 - COVERED_2062)), 6);
    // 10 × 200,000 + 25 × 100,000 + 200,000 × 82.5 / 365 = 4,545,205.48
    expect(r.totals.saving).toBeCloseTo(4_545_205.48, 2);
    expect(r.totals.general).toBeCloseTo(36 * 200_000, 6);
  });

  it("adds the real-estate and land taxes the park does not charge", () => {
    const r = computed({ realEstateUsd: 2_000_000, landValueUsd: 500_000, landTaxPct: 1.1 });
    // 20,000 and 5,500 a year for 35 full years and 165 days of 2062.
    const years = 35 + COVERED_2062;
    expect(r.totals.byTax.realEstate.general - r.totals.byTax.realEstate.park).toBeCloseTo(20_000 * years, 4);
    expect(r.totals.byTax.land.general - r.totals.byTax.land.park).toBeCloseTo(5_500 * years, 4);
    expect(r.years[35].taxes.realEstate.park).toBeCloseTo(20_000 * (1 - COVERED_2062), 6);
  });

  it("an R&D project of USD 600,000 importing USD 300,000 of equipment at a 5 % duty", () => {
    const r = computed({ rdProject: true, totalInvestmentUsd: 600_000, annualProfitUsd: 0, equipmentUsd: 300_000, customsDutyPct: 5 });
    expect(r.eligibility).toMatchObject({ status: "meets", rule: "rd", minimumUsd: 500_000 });
    // Duty 15,000; VAT 20 % of 315,000 = 63,000; both in the first year only.
    expect(r.years[0].taxes.importDuty).toEqual({ general: 15_000, park: 0 });
    expect(r.years[0].taxes.importVat.general).toBeCloseTo(63_000, 6);
    expect(r.years[0].taxes.importVat.park).toBe(0);
    expect(r.years[1].taxes.importVat.general).toBe(0);
    expect(r.totals.saving).toBeCloseTo(78_000, 6);
  });

  it("a project whose ten exempt years would run past 2062 is exempt until the regime ends, not longer", () => {
    const r = computed({ firstProfitYear: 2058, discountPct: 10 });
    expect(r.exemptionLastYear).toBe(2067);
    expect(r.years.map((y) => y.year)).toEqual([2058, 2059, 2060, 2061, 2062]);
    expect(r.years.every((y) => y.exempt)).toBe(true);
    // Four whole years at 200,000, then 165 days of 2062; the rest of 2062 at the general rate.
    expect(r.years[4].taxes.profit.park).toBeCloseTo(200_000 * (1 - COVERED_2062), 6);
    expect(r.totals.saving).toBeCloseTo(800_000 + 200_000 * COVERED_2062, 6);
    // Discounted at 10 % to 2058.
    const pv = 200_000 * (1 + 1 / 1.1 + 1 / 1.1 ** 2 + 1 / 1.1 ** 3) + (200_000 * COVERED_2062) / 1.1 ** 4;
    expect(r.totals.savingDiscounted).toBeCloseTo(pv, 6);
  });

  it("a project below the threshold gets the shortfall, not a saving", () => {
    const r = computeIncentives({ ...BASE, totalInvestmentUsd: 3_000_000, investmentFirst3YearsUsd: 400_000 }, SCHEDULE, THIS_YEAR);
    expect(r).toEqual({
      status: "below",
      eligibility: { status: "below", rule: "general", minimumUsd: 5_000_000, shortfallUsd: 2_000_000 },
    });
  });

  it("applies the higher rate to a year's profit above BYN 25 million only when an exchange rate is given", () => {
    const without = computed({ annualProfitUsd: 10_000_000 });
    expect(without.highRateUnchecked).toBe(true);
    expect(without.years[0].generalProfitRatePct).toBe(20);
    const withRate = computed({ annualProfitUsd: 10_000_000, bynPerUsd: 3 });
    expect(withRate.highRateUnchecked).toBe(false);
    expect(withRate.years[0].generalProfitRatePct).toBe(25);
    // After the exemption, half of 25 %.
    expect(withRate.years[10].taxes.profit).toEqual({ general: 2_500_000, park: 1_250_000 });
    // USD 8 million at 3 BYN is 24 million: the standard rate.
    expect(computed({ annualProfitUsd: 8_000_000, bynPerUsd: 3 }).years[0].generalProfitRatePct).toBe(20);
  });

  it("an existing resident whose first year with profit has passed: the table starts this year, the exemption counts from the first", () => {
    const r = computed({ firstProfitYear: 2020 });
    expect(r.years[0].year).toBe(THIS_YEAR);
    expect(r.exemptionLastYear).toBe(2029);
    expect(r.years.filter((y) => y.exempt).map((y) => y.year)).toEqual([2026, 2027, 2028, 2029]);
    // 4 × 200,000 + 32 × 100,000 + 200,000 × 82.5 / 365
    expect(r.totals.saving).toBeCloseTo(4_045_205.48, 2);
  });

  it("a correction of the benefits' end (a newer row) replaces the old date instead of adding to it", () => {
    const corrected = (p: keyof RateSchedule) => [
      ...SCHEDULE[p],
      { ...SCHEDULE[p][0], effectiveUntil: d("2061-12-31"), createdAt: d("2026-06-01") },
    ];
    const schedule: RateSchedule = {
      ...SCHEDULE,
      PARK_PROFIT_EXEMPT_YEARS: corrected("PARK_PROFIT_EXEMPT_YEARS"),
      PARK_PROFIT_REDUCED_SHARE: corrected("PARK_PROFIT_REDUCED_SHARE"),
      PARK_REAL_ESTATE_SHARE: corrected("PARK_REAL_ESTATE_SHARE"),
      PARK_LAND_SHARE: corrected("PARK_LAND_SHARE"),
    };
    const r = computed({}, schedule);
    expect(r.regimeEnd.toISOString().slice(0, 10)).toBe("2061-12-31");
    expect(r.years.at(-1)!.year).toBe(2061);
    expect(r.years.at(-1)!.parkShareOfYear).toBe(1);
  });

  it("says so when the benefits on record end before the first year to calculate", () => {
    expect(computeIncentives(BASE, SCHEDULE, 2063)).toEqual({ status: "afterRegime", regimeEnd: d(END) });
  });

  it("reports a parameter with no value in force instead of assuming one", () => {
    const r = computeIncentives(BASE, { ...SCHEDULE, GENERAL_PROFIT_TAX_HIGH: [row(25, "2030-01-01")] }, THIS_YEAR);
    expect(r).toEqual({ status: "missingRates", missing: ["GENERAL_PROFIT_TAX_HIGH"] });
  });
});

describe("properties", () => {
  const pct = fc.double({ min: 0, max: 100, noNaN: true });
  const schedule = fc
    .record({
      general: fc.double({ min: 0, max: 40, noNaN: true }),
      high: fc.double({ min: 0, max: 40, noNaN: true }),
      threshold: fc.double({ min: 0, max: 1e9, noNaN: true }),
      realEstate: fc.double({ min: 0, max: 5, noNaN: true }),
      vat: fc.double({ min: 0, max: 30, noNaN: true }),
      years: fc.integer({ min: 0, max: 20 }),
      reduced: pct,
      re: pct,
      land: pct,
      importVat: pct,
      importDuty: pct,
      end: fc.date({ min: d("2030-01-01"), max: d("2070-12-31"), noInvalidDate: true }),
    })
    .map((s): RateSchedule => ({
      GENERAL_PROFIT_TAX: [row(s.general)],
      GENERAL_PROFIT_TAX_HIGH: [row(s.high)],
      HIGH_RATE_THRESHOLD_BYN: [row(s.threshold)],
      REAL_ESTATE_TAX: [row(s.realEstate)],
      IMPORT_VAT: [row(s.vat)],
      PARK_PROFIT_EXEMPT_YEARS: [{ ...row(s.years), effectiveUntil: s.end }],
      PARK_PROFIT_REDUCED_SHARE: [{ ...row(s.reduced), effectiveUntil: s.end }],
      PARK_REAL_ESTATE_SHARE: [{ ...row(s.re), effectiveUntil: s.end }],
      PARK_LAND_SHARE: [row(s.land)],
      PARK_IMPORT_VAT_SHARE: [row(s.importVat)],
      PARK_IMPORT_DUTY_SHARE: [row(s.importDuty)],
    }));
  const money = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });
  const input = fc.record({
    rdProject: fc.constant(true),
    totalInvestmentUsd: fc.integer({ min: 500_000, max: 1e9 }),
    investmentFirst3YearsUsd: fc.constant(null),
    firstProfitYear: fc.integer({ min: 2026, max: 2030 }),
    annualProfitUsd: fc.integer({ min: 0, max: 1e9 }),
    profitGrowthPct: fc.double({ min: -50, max: 30, noNaN: true }),
    realEstateUsd: money(1e9),
    landValueUsd: money(1e8),
    landTaxPct: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }),
    landAreaHa: fc.constant(null),
    landTaxPerHaUsd: fc.constant(null),
    equipmentUsd: money(1e9),
    customsDutyPct: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: null }),
    bynPerUsd: fc.option(fc.double({ min: 0.5, max: 5, noNaN: true }), { nil: null }),
    discountPct: fc.double({ min: 0, max: 30, noNaN: true }),
  });

  it("the saving is never negative when the park's shares are at most 100 % of the general tax", () => {
    fc.assert(
      fc.property(input, schedule, (i, s) => {
        // The park's reduced rate is a share of the general rate in force, so a park share ≤ 100 % is "park ≤ general".
        const r = computeIncentives(i, s, THIS_YEAR);
        if (r.status !== "computed") return;
        for (const y of r.years) {
          for (const t of TAXES) expect(y.taxes[t].park).toBeLessThanOrEqual(y.taxes[t].general * (1 + 1e-12) + 1e-6);
          expect(y.saving).toBeGreaterThanOrEqual(-1e-6);
        }
      }),
    );
  });

  it("totals are the sums of the years, and each year's totals the sums of its taxes", () => {
    fc.assert(
      fc.property(input, schedule, (i, s) => {
        const r = computeIncentives(i, s, THIS_YEAR);
        if (r.status !== "computed") return;
        // Within rounding of the amounts involved: a saving is the difference of two totals, so it is
        // compared at the scale of those totals, not of the (possibly tiny) saving itself.
        const close = (a: number, b: number, scale = Math.max(Math.abs(a), Math.abs(b))) =>
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
        close(
          r.totals.saving,
          r.years.reduce((a, y) => a + y.saving, 0),
        );
        close(
          r.totals.general,
          r.years.reduce((a, y) => a + y.general, 0),
        );
        close(
          r.totals.park,
          r.years.reduce((a, y) => a + y.park, 0),
        );
        close(r.totals.general - r.totals.park, r.totals.saving, r.totals.general);
        for (const t of TAXES)
          close(
            r.totals.byTax[t].general,
            r.years.reduce((a, y) => a + y.taxes[t].general, 0),
          );
        for (const y of r.years)
          close(
            y.general,
            TAXES.reduce((a, t) => a + y.taxes[t].general, 0),
          );
        expect(r.totals.savingDiscounted).toBeLessThanOrEqual(r.totals.saving * (1 + 1e-12) + 1e-6);
      }),
    );
  });
});

describe("the form's schema", () => {
  const schema = incentiveCalculatorSchema(CALCULATOR_BOUNDS);
  const valid = {
    projectType: "other",
    totalInvestmentUsd: "6000000",
    investmentFirst3YearsUsd: "",
    firstProfitYear: "2027",
    annualProfitUsd: "1000000",
    profitGrowthPct: "",
    realEstateUsd: "",
    landValueUsd: "",
    landTaxPct: "",
    landAreaHa: "",
    landTaxPerHaUsd: "",
    equipmentUsd: "",
    customsDutyPct: "",
    bynPerUsd: "",
    discountPct: "",
  };
  const errorsOf = (values: Partial<typeof valid>) => {
    const parsed = schema.safeParse({ ...valid, ...values });
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("turns the address's text into the computation's input", () => {
    expect(schema.parse(valid)).toEqual({ ...BASE });
    expect(schema.parse({ ...valid, projectType: "rd", profitGrowthPct: "-5.5", discountPct: "8" })).toMatchObject({
      rdProject: true,
      profitGrowthPct: -5.5,
      discountPct: 8,
    });
  });

  it("names the field of each bad value, never throwing", () => {
    expect(errorsOf({ firstProfitYear: "2063" })).toEqual({ firstProfitYear: "yearRange" });
    expect(errorsOf({ firstProfitYear: "2016" })).toEqual({ firstProfitYear: "yearRange" });
    expect(errorsOf({ firstProfitYear: "2017" })).toEqual({});
    expect(errorsOf({ firstProfitYear: "" })).toEqual({ firstProfitYear: "required" });
    expect(errorsOf({ firstProfitYear: "soon" })).toEqual({ firstProfitYear: "year" });
    expect(errorsOf({ totalInvestmentUsd: "-5" })).toEqual({ totalInvestmentUsd: "wholeNumber" });
    expect(errorsOf({ totalInvestmentUsd: "" })).toEqual({ totalInvestmentUsd: "required" });
    expect(errorsOf({ annualProfitUsd: "1e9" })).toEqual({ annualProfitUsd: "wholeNumber" });
    expect(errorsOf({ annualProfitUsd: "999999999999" })).toEqual({ annualProfitUsd: "tooLarge" });
    expect(errorsOf({ profitGrowthPct: "80" })).toEqual({ profitGrowthPct: "percentRange" });
    expect(errorsOf({ discountPct: "-1" })).toEqual({ discountPct: "percentRange" });
    expect(errorsOf({ projectType: "mining" })).toEqual({ projectType: "choose" });
    expect(errorsOf({ investmentFirst3YearsUsd: "7000000" })).toEqual({ investmentFirst3YearsUsd: "partExceedsTotal" });
    expect(errorsOf({ equipmentUsd: "100000" })).toEqual({ customsDutyPct: "rateRequired" });
    expect(errorsOf({ landValueUsd: "1", landTaxPct: "1", landAreaHa: "2", landTaxPerHaUsd: "3" })).toEqual({ landAreaHa: "landOneBasis" });
    expect(errorsOf({ landTaxPerHaUsd: "3" })).toEqual({ landAreaHa: "required" });
  });
});
