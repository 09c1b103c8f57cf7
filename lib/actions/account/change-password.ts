"use server";
// The signed-in user changes their password; all their sessions end.
import { changePassword } from "@/lib/data/accounts";
import { changePasswordSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

export const changePasswordAction = defineAction(
  { access: "signedIn", input: changePasswordSchema, fields: { wrongPassword: "currentPassword", commonPassword: "password" } },
  ({ user, input }) => changePassword(user, input.currentPassword, input.password),
);
