// Service clocks: by when an answer is due, counted in calendar days or in
// business days of one calendar (Minsk, Beijing, or weekends only), and what a
// pause does to it. Pure functions over calendar data (lib/data/calendars.ts
// loads it), so the rules are tested without a database.
//
// Days are local calendar dates "YYYY-MM-DD" in the calendar's time zone. A
// period of n days runs from the day after the start (Law No. 300-З, Art. 17:
// a period is counted from the day after registration) and ends at the end of
// its last day, local time.

export type DayKind = "HOLIDAY" | "WORKDAY";
export type DayUnit = "BUSINESS" | "CALENDAR";
export type CalendarCode = "MINSK" | "BEIJING" | "WEEKENDS";

/** Each calendar's time zone; WEEKENDS (investors from elsewhere) counts Saturdays and Sundays off in UTC. */
export const CALENDAR_TIME_ZONES: Record<CalendarCode, string> = {
  MINSK: "Europe/Minsk",
  BEIJING: "Asia/Shanghai",
  WEEKENDS: "UTC",
};

/**
 * Where each statutory ceiling is written (the wording: catalog
 * serviceClock.basis.*). Law No. 300-З "On appeals of citizens and legal
 * entities", Art. 17: written and electronic appeals within 15 days, counted
 * from the day after registration, a last day off moved to the next working day.
 */
export const LEGAL_BASES = {
  LAW_300_Z: { url: "https://pravo.by/document/?guid=3871&p0=H11100300" },
} as const;

/** The calendar an investor's replies are counted on: China's for companies from China, Belarus's for Belarus. */
export function investorCalendarOf(country: string | null | undefined): CalendarCode {
  const code = country?.toUpperCase();
  return code === "CN" ? "BEIJING" : code === "BY" ? "MINSK" : "WEEKENDS";
}

export type Calendar = {
  code: string;
  timeZone: string;
  /** Dated exceptions: a holiday on a weekday, or a weekend day worked instead (调休, a moved working Saturday). */
  entries: ReadonlyMap<string, DayKind>;
};

const DAY_MS = 86_400_000;

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number) => fromUtc(toUtc(day) + n * DAY_MS);
const weekday = (day: string) => new Date(toUtc(day)).getUTCDay();

/** Whether people work on `day` in this calendar: weekdays, unless a holiday; weekend days moved to work. */
export function isBusinessDay(calendar: Calendar, day: string): boolean {
  const entry = calendar.entries.get(day);
  if (entry) return entry === "WORKDAY";
  const d = weekday(day);
  return d !== 0 && d !== 6;
}

/** The local date of an instant in a time zone. */
export function localDay(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** The zone's offset from UTC at an instant, in ms (Minsk +3 h, Beijing +8 h all year). */
function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The first instant of a local day. */
export function startOfDay(day: string, timeZone: string): Date {
  const guess = toUtc(day);
  // Twice: an offset read at the guess may differ from the one at the answer across a DST change.
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone));
}

/** The last instant of a local day (a due date is met by anything sent on that day). */
export const endOfDay = (day: string, timeZone: string) => new Date(startOfDay(addDays(day, 1), timeZone).getTime() - 1);

/** The n-th business day after `day`; n = 0 gives `day` itself when it is a business day, else the next one. */
export function addBusinessDays(calendar: Calendar, day: string, n: number): string {
  if (n === 0) return rollForward(calendar, day);
  let d = day;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isBusinessDay(calendar, d)) left--;
  }
  return d;
}

/** How many business days there are after `from`, up to and including `to` (0 when `to` ≤ `from`). */
export function businessDaysBetween(calendar: Calendar, from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(calendar, d)) count++;
  return count;
}

/** The next business day on or after `day`. */
export function rollForward(calendar: Calendar, day: string): string {
  let d = day;
  while (!isBusinessDay(calendar, d)) d = addDays(d, 1);
  return d;
}

/**
 * The last day of a period of `n` days that starts on `day`. Business days:
 * the n-th business day after it. Calendar days: `day` + n, moved to the next
 * business day when that is a day off (Law No. 300-З, Art. 17(2)).
 */
export function periodEnd(calendar: Calendar, day: string, n: number, unit: DayUnit): string {
  return unit === "BUSINESS" ? addBusinessDays(calendar, day, n) : rollForward(calendar, addDays(day, n));
}

/** The instant an answer is due: the end of the period's last day, local time. */
export function dueAt(calendar: Calendar, start: Date, n: number, unit: DayUnit): Date {
  return endOfDay(periodEnd(calendar, localDay(start, calendar.timeZone), n, unit), calendar.timeZone);
}

/** What is left of a running period at a pause, in its own unit: the days after the pause's day up to the due day. */
export function remainingAt(calendar: Calendar, pausedAt: Date, due: Date, unit: DayUnit): number {
  const from = localDay(pausedAt, calendar.timeZone);
  const to = localDay(due, calendar.timeZone);
  if (unit === "BUSINESS") return businessDaysBetween(calendar, from, to);
  return Math.max(0, Math.round((toUtc(to) - toUtc(from)) / DAY_MS));
}

/**
 * The new due instant when a paused clock resumes: what was left at the pause,
 * counted again from the day it resumes. So a pause moves the due date by
 * exactly the business (or calendar) days it lasted.
 */
export function resumedDueAt(calendar: Calendar, resumedAt: Date, remaining: number, unit: DayUnit): Date {
  return dueAt(calendar, resumedAt, remaining, unit);
}

/** When `day` is a holiday of the calendar: the last day off of the run it starts (weekends included), else null. */
export function holidayUntil(calendar: Calendar, day: string): string | null {
  if (calendar.entries.get(day) !== "HOLIDAY") return null;
  let last = day;
  while (!isBusinessDay(calendar, addDays(last, 1))) last = addDays(last, 1);
  return last;
}

export type ClockState = "onTrack" | "dueToday" | "overdue";

/** Where a running clock stands at `now`: past its due instant, due on today's local date (in `timeZone`), or still ahead. */
export function clockState(due: Date, now: Date, timeZone = CALENDAR_TIME_ZONES.MINSK): ClockState {
  if (now.getTime() > due.getTime()) return "overdue";
  return localDay(now, timeZone) === localDay(due, timeZone) ? "dueToday" : "onTrack";
}

/** The share of the time from start to due that has passed at `now` (0 to 1, and above 1 once overdue). */
export function elapsedShare(start: Date, due: Date, now: Date): number {
  const total = due.getTime() - start.getTime();
  return total <= 0 ? 1 : (now.getTime() - start.getTime()) / total;
}
