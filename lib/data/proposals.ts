// An investor's own proposals: drafts saved step by step, submission, withdrawal
// and answers to information requests. Every query is scoped to the investor;
// another investor's proposal is simply not found. Staff notes and internal
// event notes are never selected here.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import { proposalTransition, type ProposalAction } from "@/lib/proposal-state";
import type { CurrentUser } from "@/lib/session";
import { missingForSubmit, type DraftValues, type ProposalPrefill } from "@/lib/validations/proposal";
import { formFieldsSelect, notifyInvestorOfStatus, type ProposalResult } from "./proposal-common";
import { ok, refuse, type Outcome, type Refused } from "./result";
import { syncProposalClock } from "./service-clocks";
import { clockSelect } from "./service-clocks";

/** A new draft with the account's contact details, and any figures brought from the incentive calculator. */
export async function createDraft(actor: CurrentUser, prefill?: ProposalPrefill): Promise<string> {
  assertCan(actor.role, "proposal:own");
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, company: true, country: true },
  });
  const draft = await db.proposal.create({
    data: {
      investorId: actor.id,
      legalName: user.company ?? "",
      companyCountry: user.country ?? "",
      contactName: user.name,
      contactEmail: user.email,
      ...prefill,
      events: { create: { actorId: actor.id, toStatus: "DRAFT" } },
    },
    select: { id: true },
  });
  return draft.id;
}

export async function listMyProposals(actor: CurrentUser) {
  assertCan(actor.role, "proposal:own");
  return db.proposal.findMany({
    where: { investorId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, status: true, updatedAt: true, submittedAt: true, totalInvestmentUsd: true },
  });
}

export async function getMyProposal(actor: CurrentUser, id: string) {
  assertCan(actor.role, "proposal:own");
  return db.proposal.findFirst({
    where: { id, investorId: actor.id },
    select: {
      id: true,
      status: true,
      version: true,
      step: true,
      createdAt: true,
      submittedAt: true,
      clock: { select: clockSelect },
      ...formFieldsSelect,
      documents: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, fileName: true, size: true, mimeType: true, createdAt: true },
      },
      // The public side of the history only: no internal notes.
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, publicReason: true, createdAt: true },
      },
    },
  });
}

/** Why a conditional write touched nothing: not theirs, no longer a draft, or changed meanwhile. */
async function explainMiss(
  actor: CurrentUser,
  id: string,
  status: "DRAFT" | null,
): Promise<Refused<"notFound" | "notAllowed" | "conflict">> {
  const row = await db.proposal.findFirst({ where: { id, investorId: actor.id }, select: { status: true } });
  if (!row) return refuse("notFound");
  if (status && row.status !== status) return refuse("notAllowed");
  return refuse("conflict");
}

/** A step's parsed values as columns: calendar dates at midnight UTC, "no sector" as null. */
function draftColumns(values: DraftValues): Prisma.ProposalUpdateManyMutationInput {
  const columns: Record<string, unknown> = { ...values };
  for (const key of ["startDate", "productionStartDate"]) {
    const value = columns[key];
    if (typeof value === "string") columns[key] = value ? new Date(`${value}T00:00:00Z`) : null;
  }
  if (columns.sector === "") columns.sector = null;
  return columns;
}

/** Saves one step of a draft if nobody saved since `version` was read; returns the new version. */
export async function saveDraftStep(
  actor: CurrentUser,
  id: string,
  version: number,
  values: DraftValues,
  step: number,
): Promise<Outcome<"notFound" | "notAllowed" | "conflict", { version: number }>> {
  assertCan(actor.role, "proposal:own");
  const { count } = await db.proposal.updateMany({
    where: { id, investorId: actor.id, status: "DRAFT", version },
    data: { ...draftColumns(values), step, version: { increment: 1 } },
  });
  if (count === 1) return ok({ version: version + 1 });
  return explainMiss(actor, id, "DRAFT");
}

async function investorTransition(
  actor: CurrentUser,
  id: string,
  version: number,
  action: ProposalAction,
  reason: string | null,
  check?: (row: Record<string, unknown>) => "incomplete" | null,
): Promise<ProposalResult> {
  assertCan(actor.role, "proposal:own");
  return db.$transaction(async (tx) => {
    const row = await tx.proposal.findFirst({
      where: { id, investorId: actor.id },
      select: {
        id: true,
        status: true,
        version: true,
        ...formFieldsSelect,
        investor: { select: { id: true, email: true, name: true, locale: true } },
      },
    });
    if (!row) return refuse("notFound");
    const to = proposalTransition(row.status, action, actor.role);
    if (!to) return action === "submit" && row.status === "SUBMITTED" ? ok() : refuse("notAllowed");
    const problem = check?.(row);
    if (problem) return refuse(problem);
    const { count } = await tx.proposal.updateMany({
      where: { id, status: row.status, version },
      data: { status: to, version: { increment: 1 }, ...(action === "submit" ? { submittedAt: new Date() } : {}) },
    });
    if (count !== 1) {
      // A double click on "submit": the first click already submitted it.
      const now = await tx.proposal.findUnique({ where: { id }, select: { status: true } });
      return action === "submit" && now?.status === "SUBMITTED" ? ok() : refuse("conflict");
    }
    await tx.proposalEvent.create({
      data: { proposalId: id, actorId: actor.id, fromStatus: row.status, toStatus: to, publicReason: reason },
    });
    await syncProposalClock(tx, id, to);
    await notifyInvestorOfStatus(tx, { id, title: row.title, investor: row.investor }, to, null);
    return ok();
  });
}

/** Submits a complete draft; a second submit of the same draft changes nothing. */
export function submitProposal(actor: CurrentUser, id: string, version: number) {
  return investorTransition(actor, id, version, "submit", null, (row) => (missingForSubmit(row).length ? "incomplete" : null));
}

export function withdrawProposal(actor: CurrentUser, id: string, version: number) {
  return investorTransition(actor, id, version, "withdraw", null);
}

/** The investor's answer to an information request returns the proposal to review. */
export function answerInformationRequest(actor: CurrentUser, id: string, version: number, answer: string) {
  return investorTransition(actor, id, version, "answerInfo", answer);
}
