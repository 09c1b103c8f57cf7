// Proposals on real PostgreSQL: ownership of proposals and documents, one
// submission from concurrent submits, the staff version conflict, audit entries
// with before/after, the path to a resident listing, and the CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createDraft,
  getMyProposal,
  listMyProposals,
  saveDraftStep,
  submitProposal,
  answerInformationRequest,
  withdrawProposal,
} from "@/lib/data/proposals";
import { addDocument, getDocumentForDownload, removeDocument } from "@/lib/data/proposal-documents";
import {
  addEvaluationNote,
  createResidentFromProposal,
  decideProposal,
  exportPipelineCsv,
  getProposalForStaff,
  listPipeline,
  setProposalResidentPublished,
} from "@/lib/data/proposal-pipeline";
import { getPublishedResident } from "@/lib/data/residents";
import { pipelineFilterSchema } from "@/lib/validations/proposal";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import { code, okOrThrow } from "@/lib/testing/outcome";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let a: CurrentUser, b: CurrentUser, staff: CurrentUser, staff2: CurrentUser;
const PDF = new TextEncoder().encode("%PDF-1.4\n% test document\n");

const complete = {
  legalName: `Минский Станкозавод ${tag}`,
  companyCountry: "BY" as const,
  contactName: "Ivan",
  contactEmail: "ivan@example.org",
  title: `Machine tools ${tag}`,
  sector: "MECHANICAL_ENGINEERING" as const,
  description: "CNC machine tools for export.",
  totalInvestmentUsd: 7_000_000,
  jobs: 120,
  startDate: "2027-03-01",
};

async function submittedProposal(owner = a) {
  const id = await createDraft(owner);
  const saved = await saveDraftStep(owner, id, 1, complete, 4);
  expect(saved).toEqual({ ok: true, version: 2 });
  expect(code(await submitProposal(owner, id, 2))).toBe("ok");
  return id;
}

const version = async (id: string) => (await db.proposal.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  [a, b, staff, staff2] = await Promise.all([
    createTestUser("INVESTOR", tag, "a"),
    createTestUser("INVESTOR", tag, "b"),
    createTestUser("STAFF", tag, "s1"),
    createTestUser("STAFF", tag, "s2"),
  ]);
});
afterAll(async () => {
  const ids = (await db.proposal.findMany({ where: { investorId: { in: [a.id, b.id] } }, select: { residentId: true } }))
    .map((p) => p.residentId)
    .filter(Boolean) as string[];
  await db.auditLog.deleteMany({ where: { actorId: { in: [staff.id, staff2.id] } } });
  await db.proposalEvent.deleteMany({ where: { actorId: { in: [a.id, b.id, staff.id, staff2.id] } } });
  await db.proposalNote.deleteMany({ where: { authorId: { in: [staff.id, staff2.id] } } });
  const keys = (
    await db.proposalDocument.findMany({ where: { proposal: { investorId: { in: [a.id, b.id] } } }, select: { storageKey: true } })
  ).map((d) => d.storageKey);
  await db.proposal.deleteMany({ where: { investorId: { in: [a.id, b.id] } } });
  await db.storedFile.deleteMany({ where: { key: { in: keys } } });
  await db.resident.deleteMany({ where: { id: { in: ids } } });
  await removeTestUsers(tag);
});

