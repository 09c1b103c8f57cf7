// A news article's cover photo: upload (staff only; multipart field "file"),
// removal, and the current cover for the editor (works before publication).
import { z } from "zod";
import { defineRoute, refusal } from "@/lib/boundary/define-route";
import { getArticleForEdit, removeArticleCover, setArticleCover } from "@/lib/data/news-admin";
import { refuse } from "@/lib/data/result";
import { storage } from "@/lib/storage";
import { MAX_COVER_BYTES } from "@/lib/cover";
import { readSingleFile } from "@/lib/upload/multipart";
import { revalidateNews } from "@/lib/revalidate";
import { recordId } from "@/lib/validations/ids";

const spec = { access: "content:manage", hideFromOthers: true, params: z.object({ id: recordId }) } as const;

export const POST = defineRoute(spec, async ({ request, user, params }) => {
  const read = await readSingleFile(request, { maxFileBytes: MAX_COVER_BYTES });
  if (!read.ok) return refusal(read.reason);
  const saved = await setArticleCover(user, params.id, read.upload.bytes);
  if (!saved.ok) return saved;
  revalidateNews(saved.slug, saved.tags);
  return Response.json({ ok: true }, { status: 201 });
});

export const DELETE = defineRoute(spec, async ({ user, params }) => {
  const removed = await removeArticleCover(user, params.id);
  if (!removed.ok) return removed;
  revalidateNews(removed.slug, removed.tags);
  return Response.json({ ok: true });
});

export const GET = defineRoute(spec, async ({ user, params }) => {
  const article = await getArticleForEdit(user, params.id);
  const bytes = article?.coverKey ? await storage.get(article.coverKey) : null;
  if (!bytes) return refuse("notFound");
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "image/webp", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
});
