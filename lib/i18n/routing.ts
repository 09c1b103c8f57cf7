// Interface locales and URL policy: the locale is always the first path segment.
import { defineRouting } from "next-intl/routing";

export const locales = ["en", "ru", "zh"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  // No locale cookie: a Set-Cookie on every page would make public pages
  // uncacheable, and the URL already says which language a visitor chose.
  localeCookie: false,
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
