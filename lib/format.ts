// Formatting of figures and dates shared by server components. Number and date
// styles come from the reader's locale through next-intl's formatter.
import type { createFormatter, DateTimeFormatOptions } from "next-intl";
import { COUNTRY_CODES } from "@/lib/countries";

type Formatter = ReturnType<typeof createFormatter>;
type Precision = "DAY" | "MONTH" | "YEAR";

const DATE_STYLE: Record<Precision, DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric" },
  MONTH: { month: "long", year: "numeric" },
  YEAR: { year: "numeric" },
};

/** An as-of date, as precise as its source (date-only values are UTC midnights). */
export function formatAsOf(format: Formatter, date: Date, precision: Precision = "DAY") {
  return format.dateTime(date, { ...DATE_STYLE[precision], timeZone: "UTC" });
}

/**
 * When a news item was published, as precisely as its source dates it, in the
 * park's time zone (the formatter's): "12 May 2015", "April 2024", "2022".
 */
export function formatPublished(format: Formatter, date: Date, precision: Precision = "DAY") {
  return format.dateTime(date, DATE_STYLE[precision]);
}

/** The same moment as an ISO 8601 date of that precision ("2024-04"), for datetime attributes and JSON-LD. */
export function isoDateOf(date: Date, precision: Precision = "DAY") {
  const minsk = new Date(date.getTime() + 3 * 3600_000).toISOString(); // Minsk is UTC+3 all year (no DST since 2011)
  return minsk.slice(0, precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10);
}

/**
 * A figure's number in its unit's style; the unit's words come from the catalog
 * (units.*). Sums of money are compact with no false precision: 1.7 billion is
 * "1.7B" / «1,7 млрд» / "17亿", which units.usd turns into "$1.7B",
 * «1,7 млрд долл. США» and "17亿美元".
 */
export function formatFigureNumber(format: Formatter, value: number, unit: string) {
  if (unit === "usd") return formatCompact(format, value);
  return format.number(value, { maximumFractionDigits: 1 });
}

export function formatCompact(format: Formatter, value: number) {
  return format.number(value, { notation: "compact", maximumFractionDigits: 2 });
}

// Constructing Intl.DisplayNames costs far more than a lookup: one per locale.
const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the reader's language, from ISO 3166 alpha-2 (no catalog needed). */
export function countryName(locale: string, code: string) {
  try {
    let names = regionNames.get(locale);
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A source's own date, written "2021", "2019-12" or "2026-01-29", at that precision. */
export function formatSourceDate(format: Formatter, iso: string) {
  const [year, month = 1, day = 1] = iso.split("-").map(Number);
  const precision: Precision = iso.length === 4 ? "YEAR" : iso.length === 7 ? "MONTH" : "DAY";
  return formatAsOf(format, new Date(Date.UTC(year, month - 1, day)), precision);
}

/** Several countries' names joined as the reader's language lists them ("China, Belarus", «Китай, Беларусь», "中国、白俄罗斯"). */
export function countryNames(locale: string, codes: readonly string[]) {
  return new Intl.ListFormat(locale, { style: "narrow", type: "conjunction" }).format(codes.map((c) => countryName(locale, c)));
}

/** A range of money as compact as formatCompact, written the locale's way: "45M–50M", «45–50 млн», "4500万–5000万". */
export function formatCompactRange(locale: string, min: number, max: number) {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 2 }).formatRange(min, max);
}

/**
 * Every country as {code, name in the reader's language}, sorted as that language
 * sorts. Made on the server and handed to the form, so the browser shows the
 * list the server rendered (its own ICU data could name or order them otherwise,
 * and a different list would fail hydration and wipe what was typed).
 */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(locale, code) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}
