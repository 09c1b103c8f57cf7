"use server";
// The signed-in user changes their password; all their sessions end.
import { changePassword } from "@/lib/data/accounts";
import { getCurrentUser } from "@/lib/session";
import { changePasswordSchema } from "@/lib/validations/account";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return fail("signedOut");
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await changePassword(user, parsed.data.currentPassword, parsed.data.password);
  return result === "changed" ? { ok: true } : { ok: false, fieldErrors: { currentPassword: "wrongPassword" } };
}
