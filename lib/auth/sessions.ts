// Server-side sessions behind the JWT: each sign-in is a row whose id the token
// carries, so signing out (or "sign out everywhere else") ends a session for good,
// also for a copy of its cookie made before.
import "server-only";
import { db } from "@/lib/db";

export async function startSession(userId: string): Promise<string> {
  return (await db.session.create({ data: { userId }, select: { id: true } })).id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
