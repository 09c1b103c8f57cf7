// Download of a proposal document, under its original name: for the proposal's
// owner and for staff; anyone else gets 404 (nothing to learn).
import { z } from "zod";
import { defineRoute } from "@/lib/boundary/define-route";
import { getDocumentForDownload } from "@/lib/data/proposal-documents";
import { refuse } from "@/lib/data/result";
import { recordId } from "@/lib/validations/ids";

export const GET = defineRoute(
  { access: "signedIn", hideFromOthers: true, params: z.object({ id: recordId }) },
  async ({ user, params }) => {
    const doc = await getDocumentForDownload(user, params.id);
    if (!doc) return refuse("notFound");
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
  },
);
