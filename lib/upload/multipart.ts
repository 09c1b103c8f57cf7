// Reads a multipart upload of one file as it streams in, with busboy: the file
// may be at most `maxFileBytes`, and there may be only one file and a few small
// fields. The moment a limit is passed, reading stops and the rest of the body
// is never taken in (a chunked upload with no Content-Length cannot grow the
// server past the limit).
import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";

export type UploadedFile = { fileName: string; bytes: Uint8Array; fields: Record<string, string> };
export type UploadRefusal = "tooLarge" | "invalid";

export async function readSingleFile(
  request: Request,
  { maxFileBytes, fileField = "file", maxFields = 5 }: { maxFileBytes: number; fileField?: string; maxFields?: number },
): Promise<{ ok: true; upload: UploadedFile } | { ok: false; reason: UploadRefusal }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data;/i.test(contentType)) return { ok: false, reason: "invalid" };
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Multipart framing adds a little; a body declared larger cannot hold a valid file.
  if (declared > maxFileBytes + 64 * 1024) return { ok: false, reason: "tooLarge" };

  const source = Readable.fromWeb(request.body as unknown as NodeWebStream);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { fileSize: maxFileBytes, files: 1, fields: maxFields, fieldSize: 1024, parts: maxFields + 1, headerPairs: 20 },
    });
  } catch {
    return { ok: false, reason: "invalid" };
  }

  return new Promise((resolve) => {
    const fields: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let fileName: string | null = null;
    let settled = false;
    const finish = (result: Awaited<ReturnType<typeof readSingleFile>>) => {
      if (settled) return;
      settled = true;
      // Stop taking in the body: nothing more of it is read.
      source.unpipe(parser);
      source.destroy();
      resolve(result);
    };
    parser.on("file", (name, stream, info) => {
      if (name !== fileField) {
        stream.resume();
        return finish({ ok: false, reason: "invalid" });
      }
      fileName = info.filename ?? "";
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => finish({ ok: false, reason: "tooLarge" }));
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return finish({ ok: false, reason: "invalid" });
      fields[name] = value;
    });
    for (const event of ["filesLimit", "fieldsLimit", "partsLimit"]) parser.on(event, () => finish({ ok: false, reason: "invalid" }));
    parser.on("error", () => finish({ ok: false, reason: "invalid" }));
    source.on("error", () => finish({ ok: false, reason: "invalid" }));
    parser.on("close", () => {
      if (fileName === null) return finish({ ok: false, reason: "invalid" });
      finish({ ok: true, upload: { fileName, bytes: new Uint8Array(Buffer.concat(chunks)), fields } });
    });
    source.pipe(parser);
  });
}
