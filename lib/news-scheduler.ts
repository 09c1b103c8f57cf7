// Scheduled news goes live on time without anyone acting: the background loop
// (instrumentation.ts) marks due articles published in one statement (so two
// app instances never both take one article) and then asks the app to refresh
// the cached pages that show them.
import "server-only";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { authSecret, env } from "@/lib/env";

export type DueArticle = { slug: string; tags: string[] };

export async function publishDueNews(now = new Date()): Promise<DueArticle[]> {
  return db.$queryRaw<DueArticle[]>`
    UPDATE "NewsArticle" SET status = 'PUBLISHED', "updatedAt" = now(), version = version + 1
    WHERE status = 'SCHEDULED' AND "publishedAt" <= ${now.toISOString()}::timestamp(3)
    RETURNING slug, tags`;
}

export function revalidationSignature(body: string) {
  return createHmac("sha256", authSecret()).update(body).digest("hex");
}

/** Revalidation must run inside a request: the loop calls the app's own internal endpoint. */
export async function requestNewsRevalidation(articles: DueArticle[]) {
  const body = JSON.stringify({ articles });
  const response = await fetch(`${env.SITE_URL}/api/internal/revalidate-news`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Signature": revalidationSignature(body) },
    body,
  });
  if (!response.ok) throw new Error(`revalidate-news answered ${response.status}`);
}

export async function runNewsScheduler(now = new Date()) {
  const due = await publishDueNews(now);
  if (due.length > 0) await requestNewsRevalidation(due);
  return due.length;
}
