"use server";
// Admin actions on staff accounts, and the invited person's password.
import { revalidatePath } from "next/cache";
import { acceptInvite, changeStaffRole, inviteStaff, setStaffActive } from "@/lib/data/staff-accounts";
import { flag, recordId } from "@/lib/validations/ids";
import { inviteStaffSchema, staffRoleSchema } from "@/lib/validations/staff";
import { tokenPasswordSchema } from "@/lib/validations/account";
import { defineAction } from "@/lib/actions/define-action";

const refresh = () => revalidatePath("/[locale]/staff/accounts", "page");

export const inviteStaffAction = defineAction(
  { access: "staff:manage", input: inviteStaffSchema, fields: { exists: "email" } },
  ({ user, input }) => inviteStaff(user, input),
  { revalidate: refresh },
);

export const changeStaffRoleAction = defineAction(
  { access: "staff:manage", bound: [recordId], input: staffRoleSchema },
  ({ user, bound: [userId], input }) => changeStaffRole(user, userId, input.role),
  { revalidate: refresh },
);

export const setStaffActiveAction = defineAction(
  { access: "staff:manage", bound: [recordId, flag] },
  ({ user, bound: [userId, active] }) => setStaffActive(user, userId, active),
  { revalidate: refresh },
);

/** The invitation link's form: the token is the authorization. */
export const acceptInviteAction = defineAction(
  {
    access: "public",
    input: tokenPasswordSchema,
    rateLimit: { name: "passwordResetPerIp", per: "ip" },
    fields: { commonPassword: "password" },
  },
  ({ input }) => acceptInvite(input.token, input.password),
);
