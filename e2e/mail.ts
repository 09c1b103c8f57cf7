// Reads the mail the app really sent, from the project's SMTP catcher.
import { expect } from "@playwright/test";
import { MAIL_WEB_URL } from "../playwright.config";

export type CaughtMail = { to: string[]; subject: string; text: string; html: string };

/** Waits until a message to `to` whose subject matches arrives (the outbox delivers within a second). */
export async function waitForMail(to: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const list = (await (await fetch(`${MAIL_WEB_URL}/api/messages?to=${encodeURIComponent(to)}`)).json()) as CaughtMail[];
        found = list.find((m) => subject.test(m.subject));
        return Boolean(found);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** Every message to `to` whose subject matches, oldest first. */
export async function mailsTo(to: string, subject: RegExp): Promise<CaughtMail[]> {
  const list = (await (await fetch(`${MAIL_WEB_URL}/api/messages?to=${encodeURIComponent(to)}`)).json()) as CaughtMail[];
  return list.filter((m) => subject.test(m.subject));
}

/** Waits until `count` messages to `to` whose subject matches have arrived; returns them, oldest first. */
export async function waitForMails(to: string, subject: RegExp, count: number): Promise<CaughtMail[]> {
  await expect.poll(async () => (await mailsTo(to, subject)).length, { timeout: 20_000 }).toBe(count);
  return mailsTo(to, subject);
}

export function linkIn(mail: CaughtMail): string {
  const match = /https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(mail.text) ?? /https?:\/\/\S+\/inquiries\/\S+/.exec(mail.text);
  if (!match) throw new Error(`no link in mail "${mail.subject}"`);
  return match[0];
}
