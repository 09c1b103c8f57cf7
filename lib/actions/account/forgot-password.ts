"use server";
// Asks for a reset link; the answer never says whether the address has an account,
// not even by how long it takes: the address is only queued here, and a background
// job sends the link (lib/auth/account-link-queue.ts).
import { queueAccountLink } from "@/lib/auth/account-link-queue";
import { ok } from "@/lib/data/result";
import { accountLinkSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const forgotPasswordAction = defineAction(
  { access: "public", input: accountLinkSchema, rateLimit: { name: "passwordResetPerIp", per: "ip" } },
  async ({ input }) => {
    await queueAccountLink(input.email, "RESET_PASSWORD");
    return ok();
  },
);
