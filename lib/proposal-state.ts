// The proposal state machine: draft → submitted → in review → needs information
// ⇄ in review → approved / declined; withdrawn from any undecided state. Every
// status change goes through `proposalTransition`; anything else is refused.
import type { Role } from "@/lib/permissions";

export const PROPOSAL_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "APPROVED", "DECLINED", "WITHDRAWN"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_ACTIONS = ["submit", "startReview", "requestInfo", "answerInfo", "approve", "decline", "withdraw"] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

type Rule = { by: "investor" | "staff"; from: readonly ProposalStatus[]; to: ProposalStatus; needsReason: boolean };

const RULES: Record<ProposalAction, Rule> = {
  submit: { by: "investor", from: ["DRAFT"], to: "SUBMITTED", needsReason: false },
  startReview: { by: "staff", from: ["SUBMITTED"], to: "IN_REVIEW", needsReason: false },
  requestInfo: { by: "staff", from: ["IN_REVIEW"], to: "NEEDS_INFO", needsReason: true },
  answerInfo: { by: "investor", from: ["NEEDS_INFO"], to: "IN_REVIEW", needsReason: true },
  approve: { by: "staff", from: ["IN_REVIEW"], to: "APPROVED", needsReason: true },
  decline: { by: "staff", from: ["IN_REVIEW"], to: "DECLINED", needsReason: true },
  withdraw: { by: "investor", from: ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_INFO"], to: "WITHDRAWN", needsReason: false },
};

export const UNDECIDED: readonly ProposalStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_INFO"];

/** The status after `action`, or null when this role may not take it from `status`. */
export function proposalTransition(status: ProposalStatus, action: ProposalAction, role: Role): ProposalStatus | null {
  const rule = RULES[action];
  const side = role === "INVESTOR" ? "investor" : "staff";
  if (rule.by !== side || !rule.from.includes(status)) return null;
  return rule.to;
}

/** A decision, an information request and an investor's answer must say why. */
export function actionNeedsReason(action: ProposalAction) {
  return RULES[action].needsReason;
}

/** What staff can do from a status (the detail page offers exactly these). */
export function staffActions(status: ProposalStatus): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter((a) => proposalTransition(status, a, "STAFF") !== null);
}

/** Whether the investor may still edit the form (only a draft is editable). */
export const isEditable = (status: ProposalStatus) => status === "DRAFT";
