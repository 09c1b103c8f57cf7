// The resident directory's query string. Invalid values are dropped (and reported)
// rather than failing the page: a shared link with a stale filter still works.
import { z } from "zod";
import { RESIDENT_SORTS, RESIDENT_STATUSES, SECTORS } from "@/lib/domain";

export const residentSearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
  sector: z.enum(SECTORS).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((c) => c.toUpperCase())
    .optional(),
  status: z.enum(RESIDENT_STATUSES).optional(),
  sort: z.enum(RESIDENT_SORTS).default("name"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
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
