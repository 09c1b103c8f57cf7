// The service clock's arithmetic: properties over random calendars (fast-check)
// and fixed cases on the seeded Minsk and Beijing calendars.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedCalendarEntries } from "@/prisma/seed/calendars";
import {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  CALENDAR_TIME_ZONES,
  clockState,
  dueAt,
  holidayUntil,
  investorCalendarOf,
  isBusinessDay,
  localDay,
  periodEnd,
  remainingAt,
  resumedDueAt,
  type Calendar,
  type CalendarCode,
  type DayKind,
} from "@/lib/service-clock";

const seeded = (code: CalendarCode): Calendar => ({
  code,
  timeZone: CALENDAR_TIME_ZONES[code],
  entries: new Map(seedCalendarEntries.filter((e) => e.calendar === code).map((e) => [e.date, e.kind])),
});
const MINSK = seeded("MINSK");
const BEIJING = seeded("BEIJING");

// Random calendars: a few holidays and moved working days anywhere in 2025–2028.
const dayArb = fc.integer({ min: 0, max: 4 * 366 }).map((n) => addDays("2025-01-01", n));
const calendarArb = fc
  .record({
    entries: fc.array(fc.tuple(dayArb, fc.constantFrom<DayKind>("HOLIDAY", "HOLIDAY", "HOLIDAY", "WORKDAY")), { maxLength: 80 }),
    timeZone: fc.constantFrom("Europe/Minsk", "Asia/Shanghai", "UTC"),
  })
  .map(({ entries, timeZone }): Calendar => ({ code: "TEST", timeZone, entries: new Map(entries) }));
const daysArb = fc.integer({ min: 0, max: 40 });

describe("business days, on any calendar", () => {
  it("adding n business days and counting back gives n", () => {
    fc.assert(
      fc.property(calendarArb, dayArb, fc.integer({ min: 1, max: 40 }), (cal, day, n) => {
        const end = addBusinessDays(cal, day, n);
        expect(businessDaysBetween(cal, day, end)).toBe(n);
      }),
    );
  });

  it("a period never ends on a day off of its calendar, in business or calendar days", () => {
    fc.assert(
      fc.property(calendarArb, dayArb, daysArb, fc.constantFrom("BUSINESS" as const, "CALENDAR" as const), (cal, day, n, unit) => {
        expect(isBusinessDay(cal, periodEnd(cal, day, n, unit))).toBe(true);
      }),
    );
  });

  it("a due instant is the last millisecond of its local day", () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.date({ min: new Date("2025-01-01"), max: new Date("2028-12-01"), noInvalidDate: true }),
        daysArb,
        (cal, start, n) => {
          const due = dueAt(cal, start, n, "BUSINESS");
          expect(localDay(due, cal.timeZone)).toBe(periodEnd(cal, localDay(start, cal.timeZone), n, "BUSINESS"));
          expect(localDay(new Date(due.getTime() + 1), cal.timeZone)).toBe(addDays(localDay(due, cal.timeZone), 1));
        },
      ),
    );
  });

  it("a pause moves the due date by exactly the business days it lasted", () => {
    fc.assert(
      fc.property(
        calendarArb,
        dayArb,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 60 }),
        (cal, startDay, n, pauseAfter, pauseLength) => {
          const start = dueAt(cal, new Date(`${startDay}T06:00:00Z`), 0, "CALENDAR"); // some instant on a business day
          const due = dueAt(cal, start, n, "BUSINESS");
          const pausedDay = addDays(localDay(start, cal.timeZone), Math.min(pauseAfter, n - 1));
          fc.pre(pausedDay < localDay(due, cal.timeZone));
          const pausedAt = new Date(`${pausedDay}T10:00:00Z`);
          const resumedAt = new Date(pausedAt.getTime() + pauseLength * 86_400_000);
          const remaining = remainingAt(cal, pausedAt, due, "BUSINESS");
          const resumed = resumedDueAt(cal, resumedAt, remaining, "BUSINESS");
          const tz = cal.timeZone;
          const lasted = businessDaysBetween(cal, localDay(pausedAt, tz), localDay(resumedAt, tz));
          expect(businessDaysBetween(cal, localDay(due, tz), localDay(resumed, tz))).toBe(lasted);
        },
      ),
    );
  });
});

