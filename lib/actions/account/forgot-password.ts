"use server";
// Asks for a reset link; the answer never says whether the address has an account.
import { requestPasswordReset } from "@/lib/data/accounts";
import { ok } from "@/lib/data/result";
import { forgotPasswordSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const forgotPasswordAction = defineAction(
  { access: "public", input: forgotPasswordSchema, rateLimit: { name: "passwordResetPerIp", per: "ip" } },
  async ({ input }) => {
    await requestPasswordReset(input.email);
    return ok();
  },
);
