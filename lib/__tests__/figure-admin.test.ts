// Park figures from the back office: a new value never overwrites, the public
// series keeps the whole history with the new value as the latest; staff only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addFigureValue, listMetricsForStaff } from "@/lib/data/figure-admin";
import { listFigureSeries } from "@/lib/data/figures";
import { figureValueSchema } from "@/lib/validations/figure";
import { code } from "@/lib/testing/outcome";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let staff: CurrentUser, investor: CurrentUser;
let metricId: string;

beforeAll(async () => {
  [staff, investor] = await Promise.all([createTestUser("STAFF", tag), createTestUser("INVESTOR", tag)]);
  const metric = await db.figureMetric.create({
    data: { key: `test_${tag}`, unit: "count", position: 999, translations: { create: [{ locale: "en", label: `Test ${tag}` }] } },
  });
  metricId = metric.id;
});
afterAll(async () => {
  await db.figureMetric.deleteMany({ where: { id: metricId } });
  await db.auditLog.deleteMany({ where: { actorId: staff.id } });
  await removeTestUsers(tag);
});

const value = (v: string, asOf: string, url = "https://example.org/a") =>
  figureValueSchema.parse({ value: v, qualifier: "EXACT", asOf, asOfPrecision: "DAY", sourceTitle: "Source", sourceUrl: url });

describe("figure history", () => {
  it("only staff may read or add", async () => {
    await expect(listMetricsForStaff(investor)).rejects.toThrow(/forbidden/);
    await expect(addFigureValue(investor, metricId, value("1", "2026-01-01"))).rejects.toThrow(/forbidden/);
  });

  it("adds dated values as a series; the newest is the public latest and the old one stays", async () => {
    expect(code(await addFigureValue(staff, metricId, value("171", "2026-01-29")))).toBe("ok");
    expect(code(await addFigureValue(staff, metricId, value("180", "2026-10-01", "https://example.org/b")))).toBe("ok");
    const series = (await listFigureSeries("en")).find((s) => s.key === `test_${tag}`)!;
    expect(series.points.map((p) => p.value)).toEqual([171, 180]);
    expect(series.latest.value).toBe(180);
    expect(await db.auditLog.count({ where: { actorId: staff.id, action: "figure.addValue" } })).toBe(2);
  });

  it("the same date from the same source is a duplicate, not an overwrite", async () => {
    expect(code(await addFigureValue(staff, metricId, value("999", "2026-01-29")))).toBe("duplicate");
    const values = await db.figureValue.findMany({ where: { metricId }, orderBy: { asOf: "asc" } });
    expect(values.map((v) => v.value)).toEqual([171, 180]);
  });

  it("refuses bad input with translated keys", () => {
    const r = figureValueSchema.safeParse({
      value: "abc",
      qualifier: "EXACT",
      asOf: "yesterday",
      asOfPrecision: "DAY",
      sourceTitle: "",
      sourceUrl: "javascript:alert(1)",
    });
    expect(r.success).toBe(false);
    const keys = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(keys).toMatchObject({ value: "decimalNumber", asOf: "date", sourceTitle: "required", sourceUrl: "url" });
  });
});
