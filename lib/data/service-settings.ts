// What admins set for the service clock: the standards in force (a change adds
// a row, so running clocks keep their terms and history stays), the calendars'
// dated entries and the status of each calendar year. Audited.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { ServiceStage } from "@/lib/domain";
import type { InquiryTopic } from "@/lib/generated/prisma/enums";
import type { z } from "zod";
import type { calendarEntrySchema, calendarYearSchema, standardChangeSchema } from "@/lib/validations/service-clock";
import { ok, refuse, type Outcome } from "./result";
import { writeAudit } from "./write-audit";

/** The newest standard of each stage and topic, in the stages' order. */
export async function listStandardsInForce(actor: CurrentUser) {
  assertCan(actor.role, "service:manage");
  const rows = await db.serviceStandard.findMany({ orderBy: [{ stage: "asc" }, { topic: "asc" }, { createdAt: "desc" }] });
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.stage}:${r.topic ?? ""}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export async function changeStandard(
  actor: CurrentUser,
  key: { stage: ServiceStage; topic: InquiryTopic | null },
  input: z.output<typeof standardChangeSchema>,
): Promise<Outcome<"notFound">> {
  assertCan(actor.role, "service:manage");
  return db.$transaction(async (tx) => {
    const current = await tx.serviceStandard.findFirst({ where: key, orderBy: { createdAt: "desc" } });
    if (!current) return refuse("notFound");
    const next = await tx.serviceStandard.create({
      data: {
        stage: current.stage,
        topic: current.topic,
        targetUnit: current.targetUnit,
        statutoryDays: current.statutoryDays,
        statutoryUnit: current.statutoryUnit,
        legalBasis: current.legalBasis,
        targetDays: input.targetDays,
        investorDays: input.investorDays,
      },
    });
    await writeAudit(
      tx,
      actor,
      "standard.change",
      { type: "ServiceStandard", id: next.id },
      { stage: key.stage, topic: key.topic, targetDays: current.targetDays, investorDays: current.investorDays },
      { stage: key.stage, topic: key.topic, targetDays: next.targetDays, investorDays: next.investorDays },
    );
    return ok();
  });
}

/** Every year and entry of the park's calendars, newest year first. */
export async function listCalendars(actor: CurrentUser) {
  assertCan(actor.role, "service:manage");
  const [years, entries] = await Promise.all([
    db.calendarYear.findMany({ where: { calendar: { in: ["MINSK", "BEIJING"] } }, orderBy: [{ calendar: "asc" }, { year: "desc" }] }),
    db.calendarEntry.findMany({ where: { calendar: { in: ["MINSK", "BEIJING"] } }, orderBy: [{ calendar: "asc" }, { date: "desc" }] }),
  ]);
  return { years, entries };
}

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** Adds an entry, or replaces the one of that calendar and date. */
export async function saveCalendarEntry(actor: CurrentUser, input: z.output<typeof calendarEntrySchema>): Promise<Outcome> {
  assertCan(actor.role, "service:manage");
  const { calendar, date, ...rest } = input;
  await db.$transaction(async (tx) => {
    const where = { calendar_date: { calendar, date: dateOf(date) } };
    const before = await tx.calendarEntry.findUnique({ where });
    await tx.calendarEntry.upsert({ where, create: { calendar, date: dateOf(date), ...rest }, update: rest });
    await writeAudit(tx, actor, "calendar.entry", { type: "CalendarEntry", id: `${calendar}:${date}` }, before && { ...before }, {
      calendar,
      date,
      ...rest,
    });
  });
  return ok();
}

export async function removeCalendarEntry(actor: CurrentUser, calendar: "MINSK" | "BEIJING", date: string): Promise<Outcome<"notFound">> {
  assertCan(actor.role, "service:manage");
  return db.$transaction(async (tx) => {
    const where = { calendar_date: { calendar, date: dateOf(date) } };
    const before = await tx.calendarEntry.findUnique({ where });
    if (!before) return refuse("notFound");
    await tx.calendarEntry.delete({ where });
    await writeAudit(tx, actor, "calendar.remove", { type: "CalendarEntry", id: `${calendar}:${date}` }, { ...before }, null);
    return ok();
  });
}

/** Records a year as confirmed (its annual act is in) or provisional, with the act. */
export async function saveCalendarYear(actor: CurrentUser, input: z.output<typeof calendarYearSchema>): Promise<Outcome> {
  assertCan(actor.role, "service:manage");
  const { calendar, year, ...rest } = input;
  await db.$transaction(async (tx) => {
    const where = { calendar_year: { calendar, year } };
    const before = await tx.calendarYear.findUnique({ where });
    await tx.calendarYear.upsert({ where, create: { calendar, year, ...rest }, update: rest });
    await writeAudit(tx, actor, "calendar.year", { type: "CalendarYear", id: `${calendar}:${year}` }, before && { ...before }, input);
  });
  return ok();
}
