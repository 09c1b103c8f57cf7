"use server";
// Admins set the service standards and keep the business calendars.
import { revalidatePath } from "next/cache";
import { changeStandard, removeCalendarEntry, saveCalendarEntry, saveCalendarYear } from "@/lib/data/service-settings";
import {
  calendarDaySchema,
  calendarEntrySchema,
  calendarYearSchema,
  standardChangeSchema,
  standardKeySchema,
} from "@/lib/validations/service-clock";
import { defineAction } from "@/lib/actions/define-action";

const refresh = () => revalidatePath("/[locale]/staff/service-clock", "page");

export const changeStandardAction = defineAction(
  { access: "service:manage", bound: [standardKeySchema], input: standardChangeSchema },
  ({ user, bound: [key], input }) => changeStandard(user, key, input),
  { revalidate: refresh },
);

export const saveCalendarEntryAction = defineAction(
  { access: "service:manage", input: calendarEntrySchema },
  ({ user, input }) => saveCalendarEntry(user, input),
  { revalidate: refresh },
);

export const removeCalendarEntryAction = defineAction(
  { access: "service:manage", bound: [calendarDaySchema] },
  ({ user, bound: [day] }) => removeCalendarEntry(user, day.calendar, day.date),
  { revalidate: refresh },
);

export const saveCalendarYearAction = defineAction(
  { access: "service:manage", input: calendarYearSchema },
  ({ user, input }) => saveCalendarYear(user, input),
  { revalidate: refresh },
);
