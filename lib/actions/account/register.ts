"use server";
// Registration: always an INVESTOR; answers the same whether or not the address exists.
import { registerInvestor } from "@/lib/data/accounts";
import { ok } from "@/lib/data/result";
import { registerSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const registerAction = defineAction(
  { access: "public", input: registerSchema, rateLimit: { name: "registerPerIp", per: "ip" }, fields: { commonPassword: "password" } },
  async ({ input: { email, password, name, company, country, locale } }) => {
    // An existing address gets no second account and no different answer.
    const registered = await registerInvestor({ email, password, name, company, country, locale });
    return !registered.ok && registered.reason === "commonPassword" ? registered : ok();
  },
);
