// The staff inbox: every inquiry, with internal notes, assignment and status.
// Each function checks the actor may triage before it reads or writes anything.
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ManualInquiryEvent } from "@/lib/inquiry-state";
import { assertCan, rolesWith } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { InboxFilter } from "@/lib/validations/inquiry";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import { issueToken } from "@/lib/auth/tokens";
import { isGuest } from "./accounts";
import { applyInquiryEvent, InquiryConflictError } from "./inquiry-transitions";
import { notify } from "./notifications";
import { writeAudit } from "./write-audit";
import type { ThreadResult } from "./inquiries";
import { ok, refuse } from "./result";
import { clockSelect } from "./service-clocks";

const DAY = 86_400_000;

export async function listInbox(actor: CurrentUser, f: InboxFilter, take = 100) {
  assertCan(actor.role, "inquiry:triage");
  const where: Prisma.InquiryWhereInput = {
    status: f.status,
    topic: f.topic,
    assigneeId: f.assignee === "none" ? null : f.assignee,
    OR: f.language ? [{ contactLocale: f.language }, { contactLocale: null, investor: { locale: f.language } }] : undefined,
    createdAt: {
      gte: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
      lt: f.to ? new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY) : undefined,
    },
    AND: f.q
      ? [
          {
            OR: [
              { subject: { contains: f.q, mode: "insensitive" } },
              { investor: { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { company: { contains: f.q, mode: "insensitive" } }] } },
              { messages: { some: { body: { contains: f.q, mode: "insensitive" } } } },
            ],
          },
        ]
      : undefined,
  };
  return db.inquiry.findMany({
    where,
    // By due date (items without a running clock last), else by age.
    orderBy:
      f.sort === "due"
        ? [{ clock: { dueAt: { sort: "asc", nulls: "last" } } }, { createdAt: "asc" }]
        : { createdAt: f.sort === "newest" ? "desc" : "asc" },
    take,
    select: {
      id: true,
      subject: true,
      topic: true,
      status: true,
      createdAt: true,
      lastMessageAt: true,
      contactLocale: true,
      source: true,
      clock: { select: { dueAt: true, pausedAt: true, stoppedAt: true } },
      investor: { select: { id: true, name: true, company: true, locale: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
}

export async function getInquiryForStaff(actor: CurrentUser, id: string) {
  assertCan(actor.role, "inquiry:triage");
  return db.inquiry.findUnique({
    where: { id },
    select: {
      id: true,
      subject: true,
      topic: true,
      status: true,
      contactLocale: true,
      source: true,
      createdAt: true,
      clock: { select: clockSelect },
      investor: { select: { id: true, name: true, email: true, company: true, country: true, locale: true } },
      assignee: { select: { id: true, name: true } },
      messages: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          assigneeId: true,
          reason: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
}

async function inTransaction(work: (tx: Prisma.TransactionClient) => Promise<ThreadResult>): Promise<ThreadResult> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof InquiryConflictError) return refuse(error.reason);
    if (isUniqueViolation(error)) return ok(); // the same form sent twice
    throw error;
  }
}

const inquirySelect = {
  id: true,
  status: true,
  subject: true,
  contactLocale: true,
  investor: { select: { id: true, email: true, name: true, locale: true, role: true, passwordHash: true } },
} as const;

function investorLink(locale: string, id: string) {
  return portalUrl(locale, `/account/inquiries/${id}`);
}

/** Assigns to a staff member (or nobody); taking up a new inquiry opens it. */
export async function assignInquiry(actor: CurrentUser, id: string, assigneeId: string | null): Promise<ThreadResult> {
  assertCan(actor.role, "inquiry:triage");
  return inTransaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({ where: { id }, select: { ...inquirySelect, assigneeId: true } });
    if (!inquiry) return refuse("notFound");
    if (assigneeId) {
      const assignee = await tx.user.findFirst({
        where: { id: assigneeId, role: { in: rolesWith("inquiry:triage") }, active: true },
        select: { id: true, email: true, name: true, locale: true },
      });
      if (!assignee) return refuse("notAllowed");
      await tx.inquiry.update({ where: { id }, data: { assigneeId } });
      await tx.inquiryEvent.create({ data: { inquiryId: id, actorId: actor.id, assigneeId } });
      await writeAudit(tx, actor, "inquiry.assign", { type: "Inquiry", id }, { assigneeId: inquiry.assigneeId }, { assigneeId });
      if (inquiry.status === "NEW") await applyInquiryEvent(tx, inquiry, "open", actor);
      if (assignee.id !== actor.id) {
        await notify(tx, assignee.id, "inquiryAssigned", { subject: inquiry.subject }, `/staff/inquiries/${id}`);
        await enqueueMail(tx, assignee.email, assignee.locale, {
          kind: "inquiryAssigned",
          name: assignee.name,
          subject: inquiry.subject,
          link: portalUrl(assignee.locale, `/staff/inquiries/${id}`),
        });
      }
    } else {
      await tx.inquiry.update({ where: { id }, data: { assigneeId: null } });
      await writeAudit(tx, actor, "inquiry.assign", { type: "Inquiry", id }, { assigneeId: inquiry.assigneeId }, { assigneeId: null });
      await tx.inquiryEvent.create({ data: { inquiryId: id, actorId: actor.id, assigneeId: null, reason: "unassigned" } });
    }
    return ok();
  });
}

/** A reply the investor sees: notified in the app and by e-mail in their language. */
export async function replyAsStaff(actor: CurrentUser, id: string, body: string, clientKey: string): Promise<ThreadResult> {
  assertCan(actor.role, "inquiry:triage");
  return inTransaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({ where: { id }, select: inquirySelect });
    if (!inquiry) return refuse("notFound");
    await tx.inquiryMessage.create({ data: { inquiryId: id, authorId: actor.id, kind: "STAFF_REPLY", body, clientKey } });
    await applyInquiryEvent(tx, inquiry, "staffReply", actor);
    const locale = inquiry.contactLocale ?? inquiry.investor.locale;
    await notify(tx, inquiry.investor.id, "inquiryReply", { subject: inquiry.subject }, `/account/inquiries/${id}`);
    if (isGuest(inquiry.investor)) {
      // A contact-form guest cannot sign in yet: the reply itself goes by mail,
      // with a link to choose a password and find the thread in their account.
      const token = await issueToken(tx, inquiry.investor.id, "SET_PASSWORD");
      await enqueueMail(tx, inquiry.investor.email, locale, {
        kind: "guestInquiryReply",
        name: inquiry.investor.name,
        subject: inquiry.subject,
        reply: body,
        link: portalUrl(locale, `/reset-password?token=${token}`),
      });
    } else
      await enqueueMail(tx, inquiry.investor.email, locale, {
        kind: "inquiryReply",
        name: inquiry.investor.name,
        subject: inquiry.subject,
        link: investorLink(locale, id),
      });
    return ok();
  });
}

