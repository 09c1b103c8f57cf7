// One investor as staff see them: who they are, every inquiry they sent and
// every proposal they submitted (drafts stay private, as in the pipeline).
// Reached from the investor's name in the inbox and the pipeline.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, can } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";

export async function getInvestorHistory(actor: CurrentUser, investorId: string) {
  assertCan(actor.role, "inquiry:triage");
  const investor = await db.user.findFirst({
    where: { id: investorId, role: "INVESTOR" },
    select: {
      id: true,
      name: true,
      email: true,
      company: true,
      country: true,
      locale: true,
      createdAt: true,
      inquiries: {
        orderBy: { createdAt: "desc" },
        select: { id: true, subject: true, topic: true, status: true, createdAt: true, assignee: { select: { name: true } } },
      },
    },
  });
  if (!investor) return null;
  const proposals = can(actor.role, "proposal:review")
    ? await db.proposal.findMany({
        where: { investorId, status: { not: "DRAFT" } },
        orderBy: { submittedAt: "desc" },
        select: { id: true, title: true, status: true, submittedAt: true, totalInvestmentUsd: true },
      })
    : null;
  return { ...investor, proposals };
}
