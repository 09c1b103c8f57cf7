"use server";
// Staff actions on a proposal: review steps and decisions, notes, assignment,
// and the resident listing made from an approved proposal.
import { revalidatePath } from "next/cache";
import {
  addEvaluationNote,
  assignProposal,
  createResidentFromProposal,
  decideProposal,
  setProposalResidentPublished,
} from "@/lib/data/proposal-pipeline";
import type { ProposalResult } from "@/lib/data/proposal-common";
import { revalidateResident } from "@/lib/revalidate";
import { getUserWith } from "@/lib/session";
import { assignSchema } from "@/lib/validations/inquiry";
import { decisionSchema, proposalNoteSchema } from "@/lib/validations/proposal";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";

function outcome(result: ProposalResult): ActionResult {
  return result === "ok" ? { ok: true } : fail(result === "changed" ? "changedSinceOpened" : result);
}

const refresh = (id: string) => revalidatePath(`/[locale]/staff/proposals/${id}`, "page");

export async function decideProposalAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("proposal:review");
  if (!user) return fail("forbidden");
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { action, version, publicReason, internalNote } = parsed.data;
  const result = await decideProposal(user, String(id), action, version, publicReason, internalNote);
  if (result === "reasonRequired") return { ok: false, fieldErrors: { publicReason: "reasonRequired" }, formError: "invalid" };
  refresh(id);
  return outcome(result);
}

export async function addProposalNoteAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("proposal:review");
  if (!user) return fail("forbidden");
  const parsed = proposalNoteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await addEvaluationNote(user, String(id), parsed.data.body);
  refresh(id);
  return outcome(result);
}

export async function assignProposalAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("proposal:review");
  if (!user) return fail("forbidden");
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await assignProposal(user, String(id), parsed.data.assigneeId || null);
  refresh(id);
  return outcome(result);
}

export async function createResidentFromProposalAction(id: string): Promise<ActionResult> {
  const user = await getUserWith("proposal:review");
  if (!user) return fail("forbidden");
  const { result } = await createResidentFromProposal(user, String(id));
  refresh(id);
  return outcome(result);
}

export async function publishProposalResidentAction(id: string, published: boolean): Promise<ActionResult> {
  const user = await getUserWith("proposal:review");
  if (!user) return fail("forbidden");
  const { result, slug } = await setProposalResidentPublished(user, String(id), Boolean(published));
  if (result === "ok" && slug) {
    // The listing's own pages and the directory's country filter change at once
    // (the directory list itself renders per request).
    revalidateResident(slug);
  }
  refresh(id);
  return outcome(result);
}
