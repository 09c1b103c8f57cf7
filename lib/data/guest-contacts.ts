// The public contact form. A message is held as a GuestContact until its sender
// opens the link e-mailed to them; only then does it become an inquiry in the
// staff inbox (source CONTACT_FORM), under the investor account of that address:
// an existing one, or a new one with no password (a guest). Staff replies reach
// a guest by e-mail with a link to choose a password and keep the thread
// (lib/data/inquiry-inbox.ts). Both functions are public: the form is for
// anyone, and the e-mailed token is the authorization to confirm.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { NO_PASSWORD } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import type { GuestContactInput } from "@/lib/validations/inquiry";
import { ok, refuse, type Outcome } from "./result";
import { syncInquiryClock } from "./service-clocks";

export const GUEST_CONTACT_TTL_MS = 48 * 3600_000;

/** Holds the message and queues the confirmation mail, in one transaction. */
export async function submitGuestContact(input: GuestContactInput, now = new Date()): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const locale = input.contactLocale;
  await db.$transaction(async (tx) => {
    await tx.guestContact.create({
      data: {
        name: input.name,
        company: input.company || null,
        email: input.email,
        topic: input.topic,
        subject: input.subject,
        message: input.message,
        locale,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + GUEST_CONTACT_TTL_MS),
      },
    });
    await enqueueMail(tx, input.email, locale, {
      kind: "guestContactConfirm",
      name: input.name,
      subject: input.subject,
      link: portalUrl(locale, `/contacts/confirm?token=${token}`),
    });
  });
}

/**
 * Turns a held message into an inquiry, once: opening the link again (a mail
 * client's preview, a second click) finds it delivered and makes no second one.
 */
export async function confirmGuestContact(token: string, now = new Date()): Promise<Outcome<"linkInvalid">> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return refuse("linkInvalid");
  return db.$transaction(async (tx) => {
    const tokenHash = hashToken(token);
    const { count } = await tx.guestContact.updateMany({
      where: { tokenHash, confirmedAt: null, expiresAt: { gt: now } },
      data: { confirmedAt: now },
    });
    const contact = await tx.guestContact.findUnique({ where: { tokenHash } });
    if (!contact?.confirmedAt) return refuse("linkInvalid");
    if (count === 0) return ok(); // delivered by an earlier click

    const user =
      (await tx.user.findUnique({ where: { email: contact.email }, select: { id: true } })) ??
      (await tx.user.create({
        data: {
          email: contact.email,
          name: contact.name,
          company: contact.company,
          locale: contact.locale,
          role: "INVESTOR",
          passwordHash: NO_PASSWORD,
          // Opening the link proved the address.
          emailVerifiedAt: now,
        },
        select: { id: true },
      }));
    const inquiry = await tx.inquiry.create({
      data: {
        investorId: user.id,
        clientKey: contact.id,
        source: "CONTACT_FORM",
        topic: contact.topic,
        subject: contact.subject,
        contactLocale: contact.locale,
        messages: { create: { authorId: user.id, kind: "INVESTOR", body: contact.message, clientKey: contact.id } },
        events: { create: { actorId: user.id, toStatus: "NEW" } },
      },
      select: { id: true },
    });
    await tx.guestContact.update({ where: { id: contact.id }, data: { inquiryId: inquiry.id } });
    await syncInquiryClock(tx, inquiry.id, "NEW", now);
    return ok();
  });
}

/** Housekeeping: messages never confirmed are dropped a day after their link expired. */
export async function pruneGuestContacts(now = new Date()): Promise<number> {
  const { count } = await db.guestContact.deleteMany({
    where: { confirmedAt: null, expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return count;
}
