"use server";
// Asks for a reset link; the answer never says whether the address has an account,
// not even by how long it takes: the look-up, the token and the e-mail happen
// after the response has gone (next/server `after`), so both cases answer alike.
import { after } from "next/server";
import { requestPasswordReset } from "@/lib/data/accounts";
import { ok } from "@/lib/data/result";
import { forgotPasswordSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const forgotPasswordAction = defineAction(
  { access: "public", input: forgotPasswordSchema, rateLimit: { name: "passwordResetPerIp", per: "ip" } },
  async ({ input }) => {
    after(() => requestPasswordReset(input.email));
    return ok();
  },
);
