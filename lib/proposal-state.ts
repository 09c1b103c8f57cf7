// The proposal state machine: draft → submitted → in review → needs information
// ⇄ in review → approved / declined; withdrawn from any undecided state. Every
// status change goes through `proposalTransition`; anything else is refused.
import { PROPOSAL_STATUSES, type ProposalStatus } from "@/lib/domain";
import type { Role } from "@/lib/permissions";

export { PROPOSAL_STATUSES, type ProposalStatus };

export const PROPOSAL_ACTIONS = ["submit", "startReview", "requestInfo", "answerInfo", "approve", "decline", "withdraw"] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

type Rule = { by: "investor" | "staff"; from: readonly ProposalStatus[]; to: ProposalStatus; needsReason: boolean };

const RULES = {
  submit: { by: "investor", from: ["DRAFT"], to: "SUBMITTED", needsReason: false },
  startReview: { by: "staff", from: ["SUBMITTED"], to: "IN_REVIEW", needsReason: false },
  requestInfo: { by: "staff", from: ["IN_REVIEW"], to: "NEEDS_INFO", needsReason: true },
  answerInfo: { by: "investor", from: ["NEEDS_INFO"], to: "IN_REVIEW", needsReason: true },
  approve: { by: "staff", from: ["IN_REVIEW"], to: "APPROVED", needsReason: true },
  decline: { by: "staff", from: ["IN_REVIEW"], to: "DECLINED", needsReason: true },
  withdraw: { by: "investor", from: ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_INFO"], to: "WITHDRAWN", needsReason: false },
} as const satisfies Record<ProposalAction, Rule>;

/** What staff see in the pipeline: everything the investor has submitted (drafts stay private). */
export const STAFF_VISIBLE_STATUSES = PROPOSAL_STATUSES.filter((s) => s !== "DRAFT");

/** The status after `action`, or null when this role may not take it from `status`. */
export function proposalTransition(status: ProposalStatus, action: ProposalAction, role: Role): ProposalStatus | null {
  const rule: Rule = RULES[action];
  const side = role === "INVESTOR" ? "investor" : "staff";
  if (rule.by !== side || !rule.from.includes(status)) return null;
  return rule.to;
}

/** A decision, an information request and an investor's answer must say why. */
export function actionNeedsReason(action: ProposalAction) {
  return RULES[action].needsReason;
}

/** The decisions staff take on the detail page's decision form. */
export const STAFF_DECISIONS = PROPOSAL_ACTIONS.filter((a): a is StaffDecision => RULES[a].by === "staff");
export type StaffDecision = { [A in ProposalAction]: (typeof RULES)[A]["by"] extends "staff" ? A : never }[ProposalAction];

/** What staff can do from a status (the detail page offers exactly these). */
export function staffActions(status: ProposalStatus): StaffDecision[] {
  return STAFF_DECISIONS.filter((a) => proposalTransition(status, a, "STAFF") !== null);
}

/** Whether the investor may still edit the form (only a draft is editable). */
export const isEditable = (status: ProposalStatus) => status === "DRAFT";

/** Whether the investor may withdraw: the same rule the transition table applies. */
export const canWithdraw = (status: ProposalStatus) => proposalTransition(status, "withdraw", "INVESTOR") !== null;

/** Documents can be added while the investor is preparing or answering a request. */
export const canUpload = (status: ProposalStatus) => status === "DRAFT" || status === "NEEDS_INFO";

/** Documents can be removed only from a draft (submitted ones are part of the record). */
export const canRemoveDocument = (status: ProposalStatus) => status === "DRAFT";
