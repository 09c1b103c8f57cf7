// Fixed-window rate limits kept in PostgreSQL, so every app instance sees the same
// counters. One statement per hit: insert the key, or count up within the window,
// or start a new window once the old one has passed.
import "server-only";
import { db } from "@/lib/db";

export type Limit = { max: number; windowSeconds: number };

export const LIMITS = {
  // Guesses at one account from one address (the account as a whole: lib/auth/sign-in-throttle.ts).
  signInPerAccountAddress: { max: 5, windowSeconds: 15 * 60 },
  // Generous: offices and NAT gateways put many people behind one address.
  signInPerIp: { max: 100, windowSeconds: 15 * 60 },
  registerPerIp: { max: 10, windowSeconds: 60 * 60 },
  passwordResetPerIp: { max: 5, windowSeconds: 60 * 60 },
  verificationLinkPerIp: { max: 5, windowSeconds: 60 * 60 },
  // New confirmation links sent to one unconfirmed account, whoever asks.
  verificationLinksPerAccount: { max: 3, windowSeconds: 60 * 60 },
  inquiriesPerAccount: { max: 10, windowSeconds: 60 * 60 },
  // The public contact form: per client address, and per e-mail address however
  // many client addresses send (each message mails a confirmation link there).
  guestContactPerIp: { max: 5, windowSeconds: 60 * 60 },
  guestContactPerEmail: { max: 3, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

export type LimitResult = { allowed: boolean; retryAfterSeconds: number };

export async function hitLimit(name: LimitName, subject: string, now = new Date()): Promise<LimitResult> {
  const { max, windowSeconds } = LIMITS[name];
  const key = `${name}:${subject.toLowerCase()}`;
  // Columns are UTC `timestamp(3)`: pass an ISO string (its Z is dropped by the cast).
  const at = now.toISOString();
  const [row] = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" (key, "windowStart", count) VALUES (${key}, ${at}::timestamp(3), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= ${at}::timestamp(3) - make_interval(secs => ${windowSeconds})
                   THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${at}::timestamp(3) - make_interval(secs => ${windowSeconds})
                   THEN ${at}::timestamp(3) ELSE "RateLimit"."windowStart" END
    RETURNING count, "windowStart"`;
  const retryAfterSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
  return { allowed: row.count <= max, retryAfterSeconds };
}

/** Forgets a subject's counter (a successful sign-in clears its failed attempts). */
export async function resetLimit(name: LimitName, subject: string) {
  await db.rateLimit.deleteMany({ where: { key: `${name}:${subject.toLowerCase()}` } });
}
