// Park figures in the back office: each metric's whole history, and new dated
// values. A value is never overwritten: a newer figure is a new row, so the
// public series keeps every earlier value with its own date and source.
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { figureValueSchema } from "@/lib/validations/figure";
import type { z } from "zod";
import { writeAudit } from "./write-audit";
import { ok, refuse, type Outcome } from "./result";

export async function listMetricsForStaff(actor: CurrentUser) {
  assertCan(actor.role, "content:manage");
  return db.figureMetric.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      key: true,
      unit: true,
      translations: { select: { locale: true, label: true } },
      values: {
        orderBy: [{ asOf: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          value: true,
          qualifier: true,
          asOf: true,
          asOfPrecision: true,
          sourceTitle: true,
          sourceUrl: true,
          createdAt: true,
        },
      },
    },
  });
}

export async function addFigureValue(
  actor: CurrentUser,
  metricId: string,
  input: z.output<typeof figureValueSchema>,
): Promise<Outcome<"notFound" | "duplicate">> {
  assertCan(actor.role, "content:manage");
  try {
    return await db.$transaction(async (tx) => {
      const metric = await tx.figureMetric.findUnique({ where: { id: metricId }, select: { key: true } });
      if (!metric) return refuse("notFound");
      const created = await tx.figureValue.create({
        data: { metricId, ...input, asOf: new Date(`${input.asOf}T00:00:00Z`) },
        select: { id: true },
      });
      await writeAudit(tx, actor, "figure.addValue", { type: "FigureValue", id: created.id }, null, { metric: metric.key, ...input });
      return ok();
    });
  } catch (error) {
    // The same date from the same source is already on record.
    if (isUniqueViolation(error)) return refuse("duplicate");
    throw error;
  }
}
