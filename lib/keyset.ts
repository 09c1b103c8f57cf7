// Keyset ("seek") pagination for the resident directory. Offsets make page N cost
// N pages of index reads, so a deep page at 100k rows would be slow; a cursor that
// carries the last row's sort key lets Postgres start reading right there.
import { z } from "zod";

/** The last (or first) row of a page in sort-key order: sort value, name, id. */
export type Cursor = { k: number | null; n: string; i: string };

const cursorSchema = z.object({
  k: z.number().finite().nullable(),
  n: z.string().max(300),
  i: z.string().min(1).max(64),
});

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** Returns null for anything that is not a cursor this code wrote. */
export function decodeCursor(token: string): Cursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
