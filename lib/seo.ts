// Metadata helpers: hreflang alternates for every locale, and page titles.
import type { Metadata } from "next";
import { locales } from "@/lib/i18n/routing";

/** `path` without locale, starting with "/" ("" for home). */
export function alternatesFor(locale: string, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, `/${l}${path}`]));
  languages["x-default"] = `/en${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
