// Accounts on real PostgreSQL: registration makes an INVESTOR and queues the
// verification mail in the same transaction; links are single-use and expire;
// a reset request says nothing about unknown addresses; a reset ends sessions.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerInvestor, requestPasswordReset, resetPassword, verifyEmail } from "@/lib/data/accounts";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { removeTestUsers, testTag } from "@/lib/testing/users";
import { code } from "@/lib/testing/outcome";

const tag = testTag();
afterAll(() => removeTestUsers(tag));

const tokenIn = (text: string) => /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

async function register(label: string) {
  const email = `${label}@${tag}.test`;
  await registerInvestor({ email, password: "good-password-1", name: "Olga", company: "", country: "BY", locale: "ru" });
  return email;
}

describe("registration and verification", () => {
  it("creates an unverified INVESTOR with an argon2id hash and a Russian verification mail", async () => {
    const email = await register("new");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "INVESTOR", emailVerifiedAt: null, locale: "ru" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "good-password-1")).toBe(true);
    expect(await verifyPassword(user.passwordHash, "good-password-2")).toBe(false);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.subject).toBe("Подтвердите адрес электронной почты");
    expect(mail.text).toContain("/ru/verify-email?token=");
  });

  it("a second registration of the address creates nothing and queues nothing", async () => {
    const email = await register("twice");
    expect(code(await registerInvestor({ email, password: "other-password-2", name: "X", company: "", country: "BY", locale: "en" }))).toBe(
      "exists",
    );
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { toAddress: email } })).toBe(1);
  });

  it("the verification link works once", async () => {
    const email = await register("verify");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: email } });
    expect(code(await verifyEmail(tokenIn(mail.text)))).toBe("ok");
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
    expect(code(await verifyEmail(tokenIn(mail.text)))).toBe("linkInvalid");
    expect(code(await verifyEmail("garbage"))).toBe("linkInvalid");
  });

  it("a token expires and only works for its kind", async () => {
    const email = await register("expire");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const raw = await issueToken(db, user.id, "VERIFY_EMAIL");
    expect(await consumeToken(db, "RESET_PASSWORD", raw)).toBeNull();
    expect(await consumeToken(db, "VERIFY_EMAIL", raw, new Date(Date.now() + 49 * 3600_000))).toBeNull();
    expect(await consumeToken(db, "VERIFY_EMAIL", raw)).toBe(user.id);
  });
});

describe("password reset", () => {
  it("an unknown address gets no mail (and the caller learns nothing)", async () => {
    await expect(requestPasswordReset(`nobody@${tag}.test`)).resolves.toBeUndefined();
    expect(await db.outboxMessage.count({ where: { toAddress: `nobody@${tag}.test` } })).toBe(0);
  });

  it("the link sets a new password once and ends existing sessions", async () => {
    const email = await register("reset");
    const before = await db.user.findUniqueOrThrow({ where: { email } });
    await requestPasswordReset(email);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: email, subject: "Сброс пароля" } });
    expect(code(await resetPassword(tokenIn(mail.text), "brand-new-pass-3"))).toBe("ok");
    expect(code(await resetPassword(tokenIn(mail.text), "another-pass-4"))).toBe("linkInvalid");
    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "brand-new-pass-3")).toBe(true);
  });
});
