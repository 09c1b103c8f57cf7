// The incentive calculator's rates in the database: seeded with their sources,
// kept with history by staff (a new value never overwrites; a stale or repeated
// save is refused), read by the calculator; and a proposal started from its figures.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import { db } from "@/lib/db";
import { INCENTIVE_PARAMETERS } from "@/lib/domain";
import { addIncentiveRate, listIncentiveRatesForStaff, loadRateSchedule } from "@/lib/data/incentive-rates";
import { createDraft } from "@/lib/data/proposals";
import { computeIncentives, rateInForce } from "@/lib/incentive-calculator";
import { incentiveRateSchema } from "@/lib/validations/incentive-rate";
import { CALCULATOR_BOUNDS, incentiveCalculatorSchema } from "@/lib/validations/incentive-calculator";
import { proposalPrefillSchema } from "@/lib/validations/proposal";
import { code } from "@/lib/testing/outcome";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let staff: CurrentUser, investor: CurrentUser;

beforeAll(async () => {
  [staff, investor] = await Promise.all([createTestUser("STAFF", tag), createTestUser("INVESTOR", tag)]);
});
afterAll(async () => {
  // The rates table is shared: remove exactly the rows this file added.
  await db.incentiveRate.deleteMany({ where: { sourceUrl: { contains: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: { in: [staff.id, investor.id] } } });
  await db.proposal.deleteMany({ where: { investorId: investor.id } });
  await removeTestUsers(tag);
});

async function newestId(parameter: (typeof INCENTIVE_PARAMETERS)[number]) {
  return (await db.incentiveRate.findFirst({ where: { parameter }, orderBy: { createdAt: "desc" }, select: { id: true } }))?.id ?? "";
}

const rate = (latestId: string, value: string, effectiveFrom = "2040-01-01") =>
  incentiveRateSchema.parse({
    parameter: "REAL_ESTATE_TAX",
    latestId,
    value,
    effectiveFrom,
    effectiveFromPrecision: "YEAR",
    effectiveUntil: "",
    legalBasisEn: "Tax Code, article 230",
    legalBasisRu: "Налоговый кодекс, статья 230",
    legalBasisZh: "税法典第230条",
    sourceTitle: "Test source",
    sourceUrl: `https://example.org/${tag}/${value}`,
    sourceKind: "PRIMARY",
    sourceDate: "",
    sourceDatePrecision: "DAY",
    checkedOn: "2026-11-24",
  });

describe("seeded rates", () => {
  it("give every parameter a value with its legal basis in three languages, a source and the day it was checked", async () => {
    const { rows } = await loadRateSchedule();
    for (const parameter of INCENTIVE_PARAMETERS) {
      const seeded = rows.filter((r) => r.parameter === parameter);
      expect({ parameter, count: seeded.length > 0 }).toEqual({ parameter, count: true });
      for (const r of seeded) {
        expect(r.sourceUrl).toMatch(/^https?:\/\/[^ ]+\.[a-z]{2,}/);
        expect([r.legalBasisEn, r.legalBasisRu, r.legalBasisZh].every((s) => s.length > 5)).toBe(true);
        expect(r.checkedOn).toBeInstanceOf(Date);
      }
    }
    // The park's benefits as seeded end on 14 June 2062, and only secondary sources give that day.
    const ends = rows
      .filter((r) => r.effectiveUntil)
      .map((r) => ({ until: r.effectiveUntil!.toISOString().slice(0, 10), kind: r.sourceKind }));
    expect(new Set(ends.map((e) => e.until))).toEqual(new Set(["2062-06-14"]));
    expect(new Set(ends.map((e) => e.kind))).toEqual(new Set(["SECONDARY"]));
  });

  it("compute the hand-checked USD 6 million project from the database", async () => {
    const { schedule } = await loadRateSchedule();
    const input = incentiveCalculatorSchema(CALCULATOR_BOUNDS).parse({
      ...Object.fromEntries(
        [
          "investmentFirst3YearsUsd",
          "profitGrowthPct",
          "realEstateUsd",
          "landValueUsd",
          "landTaxPct",
          "landAreaHa",
          "landTaxPerHaUsd",
          "equipmentUsd",
          "customsDutyPct",
          "bynPerUsd",
          "discountPct",
        ].map((f) => [f, ""]),
      ),
      projectType: "other",
      totalInvestmentUsd: "6000000",
      firstProfitYear: "2027",
      annualProfitUsd: "1000000",
    });
    const result = computeIncentives(input, schedule, 2026);
    expect(result.status).toBe("computed");
    if (result.status === "computed") expect(result.totals.saving).toBeCloseTo(4_545_205.48, 2);
  });
});

describe("rates kept by staff", () => {
  it("only staff may read the history or add a value", async () => {
    await expect(listIncentiveRatesForStaff(investor)).rejects.toThrow(/forbidden/);
    await expect(addIncentiveRate(investor, rate("", "1.5"))).rejects.toThrow(/forbidden/);
  });

  it("adds a dated value beside the old one: the calculator uses it from its year on, with an audit entry", async () => {
    const before = await newestId("REAL_ESTATE_TAX");
    const added = await addIncentiveRate(staff, rate(before, "1.5"));
    expect(code(added)).toBe("ok");
    const { schedule } = await loadRateSchedule();
    expect(rateInForce(schedule.REAL_ESTATE_TAX, 2039)?.value).toBe(1);
    expect(rateInForce(schedule.REAL_ESTATE_TAX, 2040)?.value).toBe(1.5);
    expect(schedule.REAL_ESTATE_TAX.some((r) => r.value === 1)).toBe(true);
    expect(await db.auditLog.count({ where: { actorId: staff.id, action: "incentiveRate.add" } })).toBe(1);
  });

  it("refuses a save made against an older newest value (a second click, or someone else meanwhile)", async () => {
    const stale = await newestId("REAL_ESTATE_TAX");
    expect(code(await addIncentiveRate(staff, rate(stale, "1.6")))).toBe("ok");
    expect(code(await addIncentiveRate(staff, rate(stale, "1.7")))).toBe("conflict");
  });

  it("lets exactly one of two simultaneous saves from the same page through", async () => {
    const seen = await newestId("REAL_ESTATE_TAX");
    const results = await Promise.all([addIncentiveRate(staff, rate(seen, "1.8")), addIncentiveRate(staff, rate(seen, "1.9"))]);
    expect(results.map(code).sort()).toEqual(["conflict", "ok"]);
    expect(await db.incentiveRate.count({ where: { sourceUrl: { contains: tag }, value: { in: [1.8, 1.9] } } })).toBe(1);
  });

  it("refuses values out of their unit's range, and an end before the start", () => {
    const base = { ...rate("", "1"), latestId: "", effectiveFrom: "2030-01-01", sourceDate: "", effectiveUntil: "" };
    const errors = (patch: object) => {
      const parsed = incentiveRateSchema.safeParse({ ...base, ...patch, value: (patch as { value?: string }).value ?? "1" });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(errors({ parameter: "PARK_LAND_SHARE", value: "150" })).toEqual(["value:percent"]);
    expect(errors({ parameter: "PARK_PROFIT_EXEMPT_YEARS", value: "7.5" })).toEqual(["value:wholeNumber"]);
    expect(errors({ parameter: "PARK_LAND_SHARE", value: "0", effectiveUntil: "2029-12-31" })).toEqual(["effectiveUntil:endBeforeStart"]);
    expect(errors({ parameter: "HIGH_RATE_THRESHOLD_BYN", value: "25000000" })).toEqual([]);
    // Only a park benefit has an end; a date known to the year is its 1 January.
    expect(errors({ effectiveUntil: "2031-01-01" })).toEqual(["effectiveUntil:untilParkOnly"]);
    expect(errors({ parameter: "PARK_LAND_SHARE", value: "0", effectiveUntil: "2062-06-14" })).toEqual([]);
    expect(errors({ effectiveFrom: "2030-07-01", effectiveFromPrecision: "YEAR" })).toEqual(["effectiveFrom:firstDayForPrecision"]);
  });
});

describe("a proposal from the calculator's figures", () => {
  it("starts a draft with the project type and investment filled in", async () => {
    const prefill = proposalPrefillSchema.parse({
      rdProject: true,
      totalInvestmentUsd: "600000",
      investmentFirst3YearsUsd: "",
      landHa: "2.5",
    });
    const id = await createDraft(investor, prefill);
    const draft = await db.proposal.findUniqueOrThrow({
      where: { id },
      select: { status: true, rdProject: true, totalInvestmentUsd: true, investmentFirst3YearsUsd: true, landHa: true },
    });
    expect(draft).toEqual({ status: "DRAFT", rdProject: true, totalInvestmentUsd: 600_000, investmentFirst3YearsUsd: null, landHa: 2.5 });
  });

  it("refuses figures a proposal could not hold", () => {
    expect(
      proposalPrefillSchema.safeParse({ rdProject: false, totalInvestmentUsd: "100", investmentFirst3YearsUsd: "200", landHa: "" }).success,
    ).toBe(false);
  });
});
