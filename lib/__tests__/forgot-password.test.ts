// "Forgot password" must not tell, by its timing, which addresses have accounts
// (measured before: ~18 ms for an existing address, ~11 ms for an unknown one).
// The request path now does the same work for both: the rate limit and one
// insert into the queue. The background job then sends the link, once.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/session";

vi.mock("@/lib/session", () => ({ getCurrentUser: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": "192.0.2.44" }) }));

import { db } from "@/lib/db";
import { forgotPasswordAction } from "@/lib/actions/account/forgot-password";
import { processAccountLinkRequests } from "@/lib/auth/account-link-queue";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
let user: CurrentUser;
beforeAll(async () => {
  user = await createTestUser("INVESTOR", tag);
});
afterAll(() => removeTestUsers(tag));

const resetMails = (to: string) => db.outboxMessage.count({ where: { toAddress: to } });
const resetTokens = (userId: string) => db.authToken.count({ where: { userId, kind: "RESET_PASSWORD" } });
const queued = (email: string) => db.accountLinkRequest.count({ where: { email, kind: "RESET_PASSWORD" } });

describe("forgot password", () => {
  it("answers alike for a known and an unknown address, touching no account before the answer", async () => {
    const unknown = `nobody@${tag}.test`;
    const known = await forgotPasswordAction({ email: user.email });
    expect(known).toEqual({ ok: true });
    expect(await forgotPasswordAction({ email: unknown })).toEqual(known);
    // The request path only queued both addresses.
    expect([await queued(user.email), await queued(unknown)]).toEqual([1, 1]);
    expect(await resetTokens(user.id)).toBe(0);
    expect(await resetMails(user.email)).toBe(0);

    // The background job sends the one link, once.
    expect(await processAccountLinkRequests()).toBeGreaterThanOrEqual(2);
    await processAccountLinkRequests();
    expect(await resetTokens(user.id)).toBe(1);
    expect(await resetMails(user.email)).toBe(1);
    expect(await resetMails(unknown)).toBe(0);
    expect([await queued(user.email), await queued(unknown)]).toEqual([0, 0]);
  });
});