/** An internal note: staff only, no status change, no notification to the investor. */
export async function addInternalNote(actor: CurrentUser, id: string, body: string, clientKey: string): Promise<ThreadResult> {
  assertCan(actor.role, "inquiry:triage");
  return inTransaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({ where: { id }, select: { id: true } });
    if (!inquiry) return refuse("notFound");
    await tx.inquiryMessage.create({ data: { inquiryId: id, authorId: actor.id, kind: "INTERNAL_NOTE", body, clientKey } });
    return ok();
  });
}

/** Open, close or reopen by hand, with an optional reason kept in the history. */
export async function changeInquiryStatus(
  actor: CurrentUser,
  id: string,
  event: ManualInquiryEvent,
  reason?: string,
): Promise<ThreadResult> {
  assertCan(actor.role, "inquiry:triage");
  return inTransaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({ where: { id }, select: inquirySelect });
    if (!inquiry) return refuse("notFound");
    const to = await applyInquiryEvent(tx, inquiry, event, actor, reason);
    await writeAudit(
      tx,
      actor,
      `inquiry.${event}`,
      { type: "Inquiry", id },
      { status: inquiry.status },
      { status: to, reason: reason ?? null },
    );
    if (event !== "open") {
      const locale = inquiry.contactLocale ?? inquiry.investor.locale;
      await notify(tx, inquiry.investor.id, "inquiryStatus", { subject: inquiry.subject, status: to }, `/account/inquiries/${id}`);
      await enqueueMail(tx, inquiry.investor.email, locale, {
        kind: "inquiryStatus",
        name: inquiry.investor.name,
        subject: inquiry.subject,
        status: to,
        link: investorLink(locale, id),
      });
    }
    return ok();
  });
}
