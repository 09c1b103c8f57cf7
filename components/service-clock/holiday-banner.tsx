// On the back office's pages while China is on holiday: replies from investors
// there may be slow, and until when (their calendar, lib/data/calendars.ts).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/session";
import { investorHolidayToday } from "@/lib/data/calendars";

export async function HolidayBanner({ user }: { user: CurrentUser }) {
  const holiday = await investorHolidayToday(user);
  if (!holiday) return null;
  const [t, format, locale] = await Promise.all([getTranslations("serviceClock"), getFormatter(), getLocale()]);
  const name = holiday.names[locale as "en"] ?? holiday.names.en;
  return (
    <p className="notice holiday-banner" role="status">
      {t("holiday", { name, date: format.dateTime(holiday.until, { dateStyle: "long", timeZone: "Asia/Shanghai" }) })}
    </p>
  );
}
