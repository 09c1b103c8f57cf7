// A moment as the portal shows it: date and time in the park's zone (the
// formatter's, lib/i18n/request.ts), saying so, inside a machine-readable <time>.
import { getFormatter, getTranslations } from "next-intl/server";

export async function MinskTime({ date, dateStyle = "medium" }: { date: Date; dateStyle?: "short" | "medium" }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("common")]);
  return <time dateTime={date.toISOString()}>{t("minskTime", { time: format.dateTime(date, { dateStyle, timeStyle: "short" }) })}</time>;
}
