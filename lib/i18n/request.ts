// next-intl request configuration: messages, time zone and formats per locale.
import { getRequestConfig } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // The park's own time zone: dates of news and figures are Minsk dates.
    timeZone: "Europe/Minsk",
  };
});
