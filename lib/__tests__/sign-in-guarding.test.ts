// Sign-in against guessing, on real PostgreSQL, through next-auth's own
// credentials `authorize`: wrong passwords from rotating addresses no longer lock
// the owner out; guessing at one account is slowed to a bounded rate; the owner
// is told once an hour; every sign-in is a server-side session that sign-out ends.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const tokenOfRequest = vi.hoisted(() => {
  // lib/env.ts reads the secret when first imported.
  process.env.NEXTAUTH_SECRET ||= "test-only-secret-0123456789abcdef0123456789";
  return { value: null as Record<string, unknown> | null };
});
// next-auth's cookie decoding is replaced by the token a test names; the session
// check that follows (lib/session.ts) runs for real.
vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (tokenOfRequest.value ? { user: tokenOfRequest.value } : null),
}));

import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { revokeSession } from "@/lib/auth/sessions";
import { pruneSignInRecords, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/prune";
import { claimSignInAttempt, FREE_FAILURES, MAX_DELAY_SECONDS, recordSignInFailure } from "@/lib/auth/sign-in-throttle";
import { signOutOtherSessions } from "@/lib/data/accounts";
import { getCurrentUser } from "@/lib/session";
import { removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
const email = `owner@${tag}.test`;
const PASSWORD = "owner-secret-2026";
let userId: string;

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string; sid: string } | null>;
const provider = () => authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
const signIn = (password: string, address: string) =>
  provider().options.authorize({ email, password }, { headers: { "x-portal-client-address": address } });

beforeAll(async () => {
  userId = (
    await db.user.create({
      data: { email, name: "Owner", role: "INVESTOR", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() },
      select: { id: true },
    })
  ).id;
});
afterAll(async () => {
  await db.signInThrottle.deleteMany({ where: { subject: { endsWith: `@${tag}.test` } } });
  await removeTestUsers(tag);
});

describe("guessing at an account", () => {
  it("five wrong passwords from five addresses do not lock the owner out", async () => {
    for (let i = 1; i <= 5; i++) expect(await signIn("wrong-guess-1", `203.0.113.${i}`)).toBeNull();
    const signedIn = await signIn(PASSWORD, "198.51.100.20");
    expect(signedIn?.id).toBe(userId);
  });

  it("one address gets five tries at one account, then 429 (RateLimited) for that address only", async () => {
    for (let i = 0; i < 5; i++) expect(await signIn("wrong-guess-2", "203.0.113.99")).toBeNull();
    await expect(signIn(PASSWORD, "203.0.113.99")).rejects.toThrow("RateLimited");
    expect((await signIn(PASSWORD, "198.51.100.21"))?.id).toBe(userId);
  });

  it("across addresses, at most about 75 guesses an hour reach the password check; no wait is longer than a minute", async () => {
    const subject = `nobody-${Date.now()}@${tag}.test`;
    const start = Date.now();
    let t = start;
    let tries = 0;
    let longestWait = 0;
    while (t < start + 3600_000) {
      const claim = await claimSignInAttempt(subject, new Date(t));
      if (claim.allowed) {
        tries++;
        await recordSignInFailure(subject, new Date(t));
        t += 100;
      } else {
        longestWait = Math.max(longestWait, claim.retryAfterSeconds);
        t += claim.retryAfterSeconds * 1000;
      }
    }
    expect(tries).toBeGreaterThan(FREE_FAILURES);
    expect(tries).toBeLessThanOrEqual(75);
    expect(longestWait).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
  });

  it("the owner is e-mailed once while the guessing goes on", async () => {
    const before = await db.outboxMessage.count({ where: { toAddress: email } });
    for (let i = 0; i < FREE_FAILURES + 1; i++) {
      await signIn("wrong-guess-3", `192.0.2.${i + 1}`).catch(() => null);
      await db.signInThrottle.update({ where: { subject: email }, data: { nextAttemptAt: new Date(0) } }); // skip the waits
    }
    const mails = await db.outboxMessage.findMany({ where: { toAddress: email }, select: { subject: true } });
    expect(mails.length - before).toBe(1);
    expect(mails.at(-1)?.subject).toBe("Someone is trying to sign in to your account");
    await db.signInThrottle.deleteMany({ where: { subject: email } });
  });
});

describe("server-side sessions", () => {
  it("a signed-out session no longer counts, even with its token; 'everywhere else' keeps only this one", async () => {
    const a = (await signIn(PASSWORD, "198.51.100.30"))!;
    const b = (await signIn(PASSWORD, "198.51.100.31"))!;
    const tokenOf = (s: { id: string; sid: string }) => ({ id: s.id, role: "INVESTOR", sv: 1, sid: s.sid });

    tokenOfRequest.value = tokenOf(a);
    const me = await getCurrentUser();
    expect(me?.sessionId).toBe(a.sid);
    expect((await signOutOtherSessions(me!)).ok).toBe(true);

    tokenOfRequest.value = tokenOf(b);
    expect(await getCurrentUser()).toBeNull(); // ended from the other session
    tokenOfRequest.value = tokenOf(a);
    expect((await getCurrentUser())?.id).toBe(userId);

    await revokeSession(a.sid); // what sign-out does
    expect(await getCurrentUser()).toBeNull();
    tokenOfRequest.value = { id: userId, role: "INVESTOR", sv: 1 }; // a token from before sessions existed
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("housekeeping", () => {
  it("expired and long-revoked sessions and passed throttle windows are removed; live ones stay", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - (SESSION_MAX_AGE_SECONDS + 60) * 1000);
    const [expired, revoked, live] = await Promise.all([
      db.session.create({ data: { userId, createdAt: old }, select: { id: true } }),
      db.session.create({ data: { userId, revokedAt: new Date(now.getTime() - 2 * 3600_000) }, select: { id: true } }),
      db.session.create({ data: { userId }, select: { id: true } }),
    ]);
    await db.signInThrottle.create({ data: { subject: `stale@${tag}.test`, failures: 3, windowStart: old, nextAttemptAt: old } });
    await pruneSignInRecords(now);
    const left = (await db.session.findMany({ where: { id: { in: [expired.id, revoked.id, live.id] } }, select: { id: true } })).map(
      (s) => s.id,
    );
    expect(left).toEqual([live.id]);
    expect(await db.signInThrottle.count({ where: { subject: `stale@${tag}.test` } })).toBe(0);
  });
});
