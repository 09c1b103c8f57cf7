// Logo upload for a resident listing (staff only; multipart field "file").
import { NextResponse } from "next/server";
import { getResidentForEdit, setResidentLogo } from "@/lib/data/resident-admin";
import { storage } from "@/lib/storage";
import { MAX_LOGO_BYTES } from "@/lib/logo";
import { revalidateResident } from "@/lib/revalidate";
import { getUserWith } from "@/lib/session";

const STATUS = { notFound: 404, tooLarge: 413, badType: 415, unreadable: 422, invalid: 422 } as const;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getUserWith("content:manage");
  if (!user) return NextResponse.json({ ok: false, error: "forbidden" }, { status: 404 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_LOGO_BYTES + 64 * 1024) return NextResponse.json({ ok: false, error: "tooLarge" }, { status: 413 });
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File)) return NextResponse.json({ ok: false, error: "invalid" }, { status: 422 });
  const { result, slug } = await setResidentLogo(user, (await params).id, new Uint8Array(await file.arrayBuffer()));
  if (result !== "ok") return NextResponse.json({ ok: false, error: result }, { status: STATUS[result as keyof typeof STATUS] ?? 409 });
  revalidateResident(slug!);
  return NextResponse.json({ ok: true }, { status: 201 });
}

/** The current logo for the editor (staff only; works before the listing is published). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getUserWith("content:manage");
  const resident = user ? await getResidentForEdit(user, (await params).id) : null;
  const bytes = resident?.logoKey ? await storage.get(resident.logoKey) : null;
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), { headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });
}
