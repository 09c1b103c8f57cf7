// The news list's path segments: /news, /news/page/2, /news/tag/trade,
// /news/tag/trade/page/2. Paths rather than a query string, so every list page
// can be prerendered and cached like any other page. Anything else is a 404.
import { z } from "zod";
import { NEWS_TAGS, type NewsTag } from "@/lib/domain";

export const newsListParamsSchema = z.object({
  tag: z.enum(NEWS_TAGS).optional(),
  // Page 1 has no /page/ segment, so a listed page number starts at 2.
  page: z
    .string()
    .regex(/^[1-9][0-9]{0,4}$/)
    .transform(Number)
    .refine((n) => n >= 2)
    .optional(),
});

export type NewsListParams = { tag?: NewsTag; page: number };

/** The list a path asks for, or null for a path that names no list. */
export function parseNewsListParams(raw: { tag?: string; page?: string }): NewsListParams | null {
  const parsed = newsListParamsSchema.safeParse(raw);
  return parsed.success ? { tag: parsed.data.tag, page: parsed.data.page ?? 1 } : null;
}

/** The canonical path (without locale) of a news list page. */
export function newsListPath({ tag, page }: { tag?: NewsTag; page?: number }): string {
  return `/news${tag ? `/tag/${tag}` : ""}${page && page > 1 ? `/page/${page}` : ""}`;
}
