// What an investor's account page opens with: their open inquiries with the last
// message, each proposal with its status (the page says what comes next), and
// the unread notifications. Only the actor's own rows; only investors have any.
import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { NotificationKind } from "./notifications";

export async function getInvestorOverview(actor: CurrentUser) {
  if (!can(actor.role, "inquiry:own") || !can(actor.role, "proposal:own")) return null;
  const [inquiries, proposals, unread] = await Promise.all([
    db.inquiry.findMany({
      where: { investorId: actor.id, status: { not: "CLOSED" } },
      orderBy: { lastMessageAt: "desc" },
      take: 5,
      select: {
        id: true,
        subject: true,
        status: true,
        lastMessageAt: true,
        // Never an internal note: the investor's own messages and staff replies only.
        messages: {
          where: { kind: { in: ["INVESTOR", "STAFF_REPLY"] } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { kind: true, body: true },
        },
      },
    }),
    db.proposal.findMany({
      where: { investorId: actor.id, status: { notIn: ["DECLINED", "WITHDRAWN"] } },
      orderBy: { updatedAt: "desc" },
      take: 5,
      select: { id: true, title: true, status: true, updatedAt: true },
    }),
    db.notification.findMany({
      where: { userId: actor.id, readAt: null },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, kind: true, params: true, href: true, createdAt: true },
    }),
  ]);
  return {
    inquiries: inquiries.map(({ messages, ...i }) => ({ ...i, lastMessage: messages[0] ?? null })),
    proposals,
    unread: unread.map((n) => ({ ...n, kind: n.kind as NotificationKind, params: n.params as Record<string, string> })),
  };
}
