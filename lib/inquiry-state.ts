// The inquiry state machine: new → open → answered → closed, and an investor's
// reply reopens. Every status change goes through `nextStatus`; anything not in
// the table is refused.
import { INQUIRY_STATUSES, type InquiryStatus } from "@/lib/domain";
import type { Role } from "@/lib/permissions";

export { INQUIRY_STATUSES, type InquiryStatus };

export const INQUIRY_EVENTS = ["open", "staffReply", "investorReply", "close", "reopen"] as const;
export type InquiryEvent = (typeof INQUIRY_EVENTS)[number];

type Side = "investor" | "staff";

const TRANSITIONS: Record<InquiryEvent, { by: Side; from: Partial<Record<InquiryStatus, InquiryStatus>> }> = {
  // Staff take it up.
  open: { by: "staff", from: { NEW: "OPEN" } },
  // A staff reply answers it (from any state but closed).
  staffReply: { by: "staff", from: { NEW: "ANSWERED", OPEN: "ANSWERED", ANSWERED: "ANSWERED" } },
  // The investor writes again: back on staff's desk.
  investorReply: { by: "investor", from: { NEW: "NEW", OPEN: "OPEN", ANSWERED: "OPEN", CLOSED: "OPEN" } },
  close: { by: "staff", from: { NEW: "CLOSED", OPEN: "CLOSED", ANSWERED: "CLOSED" } },
  reopen: { by: "staff", from: { CLOSED: "OPEN", ANSWERED: "OPEN" } },
};

function sideOf(role: Role): Side {
  return role === "INVESTOR" ? "investor" : "staff";
}

/** The status after `event`, or null when the event is not allowed from `status` for this role. */
export function nextStatus(status: InquiryStatus, event: InquiryEvent, role: Role): InquiryStatus | null {
  // Investors may close their own inquiry too.
  if (event === "close" && role === "INVESTOR") return status === "CLOSED" ? null : "CLOSED";
  const rule = TRANSITIONS[event];
  if (rule.by !== sideOf(role)) return null;
  return rule.from[status] ?? null;
}

/** Whether the investor can still close their inquiry (the page offers the button only then). */
export const investorCanClose = (status: InquiryStatus) => nextStatus(status, "close", "INVESTOR") !== null;

/** Events staff can choose by hand on the detail page (replies have their own form). */
export const MANUAL_INQUIRY_EVENTS = ["open", "close", "reopen"] as const satisfies readonly InquiryEvent[];
export type ManualInquiryEvent = (typeof MANUAL_INQUIRY_EVENTS)[number];

export function manualEvents(status: InquiryStatus): ManualInquiryEvent[] {
  return MANUAL_INQUIRY_EVENTS.filter((e) => nextStatus(status, e, "STAFF") !== null);
}
