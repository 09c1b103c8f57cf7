// Logo upload and removal for a resident listing (staff only; multipart field
// "file"), and the current logo for the editor (works before the listing is published).
import { z } from "zod";
import { defineRoute, refusal } from "@/lib/boundary/define-route";
import { getResidentForEdit, removeResidentLogo, setResidentLogo } from "@/lib/data/resident-admin";
import { refuse } from "@/lib/data/result";
import { storage } from "@/lib/storage";
import { MAX_LOGO_BYTES } from "@/lib/logo";
import { readSingleFile } from "@/lib/upload/multipart";
import { revalidateResident } from "@/lib/revalidate";
import { recordId } from "@/lib/validations/ids";

const spec = { access: "content:manage", hideFromOthers: true, params: z.object({ id: recordId }) } as const;

export const POST = defineRoute(spec, async ({ request, user, params }) => {
  const read = await readSingleFile(request, { maxFileBytes: MAX_LOGO_BYTES });
  if (!read.ok) return refusal(read.reason);
  const saved = await setResidentLogo(user, params.id, read.upload.bytes);
  if (!saved.ok) return saved;
  revalidateResident(saved.slug);
  return Response.json({ ok: true }, { status: 201 });
});

export const DELETE = defineRoute(spec, async ({ user, params }) => {
  const removed = await removeResidentLogo(user, params.id);
  if (!removed.ok) return removed;
  revalidateResident(removed.slug);
  return Response.json({ ok: true });
});

export const GET = defineRoute(spec, async ({ user, params }) => {
  const resident = await getResidentForEdit(user, params.id);
  const bytes = resident?.logoKey ? await storage.get(resident.logoKey) : null;
  if (!bytes) return refuse("notFound");
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
});
