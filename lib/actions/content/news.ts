"use server";
// Staff write and publish news; the pages that show an article are revalidated
// at once. The preview renders through the same sanitizing pipeline as readers get.
import { revalidatePath } from "next/cache";
import { saveArticle } from "@/lib/data/news-admin";
import { renderMarkdown } from "@/lib/markdown";
import { revalidateNews } from "@/lib/revalidate";
import { getUserWith } from "@/lib/session";
import { markdownPreviewSchema, newsEditSchema } from "@/lib/validations/news-admin";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";

export async function saveArticleAction(id: string | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const user = await getUserWith("content:manage");
  if (!user) return fail("forbidden");
  const parsed = newsEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const saved = await saveArticle(user, id ? String(id) : null, parsed.data);
  if (saved.result === "slugTaken") return { ok: false, fieldErrors: { slug: "slugTaken" }, formError: "invalid" };
  if (saved.result !== "ok") return fail(saved.result === "changed" ? "changedSinceOpened" : saved.result);
  if (saved.oldSlug && (saved.oldSlug !== saved.slug || saved.oldTags?.join() !== saved.tags?.join())) revalidateNews(saved.oldSlug, saved.oldTags ?? []);
  revalidateNews(saved.slug!, saved.tags ?? []);
  revalidatePath("/[locale]/staff/news", "page");
  return { ok: true, data: { id: saved.id!, version: saved.version! } };
}

export async function previewMarkdownAction(input: unknown): Promise<ActionResult<{ html: string }>> {
  if (!(await getUserWith("content:manage"))) return fail("forbidden");
  const parsed = markdownPreviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return { ok: true, data: { html: renderMarkdown(parsed.data.markdown) } };
}
