// The park's time zone. Belarus has kept UTC+3 all year since 2011 (no daylight
// saving), so a wall-clock time in Minsk converts with a fixed offset.
export const PARK_TIME_ZONE = "Europe/Minsk";
const OFFSET = "+03:00";

/** "2027-03-01T09:30" read as Minsk time → the instant. */
export function minskLocalToDate(local: string): Date {
  return new Date(`${local}:00${OFFSET}`);
}

/** The instant as "YYYY-MM-DDTHH:mm" on a Minsk wall clock (for datetime-local inputs). */
export function dateToMinskLocal(date: Date): string {
  return new Date(date.getTime() + 3 * 3600_000).toISOString().slice(0, 16);
}

/** The calendar year on a Minsk wall clock at that instant. */
export function minskYear(instant: Date): number {
  return new Date(instant.getTime() + 3 * 3600_000).getUTCFullYear();
}
