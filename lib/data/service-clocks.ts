// Keeps each inquiry's and proposal's service clock in step with its status, in
// the same transaction as the status change. Which status runs, pauses or stops
// the Administration's clock is a table per record type; the arithmetic is in
// lib/service-clock.ts.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryStatus, InquiryTopic, ProposalStatus, ServiceStage } from "@/lib/generated/prisma/enums";
import { dueAt, investorCalendarOf, remainingAt, resumedDueAt } from "@/lib/service-clock";
import { loadCalendar } from "./calendars";

type Tx = Prisma.TransactionClient;
type Subject = { inquiryId: string } | { proposalId: string };

// What a status means for the clock. "run:<stage>": the Administration's turn
// (a clock of another stage, or a stopped one, starts afresh; a paused one
// resumes); "pause": waiting for the investor; "stop": nothing more is due.
type ClockMove = `run:${ServiceStage}` | "pause" | "stop" | "none";

const INQUIRY_MOVES: Record<InquiryStatus, ClockMove> = {
  NEW: "run:INQUIRY_REPLY",
  OPEN: "run:INQUIRY_REPLY",
  ANSWERED: "pause",
  CLOSED: "stop",
};

const PROPOSAL_MOVES: Record<ProposalStatus, ClockMove> = {
  DRAFT: "none",
  SUBMITTED: "run:PROPOSAL_REVIEW",
  IN_REVIEW: "run:PROPOSAL_DECISION",
  NEEDS_INFO: "pause",
  APPROVED: "stop",
  DECLINED: "stop",
  WITHDRAWN: "stop",
};

/** The standard in force for a stage (and an inquiry's topic): the newest row. */
function standardFor(tx: Tx, stage: ServiceStage, topic: InquiryTopic | null) {
  return tx.serviceStandard.findFirst({ where: { stage, topic }, orderBy: { createdAt: "desc" } });
}

async function startClock(tx: Tx, subject: Subject, stage: ServiceStage, topic: InquiryTopic | null, at: Date) {
  const standard = await standardFor(tx, stage, topic);
  // No standard for this stage (an admin removed it): no clock rather than a made-up one.
  if (!standard) return;
  const minsk = await loadCalendar("MINSK", tx);
  const terms = {
    stage,
    standardId: standard.id,
    calendar: "MINSK" as const,
    targetDays: standard.targetDays,
    targetUnit: standard.targetUnit,
    statutoryDays: standard.statutoryDays,
    statutoryUnit: standard.statutoryUnit,
    legalBasis: standard.legalBasis,
    investorDays: standard.investorDays,
    startedAt: at,
    dueAt: dueAt(minsk, at, standard.targetDays, standard.targetUnit),
    statutoryDueAt:
      standard.statutoryDays !== null && standard.statutoryUnit ? dueAt(minsk, at, standard.statutoryDays, standard.statutoryUnit) : null,
    pausedAt: null,
    remainingDays: null,
    investorCalendar: null,
    investorDueAt: null,
    stoppedAt: null,
    warnedAt: null,
    breachedAt: null,
  };
  await tx.serviceClock.upsert({ where: subject as Prisma.ServiceClockWhereUniqueInput, create: { ...subject, ...terms }, update: terms });
}

/**
 * Moves the subject's clock for its new status at `at`. `topic` is an
 * inquiry's topic (its standard depends on it); `investorCountry` picks the
 * calendar the investor's own due date is counted on while the clock is paused.
 */
async function moveClock(tx: Tx, subject: Subject, move: ClockMove, at: Date, topic: InquiryTopic | null, investorCountry: string | null) {
  if (move === "none") return;
  const clock = await tx.serviceClock.findUnique({ where: subject as Prisma.ServiceClockWhereUniqueInput });
  if (move.startsWith("run:")) {
    const stage = move.slice(4) as ServiceStage;
    if (clock && !clock.stoppedAt && clock.stage === stage) {
      if (!clock.pausedAt || clock.remainingDays === null) return;
      const minsk = await loadCalendar(clock.calendar, tx);
      await tx.serviceClock.update({
        where: { id: clock.id },
        data: {
          // At least one day: a clock paused on (or after) its due day would otherwise be due, or overdue, the moment it resumes.
          dueAt: resumedDueAt(minsk, at, Math.max(1, clock.remainingDays), clock.targetUnit),
          // The current period starts now: the reminders' 80 % point is measured from here, not across the pause.
          startedAt: at,
          pausedAt: null,
          remainingDays: null,
          investorCalendar: null,
          investorDueAt: null,
          // A new due date: the warnings start over.
          warnedAt: null,
          breachedAt: null,
        },
      });
      return;
    }
    return startClock(tx, subject, stage, topic, at);
  }
  if (!clock || clock.stoppedAt) return;
  if (move === "stop") {
    // Nothing is due any more: no due date, so stopped clocks never sort ahead of running ones.
    await tx.serviceClock.update({ where: { id: clock.id }, data: { stoppedAt: at, dueAt: null } });
    return;
  }
  // Pause: keep what is left, and give the investor their own due date.
  if (clock.pausedAt || !clock.dueAt) return;
  const [minsk, theirs] = await Promise.all([loadCalendar(clock.calendar, tx), loadCalendar(investorCalendarOf(investorCountry), tx)]);
  await tx.serviceClock.update({
    where: { id: clock.id },
    data: {
      pausedAt: at,
      remainingDays: remainingAt(minsk, at, clock.dueAt, clock.targetUnit),
      dueAt: null,
      investorCalendar: theirs.code as "MINSK",
      investorDueAt: dueAt(theirs, at, clock.investorDays, "BUSINESS"),
    },
  });
}

/** After an inquiry is created or changes status (same transaction). */
export async function syncInquiryClock(tx: Tx, inquiryId: string, status: InquiryStatus, at = new Date()) {
  const inquiry = await tx.inquiry.findUniqueOrThrow({
    where: { id: inquiryId },
    select: { topic: true, investor: { select: { country: true } } },
  });
  await moveClock(tx, { inquiryId }, INQUIRY_MOVES[status], at, inquiry.topic, inquiry.investor.country);
}

/** After a proposal changes status (same transaction). */
export async function syncProposalClock(tx: Tx, proposalId: string, status: ProposalStatus, at = new Date()) {
  const proposal = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { companyCountry: true, investor: { select: { country: true } } },
  });
  await moveClock(tx, { proposalId }, PROPOSAL_MOVES[status], at, null, proposal.companyCountry || proposal.investor.country);
}

/** What the pages show: the clock's terms and dates (null before the first status that starts it). */
export const clockSelect = {
  stage: true,
  calendar: true,
  targetDays: true,
  targetUnit: true,
  statutoryDays: true,
  statutoryUnit: true,
  legalBasis: true,
  startedAt: true,
  dueAt: true,
  statutoryDueAt: true,
  pausedAt: true,
  investorCalendar: true,
  investorDueAt: true,
  stoppedAt: true,
} as const;
export type ClockView = Prisma.ServiceClockGetPayload<{ select: typeof clockSelect }>;
