// What admins change on the service clock: a standard's days, a calendar's
// dated entries, and a calendar year's status with the act it comes from.
import { z } from "zod";
import { CALENDAR_DAY_KINDS, CALENDAR_YEAR_STATUSES, INQUIRY_TOPICS, SERVICE_STAGES } from "@/lib/domain";
import { calendarDate, httpUrl, requiredLine } from "./primitives";

// The park's calendars; investors' "weekends only" has no entries to edit.
export const EDITABLE_CALENDARS = ["MINSK", "BEIJING"] as const;

// Typed as text (the form's inputs), read as a whole number.
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: "wholeNumber" })
    .transform(Number)
    .pipe(z.number().min(min, { error: "tooSmall" }).max(max, { error: "tooLarge" }));
const days = wholeNumber(1, 90);

/** Which standard: a stage, and for inquiries a topic. */
export const standardKeySchema = z.object({ stage: z.enum(SERVICE_STAGES), topic: z.enum(INQUIRY_TOPICS).nullable() });

export const standardChangeSchema = z.object({ targetDays: days, investorDays: days });
export type StandardChangeInput = z.input<typeof standardChangeSchema>;

export const calendarEntrySchema = z.object({
  calendar: z.enum(EDITABLE_CALENDARS, { error: "choose" }),
  date: calendarDate,
  kind: z.enum(CALENDAR_DAY_KINDS, { error: "choose" }),
  nameEn: requiredLine(120),
  nameRu: requiredLine(120),
  nameZh: requiredLine(120),
  sourceUrl: httpUrl(),
});
export type CalendarEntryInput = z.input<typeof calendarEntrySchema>;

export const calendarYearSchema = z.object({
  calendar: z.enum(EDITABLE_CALENDARS, { error: "choose" }),
  year: wholeNumber(2020, 2100),
  status: z.enum(CALENDAR_YEAR_STATUSES, { error: "choose" }),
  sourceTitle: requiredLine(300),
  sourceUrl: httpUrl(),
});
export type CalendarYearInput = z.input<typeof calendarYearSchema>;

/** The entry to remove: its calendar and date. */
export const calendarDaySchema = z.object({ calendar: z.enum(EDITABLE_CALENDARS), date: calendarDate });
