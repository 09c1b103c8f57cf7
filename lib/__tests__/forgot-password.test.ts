// "Forgot password" must not tell, by its timing, which addresses have accounts
// (measured before: ~18 ms for an existing address, ~11 ms for an unknown one).
// The request path now does the same work for both: the rate limit, then the
// look-up, token and e-mail are handed to `after` and run once the response is
// sent. Here `after` is recorded so the test sees what ran before the answer.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/session";

const deferred = vi.hoisted(() => [] as (() => Promise<unknown>)[]);
vi.mock("next/server", () => ({ after: (task: () => Promise<unknown>) => deferred.push(task) }));
vi.mock("@/lib/session", () => ({ getCurrentUser: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": "192.0.2.44" }) }));

import { db } from "@/lib/db";
import { forgotPasswordAction } from "@/lib/actions/account/forgot-password";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
let user: CurrentUser;
beforeAll(async () => {
  user = await createTestUser("INVESTOR", tag);
});
afterAll(() => removeTestUsers(tag));

const resetMails = (to: string) => db.outboxMessage.count({ where: { toAddress: to } });
const resetTokens = (userId: string) => db.authToken.count({ where: { userId, kind: "RESET_PASSWORD" } });

describe("forgot password", () => {
  it("answers alike for a known and an unknown address, touching no account before the answer", async () => {
    const known = await forgotPasswordAction({ email: user.email });
    const unknown = await forgotPasswordAction({ email: `nobody@${tag}.test` });
    expect(known).toEqual({ ok: true });
    expect(unknown).toEqual(known);
    // Nothing that depends on the account has happened on the request path.
    expect(await resetTokens(user.id)).toBe(0);
    expect(await resetMails(user.email)).toBe(0);
    expect(deferred).toHaveLength(2);

    for (const task of deferred.splice(0)) await task();
    expect(await resetTokens(user.id)).toBe(1);
    expect(await resetMails(user.email)).toBe(1);
    expect(await resetMails(`nobody@${tag}.test`)).toBe(0);
  });
});
