// "Send a new link": an unconfirmed account gets a new confirmation link (the old
// one stops working); a confirmed or unknown address gets nothing; the answer is
// the same for all; no more than three new links per account per hour; and
// registering again with an unconfirmed address is a way out too.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/session", () => ({ getCurrentUser: async () => null }));
// A client address per test run, so the per-IP limit counts this file's calls only.
const clientAddress = `192.0.2.${Math.floor(Math.random() * 200) + 20}`;
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": clientAddress }) }));

import { db } from "@/lib/db";
import { resendVerificationAction } from "@/lib/actions/account/resend-verification";
import { registerAction } from "@/lib/actions/account/register";
import { processAccountLinkRequests } from "@/lib/auth/account-link-queue";
import { verifyEmail } from "@/lib/data/accounts";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
afterAll(async () => {
  await db.rateLimit.deleteMany({ where: { key: { contains: clientAddress } } });
  await removeTestUsers(tag);
});

async function unconfirmedUser(label: string) {
  const user = await createTestUser("INVESTOR", tag, label);
  await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
  return user;
}
const verificationMails = (to: string) =>
  db.outboxMessage.findMany({ where: { toAddress: to, text: { contains: "/verify-email?token=" } } });
const tokenIn = (mail: { text: string }) => /verify-email\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1];

describe("send a new confirmation link", () => {
  let unconfirmed: { id: string; email: string };
  let confirmed: { id: string; email: string };
  beforeAll(async () => {
    unconfirmed = await unconfirmedUser("unconfirmed");
    confirmed = await createTestUser("INVESTOR", tag, "confirmed");
  });

  it("answers alike for every address and sends a working link only to the unconfirmed account", async () => {
    const unknown = `nobody@${tag}.test`;
    const answers = await Promise.all([unconfirmed.email, confirmed.email, unknown].map((email) => resendVerificationAction({ email })));
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    // Nothing is looked up before the answer: the three addresses were only queued.
    expect(await verificationMails(unconfirmed.email)).toEqual([]);

    await processAccountLinkRequests();
    const mails = await verificationMails(unconfirmed.email);
    expect(mails).toHaveLength(1);
    expect(await verificationMails(confirmed.email)).toEqual([]);
    expect(await verificationMails(unknown)).toEqual([]);

    expect(await verifyEmail(tokenIn(mails[0]))).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: unconfirmed.id } });
    expect(user.emailVerifiedAt).not.toBeNull();
  });

  it("makes the earlier link stop working", async () => {
    const user = await unconfirmedUser("twice");
    await resendVerificationAction({ email: user.email });
    await processAccountLinkRequests();
    await resendVerificationAction({ email: user.email });
    await processAccountLinkRequests();
    const [first, second] = (await verificationMails(user.email)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(await verifyEmail(tokenIn(first))).toEqual({ ok: false, reason: "linkInvalid" });
    expect(await verifyEmail(tokenIn(second))).toEqual({ ok: true });
  });

  it("sends at most three new links per account per hour, however often it is asked", async () => {
    const user = await unconfirmedUser("flooded");
    for (let i = 0; i < 5; i += 1) await db.accountLinkRequest.create({ data: { email: user.email, kind: "VERIFY_EMAIL" } });
    await processAccountLinkRequests();
    expect(await verificationMails(user.email)).toHaveLength(3);
  });

  it("refuses a sixth request from one client address within the hour, translated", async () => {
    await db.rateLimit.deleteMany({ where: { key: { contains: clientAddress } } });
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await resendVerificationAction({ email: `n${i}@${tag}.test` }));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ ok: true }));
    expect(answers[5]).toEqual({ ok: false, formError: "rateLimited" });
  });

  it("answers a bad address with a field error, not a queued request", async () => {
    expect(await resendVerificationAction({ email: "not-an-address" })).toMatchObject({ ok: false, fieldErrors: { email: "email" } });
  });

  it("queues a new link when someone registers again with an unconfirmed address", async () => {
    const user = await unconfirmedUser("again");
    const answer = await registerAction({
      email: user.email,
      name: "Again",
      company: "",
      country: "DE",
      locale: "en",
      password: "another-pass-2026",
      passwordConfirm: "another-pass-2026",
    });
    expect(answer).toEqual({ ok: true });
    await processAccountLinkRequests();
    expect(await verificationMails(user.email)).toHaveLength(1);
  });
});