describe("the seeded Minsk calendar (Belarus 2026)", () => {
  const minskNoon = (day: string) => new Date(`${day}T12:00:00+03:00`);

  it("an inquiry received on the working day before 7 November: 2 business days, and 15 days rolled past the weekend", () => {
    // Friday 6 November 2026; 7 November is a Saturday holiday, so nothing moves for it.
    expect(localDay(dueAt(MINSK, minskNoon("2026-11-06"), 2, "BUSINESS"), "Europe/Minsk")).toBe("2026-11-10");
    // 15 calendar days end on Saturday 21 November: the next working day is Monday 23 (Law No. 300-З, Art. 17(2)).
    expect(localDay(dueAt(MINSK, minskNoon("2026-11-06"), 15, "CALENDAR"), "Europe/Minsk")).toBe("2026-11-23");
  });

  it("Radunitsa and the moved day off are skipped; the working Saturday counts", () => {
    // Friday 17 April: Mon 20 (moved day off) and Tue 21 (Radunitsa) are off.
    expect(periodEnd(MINSK, "2026-04-17", 2, "BUSINESS")).toBe("2026-04-23");
    // Saturday 25 April is a working day in 2026 (resolution No. 397).
    expect(periodEnd(MINSK, "2026-04-23", 2, "BUSINESS")).toBe("2026-04-25");
  });

  it("counts across the year's end: New Year on 1 and 2 January", () => {
    expect(periodEnd(MINSK, "2026-12-31", 1, "BUSINESS")).toBe("2027-01-04");
    expect(periodEnd(MINSK, "2026-12-24", 1, "BUSINESS")).toBe("2026-12-28"); // 25 Dec is a Friday holiday
  });

  it("an inquiry sent at 23:30 Beijing time is counted from that day in Minsk (18:30), one sent at 00:30 from the day before", () => {
    const lateFriday = new Date("2026-11-27T23:30:00+08:00");
    expect(localDay(lateFriday, "Europe/Minsk")).toBe("2026-11-27");
    expect(localDay(dueAt(MINSK, lateFriday, 2, "BUSINESS"), "Europe/Minsk")).toBe("2026-12-01");
    const earlySaturday = new Date("2026-11-28T00:30:00+08:00"); // Friday 19:30 in Minsk
    expect(localDay(dueAt(MINSK, earlySaturday, 2, "BUSINESS"), "Europe/Minsk")).toBe("2026-12-01");
  });
});

describe("the seeded Beijing calendar (China 2026)", () => {
  it("a request sent to a Chinese investor at the start of the Spring Festival waits for the holiday to end", () => {
    // Friday 13 February 2026; Saturday 14 is worked (调休); 15–23 February are off.
    expect(periodEnd(BEIJING, "2026-02-13", 5, "BUSINESS")).toBe("2026-02-27");
    expect(periodEnd(BEIJING, "2026-02-13", 1, "BUSINESS")).toBe("2026-02-14");
  });

  it("a due date falls on the adjusted working Sunday before National Day, never inside the holiday", () => {
    expect(periodEnd(BEIJING, "2026-09-18", 1, "BUSINESS")).toBe("2026-09-20");
    expect(periodEnd(BEIJING, "2026-09-30", 1, "BUSINESS")).toBe("2026-10-08");
  });
});

describe("holiday runs for the banner", () => {
  it("a holiday gives the last day off of its run; a working day or a plain weekend gives nothing", () => {
    expect(holidayUntil(BEIJING, "2026-02-15")).toBe("2026-02-23");
    expect(holidayUntil(BEIJING, "2026-10-01")).toBe("2026-10-07");
    expect(holidayUntil(BEIJING, "2026-02-14")).toBeNull(); // the working Saturday before it
    expect(holidayUntil(BEIJING, "2026-03-07")).toBeNull(); // an ordinary Saturday
    // Belarus: Monday 20 April (moved) and Radunitsa run on to Tuesday 21.
    expect(holidayUntil(MINSK, "2026-04-20")).toBe("2026-04-21");
  });
});

describe("the investor's calendar and the clock's state", () => {
  it("China's for Chinese companies, Belarus's for Belarusian ones, weekends only otherwise", () => {
    expect(investorCalendarOf("CN")).toBe("BEIJING");
    expect(investorCalendarOf("cn")).toBe("BEIJING");
    expect(investorCalendarOf("BY")).toBe("MINSK");
    expect(investorCalendarOf("DE")).toBe("WEEKENDS");
    expect(investorCalendarOf(null)).toBe("WEEKENDS");
  });

  it("on track, due today (Minsk date) or overdue", () => {
    const due = dueAt(MINSK, new Date("2026-11-24T09:00:00+03:00"), 2, "BUSINESS"); // Thursday 26th, 23:59:59.999
    expect(clockState(due, new Date("2026-11-25T18:00:00+03:00"))).toBe("onTrack");
    expect(clockState(due, new Date("2026-11-26T00:00:00+03:00"))).toBe("dueToday");
    expect(clockState(due, new Date("2026-11-26T23:59:59+03:00"))).toBe("dueToday");
    expect(clockState(due, new Date("2026-11-27T00:00:00+03:00"))).toBe("overdue");
  });
});
