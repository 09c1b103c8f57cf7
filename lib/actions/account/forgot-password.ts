"use server";
// Asks for a reset link; the answer never says whether the address has an account.
import { requestPasswordReset } from "@/lib/data/accounts";
import { hitLimit } from "@/lib/rate-limit";
import { forgotPasswordSchema } from "@/lib/validations/account";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { requestIp } from "@/lib/actions/request-ip";

export async function forgotPasswordAction(input: unknown): Promise<ActionResult> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await hitLimit("passwordResetPerIp", await requestIp())).allowed) return fail("rateLimited");
  await requestPasswordReset(parsed.data.email);
  return { ok: true };
}
