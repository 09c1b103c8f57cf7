// Upload of one document to the investor's own proposal (multipart: file, kind).
// A route handler rather than a server action: the browser reports upload
// progress for it, and files may be up to 20 MB.
import { NextResponse } from "next/server";
import { addDocument } from "@/lib/data/proposal-documents";
import { getUserWith } from "@/lib/session";
import { MAX_DOCUMENT_BYTES, uploadMetaSchema } from "@/lib/validations/proposal";

const STATUS = { notFound: 404, notAllowed: 409, tooMany: 409, tooLarge: 413, badType: 415, empty: 422, invalid: 422 } as const;

const refuse = (error: keyof typeof STATUS | "signedOut") =>
  NextResponse.json({ ok: false, error }, { status: error === "signedOut" ? 401 : STATUS[error] });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getUserWith("proposal:own");
  if (!user) return refuse("signedOut");
  // Refuse an oversized body before reading it (multipart adds a little framing).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_DOCUMENT_BYTES + 64 * 1024) return refuse("tooLarge");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return refuse("invalid");
  const meta = uploadMetaSchema.safeParse({ kind: form.get("kind"), fileName: file.name });
  if (!meta.success) return refuse("invalid");
  if (file.size > MAX_DOCUMENT_BYTES) return refuse("tooLarge");
  const outcome = await addDocument(user, (await params).id, meta.data.kind, meta.data.fileName, new Uint8Array(await file.arrayBuffer()));
  if (outcome.result !== "ok") return refuse(outcome.result);
  return NextResponse.json({ ok: true, id: outcome.id }, { status: 201 });
}
