"use server";
// The public contact form: anyone may write, without an account. Limited per
// client address (the boundary) and per e-mail address (here, before anything is
// stored), since every message mails a confirmation link to that address.
import { submitGuestContact } from "@/lib/data/guest-contacts";
import { ok, refuse } from "@/lib/data/result";
import { hitLimit } from "@/lib/rate-limit";
import { guestContactSchema } from "@/lib/validations/inquiry";
import { defineAction } from "@/lib/actions/define-action";

export const sendGuestContactAction = defineAction(
  { access: "public", input: guestContactSchema, rateLimit: { name: "guestContactPerIp", per: "ip" } },
  async ({ input }) => {
    // The honeypot was filled in: a robot. It gets the same answer and nothing is kept or sent.
    if (input.website) return ok();
    if (!(await hitLimit("guestContactPerEmail", input.email)).allowed) return refuse("rateLimited");
    await submitGuestContact(input);
    return ok();
  },
);
