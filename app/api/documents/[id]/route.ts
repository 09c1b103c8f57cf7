// Download of a proposal document, under its original name: for the proposal's
// owner and for staff; anyone else gets 404 (nothing to learn).
import { getDocumentForDownload } from "@/lib/data/proposal-documents";
import { getCurrentUser } from "@/lib/session";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const doc = user ? await getDocumentForDownload(user, (await params).id) : null;
  if (!doc) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const ascii = doc.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(doc.bytes), {
    headers: {
      "Content-Type": doc.mimeType,
      "Content-Length": String(doc.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
