// The inquiry state machine: new → open → answered → closed, and an investor's
// reply reopens. Every status change goes through `nextStatus`; anything not in
// the table is refused.
import type { Role } from "@/lib/permissions";

export const INQUIRY_STATUSES = ["NEW", "OPEN", "ANSWERED", "CLOSED"] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

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

/** Events staff can choose by hand on the detail page (replies have their own form). */
export type ManualEvent = "open" | "close" | "reopen";

export function manualEvents(status: InquiryStatus): ManualEvent[] {
  return (["open", "close", "reopen"] as const).filter((e) => nextStatus(status, e, "STAFF") !== null);
}
