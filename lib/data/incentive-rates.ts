// The incentive calculator's parameters: read by everyone (the calculator and its
// list of rates), kept by staff. A value is never overwritten: a change is a new
// row, so the history of every rate stays with its sources.
import "server-only";
import { unstable_cache } from "next/cache";
import type { z } from "zod";
import { db } from "@/lib/db";
import { INCENTIVE_PARAMETERS, type IncentiveParameter } from "@/lib/domain";
import type { RateSchedule } from "@/lib/incentive-calculator";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { incentiveRateSchema } from "@/lib/validations/incentive-rate";
import { ok, refuse, type Outcome } from "./result";
import { writeAudit } from "./write-audit";

const rateSelect = {
  id: true,
  parameter: true,
  value: true,
  effectiveFrom: true,
  effectiveFromPrecision: true,
  effectiveUntil: true,
  legalBasisEn: true,
  legalBasisRu: true,
  legalBasisZh: true,
  sourceTitle: true,
  sourceUrl: true,
  sourceKind: true,
  sourceDate: true,
  sourceDatePrecision: true,
  checkedOn: true,
  createdAt: true,
} as const;

export type IncentiveRateRow = {
  id: string;
  parameter: IncentiveParameter;
  value: number;
  effectiveFrom: Date | null;
  effectiveFromPrecision: "DAY" | "MONTH" | "YEAR";
  effectiveUntil: Date | null;
  legalBasisEn: string;
  legalBasisRu: string;
  legalBasisZh: string;
  sourceTitle: string;
  sourceUrl: string;
  sourceKind: "PRIMARY" | "SECONDARY";
  sourceDate: Date | null;
  sourceDatePrecision: "DAY" | "MONTH" | "YEAR";
  checkedOn: Date;
  createdAt: Date;
};

export const INCENTIVE_RATES_TAG = "incentive-rates";

async function readAllRates(): Promise<IncentiveRateRow[]> {
  return db.incentiveRate.findMany({ orderBy: [{ parameter: "asc" }, { createdAt: "asc" }], select: rateSelect });
}

// A handful of rows read on every calculation: cached across requests and
// instances (the page cache handler), dropped by revalidateTag when staff add a value.
// unstable_cache serialises dates as strings, so they are revived here.
const cachedRates = unstable_cache(async () => readAllRates(), ["incentive-rates"], { tags: [INCENTIVE_RATES_TAG] });
const DATE_FIELDS = ["effectiveFrom", "effectiveUntil", "sourceDate", "checkedOn", "createdAt"] as const;
const revive = (row: IncentiveRateRow): IncentiveRateRow =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, (DATE_FIELDS as readonly string[]).includes(k) && v !== null ? new Date(v as string) : v]),
  ) as IncentiveRateRow;

/** Public: every parameter's rows, grouped, as the calculator takes them. */
export async function loadRateSchedule(): Promise<{ schedule: RateSchedule; rows: IncentiveRateRow[] }> {
  const rows = (await cachedRates()).map(revive);
  const schedule = {} as Record<IncentiveParameter, IncentiveRateRow[]>;
  for (const p of INCENTIVE_PARAMETERS) schedule[p] = rows.filter((r) => r.parameter === p);
  return { schedule, rows };
}

/** Staff: every parameter with its whole history, newest first. */
export async function listIncentiveRatesForStaff(actor: CurrentUser) {
  assertCan(actor.role, "content:manage");
  const rows = await db.incentiveRate.findMany({ orderBy: [{ createdAt: "desc" }], select: rateSelect });
  return INCENTIVE_PARAMETERS.map((parameter) => ({ parameter, rows: rows.filter((r) => r.parameter === parameter) }));
}

export async function addIncentiveRate(
  actor: CurrentUser,
  input: z.output<typeof incentiveRateSchema>,
): Promise<Outcome<"conflict", { id: string }>> {
  assertCan(actor.role, "content:manage");
  const { latestId, ...data } = input;
  return db.$transaction(async (tx) => {
    // One writer per parameter at a time, so two saves cannot both pass the check below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`incentive-rate:${data.parameter}`}))`;
    const newest = await tx.incentiveRate.findFirst({
      where: { parameter: data.parameter },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if ((newest?.id ?? null) !== latestId) return refuse("conflict");
    const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
    const created = await tx.incentiveRate.create({
      data: {
        ...data,
        effectiveFrom: day(data.effectiveFrom),
        effectiveUntil: day(data.effectiveUntil),
        sourceDate: day(data.sourceDate),
        checkedOn: day(data.checkedOn)!,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, "incentiveRate.add", { type: "IncentiveRate", id: created.id }, null, input);
    return ok({ id: created.id });
  });
}
