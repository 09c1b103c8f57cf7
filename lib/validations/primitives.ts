// The text, link and date primitives every schema builds on, so that one rule
// keeps hostile input out everywhere: control characters (which PostgreSQL
// refuses, or which hide text), unpaired surrogates (which cannot be stored as
// UTF-8 unchanged), bidirectional overrides (which make text read differently
// than it is), links with schemes other than http(s), and dates that do not exist.
// Messages are keys of the "validation" catalog.
import { z } from "zod";

// C0 controls except tab, newline and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Unpaired UTF-16 surrogates: `\p{Cs}` in a non-unicode regex matches both halves, so pair them first. */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

export const isCleanText = (s: string, multiline: boolean) =>
  !CONTROL.test(s) && !BIDI_CONTROL.test(s) && !hasLoneSurrogate(s) && (multiline || !LINE_BREAK_OR_TAB.test(s));

/** One line of text (a name, a subject, a search): trimmed, at most `max` characters. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine((s) => isCleanText(s, false), { error: "controlCharacters" });

/** Text that may run over several lines (a message, a description): newlines and tabs kept. */
export const paragraphs = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine((s) => isCleanText(s, true), { error: "controlCharacters" });

/** A required line. */
export const requiredLine = (max: number) => line(max).pipe(z.string().min(1, { error: "required" }));

/** A link shown to readers: http or https only, with a host that has a dot (no javascript:, data:, vbscript:, file:). */
export const httpUrl = (max = 500) =>
  line(max).refine(
    (s) => {
      try {
        const url = new URL(s);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { error: "url" },
  );

/** An http(s) link or nothing. */
export const optionalHttpUrl = (max = 500) => z.union([z.literal(""), httpUrl(max)], { error: "url" });

/** A real calendar date as YYYY-MM-DD between 1900 and 2100 (2027-02-30 is refused, not moved to March). */
export const isCalendarDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};
export const calendarDate = z.string().trim().refine(isCalendarDate, { error: "date" });
