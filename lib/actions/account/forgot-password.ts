"use server";
// Asks for a reset link; the answer never says whether the address has an account,
// not even by how long it takes: the address is only queued here, and a background
// job sends the link (lib/auth/password-reset-queue.ts).
import { queuePasswordReset } from "@/lib/auth/password-reset-queue";
import { ok } from "@/lib/data/result";
import { forgotPasswordSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const forgotPasswordAction = defineAction(
  { access: "public", input: forgotPasswordSchema, rateLimit: { name: "passwordResetPerIp", per: "ip" } },
  async ({ input }) => {
    await queuePasswordReset(input.email);
    return ok();
  },
);
