"use server";
// Sets a new password from an e-mailed link (single use, expires after an hour).
import { resetPassword } from "@/lib/data/accounts";
import { tokenPasswordSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const resetPasswordAction = defineAction(
  {
    access: "public",
    input: tokenPasswordSchema,
    rateLimit: { name: "passwordResetPerIp", per: "ip" },
    fields: { commonPassword: "password" },
  },
  ({ input }) => resetPassword(input.token, input.password),
);
