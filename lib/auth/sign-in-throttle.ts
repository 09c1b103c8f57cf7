// Wrong-password throttling per account, shared by every instance (PostgreSQL).
// The first FREE_FAILURES failures in an hour cost nothing; after that each
// attempt must wait 2, 4, 8 … seconds, capped at MAX_DELAY_SECONDS. An attempt
// claims its slot before the password is checked, so parallel guesses cannot
// slip through together. Whoever guesses, from however many addresses, gets at
// most about 75 tries an hour at one account; the owner waits a minute at worst
// and is e-mailed once an hour while it goes on (lib/auth/options.ts).
import "server-only";
import { db } from "@/lib/db";

export const FREE_FAILURES = 10;
export const MAX_DELAY_SECONDS = 60;
const WINDOW_SECONDS = 3600;

/** Claims an attempt for `subject` (the e-mail tried), or says how long to wait. */
export async function claimSignInAttempt(subject: string, now = new Date()): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const at = now.toISOString();
  // Columns are UTC timestamp(3): pass ISO strings (their Z is dropped by the cast).
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" (subject, failures, "windowStart", "nextAttemptAt")
    VALUES (${subject}, 0, ${at}::timestamp(3), ${at}::timestamp(3))
    ON CONFLICT (subject) DO UPDATE SET
      failures = CASE WHEN "SignInThrottle"."windowStart" <= ${at}::timestamp(3) - make_interval(secs => ${WINDOW_SECONDS}) THEN 0 ELSE "SignInThrottle".failures END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= ${at}::timestamp(3) - make_interval(secs => ${WINDOW_SECONDS}) THEN ${at}::timestamp(3) ELSE "SignInThrottle"."windowStart" END,
      "nextAttemptAt" = ${at}::timestamp(3) + make_interval(secs => CASE
        WHEN "SignInThrottle"."windowStart" <= ${at}::timestamp(3) - make_interval(secs => ${WINDOW_SECONDS}) OR "SignInThrottle".failures < ${FREE_FAILURES} THEN 0
        ELSE least(${MAX_DELAY_SECONDS}, power(2, "SignInThrottle".failures - ${FREE_FAILURES} + 1)) END)
    WHERE "SignInThrottle"."nextAttemptAt" <= ${at}::timestamp(3)
    RETURNING failures`;
  if (rows.length) return { allowed: true, retryAfterSeconds: 0 };
  const row = await db.signInThrottle.findUnique({ where: { subject }, select: { nextAttemptAt: true } });
  const wait = row ? Math.ceil((row.nextAttemptAt.getTime() - now.getTime()) / 1000) : 1;
  return { allowed: false, retryAfterSeconds: Math.max(1, wait) };
}

/** Counts a wrong password; says whether the owner should be told now (once per window). */
export async function recordSignInFailure(subject: string, now = new Date()): Promise<{ failures: number; alert: boolean }> {
  const [row] = await db.$queryRaw<{ failures: number; alert: boolean }[]>`
    UPDATE "SignInThrottle" SET failures = failures + 1,
      "alertedAt" = CASE WHEN failures + 1 >= ${FREE_FAILURES} AND ("alertedAt" IS NULL OR "alertedAt" < "windowStart") THEN ${now.toISOString()}::timestamp(3) ELSE "alertedAt" END
    WHERE subject = ${subject}
    RETURNING failures, ("alertedAt" = ${now.toISOString()}::timestamp(3)) AS alert`;
  return row ?? { failures: 0, alert: false };
}

/** The right password: the account's count starts again. */
export async function recordSignInSuccess(subject: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { subject } });
}
