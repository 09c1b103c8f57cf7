// An investor's own inquiries. Every query is scoped by investorId = the actor, so
// another investor's inquiry is simply not found; internal notes are excluded
// from every read here.
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { InquiryInput } from "@/lib/validations/inquiry";
import { applyInquiryEvent, InquiryConflictError } from "./inquiry-transitions";
import { notify } from "./notifications";
import { ok, refuse, type Outcome } from "./result";
import { syncInquiryClock } from "./service-clocks";
import { clockSelect } from "./service-clocks";

const PUBLIC_MESSAGE_KINDS = ["INVESTOR", "STAFF_REPLY"] as const;

/** Creates the inquiry with its first message; a repeated submit of one form returns the same id. */
export async function createInquiry(actor: CurrentUser, input: InquiryInput): Promise<string> {
  assertCan(actor.role, "inquiry:own");
  try {
    return await db.$transaction(async (tx) => {
      const inquiry = await tx.inquiry.create({
        data: {
          investorId: actor.id,
          clientKey: input.clientKey,
          topic: input.topic,
          subject: input.subject,
          contactLocale: input.contactLocale || null,
          messages: { create: { authorId: actor.id, kind: "INVESTOR", body: input.message, clientKey: input.clientKey } },
          events: { create: { actorId: actor.id, toStatus: "NEW" } },
        },
        select: { id: true },
      });
      await syncInquiryClock(tx, inquiry.id, "NEW");
      await acknowledge(tx, actor, input.subject, inquiry.id);
      return inquiry.id;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.inquiry.findUniqueOrThrow({
      where: { investorId_clientKey: { investorId: actor.id, clientKey: input.clientKey } },
      select: { id: true },
    });
    return existing.id;
  }
}

/** Tells the investor, by e-mail, that the inquiry is in and by when it will be answered. */
async function acknowledge(tx: Prisma.TransactionClient, actor: CurrentUser, subject: string, id: string) {
  const clock = await tx.serviceClock.findUnique({ where: { inquiryId: id } });
  if (!clock?.dueAt) return;
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, name: true, locale: true } });
  await enqueueMail(tx, user.email, user.locale, {
    kind: "inquiryReceived",
    name: user.name,
    subject,
    dueAt: clock.dueAt,
    targetDays: clock.targetDays,
    statutory: clock.statutoryDays !== null && clock.statutoryDueAt ? { days: clock.statutoryDays, dueAt: clock.statutoryDueAt } : null,
    link: portalUrl(user.locale, `/account/inquiries/${id}`),
  });
}

export async function listMyInquiries(actor: CurrentUser) {
  assertCan(actor.role, "inquiry:own");
  return db.inquiry.findMany({
    where: { investorId: actor.id },
    orderBy: { lastMessageAt: "desc" },
    select: { id: true, subject: true, topic: true, status: true, createdAt: true, lastMessageAt: true },
  });
}

/** The thread as the investor sees it: their messages and staff replies, never notes. */
export async function getMyInquiry(actor: CurrentUser, id: string) {
  assertCan(actor.role, "inquiry:own");
  return db.inquiry.findFirst({
    where: { id, investorId: actor.id },
    select: {
      id: true,
      subject: true,
      topic: true,
      status: true,
      createdAt: true,
      clock: { select: clockSelect },
      messages: {
        where: { kind: { in: [...PUBLIC_MESSAGE_KINDS] } },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
}

/** What a write on an inquiry thread can come to. */
export type ThreadResult = Outcome<"notFound" | "notAllowed" | "conflict">;

/** The investor writes again; an answered or closed inquiry reopens. Idempotent per clientKey. */
export async function replyAsInvestor(actor: CurrentUser, id: string, body: string, clientKey: string): Promise<ThreadResult> {
  assertCan(actor.role, "inquiry:own");
  try {
    return await db.$transaction(async (tx) => {
      const inquiry = await tx.inquiry.findFirst({
        where: { id, investorId: actor.id },
        select: { id: true, status: true, subject: true, assigneeId: true },
      });
      if (!inquiry) return refuse("notFound");
      await tx.inquiryMessage.create({ data: { inquiryId: id, authorId: actor.id, kind: "INVESTOR", body, clientKey } });
      await applyInquiryEvent(tx, inquiry, "investorReply", actor);
      if (inquiry.assigneeId) {
        await notify(tx, inquiry.assigneeId, "inquiryInvestorReply", { subject: inquiry.subject }, `/staff/inquiries/${id}`);
      }
      return ok();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return ok();
    if (error instanceof InquiryConflictError) return refuse(error.reason);
    throw error;
  }
}

export async function closeAsInvestor(actor: CurrentUser, id: string): Promise<ThreadResult> {
  assertCan(actor.role, "inquiry:own");
  try {
    return await db.$transaction(async (tx) => {
      const inquiry = await tx.inquiry.findFirst({ where: { id, investorId: actor.id }, select: { id: true, status: true } });
      if (!inquiry) return refuse("notFound");
      await applyInquiryEvent(tx, inquiry, "close", actor);
      return ok();
    });
  } catch (error) {
    if (error instanceof InquiryConflictError) return refuse(error.reason);
    throw error;
  }
}
