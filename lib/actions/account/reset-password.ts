"use server";
// Sets a new password from an e-mailed link (single use, expires after an hour).
import { resetPassword } from "@/lib/data/accounts";
import { hitLimit } from "@/lib/rate-limit";
import { tokenPasswordSchema } from "@/lib/validations/account";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { requestIp } from "@/lib/actions/request-ip";

export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  const parsed = tokenPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await hitLimit("passwordResetPerIp", await requestIp())).allowed) return fail("rateLimited");
  return (await resetPassword(parsed.data.token, parsed.data.password)) ? { ok: true } : fail("linkInvalid");
}
