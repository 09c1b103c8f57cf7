// Applies one state-machine event to an inquiry inside a transaction: the UPDATE
// is conditional on the status just read, so two people acting at once cannot
// both move it from the same state; the event row records who, when and why.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextStatus, type InquiryEvent, type InquiryStatus } from "@/lib/inquiry-state";
import type { CurrentUser } from "@/lib/session";
import { syncInquiryClock } from "./service-clocks";

export class InquiryConflictError extends Error {
  constructor(readonly reason: "notAllowed" | "conflict") {
    super(reason);
  }
}

export async function applyInquiryEvent(
  tx: Prisma.TransactionClient,
  inquiry: { id: string; status: InquiryStatus },
  event: InquiryEvent,
  actor: CurrentUser,
  reason?: string,
): Promise<InquiryStatus> {
  const to = nextStatus(inquiry.status, event, actor.role);
  if (!to) throw new InquiryConflictError("notAllowed");
  const { count } = await tx.inquiry.updateMany({
    where: { id: inquiry.id, status: inquiry.status },
    data: { status: to, ...(event === "staffReply" || event === "investorReply" ? { lastMessageAt: new Date() } : {}) },
  });
  if (count !== 1) throw new InquiryConflictError("conflict");
  await syncInquiryClock(tx, inquiry.id, to);
  if (to !== inquiry.status) {
    await tx.inquiryEvent.create({
      data: { inquiryId: inquiry.id, actorId: actor.id, fromStatus: inquiry.status, toStatus: to, reason: reason || null },
    });
  }
  return to;
}
