// Internal: the news scheduler (a background loop, outside any request) asks the
// app to revalidate the pages of articles that just went live. Signed with an
// HMAC of the body under NEXTAUTH_SECRET; anyone else gets 404.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { NEWS_TAGS } from "@/lib/domain";
import { env } from "@/lib/env";
import { revalidationSignature } from "@/lib/news-scheduler";
import { revalidateNews } from "@/lib/revalidate";

const bodySchema = z.object({ articles: z.array(z.object({ slug: z.string().max(120), tags: z.array(z.enum(NEWS_TAGS)) })).max(500) });

export async function POST(request: Request) {
  const body = await request.text();
  const given = Buffer.from(request.headers.get("x-signature") ?? "");
  const expected = env.NEXTAUTH_SECRET ? Buffer.from(revalidationSignature(body)) : null;
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response("Not found", { status: 404 });
  const parsed = bodySchema.safeParse(JSON.parse(body));
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  for (const a of parsed.data.articles) revalidateNews(a.slug, a.tags);
  return Response.json({ revalidated: parsed.data.articles.length });
}
