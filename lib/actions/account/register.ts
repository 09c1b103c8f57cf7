"use server";
// Registration: always an INVESTOR; answers the same whether or not the address exists.
import { registerInvestor } from "@/lib/data/accounts";
import { hitLimit } from "@/lib/rate-limit";
import { registerSchema } from "@/lib/validations/account";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { requestIp } from "@/lib/actions/request-ip";

export async function registerAction(input: unknown): Promise<ActionResult> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await hitLimit("registerPerIp", await requestIp())).allowed) return fail("rateLimited");
  const { email, password, name, company, country, locale } = parsed.data;
  await registerInvestor({ email, password, name, company, country, locale });
  return { ok: true };
}
