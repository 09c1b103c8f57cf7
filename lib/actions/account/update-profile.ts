"use server";
// The signed-in user edits their name, company, country and language.
import { updateProfile } from "@/lib/data/accounts";
import { getCurrentUser } from "@/lib/session";
import { profileSchema } from "@/lib/validations/account";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";

export async function updateProfileAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return fail("signedOut");
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  await updateProfile(user, parsed.data);
  return { ok: true };
}
