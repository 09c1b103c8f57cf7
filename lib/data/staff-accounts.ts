// Staff accounts, for admins: invite by e-mail (a single-use link through the
// outbox), change role, deactivate and reactivate. Deactivating bumps the
// session version, so the person's open sessions stop working at once.
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import { assertCan, type Role } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { Locale } from "@/lib/i18n/routing";
import { writeAudit } from "./audit";

export type StaffResult = "ok" | "exists" | "notFound" | "notAllowed";

export async function listStaffAccounts(actor: CurrentUser) {
  assertCan(actor.role, "staff:manage");
  return db.user.findMany({
    where: { role: { in: ["STAFF", "ADMIN"] } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, emailVerifiedAt: true, createdAt: true },
  });
}

/** Creates the account (no usable password yet) and e-mails a link to set one. */
export async function inviteStaff(actor: CurrentUser, input: { email: string; name: string; role: "STAFF" | "ADMIN"; locale: Locale }): Promise<StaffResult> {
  assertCan(actor.role, "staff:manage");
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        // "!" is no argon2 hash: nobody can sign in until the invitation is accepted.
        data: { email: input.email, name: input.name, role: input.role, locale: input.locale, passwordHash: "!" },
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
    return "ok";
  } catch (error) {
    if (isUniqueViolation(error)) return "exists";
    throw error;
  }
}

/** The invited person sets their password through the e-mailed link. */
export async function acceptInvite(token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, "STAFF_INVITE", token);
    if (!userId) return false;
    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: new Date(), sessionVersion: { increment: 1 } } });
    return true;
  });
}

/** An admin changes another staff member's role (never their own: no locking oneself out). */
export async function changeStaffRole(actor: CurrentUser, userId: string, role: Extract<Role, "STAFF" | "ADMIN">): Promise<StaffResult> {
  assertCan(actor.role, "staff:manage");
  if (userId === actor.id) return "notAllowed";
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: { in: ["STAFF", "ADMIN"] } }, select: { role: true } });
    if (!user) return "notFound";
    // The role travels in the session token: a new session version makes it take effect now.
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, actor, "staff.role", { type: "User", id: userId }, { role: user.role }, { role });
    return "ok";
  });
}

/** Deactivates (ending every session at once) or reactivates a staff account. */
export async function setStaffActive(actor: CurrentUser, userId: string, active: boolean): Promise<StaffResult> {
  assertCan(actor.role, "staff:manage");
  if (userId === actor.id) return "notAllowed";
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: { in: ["STAFF", "ADMIN"] } }, select: { active: true } });
    if (!user) return "notFound";
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, actor, active ? "staff.reactivate" : "staff.deactivate", { type: "User", id: userId }, { active: user.active }, { active });
    return "ok";
  });
}
