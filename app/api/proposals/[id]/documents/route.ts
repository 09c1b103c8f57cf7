// Upload of one document to the investor's own proposal (multipart: file, kind).
// A route handler rather than a server action: the browser reports upload
// progress for it, and files may be up to 20 MB.
import { z } from "zod";
import { defineRoute, refusal } from "@/lib/boundary/define-route";
import { addDocument } from "@/lib/data/proposal-documents";
import { readSingleFile } from "@/lib/upload/multipart";
import { recordId } from "@/lib/validations/ids";
import { MAX_DOCUMENT_BYTES, uploadMetaSchema } from "@/lib/validations/proposal";

export const POST = defineRoute({ access: "proposal:own", params: z.object({ id: recordId }) }, async ({ request, user, params }) => {
  // Streamed with limits: an oversized or malformed body is refused as it arrives.
  const read = await readSingleFile(request, { maxFileBytes: MAX_DOCUMENT_BYTES });
  if (!read.ok) return refusal(read.reason);
  const meta = uploadMetaSchema.safeParse({ kind: read.upload.fields.kind, fileName: read.upload.fileName });
  if (!meta.success) return refusal("invalid");
  const outcome = await addDocument(user, params.id, meta.data.kind, meta.data.fileName, read.upload.bytes);
  return outcome.ok ? Response.json({ ok: true, id: outcome.id }, { status: 201 }) : outcome;
});
