// Accounts: registration, e-mail verification, password reset and change, profile.
// Every mail is queued in the transaction that makes the change (lib/mail/outbox).
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword, NO_PASSWORD, verifyPassword } from "@/lib/auth/password";
import { isEasilyGuessed } from "@/lib/auth/password-strength";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import { hitLimit } from "@/lib/rate-limit";
import type { Locale } from "@/lib/i18n/routing";
import type { CurrentUser } from "@/lib/session";
import type { ProfileInput } from "@/lib/validations/account";
import { ok, refuse, type Outcome } from "./result";

type Registration = { email: string; password: string; name: string; company: string; country: string; locale: Locale };

function link(locale: Locale, path: string, token: string) {
  return portalUrl(locale, `${path}?token=${encodeURIComponent(token)}`);
}

/**
 * Creates an INVESTOR (never any other role) and queues the verification mail.
 * An address already registered gets no second account; the form shows the same
 * "check your mail" answer either way, so it does not reveal who has an account.
 */
export async function registerInvestor(input: Registration): Promise<Outcome<"exists" | "commonPassword">> {
  if (isEasilyGuessed(input.password, [input.email, input.name])) return refuse("commonPassword");
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          company: input.company || null,
          country: input.country,
          locale: input.locale,
          passwordHash,
          role: "INVESTOR",
        },
        select: { id: true },
      });
      const token = await issueToken(tx, user.id, "VERIFY_EMAIL");
      await enqueueMail(tx, input.email, input.locale, {
        kind: "verifyEmail",
        name: input.name,
        link: link(input.locale, "/verify-email", token),
      });
    });
    return ok();
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("exists");
    throw error;
  }
}

export async function verifyEmail(token: string): Promise<Outcome<"linkInvalid">> {
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, "VERIFY_EMAIL", token);
    if (!userId) return refuse("linkInvalid");
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    return ok();
  });
}

/** Queues a reset link when the address has an active account; says nothing either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  await db.$transaction((tx) => sendResetLinkIfAccount(tx, email));
}

/** Inside the caller's transaction: a reset link for an active account, nothing otherwise. */
export async function sendResetLinkIfAccount(tx: Prisma.TransactionClient, email: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, active: true } });
  if (!user || !user.active) return;
  const token = await issueToken(tx, user.id, "RESET_PASSWORD");
  await enqueueMail(tx, email, user.locale, {
    kind: "resetPassword",
    name: user.name,
    link: link(user.locale, "/reset-password", token),
  });
}

/**
 * Inside the caller's transaction: a new confirmation link for an active account
 * whose address is not confirmed yet (the old link stops working); nothing otherwise.
 * A few per address per hour at most, however many client addresses ask: nobody
 * can flood someone's inbox through the form.
 */
export async function sendVerificationLinkIfUnconfirmed(tx: Prisma.TransactionClient, email: string): Promise<void> {
  const user = await tx.user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true, active: true, emailVerifiedAt: true, role: true, passwordHash: true },
  });
  if (!user || !user.active) return;
  // A contact-form guest registering: the address is confirmed, the account has
  // no password yet; a link to choose one proves the address again.
  if (isGuest(user)) return sendSetPasswordLink(tx, { ...user, email });
  if (user.emailVerifiedAt) return;
  if (!(await hitLimit("verificationLinksPerAccount", user.id)).allowed) return;
  const token = await issueToken(tx, user.id, "VERIFY_EMAIL");
  await enqueueMail(tx, email, user.locale, { kind: "verifyEmail", name: user.name, link: link(user.locale, "/verify-email", token) });
}

/** An investor account made by the contact form, whose owner has not chosen a password yet. */
export const isGuest = (user: { role: string; passwordHash: string }) => user.role === "INVESTOR" && user.passwordHash === NO_PASSWORD;

/** Inside the caller's transaction: a link for a guest to choose a password and keep their thread. */
export async function sendSetPasswordLink(tx: Prisma.TransactionClient, user: { id: string; email: string; name: string; locale: Locale }) {
  if (!(await hitLimit("verificationLinksPerAccount", user.id)).allowed) return;
  const token = await issueToken(tx, user.id, "SET_PASSWORD");
  await enqueueMail(tx, user.email, user.locale, {
    kind: "setPassword",
    name: user.name,
    link: link(user.locale, "/reset-password", token),
  });
}

/** Sets a new password from a reset link; ends every session; the address counts as verified. */
export async function resetPassword(token: string, password: string): Promise<Outcome<"linkInvalid" | "commonPassword">> {
  if (isEasilyGuessed(password)) return refuse("commonPassword");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // A reset link, or the link a contact-form guest gets with a staff reply.
    const userId = await consumeToken(tx, ["RESET_PASSWORD", "SET_PASSWORD"], token);
    if (!userId) return refuse("linkInvalid");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: new Date() },
    });
    return ok();
  });
}

/** The signed-in user changes their own password; every session ends, this one too. */
export async function changePassword(
  actor: CurrentUser,
  current: string,
  next: string,
): Promise<Outcome<"wrongPassword" | "commonPassword">> {
  if (isEasilyGuessed(next, [actor.email, actor.name])) return refuse("commonPassword");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, current))) return refuse("wrongPassword");
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(next), sessionVersion: { increment: 1 } },
  });
  return ok();
}

export async function getProfile(actor: CurrentUser) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, company: true, country: true, locale: true },
  });
}

export async function updateProfile(actor: CurrentUser, input: ProfileInput & { country: string }) {
  await db.user.update({
    where: { id: actor.id },
    data: { name: input.name, company: input.company || null, country: input.country, locale: input.locale as Locale },
  });
}

/** Ends every session of the user but the one making the request ("sign out everywhere else"). */
export async function signOutOtherSessions(actor: CurrentUser): Promise<Outcome<never, { ended: number }>> {
  const { count } = await db.session.updateMany({
    where: { userId: actor.id, revokedAt: null, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return ok({ ended: count });
}
