// Common passwords are refused wherever a password is set (registration, reset,
// change, staff invitation), with the reason next to the password field.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/session", () => ({ getCurrentUser: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": "192.0.2.77" }) }));

import { db } from "@/lib/db";
import { registerAction } from "@/lib/actions/account/register";
import { changePassword, resetPassword } from "@/lib/data/accounts";
import { acceptInvite } from "@/lib/data/staff-accounts";
import { isEasilyGuessed } from "@/lib/auth/password-strength";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import { code } from "@/lib/testing/outcome";

const tag = testTag();
afterAll(() => removeTestUsers(tag));

describe("common passwords", () => {
  it.each(["password12", "qwerty1234", "Password1!", "iloveyou12", "letmein2024"])("%s is easily guessed", (p) =>
    expect(isEasilyGuessed(p)).toBe(true),
  );
  it.each(["anna-secret-2026", "correct horse battery 9", "Minsk2026abc"])("%s is not", (p) => expect(isEasilyGuessed(p)).toBe(false));
  it("registration refuses one next to the password field, and creates nothing", async () => {
    const email = `weak@${tag}.test`;
    const r = await registerAction({
      email,
      password: "Password1!",
      passwordConfirm: "Password1!",
      name: "Weak",
      company: "",
      country: "BY",
      locale: "en",
    });
    expect(r).toEqual({ ok: false, fieldErrors: { password: "commonPassword" }, formError: "invalid" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("reset, change and invitation refuse one too, before using the link", async () => {
    const user = await createTestUser("INVESTOR", tag);
    expect(code(await resetPassword("any-token", "qwerty1234"))).toBe("commonPassword");
    expect(code(await acceptInvite("any-token", "qwerty1234"))).toBe("commonPassword");
    expect(code(await changePassword(user, "unused", "password12"))).toBe("commonPassword");
  });
});
