"use server";
// Registration: always an INVESTOR; answers the same whether or not the address exists.
import { queueAccountLink } from "@/lib/auth/account-link-queue";
import { registerInvestor } from "@/lib/data/accounts";
import { ok } from "@/lib/data/result";
import { registerSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const registerAction = defineAction(
  { access: "public", input: registerSchema, rateLimit: { name: "registerPerIp", per: "ip" }, fields: { commonPassword: "password" } },
  async ({ input: { email, password, name, company, country, locale } }) => {
    // An existing address gets no second account and no different answer; if it
    // is still unconfirmed, a new confirmation link is queued (sent, rate-limited,
    // by the background job), so registering again is a way out of a lost link.
    const registered = await registerInvestor({ email, password, name, company, country, locale });
    if (!registered.ok && registered.reason === "commonPassword") return registered;
    if (!registered.ok) await queueAccountLink(email, "VERIFY_EMAIL");
    return ok();
  },
);
