// Upload of one document to the investor's own proposal (multipart: file, kind).
// A route handler rather than a server action: the browser reports upload
// progress for it, and files may be up to 20 MB.
import { z } from "zod";
import { defineRoute, refusal } from "@/lib/boundary/define-route";
import { addDocument } from "@/lib/data/proposal-documents";
import { recordId } from "@/lib/validations/ids";
import { MAX_DOCUMENT_BYTES, uploadMetaSchema } from "@/lib/validations/proposal";

export const POST = defineRoute({ access: "proposal:own", params: z.object({ id: recordId }) }, async ({ request, user, params }) => {
  // Refuse an oversized body before reading it (multipart adds a little framing).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_DOCUMENT_BYTES + 64 * 1024) return refusal("tooLarge");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return refusal("invalid");
  const meta = uploadMetaSchema.safeParse({ kind: form.get("kind"), fileName: file.name });
  if (!meta.success) return refusal("invalid");
  if (file.size > MAX_DOCUMENT_BYTES) return refusal("tooLarge");
  const outcome = await addDocument(user, params.id, meta.data.kind, meta.data.fileName, new Uint8Array(await file.arrayBuffer()));
  return outcome.ok ? Response.json({ ok: true, id: outcome.id }, { status: 201 }) : outcome;
});
