"use server";
// "Send a new link" for an account whose address is not confirmed yet. Like
// "forgot password", the answer is the same for every address: it is only
// queued here, and a background job sends the link (lib/auth/account-link-queue.ts).
import { queueAccountLink } from "@/lib/auth/account-link-queue";
import { ok } from "@/lib/data/result";
import { accountLinkSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const resendVerificationAction = defineAction(
  { access: "public", input: accountLinkSchema, rateLimit: { name: "verificationLinkPerIp", per: "ip" } },
  async ({ input }) => {
    await queueAccountLink(input.email, "VERIFY_EMAIL");
    return ok();
  },
);
