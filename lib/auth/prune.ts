// Housekeeping for the sign-in tables (a background job): sessions past the
// token's lifetime or revoked long ago, and throttle rows whose window has
// passed, would otherwise accumulate for ever (one row per sign-in, and one per
// e-mail anybody ever guessed at).
import "server-only";
import { db } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 3600;

export async function pruneSignInRecords(now = new Date()): Promise<{ sessions: number; throttles: number }> {
  const expired = new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000);
  const hourAgo = new Date(now.getTime() - 3600 * 1000);
  const [sessions, throttles] = await Promise.all([
    db.session.deleteMany({ where: { OR: [{ createdAt: { lt: expired } }, { revokedAt: { lt: hourAgo } }] } }),
    db.signInThrottle.deleteMany({ where: { windowStart: { lt: hourAgo }, nextAttemptAt: { lt: now } } }),
  ]);
  return { sessions: sessions.count, throttles: throttles.count };
}
