// Queues an e-mail in the caller's transaction: if the change that causes the
// mail commits, the mail is on record; if it rolls back, no mail exists.
import "server-only";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { renderMail, type MailTemplate } from "./templates";

export async function enqueueMail(tx: Prisma.TransactionClient, to: string, locale: Locale, template: MailTemplate) {
  const mail = renderMail(locale, template);
  await tx.outboxMessage.create({ data: { toAddress: to, ...mail } });
}

/** An absolute link into the portal for an e-mail (`path` after the locale, starting with "/"). */
export function portalUrl(locale: string, path: string) {
  return `${env.SITE_URL}/${locale}${path}`;
}
