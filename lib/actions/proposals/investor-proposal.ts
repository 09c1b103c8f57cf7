"use server";
// The investor's proposal actions: start a draft, save a step (automatically or
// by hand), submit, withdraw, answer an information request.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { answerInformationRequest, createDraft, saveDraftStep, submitProposal, withdrawProposal } from "@/lib/data/proposals";
import { removeDocument } from "@/lib/data/proposal-documents";
import type { ProposalResult } from "@/lib/data/proposal-common";
import { getUserWith } from "@/lib/session";
import { answerInfoSchema, saveStepSchema, STEP_SCHEMAS } from "@/lib/validations/proposal";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { isLocale } from "@/lib/i18n/routing";

function outcome(result: ProposalResult): ActionResult {
  return result === "ok" ? { ok: true } : fail(result === "changed" ? "changedMeanwhile" : result);
}

export async function startProposalAction(locale: string): Promise<void> {
  const user = await getUserWith("proposal:own");
  const lang = isLocale(locale) ? locale : "en";
  if (!user) redirect(`/${lang}/sign-in`);
  const id = await createDraft(user);
  redirect(`/${lang}/account/proposals/${id}`);
}

export async function saveProposalStepAction(id: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await getUserWith("proposal:own");
  if (!user) return fail("signedOut");
  const envelope = saveStepSchema.safeParse(input);
  if (!envelope.success) return fail("invalid");
  const parsed = STEP_SCHEMAS[envelope.data.step].safeParse(envelope.data.values);
  if (!parsed.success) return invalid(parsed.error);
  const values = { ...parsed.data } as Record<string, unknown>;
  for (const key of ["startDate", "productionStartDate"]) if (typeof values[key] === "string") values[key] = new Date(`${values[key]}T00:00:00Z`);
  if (values.sector === "") values.sector = null;
  const saved = await saveDraftStep(user, String(id), envelope.data.version, values, envelope.data.goTo);
  if (saved.result !== "ok") return outcome(saved.result);
  return { ok: true, data: { version: saved.version! } };
}

export async function submitProposalAction(id: string, version: number): Promise<ActionResult> {
  const user = await getUserWith("proposal:own");
  if (!user) return fail("signedOut");
  const result = await submitProposal(user, String(id), Number(version));
  revalidatePath(`/[locale]/account/proposals/${id}`, "page");
  return outcome(result);
}

export async function withdrawProposalAction(id: string, version: number): Promise<ActionResult> {
  const user = await getUserWith("proposal:own");
  if (!user) return fail("signedOut");
  const result = await withdrawProposal(user, String(id), Number(version));
  revalidatePath(`/[locale]/account/proposals/${id}`, "page");
  return outcome(result);
}

export async function answerInfoAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("proposal:own");
  if (!user) return fail("signedOut");
  const parsed = answerInfoSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await answerInformationRequest(user, String(id), parsed.data.version, parsed.data.publicReason);
  revalidatePath(`/[locale]/account/proposals/${id}`, "page");
  return outcome(result);
}

export async function removeDocumentAction(documentId: string): Promise<ActionResult> {
  const user = await getUserWith("proposal:own");
  if (!user) return fail("signedOut");
  return outcome(await removeDocument(user, String(documentId)));
}