describe("ownership", () => {
  it("investor B gets not-found for A's proposal by every route", async () => {
    const id = await createDraft(a);
    expect(await getMyProposal(b, id)).toBeNull();
    expect((await listMyProposals(b)).map((p) => p.id)).not.toContain(id);
    expect(await saveDraftStep(b, id, 1, { title: "hijack" }, 0)).toEqual({ ok: false, reason: "notFound" });
    expect(code(await submitProposal(b, id, 1))).toBe("notFound");
    expect(code(await withdrawProposal(b, id, 1))).toBe("notFound");
    expect(await addDocument(b, id, "OTHER", "x.pdf", PDF)).toEqual({ ok: false, reason: "notFound" });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).title).toBe("");
  });

  it("documents download for the owner, and for staff once submitted (drafts are private); B cannot remove A's", async () => {
    const id = await createDraft(a);
    const up = await addDocument(a, id, "BUSINESS_PLAN", "План (v2).pdf", PDF);
    expect(up.ok).toBe(true);
    const docId = (up as { id: string }).id;
    const mine = await getDocumentForDownload(a, docId);
    expect(mine).toMatchObject({ fileName: "План (v2).pdf", mimeType: "application/pdf" });
    expect(new TextDecoder().decode(mine!.bytes)).toContain("%PDF-1.4");
    expect(await getDocumentForDownload(staff, docId)).toBeNull(); // still a draft: staff see no drafts anywhere
    await db.proposal.update({ where: { id }, data: { status: "SUBMITTED" } });
    expect(await getDocumentForDownload(staff, docId)).not.toBeNull();
    expect(await getDocumentForDownload(b, docId)).toBeNull();
    await db.proposal.update({ where: { id }, data: { status: "DRAFT" } });
    expect(code(await removeDocument(b, docId))).toBe("notFound");
  });

  it("refuses a renamed executable, an empty file and the eleventh document", async () => {
    const id = await createDraft(a);
    expect(await addDocument(a, id, "OTHER", "plan.pdf", Uint8Array.from([0x4d, 0x5a, 0x90, 0]))).toEqual({ ok: false, reason: "badType" });
    expect(await addDocument(a, id, "OTHER", "empty.pdf", new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    for (let i = 0; i < 10; i++) expect(code(await addDocument(a, id, "OTHER", `d${i}.pdf`, PDF))).toBe("ok");
    expect(await addDocument(a, id, "OTHER", "d10.pdf", PDF)).toEqual({ ok: false, reason: "tooMany" });
  });

  it("staff never see drafts, and the roles cannot swap functions", async () => {
    const id = await createDraft(a);
    expect(await getProposalForStaff(staff, id)).toBeNull();
    await expect(getProposalForStaff(a, id)).rejects.toThrow(/forbidden/);
    await expect(decideProposal(a, id, "approve", 1, "x", "")).rejects.toThrow(/forbidden/);
    await expect(createDraft(staff)).rejects.toThrow(/forbidden/);
    await expect(exportPipelineCsv(b, pipelineFilterSchema.parse({}))).rejects.toThrow(/forbidden/);
  });
});

describe("drafts and submission", () => {
  it("a draft saves with a version; a stale save is refused as changed", async () => {
    const id = await createDraft(a);
    expect(await saveDraftStep(a, id, 1, { title: "First" }, 1)).toEqual({ ok: true, version: 2 });
    expect(await saveDraftStep(a, id, 1, { title: "Stale tab" }, 1)).toEqual({ ok: false, reason: "conflict" });
    const p = await getMyProposal(a, id);
    expect(p).toMatchObject({ title: "First", step: 1, version: 2 });
  });

  it("an incomplete draft cannot be submitted", async () => {
    const id = await createDraft(a);
    expect(code(await submitProposal(a, id, 1))).toBe("incomplete");
  });

  it("five concurrent submits of one draft make one submission", async () => {
    const id = await createDraft(a);
    await saveDraftStep(a, id, 1, complete, 4);
    const results = await Promise.all(Array.from({ length: 5 }, () => submitProposal(a, id, 2)));
    expect(results.every((r) => r.ok)).toBe(true);
    const events = await db.proposalEvent.findMany({ where: { proposalId: id, toStatus: "SUBMITTED" } });
    expect(events).toHaveLength(1);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect(await db.outboxMessage.count({ where: { toAddress: a.email, subject: { contains: "submitted" } } })).toBe(1);
  });
});

