// E-mails in the recipient's language: plain text plus a simple HTML version,
// both from the "email" catalog. Rendered when the message is queued, so the
// outbox row is exactly what will be sent.
import { PARK_TIME_ZONE } from "@/lib/minsk-time";
import { CALENDAR_TIME_ZONES, type CalendarCode } from "@/lib/service-clock";
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import zh from "@/lib/i18n/messages/zh.json";
import type { Locale } from "@/lib/i18n/routing";

const CATALOGS = { en, ru, zh } as const;

export type MailTemplate =
  | { kind: "verifyEmail"; name: string; link: string }
  | { kind: "resetPassword"; name: string; link: string }
  | { kind: "inquiryReply"; name: string; subject: string; link: string }
  | { kind: "inquiryStatus"; name: string; subject: string; status: string; link: string }
  | { kind: "inquiryAssigned"; name: string; subject: string; link: string }
  | {
      kind: "proposalStatus";
      name: string;
      subject: string;
      status: string;
      reason: string;
      // The service clock after the change: the Administration's next due date, or the investor's.
      due?: { stage: string; at: Date } | null;
      // On the investor's own calendar, so written in its time zone.
      replyBy?: { at: Date; calendar: CalendarCode } | null;
      link: string;
    }
  | { kind: "staffInvite"; name: string; inviter: string; link: string }
  | { kind: "signInAttempts"; name: string; link: string }
  | { kind: "guestContactConfirm"; name: string; subject: string; link: string }
  | { kind: "guestInquiryReply"; name: string; subject: string; reply: string; link: string }
  | { kind: "setPassword"; name: string; link: string }
  // The service clock's reminders to staff (lib/clock-alerts.ts).
  | { kind: "clockWarning" | "clockBreach"; name: string; subject: string; dueAt: Date; link: string }
  // The acknowledgement of a new inquiry, with the answer's due date and its basis (lib/data/service-clocks.ts).
  | {
      kind: "inquiryReceived";
      name: string;
      subject: string;
      dueAt: Date;
      targetDays: number;
      statutory: { days: number; dueAt: Date } | null;
      link: string;
    };

export type RenderedMail = { subject: string; text: string; html: string };

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function renderMail(locale: Locale, template: MailTemplate): RenderedMail {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "email" });
  const { kind, link, ...rest } = template;
  const status =
    template.kind === "proposalStatus"
      ? t(`proposalStatus.statuses.${template.status}` as "proposalStatus.statuses.SUBMITTED")
      : "status" in template
        ? t(`status.${template.status}` as "status.OPEN")
        : "";
  // Due dates are written in the reader's language, on the park's (Minsk) clock.
  const day = (date: Date, timeZone = PARK_TIME_ZONE) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
  // Only plain values are message arguments (the statutory limit is a line of its own).
  const params: Record<string, string | number | Date> = Object.fromEntries(
    Object.entries({ ...rest, status }).filter(
      (entry): entry is [string, string | number | Date] =>
        typeof entry[1] === "string" || typeof entry[1] === "number" || entry[1] instanceof Date,
    ),
  );
  if ("dueAt" in template) params.due = day(template.dueAt);
  const subject = t(`${kind}.subject`, params);
  const paragraphs = [t("greeting", params), t(`${kind}.body`, params)];
  if (template.kind === "inquiryReceived" && template.statutory)
    paragraphs.push(t("inquiryReceived.statutory", { days: template.statutory.days, date: day(template.statutory.dueAt) }));
  if ("reason" in template && template.reason) paragraphs.push(t("reasonLine", { reason: template.reason }));
  if (template.kind === "proposalStatus" && template.due)
    paragraphs.push(t("proposalStatus.dueLine", { stage: template.due.stage, date: day(template.due.at) }));
  if (template.kind === "proposalStatus" && template.replyBy)
    paragraphs.push(t("proposalStatus.replyByLine", { date: day(template.replyBy.at, CALENDAR_TIME_ZONES[template.replyBy.calendar]) }));
  const action = t(`${kind}.action`);
  // Mail to someone with no account yet says why they get it in its own words.
  const footerKey = `${kind}.footer` as "footer";
  const footer = t.has(footerKey) ? t(footerKey) : t("footer");
  const text = [...paragraphs, `${action}: ${link}`, "--", footer].join("\n\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p><p style="color:#666">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text, html };
}
