// The contact form without an account (issue 15): a message waits until its
// sender opens the e-mailed link, then lands once in the staff inbox as a
// contact-form inquiry; a staff reply reaches the guest by e-mail with a link to
// choose a password and keep the thread; robots (the honeypot) and floods (per
// client address, per e-mail address) are turned away.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/session", () => ({ getCurrentUser: async () => null }));
// The client address the form's requests come from; a test may move to another.
const client = vi.hoisted(() => ({ address: `198.51.100.${Math.floor(Math.random() * 200) + 20}`, used: [] as string[] }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": client.address }) }));
const newClientAddress = () => {
  client.used.push(client.address);
  client.address = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
};

import { db } from "@/lib/db";
import { sendGuestContactAction } from "@/lib/actions/inquiries/send-guest-contact";
import { confirmGuestContact, GUEST_CONTACT_TTL_MS } from "@/lib/data/guest-contacts";
import { replyAsStaff } from "@/lib/data/inquiry-inbox";
import { resetPassword } from "@/lib/data/accounts";
import { registerAction } from "@/lib/actions/account/register";
import { processAccountLinkRequests } from "@/lib/auth/account-link-queue";
import { verifyPassword } from "@/lib/auth/password";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
afterAll(async () => {
  const addresses = [...client.used, client.address];
  await db.rateLimit.deleteMany({ where: { OR: [...addresses.map((a) => ({ key: { contains: a } })), { key: { contains: tag } }] } });
  await db.guestContact.deleteMany({ where: { email: { endsWith: `@${tag}.test` } } });
  await removeTestUsers(tag);
});

const message = (email: string, extra: object = {}) => ({
  name: "Li Wei",
  company: "Harbin Components",
  email,
  topic: "LAND_PREMISES" as const,
  subject: "Plot near the rail terminal",
  message: "We need about 3 ha with a rail siding.",
  contactLocale: "zh" as const,
  website: "",
  ...extra,
});
const mailsTo = (email: string) => db.outboxMessage.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
const linkToken = (text: string, path: string) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(text)?.[1];

describe("the contact form", () => {
  it("holds a message until the address is confirmed, then makes one contact-form inquiry", async () => {
    const email = `guest-1@${tag}.test`;
    expect(await sendGuestContactAction(message(email))).toEqual({ ok: true });
    expect(await db.inquiry.count({ where: { investor: { email } } })).toBe(0);
    const [mail] = await mailsTo(email);
    // In the language the sender chose, with the link to /zh/contacts/confirm.
    expect(mail.subject).toContain("请确认");
    const token = linkToken(mail.text, "/zh/contacts/confirm")!;
    expect(token).toBeTruthy();

    expect(await confirmGuestContact(token)).toEqual({ ok: true });
    expect(await confirmGuestContact(token)).toEqual({ ok: true }); // a second click delivers nothing new
    const inquiries = await db.inquiry.findMany({
      where: { investor: { email } },
      include: { messages: true, investor: true },
    });
    expect(inquiries).toHaveLength(1);
    expect(inquiries[0]).toMatchObject({ source: "CONTACT_FORM", status: "NEW", topic: "LAND_PREMISES", contactLocale: "zh" });
    expect(inquiries[0].messages.map((m) => m.body)).toEqual(["We need about 3 ha with a rail siding."]);
    // A guest: an investor whose address is confirmed and who cannot sign in yet.
    expect(inquiries[0].investor).toMatchObject({ role: "INVESTOR", name: "Li Wei", company: "Harbin Components", locale: "zh" });
    expect(inquiries[0].investor.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(inquiries[0].investor.passwordHash, "")).toBe(false);
  });

  it("refuses a link that is unknown, malformed or expired", async () => {
    expect(await confirmGuestContact("x".repeat(43))).toEqual({ ok: false, reason: "linkInvalid" });
    expect(await confirmGuestContact("short")).toEqual({ ok: false, reason: "linkInvalid" });
    const email = `guest-late@${tag}.test`;
    await sendGuestContactAction(message(email));
    const token = linkToken((await mailsTo(email))[0].text, "/zh/contacts/confirm")!;
    const later = new Date(Date.now() + GUEST_CONTACT_TTL_MS + 60_000);
    expect(await confirmGuestContact(token, later)).toEqual({ ok: false, reason: "linkInvalid" });
    expect(await db.inquiry.count({ where: { investor: { email } } })).toBe(0);
  });

  it("files the message under the existing account of a registered address", async () => {
    const investor = await createTestUser("INVESTOR", tag, "registered");
    await sendGuestContactAction(message(investor.email, { contactLocale: "en" }));
    const token = linkToken((await mailsTo(investor.email))[0].text, "/en/contacts/confirm")!;
    expect(await confirmGuestContact(token)).toEqual({ ok: true });
    expect(await db.user.count({ where: { email: investor.email } })).toBe(1);
    expect(await db.inquiry.count({ where: { investorId: investor.id, source: "CONTACT_FORM" } })).toBe(1);
  });

  it("mails a staff reply to a guest with the reply and a link to choose a password", async () => {
    const email = `guest-2@${tag}.test`;
    await sendGuestContactAction(message(email, { contactLocale: "ru" }));
    await confirmGuestContact(linkToken((await mailsTo(email))[0].text, "/ru/contacts/confirm")!);
    const inquiry = await db.inquiry.findFirstOrThrow({ where: { investor: { email } } });
    const staff = await createTestUser("STAFF", tag);
    expect(await replyAsStaff(staff, inquiry.id, "Участки с железнодорожной веткой есть во второй очереди.", crypto.randomUUID())).toEqual({
      ok: true,
    });
    const reply = (await mailsTo(email)).at(-1)!;
    expect(reply.subject).toContain("Ответ парка");
    expect(reply.text).toContain("Участки с железнодорожной веткой есть во второй очереди.");
    const token = linkToken(reply.text, "/ru/reset-password")!;
    expect(await resetPassword(token, "harbin-rail-2026")).toEqual({ ok: true });
    const guest = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(guest.passwordHash, "harbin-rail-2026")).toBe(true);
  });

  it("answers a guest who registers with a link to choose a password, not a second account", async () => {
    const email = `guest-3@${tag}.test`;
    await sendGuestContactAction(message(email, { contactLocale: "en" }));
    await confirmGuestContact(linkToken((await mailsTo(email))[0].text, "/en/contacts/confirm")!);
    const registered = await registerAction({
      email,
      password: "someone-else-2026",
      passwordConfirm: "someone-else-2026",
      name: "Li Wei",
      company: "",
      country: "CN",
      locale: "en",
    });
    expect(registered).toEqual({ ok: true });
    await processAccountLinkRequests();
    const mail = (await mailsTo(email)).at(-1)!;
    expect(mail.subject).toBe("Choose a password for your investor portal account");
    // The password typed into the form was not set: only the link's owner chooses it.
    const guest = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(guest.passwordHash, "someone-else-2026")).toBe(false);
    expect(await resetPassword(linkToken(mail.text, "/en/reset-password")!, "li-wei-chosen-2026")).toEqual({ ok: true });
  });

  it("keeps nothing from a robot that fills in the honeypot, and answers it the same", async () => {
    newClientAddress();
    const email = `robot@${tag}.test`;
    expect(await sendGuestContactAction(message(email, { website: "http://spam.example/" }))).toEqual({ ok: true });
    expect(await db.guestContact.count({ where: { email } })).toBe(0);
    expect(await mailsTo(email)).toEqual([]);
  });

  it("refuses bad input field by field", async () => {
    const result = await sendGuestContactAction(message("not-an-address", { name: "", subject: "x", contactLocale: "fr" as "zh" }));
    expect(result).toMatchObject({ ok: false, formError: "invalid" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual(["contactLocale", "email", "name", "subject"]);
  });

  it("takes at most five messages an hour from one client address", async () => {
    newClientAddress();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await sendGuestContactAction(message(`sender-${i}@${tag}.test`)));
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, true, true, false]);
    expect(answers[5]).toEqual({ ok: false, formError: "rateLimited" });
  });

  it("sends at most three confirmation links an hour to one address, from any client address", async () => {
    const email = `flooded@${tag}.test`;
    const answers = [];
    for (let i = 0; i < 4; i++) {
      newClientAddress();
      answers.push(await sendGuestContactAction(message(email)));
    }
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, false]);
    expect(answers[3]).toEqual({ ok: false, formError: "rateLimited" });
    expect(await mailsTo(email)).toHaveLength(3);
  });
});
