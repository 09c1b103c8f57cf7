// Shared by the investor's and staff's proposal modules: the form's columns,
// the outcome type, and the notification sent on each status change.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import type { ProposalStatus } from "@/lib/proposal-state";
import { PROPOSAL_FIELDS, type ProposalField } from "@/lib/validations/proposal";
import { notify } from "./notifications";
import type { Outcome } from "./result";

/** What a write on a proposal can come to. */
export type ProposalResult = Outcome<"notFound" | "notAllowed" | "conflict" | "reasonRequired" | "incomplete">;

/** The form's columns, derived from the step schemas (a literal type, so Prisma's result types hold). */
export const formFieldsSelect = Object.fromEntries(PROPOSAL_FIELDS.map((f) => [f, true])) as { [F in ProposalField]: true };

/** Tells the investor, in the app and by e-mail in their language, that the status changed. */
export async function notifyInvestorOfStatus(
  tx: Prisma.TransactionClient,
  proposal: { id: string; title: string; investor: { id: string; email: string; name: string; locale: "en" | "ru" | "zh" } },
  status: ProposalStatus,
  reason: string | null,
) {
  const { investor } = proposal;
  const title = proposal.title || "—";
  // The clock just moved with the status (lib/data/service-clocks.ts): say by when, or by when they are asked to reply.
  const clock = await tx.serviceClock.findUnique({ where: { proposalId: proposal.id } });
  const running = clock && !clock.stoppedAt;
  await notify(tx, investor.id, "proposalStatus", { subject: title, status }, `/account/proposals/${proposal.id}`);
  await enqueueMail(tx, investor.email, investor.locale, {
    kind: "proposalStatus",
    name: investor.name,
    subject: title,
    status,
    reason: reason ?? "",
    due: running && clock.dueAt ? { stage: clock.stage, at: clock.dueAt } : null,
    replyBy:
      running && clock.investorDueAt && clock.investorCalendar ? { at: clock.investorDueAt, calendar: clock.investorCalendar } : null,
    link: portalUrl(investor.locale, `/account/proposals/${proposal.id}`),
  });
}
