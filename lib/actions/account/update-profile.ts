"use server";
// The signed-in user edits their name, company, country and language.
import { updateProfile } from "@/lib/data/accounts";
import { ok } from "@/lib/data/result";
import { profileSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const updateProfileAction = defineAction({ access: "signedIn", input: profileSchema }, async ({ user, input }) => {
  await updateProfile(user, input);
  return ok();
});
