"use server";
// Admin actions on staff accounts, and the invited person's password.
import { revalidatePath } from "next/cache";
import { acceptInvite, changeStaffRole, inviteStaff, setStaffActive, type StaffResult } from "@/lib/data/staff-accounts";
import { hitLimit } from "@/lib/rate-limit";
import { getUserWith } from "@/lib/session";
import { inviteStaffSchema, staffRoleSchema } from "@/lib/validations/staff";
import { tokenPasswordSchema } from "@/lib/validations/account";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { requestIp } from "@/lib/actions/request-ip";

function outcome(result: StaffResult): ActionResult {
  revalidatePath("/[locale]/staff/accounts", "page");
  if (result === "exists") return { ok: false, fieldErrors: { email: "exists" }, formError: "invalid" };
  return result === "ok" ? { ok: true } : fail(result);
}

export async function inviteStaffAction(input: unknown): Promise<ActionResult> {
  const user = await getUserWith("staff:manage");
  if (!user) return fail("forbidden");
  const parsed = inviteStaffSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return outcome(await inviteStaff(user, parsed.data));
}

export async function changeStaffRoleAction(userId: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("staff:manage");
  if (!user) return fail("forbidden");
  const parsed = staffRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return outcome(await changeStaffRole(user, String(userId), parsed.data.role));
}

export async function setStaffActiveAction(userId: string, active: boolean): Promise<ActionResult> {
  const user = await getUserWith("staff:manage");
  if (!user) return fail("forbidden");
  return outcome(await setStaffActive(user, String(userId), Boolean(active)));
}

/** The invitation link's form: the token is the authorization. */
export async function acceptInviteAction(input: unknown): Promise<ActionResult> {
  const parsed = tokenPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await hitLimit("passwordResetPerIp", await requestIp())).allowed) return fail("rateLimited");
  return (await acceptInvite(parsed.data.token, parsed.data.password)) ? { ok: true } : fail("linkInvalid");
}
