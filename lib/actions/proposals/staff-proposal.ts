"use server";
// Staff actions on a proposal: review steps and decisions, notes, assignment,
// and the resident listing made from an approved proposal.
import {
  addEvaluationNote,
  assignProposal,
  createResidentFromProposal,
  decideProposal,
  setProposalResidentPublished,
} from "@/lib/data/proposal-pipeline";
import { revalidateResident } from "@/lib/revalidate";
import { flag, recordId } from "@/lib/validations/ids";
import { assignSchema } from "@/lib/validations/inquiry";
import { decisionSchema, proposalNoteSchema } from "@/lib/validations/proposal";
import { defineAction, revalidateRecordPage } from "@/lib/actions/define-action";

const refresh = revalidateRecordPage("/[locale]/staff/proposals");

export const decideProposalAction = defineAction(
  { access: "proposal:review", bound: [recordId], input: decisionSchema, fields: { reasonRequired: "publicReason" } },
  ({ user, bound: [id], input: { action, version, publicReason, internalNote } }) =>
    decideProposal(user, id, action, version, publicReason, internalNote),
  { revalidate: refresh },
);

export const addProposalNoteAction = defineAction(
  { access: "proposal:review", bound: [recordId], input: proposalNoteSchema },
  ({ user, bound: [id], input }) => addEvaluationNote(user, id, input.body),
  { revalidate: refresh },
);

export const assignProposalAction = defineAction(
  { access: "proposal:review", bound: [recordId], input: assignSchema },
  ({ user, bound: [id], input }) => assignProposal(user, id, input.assigneeId || null),
  { revalidate: refresh },
);

export const createResidentFromProposalAction = defineAction(
  { access: "proposal:review", bound: [recordId] },
  ({ user, bound: [id] }) => createResidentFromProposal(user, id),
  { revalidate: refresh },
);

export const publishProposalResidentAction = defineAction(
  { access: "proposal:review", bound: [recordId, flag] },
  ({ user, bound: [id, published] }) => setProposalResidentPublished(user, id, published),
  {
    revalidate: (result, context) => {
      // The listing's own pages and the directory's country filter change at once
      // (the directory list itself renders per request).
      if (result.slug) revalidateResident(result.slug);
      refresh(result, context);
    },
  },
);
