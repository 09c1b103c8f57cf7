// The business calendars as the service clock needs them, and the back office's
// warning when next year's entries are not in yet.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CalendarCode } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { CALENDAR_TIME_ZONES, holidayUntil, localDay, type Calendar, type DayKind } from "@/lib/service-clock";

type Reader = Prisma.TransactionClient | typeof db;

/** One calendar with all its dated entries (a few dozen a year). */
export async function loadCalendar(code: CalendarCode, reader: Reader = db): Promise<Calendar> {
  const rows = await reader.calendarEntry.findMany({ where: { calendar: code }, select: { date: true, kind: true } });
  const entries = new Map<string, DayKind>(rows.map((r) => [r.date.toISOString().slice(0, 10), r.kind]));
  return { code, timeZone: CALENDAR_TIME_ZONES[code], entries };
}

// The annual acts come out in the autumn (China's notice in November, Belarus's
// transfers from July to December): from 1 November, a year still missing is
// worth a warning.
const WARN_FROM_MONTH = 10; // November, counting from 0

/** The park's and its investors' calendars whose next year is missing or provisional, from 1 November on. */
export async function missingCalendarYears(actor: CurrentUser, now = new Date()) {
  assertCan(actor.role, "backoffice:enter");
  if (now.getUTCMonth() < WARN_FROM_MONTH) return [];
  const year = now.getUTCFullYear() + 1;
  const calendars: CalendarCode[] = ["MINSK", "BEIJING"];
  const rows = await db.calendarYear.findMany({ where: { year, calendar: { in: calendars } }, select: { calendar: true, status: true } });
  return calendars.flatMap((calendar) => {
    const row = rows.find((r) => r.calendar === calendar);
    if (row?.status === "CONFIRMED") return [];
    return [{ calendar, year, status: row ? ("provisional" as const) : ("missing" as const) }];
  });
}

/**
 * For the back office's banner: when today is a holiday in China, its name and
 * the last day off, so staff know replies from Chinese investors may be slow.
 */
export async function investorHolidayToday(actor: CurrentUser, now = new Date()) {
  assertCan(actor.role, "backoffice:enter");
  const calendar = await loadCalendar("BEIJING");
  const today = localDay(now, calendar.timeZone);
  const until = holidayUntil(calendar, today);
  if (!until) return null;
  const entry = await db.calendarEntry.findUniqueOrThrow({
    where: { calendar_date: { calendar: "BEIJING", date: new Date(`${today}T00:00:00Z`) } },
    select: { nameEn: true, nameRu: true, nameZh: true },
  });
  return { names: { en: entry.nameEn, ru: entry.nameRu, zh: entry.nameZh }, until: new Date(`${until}T12:00:00Z`) };
}
