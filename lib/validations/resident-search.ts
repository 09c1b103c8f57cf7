// The resident directory's query string. Invalid values are dropped (and reported)
// rather than failing the page: a shared link with a stale filter still works.
import { z } from "zod";
import { RESIDENT_SORTS, RESIDENT_STATUSES, SECTORS } from "@/lib/domain";
import { decodeCursor, type Cursor } from "@/lib/keyset";
import { line } from "./primitives";

const cursor = z
  .string()
  .max(600)
  .transform((token, ctx): Cursor => {
    const decoded = decodeCursor(token);
    if (!decoded) ctx.addIssue({ code: "custom", message: "not a page cursor" });
    return decoded ?? { k: null, n: "", i: "" };
  });

export const residentSearchSchema = z.object({
  q: line(100).optional(),
  sector: z.enum(SECTORS).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((c) => c.toUpperCase())
    .optional(),
  status: z.enum(RESIDENT_STATUSES).optional(),
  sort: z.enum(RESIDENT_SORTS).default("name"),
  // Keyset paging: `after` a page's last row, or `before` its first row.
  after: cursor.optional(),
  before: cursor.optional(),
});

export type ResidentSearch = z.infer<typeof residentSearchSchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** Parses field by field; returns the valid filters and the names of the ones dropped. */
export function parseResidentSearch(raw: RawParams): { search: ResidentSearch; invalid: string[] } {
  const input: Record<string, string> = {};
  for (const key of Object.keys(residentSearchSchema.shape)) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") input[key] = first;
  }
  const invalid: string[] = [];
  for (;;) {
    const result = residentSearchSchema.safeParse(input);
    if (result.success) return { search: result.data, invalid };
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      if (key in input) {
        delete input[key];
        invalid.push(key);
      }
    }
  }
}
