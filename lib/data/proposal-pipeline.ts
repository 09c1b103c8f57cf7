// The staff side of proposals: the pipeline, the full record with evaluation
// notes, decisions through the state machine with optimistic concurrency,
// assignment, and the draft resident listing made from an approved proposal.
// Every write is audited. Each function checks the actor may review first.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, rolesWith } from "@/lib/permissions";
import { actionNeedsReason, proposalTransition, type StaffDecision } from "@/lib/proposal-state";
import { residentSearchDocument } from "@/lib/search-text";
import type { CurrentUser } from "@/lib/session";
import type { PipelineFilter } from "@/lib/validations/proposal";
import { toCsv } from "@/lib/csv";
import { writeAudit } from "./write-audit";
import { formFieldsSelect, notifyInvestorOfStatus, type ProposalResult } from "./proposal-common";
import { ok, refuse, type Outcome } from "./result";
import { clockSelect, syncProposalClock } from "./service-clocks";

const DAY = 86_400_000;

function pipelineWhere(f: PipelineFilter, now: Date): Prisma.ProposalWhereInput {
  return {
    // Drafts are the investor's own until submitted.
    status: f.status ?? { not: "DRAFT" },
    sector: f.sector,
    companyCountry: f.country,
    assigneeId: f.assignee === "none" ? null : f.assignee,
    totalInvestmentUsd: f.min !== undefined || f.max !== undefined ? { gte: f.min, lte: f.max } : undefined,
    submittedAt: f.olderThanDays ? { lte: new Date(now.getTime() - f.olderThanDays * DAY) } : undefined,
    OR: f.q
      ? [
          { title: { contains: f.q, mode: "insensitive" } },
          { legalName: { contains: f.q, mode: "insensitive" } },
          { description: { contains: f.q, mode: "insensitive" } },
        ]
      : undefined,
  };
}

const pipelineSelect = {
  id: true,
  title: true,
  legalName: true,
  companyCountry: true,
  sector: true,
  status: true,
  totalInvestmentUsd: true,
  jobs: true,
  submittedAt: true,
  updatedAt: true,
  assignee: { select: { id: true, name: true } },
  investor: { select: { id: true, name: true } },
  clock: { select: { dueAt: true, pausedAt: true, stoppedAt: true } },
} as const;

export async function listPipeline(actor: CurrentUser, filter: PipelineFilter, now = new Date(), take = 500) {
  assertCan(actor.role, "proposal:review");
  // What is due soonest first; decided and withdrawn ones (no running clock) after, oldest first.
  return db.proposal.findMany({
    where: pipelineWhere(filter, now),
    orderBy: [{ clock: { dueAt: { sort: "asc", nulls: "last" } } }, { submittedAt: "asc" }],
    take,
    select: pipelineSelect,
  });
}

