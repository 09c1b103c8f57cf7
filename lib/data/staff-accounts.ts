// Staff accounts, for admins: invite by e-mail (a single-use link through the
// outbox), change role, deactivate and reactivate. Deactivating bumps the
// session version, so the person's open sessions stop working at once.
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import { hashPassword, NO_PASSWORD } from "@/lib/auth/password";
import { isEasilyGuessed } from "@/lib/auth/password-strength";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import { assertCan, rolesWith, type Permission, type StaffRole } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { Locale } from "@/lib/i18n/routing";
import { writeAudit } from "./write-audit";
import { ok, refuse, type Outcome } from "./result";

export type StaffResult = Outcome<"exists" | "notFound" | "notAllowed">;

/** Everyone who can enter the back office (staff and admins), by the permission map. */
const backOfficeRoles = () => ({ in: rolesWith("backoffice:enter") });

/**
 * Active people who can take on work that needs `permission` (inquiries or
 * proposals): the assignee lists of the inbox and the pipeline.
 */
export async function listAssignableStaff(actor: CurrentUser, permission: Extract<Permission, "inquiry:triage" | "proposal:review">) {
  assertCan(actor.role, permission);
  return db.user.findMany({
    where: { role: { in: rolesWith(permission) }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function listStaffAccounts(actor: CurrentUser) {
  assertCan(actor.role, "staff:manage");
  return db.user.findMany({
    where: { role: backOfficeRoles() },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, emailVerifiedAt: true, createdAt: true },
  });
}

/** Creates the account (no usable password yet) and e-mails a link to set one. */
export async function inviteStaff(
  actor: CurrentUser,
  input: { email: string; name: string; role: StaffRole; locale: Locale },
): Promise<StaffResult> {
  assertCan(actor.role, "staff:manage");
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        // Nobody can sign in until the invitation is accepted.
        data: { email: input.email, name: input.name, role: input.role, locale: input.locale, passwordHash: NO_PASSWORD },
        select: { id: true },
      });
      const token = await issueToken(tx, user.id, "STAFF_INVITE");
      await enqueueMail(tx, input.email, input.locale, {
        kind: "staffInvite",
        name: input.name,
        inviter: actor.name,
        link: portalUrl(input.locale, `/accept-invite?token=${encodeURIComponent(token)}`),
      });
      await writeAudit(tx, actor, "staff.invite", { type: "User", id: user.id }, null, { email: input.email, role: input.role });
    });
    return ok();
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("exists");
    throw error;
  }
}

/** The invited person sets their password through the e-mailed link. */
export async function acceptInvite(token: string, password: string): Promise<Outcome<"linkInvalid" | "commonPassword">> {
  if (isEasilyGuessed(password)) return refuse("commonPassword");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, "STAFF_INVITE", token);
    if (!userId) return refuse("linkInvalid");
    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: new Date(), sessionVersion: { increment: 1 } } });
    return ok();
  });
}

/** An admin changes another staff member's role (never their own: no locking oneself out). */
export async function changeStaffRole(actor: CurrentUser, userId: string, role: StaffRole): Promise<StaffResult> {
  assertCan(actor.role, "staff:manage");
  if (userId === actor.id) return refuse("notAllowed");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: backOfficeRoles() }, select: { role: true } });
    if (!user) return refuse("notFound");
    // The role travels in the session token: a new session version makes it take effect now.
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, actor, "staff.role", { type: "User", id: userId }, { role: user.role }, { role });
    return ok();
  });
}

/** Deactivates (ending every session at once) or reactivates a staff account. */
export async function setStaffActive(actor: CurrentUser, userId: string, active: boolean): Promise<StaffResult> {
  assertCan(actor.role, "staff:manage");
  if (userId === actor.id) return refuse("notAllowed");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: backOfficeRoles() }, select: { active: true } });
    if (!user) return refuse("notFound");
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await writeAudit(
      tx,
      actor,
      active ? "staff.reactivate" : "staff.deactivate",
      { type: "User", id: userId },
      { active: user.active },
      { active },
    );
    return ok();
  });
}
