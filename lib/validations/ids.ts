// Bound arguments of server actions: record ids (cuid or uuid), versions and
// flags that a page binds into an action. Parsed like any other input, because a
// client can send anything in their place.
import { z } from "zod";

export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** The id of a record that may not exist yet (a new listing or article). */
export const newOrRecordId = recordId.nullable();
export const recordVersion = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);
export const flag = z.boolean();
