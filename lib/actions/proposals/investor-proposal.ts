"use server";
// The investor's proposal actions: start a draft, save a step (automatically or
// by hand), submit, withdraw, answer an information request, remove a document.
import { redirect } from "next/navigation";
import { answerInformationRequest, createDraft, saveDraftStep, submitProposal, withdrawProposal } from "@/lib/data/proposals";
import { removeDocument } from "@/lib/data/proposal-documents";
import { ok } from "@/lib/data/result";
import { locales } from "@/lib/i18n/routing";
import { recordId, recordVersion } from "@/lib/validations/ids";
import { answerInfoSchema, proposalPrefillSchema, saveStepSchema } from "@/lib/validations/proposal";
import { defineAction, revalidateRecordPage } from "@/lib/actions/define-action";
import { z } from "zod";

const refresh = revalidateRecordPage("/[locale]/account/proposals");

/**
 * The "New proposal" button, and "Start a proposal with these figures" on the
 * incentive calculator (which passes its investment figures): a form action, so
 * it redirects to the new draft.
 */
export const startProposalAction = defineAction(
  { access: "proposal:own", bound: [z.enum(locales)], input: proposalPrefillSchema.optional() },
  async ({ user, bound: [locale], input }) => {
    const id = await createDraft(user, input);
    redirect(`/${locale}/account/proposals/${id}`);
    return ok();
  },
);

export const saveProposalStepAction = defineAction(
  { access: "proposal:own", bound: [recordId], input: saveStepSchema },
  ({ user, bound: [id], input }) => saveDraftStep(user, id, input.version, input.values, input.goTo),
  { data: ({ version }) => ({ version }) },
);

export const submitProposalAction = defineAction(
  { access: "proposal:own", bound: [recordId, recordVersion] },
  ({ user, bound: [id, version] }) => submitProposal(user, id, version),
  { revalidate: refresh },
);

export const withdrawProposalAction = defineAction(
  { access: "proposal:own", bound: [recordId, recordVersion] },
  ({ user, bound: [id, version] }) => withdrawProposal(user, id, version),
  { revalidate: refresh },
);

export const answerInfoAction = defineAction(
  { access: "proposal:own", bound: [recordId], input: answerInfoSchema },
  ({ user, bound: [id], input }) => answerInformationRequest(user, id, input.version, input.publicReason),
  { revalidate: refresh },
);

export const removeDocumentAction = defineAction({ access: "proposal:own", bound: [recordId] }, ({ user, bound: [documentId] }) =>
  removeDocument(user, documentId),
);
