// In-app notifications: written with the change that causes them, read by their
// owner only.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/session";

export type NotificationKind = "inquiryReply" | "inquiryStatus" | "inquiryAssigned" | "inquiryInvestorReply" | "proposalStatus";

export async function notify(
  tx: Prisma.TransactionClient,
  userId: string,
  kind: NotificationKind,
  params: Record<string, string>,
  href: string,
) {
  await tx.notification.create({ data: { userId, kind, params, href } });
}

export async function unreadCount(actor: CurrentUser) {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function listNotifications(actor: CurrentUser, take = 50) {
  const rows = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, params: true, href: true, readAt: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, kind: r.kind as NotificationKind, params: r.params as Record<string, string> }));
}

/** Marks the given notifications (or all) read; only the actor's own are touched. */
export async function markNotificationsRead(actor: CurrentUser, ids: string[] | "all") {
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
}
