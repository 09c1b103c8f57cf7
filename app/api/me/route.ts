// Who is signed in, for the header's account island on cached public pages: the
// pages carry no session state, this small private response does. Open to
// everyone: a visitor learns only that they are not signed in.
import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/boundary/define-route";
import { unreadCount } from "@/lib/data/notifications";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ access: "public" }, async () => {
  const user = await getCurrentUser();
  const body = user ? { signedIn: true, name: user.name, role: user.role, unread: await unreadCount(user) } : { signedIn: false };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});