describe("review", () => {
  it("two staff acting on one version: the second gets a conflict, nothing is overwritten", async () => {
    const id = await submittedProposal();
    const v = await version(id);
    expect(code(await decideProposal(staff, id, "startReview", v, "", ""))).toBe("ok");
    expect(code(await decideProposal(staff2, id, "startReview", v, "", ""))).toBe("conflict");
    const v2 = await version(id);
    const [x, y] = await Promise.all([
      decideProposal(staff, id, "approve", v2, "Strong export case", ""),
      decideProposal(staff2, id, "decline", v2, "Outside priorities", ""),
    ]);
    expect([code(x), code(y)].sort()).toEqual(["conflict", "ok"]);
    const events = await db.proposalEvent.findMany({ where: { proposalId: id, toStatus: { in: ["APPROVED", "DECLINED"] } } });
    expect(events).toHaveLength(1);
  });

  it("refuses illegal steps and decisions without a reason", async () => {
    const id = await submittedProposal();
    expect(code(await decideProposal(staff, id, "approve", await version(id), "ok", ""))).toBe("notAllowed");
    await decideProposal(staff, id, "startReview", await version(id), "", "");
    expect(code(await decideProposal(staff, id, "decline", await version(id), "  ", ""))).toBe("reasonRequired");
  });

  it("information request and answer: back to review; internal notes stay internal", async () => {
    const id = await submittedProposal();
    await decideProposal(staff, id, "startReview", await version(id), "", "");
    expect(
      code(await decideProposal(staff, id, "requestInfo", await version(id), "Please send the financial model.", "Check the land size")),
    ).toBe("ok");
    expect(code(await addEvaluationNote(staff, id, `note ${tag}`))).toBe("ok");
    expect(code(await answerInformationRequest(a, id, await version(id), "Attached, see the new document."))).toBe("ok");
    const mine = await getMyProposal(a, id);
    expect(mine?.status).toBe("IN_REVIEW");
    const investorView = JSON.stringify(mine);
    expect(investorView).toContain("Please send the financial model.");
    expect(investorView).not.toContain("Check the land size");
    expect(investorView).not.toContain(`note ${tag}`);
    const staffView = await getProposalForStaff(staff, id);
    expect(staffView?.events.some((e) => e.internalNote === "Check the land size")).toBe(true);
  });

  it("the service clock follows the stages: review to start, decision, paused while the investor answers, stopped at the decision", async () => {
    const id = await submittedProposal();
    const clock = () => db.serviceClock.findUniqueOrThrow({ where: { proposalId: id } });
    expect(await clock()).toMatchObject({
      stage: "PROPOSAL_REVIEW",
      targetDays: 2,
      statutoryDays: null,
      legalBasis: null,
      stoppedAt: null,
    });
    const lastMail = async () =>
      (await db.outboxMessage.findFirstOrThrow({ where: { toAddress: a.email }, orderBy: { createdAt: "desc" } })).text;
    // The status e-mail says by when, and that it is the Administration's own standard.
    expect(await lastMail()).toMatch(/The review will start by .+ \(Minsk time\)\. This is the Administration's own service standard/);
    await decideProposal(staff, id, "startReview", await version(id), "", "");
    const deciding = await clock();
    expect(deciding).toMatchObject({ stage: "PROPOSAL_DECISION", targetDays: 10, pausedAt: null });
    await decideProposal(staff, id, "requestInfo", await version(id), "Please send the financial model.", "");
    const paused = await clock();
    expect(paused.dueAt).toBeNull();
    expect(paused.remainingDays).toBeGreaterThanOrEqual(9);
    expect(paused.investorDueAt).not.toBeNull();
    expect(await lastMail()).toContain("Please reply by ");
    await answerInformationRequest(a, id, await version(id), "Attached.");
    const resumed = await clock();
    expect(resumed).toMatchObject({ stage: "PROPOSAL_DECISION", pausedAt: null, investorDueAt: null });
    // The current period starts at the resumption (the reminders measure from there).
    expect(resumed.startedAt.getTime()).toBeGreaterThan(deciding.startedAt.getTime());
    expect(resumed.dueAt!.getTime()).toBeGreaterThanOrEqual(deciding.dueAt!.getTime());
    await decideProposal(staff, id, "approve", await version(id), "Welcome", "");
    expect(await clock()).toMatchObject({ dueAt: null });
    expect((await clock()).stoppedAt).not.toBeNull();
  });

  it("approval is audited with before/after, notifies the investor, and leads to a published listing", async () => {
    const id = await submittedProposal();
    await decideProposal(staff, id, "startReview", await version(id), "", "");
    expect(code(await decideProposal(staff, id, "approve", await version(id), "Welcome to the park", ""))).toBe("ok");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "proposal.approve" } });
    expect(audit).toMatchObject({ actorId: staff.id, entityType: "Proposal" });
    expect(audit.before).toMatchObject({ status: "IN_REVIEW", decidedAt: null });
    expect((audit.after as { status: string }).status).toBe("APPROVED");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: a.email, text: { contains: "Welcome to the park" } } });
    expect(mail.subject).toBe("Your proposal: approved");

    const created = okOrThrow(await createResidentFromProposal(staff, id));
    expect(await createResidentFromProposal(staff, id)).toEqual({ ok: true, slug: null }); // once only
    const slug = created.slug!;
    expect(await getPublishedResident(slug, "en")).toBeNull();
    expect(code(await setProposalResidentPublished(staff, id, true))).toBe("ok");
    const listed = await getPublishedResident(slug, "en");
    expect(listed).toMatchObject({
      name: complete.legalName,
      country: "BY",
      sector: "MECHANICAL_ENGINEERING",
      investmentUsd: 7_000_000,
      jobs: 120,
    });
    expect(
      await db.auditLog.count({ where: { actorId: staff.id, action: { in: ["resident.createFromProposal", "resident.publish"] } } }),
    ).toBeGreaterThanOrEqual(2);
  });
});

describe("pipeline and export", () => {
  it("filters by search and exports UTF-8 CSV with a BOM", async () => {
    const id = await submittedProposal(b);
    const rows = await listPipeline(staff, pipelineFilterSchema.parse({ q: tag, status: "SUBMITTED" }));
    expect(rows.map((r) => r.id)).toContain(id);
    const csv = await exportPipelineCsv(staff, pipelineFilterSchema.parse({ q: tag }));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"Минский Станкозавод ${tag}"`);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFid,status,title,legalName,companyCountry,sector,totalInvestmentUsd,jobs,submittedAt,assignee");
  });
});
