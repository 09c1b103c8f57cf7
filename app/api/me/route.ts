// Who is signed in, for the header's account island on cached public pages: the
// pages carry no session state, this small private response does.
import { NextResponse } from "next/server";
import { unreadCount } from "@/lib/data/notifications";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  const body = user ? { signedIn: true, name: user.name, role: user.role, unread: await unreadCount(user) } : { signedIn: false };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