export async function getProposalForStaff(actor: CurrentUser, id: string) {
  assertCan(actor.role, "proposal:review");
  return db.proposal.findFirst({
    where: { id, status: { not: "DRAFT" } },
    select: {
      id: true,
      status: true,
      version: true,
      submittedAt: true,
      decidedAt: true,
      residentId: true,
      clock: { select: clockSelect },
      resident: { select: { slug: true, published: true } },
      ...formFieldsSelect,
      investor: { select: { id: true, name: true, email: true, company: true, country: true } },
      assignee: { select: { id: true, name: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, fileName: true, size: true, createdAt: true } },
      events: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          publicReason: true,
          internalNote: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
      notes: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
}

/**
 * A staff decision or step: allowed only along the state machine, only with a
 * reason where one is required, and only if nobody changed the proposal since
 * the version the staff member was looking at ("changed" otherwise).
 */
export async function decideProposal(
  actor: CurrentUser,
  id: string,
  action: StaffDecision,
  version: number,
  publicReason: string,
  internalNote: string,
): Promise<ProposalResult> {
  assertCan(actor.role, "proposal:review");
  if (actionNeedsReason(action) && !publicReason.trim()) return refuse("reasonRequired");
  return db.$transaction(async (tx) => {
    const row = await tx.proposal.findFirst({
      where: { id, status: { not: "DRAFT" } },
      select: {
        id: true,
        status: true,
        version: true,
        title: true,
        decidedAt: true,
        investor: { select: { id: true, email: true, name: true, locale: true } },
      },
    });
    if (!row) return refuse("notFound");
    if (row.version !== version) return refuse("conflict");
    const to = proposalTransition(row.status, action, actor.role);
    if (!to) return refuse("notAllowed");
    const decided = to === "APPROVED" || to === "DECLINED" ? new Date() : null;
    const { count } = await tx.proposal.updateMany({
      where: { id, version },
      data: { status: to, version: { increment: 1 }, ...(decided ? { decidedAt: decided } : {}) },
    });
    if (count !== 1) return refuse("conflict");
    await syncProposalClock(tx, id, to);
    await tx.proposalEvent.create({
      data: {
        proposalId: id,
        actorId: actor.id,
        fromStatus: row.status,
        toStatus: to,
        publicReason: publicReason || null,
        internalNote: internalNote || null,
      },
    });
    await writeAudit(
      tx,
      actor,
      `proposal.${action}`,
      { type: "Proposal", id },
      { status: row.status, decidedAt: row.decidedAt },
      { status: to, decidedAt: decided ?? row.decidedAt },
    );
    await notifyInvestorOfStatus(tx, row, to, publicReason || null);
    return ok();
  });
}

export async function addEvaluationNote(actor: CurrentUser, id: string, body: string): Promise<ProposalResult> {
  assertCan(actor.role, "proposal:review");
  return db.$transaction(async (tx) => {
    const row = await tx.proposal.findFirst({ where: { id, status: { not: "DRAFT" } }, select: { id: true } });
    if (!row) return refuse("notFound");
    const note = await tx.proposalNote.create({ data: { proposalId: id, authorId: actor.id, body }, select: { id: true } });
    await writeAudit(tx, actor, "proposal.note", { type: "Proposal", id }, null, { noteId: note.id });
    return ok();
  });
}

export async function assignProposal(actor: CurrentUser, id: string, assigneeId: string | null): Promise<ProposalResult> {
  assertCan(actor.role, "proposal:review");
  return db.$transaction(async (tx) => {
    const row = await tx.proposal.findFirst({ where: { id, status: { not: "DRAFT" } }, select: { assigneeId: true } });
    if (!row) return refuse("notFound");
    if (
      assigneeId &&
      !(await tx.user.findFirst({
        where: { id: assigneeId, role: { in: rolesWith("proposal:review") }, active: true },
        select: { id: true },
      }))
    ) {
      return refuse("notAllowed");
    }
    await tx.proposal.update({ where: { id }, data: { assigneeId } });
    await writeAudit(tx, actor, "proposal.assign", { type: "Proposal", id }, { assigneeId: row.assigneeId }, { assigneeId });
    return ok();
  });
}

function slugFor(name: string, id: string) {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${base || "resident"}-${id.slice(-6)}`;
}

/** An approved proposal becomes an unpublished resident listing, prefilled from it (once). */
export async function createResidentFromProposal(
  actor: CurrentUser,
  id: string,
): Promise<Outcome<"notFound" | "notAllowed", { slug: string | null }>> {
  assertCan(actor.role, "proposal:review");
  return db.$transaction(async (tx) => {
    const p = await tx.proposal.findFirst({
      where: { id, status: "APPROVED" },
      select: {
        residentId: true,
        legalName: true,
        companyCountry: true,
        sector: true,
        totalInvestmentUsd: true,
        jobs: true,
        website: true,
        title: true,
        description: true,
        products: true,
      },
    });
    if (!p) return refuse("notAllowed");
    if (p.residentId) return ok({ slug: null });
    const summary = p.title || p.legalName;
    const description = [p.description, p.products].filter(Boolean).join("\n\n");
    const resident = await tx.resident.create({
      data: {
        slug: slugFor(p.legalName, id),
        name: p.legalName,
        country: p.companyCountry || "BY",
        sector: p.sector ?? "OTHER",
        status: "PLANNED",
        sinceYear: new Date().getFullYear(),
        investmentUsd: p.totalInvestmentUsd,
        jobs: p.jobs,
        website: p.website || null,
        published: false,
        originalLocale: "en",
        searchText: residentSearchDocument(p.legalName, [summary, description]),
        translations: { create: [{ locale: "en", summary, description: description || summary }] },
      },
      select: { id: true, slug: true, name: true },
    });
    await tx.proposal.update({ where: { id }, data: { residentId: resident.id } });
    await writeAudit(tx, actor, "resident.createFromProposal", { type: "Resident", id: resident.id }, null, {
      name: resident.name,
      slug: resident.slug,
      proposalId: id,
    });
    return ok({ slug: resident.slug });
  });
}

/** Publishes (or hides) the listing made from a proposal. */
export async function setProposalResidentPublished(
  actor: CurrentUser,
  id: string,
  published: boolean,
): Promise<Outcome<"notFound" | "notAllowed", { slug: string | null }>> {
  assertCan(actor.role, "proposal:review");
  return db.$transaction(async (tx) => {
    const p = await tx.proposal.findFirst({ where: { id }, select: { resident: { select: { id: true, slug: true, published: true } } } });
    if (!p?.resident) return refuse("notFound");
    await tx.resident.update({ where: { id: p.resident.id }, data: { published } });
    await writeAudit(
      tx,
      actor,
      published ? "resident.publish" : "resident.unpublish",
      { type: "Resident", id: p.resident.id },
      { published: p.resident.published },
      { published },
    );
    return ok({ slug: p.resident.slug });
  });
}

const CSV_COLUMNS = [
  "id",
  "status",
  "title",
  "legalName",
  "companyCountry",
  "sector",
  "totalInvestmentUsd",
  "jobs",
  "submittedAt",
  "assignee",
] as const;

/** The filtered pipeline as CSV (UTF-8 with a BOM, see lib/csv.ts). */
export async function exportPipelineCsv(actor: CurrentUser, filter: PipelineFilter, now = new Date()): Promise<string> {
  assertCan(actor.role, "proposal:review");
  const rows = await db.proposal.findMany({ where: pipelineWhere(filter, now), orderBy: { submittedAt: "asc" }, select: pipelineSelect });
  return toCsv(
    CSV_COLUMNS,
    rows.map((r) => [
      r.id,
      r.status,
      r.title,
      r.legalName,
      r.companyCountry,
      r.sector,
      r.totalInvestmentUsd,
      r.jobs,
      r.submittedAt,
      r.assignee?.name,
    ]),
  );
}
