// Rate limits in PostgreSQL: they trigger at the limit, are shared by every
// caller of the same key (several app instances), and reset after the window
// or when cleared.
import { describe, expect, it } from "vitest";
import { hitLimit, LIMITS, resetLimit } from "@/lib/rate-limit";
import { testTag } from "@/lib/testing/users";

describe("hitLimit", () => {
  it("allows up to the limit, then refuses with a retry time", async () => {
    const subject = `${testTag()}@x.test`;
    const t0 = new Date("2026-01-01T10:00:00Z");
    const { max, windowSeconds } = LIMITS.signInPerAccountAddress;
    for (let i = 0; i < max; i++) expect((await hitLimit("signInPerAccountAddress", subject, t0)).allowed).toBe(true);
    const refused = await hitLimit("signInPerAccountAddress", subject, new Date(t0.getTime() + 60_000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: windowSeconds - 60 });
    // A new window starts once the old one has passed.
    expect((await hitLimit("signInPerAccountAddress", subject, new Date(t0.getTime() + windowSeconds * 1000))).allowed).toBe(true);
  });

  it("counts concurrent hits exactly (no lost updates)", async () => {
    const subject = testTag();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => hitLimit("registerPerIp", subject, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(LIMITS.registerPerIp.max);
  });

  it("is per key and case-insensitive, and resets when cleared", async () => {
    const subject = `${testTag()}@X.test`;
    for (let i = 0; i < LIMITS.signInPerAccountAddress.max; i++) await hitLimit("signInPerAccountAddress", subject);
    expect((await hitLimit("signInPerAccountAddress", subject.toLowerCase())).allowed).toBe(false);
    expect((await hitLimit("signInPerIp", subject)).allowed).toBe(true);
    await resetLimit("signInPerAccountAddress", subject);
    expect((await hitLimit("signInPerAccountAddress", subject)).allowed).toBe(true);
  });
});
