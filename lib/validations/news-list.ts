// The news list's query string. Unknown tags or pages fall back to the defaults
// (a stale shared link still shows news rather than an error).
import { z } from "zod";
import { NEWS_TAGS } from "@/lib/domain";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const newsListSchema = z.object({
  tag: z.preprocess(first, z.enum(NEWS_TAGS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1).default(1),
});
