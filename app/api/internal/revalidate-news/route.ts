// Internal: the news scheduler (a background loop, outside any request) asks the
// app to revalidate the pages of articles that just went live. Public at the
// boundary because no user is involved: the caller proves itself with an HMAC of
// the body under NEXTAUTH_SECRET; anyone else gets 404.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { defineRoute, refusal } from "@/lib/boundary/define-route";
import { NEWS_TAGS } from "@/lib/domain";
import { env } from "@/lib/env";
import { revalidationSignature } from "@/lib/news-scheduler";
import { revalidateNews } from "@/lib/revalidate";

const bodySchema = z.object({ articles: z.array(z.object({ slug: z.string().max(120), tags: z.array(z.enum(NEWS_TAGS)) })).max(500) });

export const POST = defineRoute({ access: "public" }, async ({ request }) => {
  const body = await request.text();
  const given = Buffer.from(request.headers.get("x-signature") ?? "");
  const expected = env.NEXTAUTH_SECRET ? Buffer.from(revalidationSignature(body)) : null;
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) return refusal("notFound");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return refusal("invalid");
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) return refusal("invalid");
  for (const a of parsed.data.articles) revalidateNews(a.slug, a.tags);
  return Response.json({ revalidated: parsed.data.articles.length });
});
