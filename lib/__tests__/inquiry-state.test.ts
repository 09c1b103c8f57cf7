// The inquiry state machine: every (status, event, role) combination checked
// against the table of allowed transitions; everything else is refused.
import { describe, expect, it } from "vitest";
import { INQUIRY_EVENTS, INQUIRY_STATUSES, manualEvents, nextStatus, type InquiryEvent, type InquiryStatus } from "@/lib/inquiry-state";
import { ROLES, type Role } from "@/lib/permissions";

const STAFF_ALLOWED: Record<string, InquiryStatus> = {
  "NEW open": "OPEN",
  "NEW staffReply": "ANSWERED",
  "OPEN staffReply": "ANSWERED",
  "ANSWERED staffReply": "ANSWERED",
  "NEW close": "CLOSED",
  "OPEN close": "CLOSED",
  "ANSWERED close": "CLOSED",
  "CLOSED reopen": "OPEN",
  "ANSWERED reopen": "OPEN",
};

const INVESTOR_ALLOWED: Record<string, InquiryStatus> = {
  "NEW investorReply": "NEW",
  "OPEN investorReply": "OPEN",
  "ANSWERED investorReply": "OPEN",
  "CLOSED investorReply": "OPEN",
  "NEW close": "CLOSED",
  "OPEN close": "CLOSED",
  "ANSWERED close": "CLOSED",
};

function expected(role: Role, status: InquiryStatus, event: InquiryEvent) {
  const table = role === "INVESTOR" ? INVESTOR_ALLOWED : STAFF_ALLOWED;
  return table[`${status} ${event}`] ?? null;
}

describe("nextStatus", () => {
  for (const role of ROLES)
    for (const status of INQUIRY_STATUSES)
      for (const event of INQUIRY_EVENTS) {
        const to = expected(role, status, event);
        it(`${role}: ${status} --${event}--> ${to ?? "refused"}`, () => {
          expect(nextStatus(status, event, role)).toBe(to);
        });
      }

  it("an investor reply reopens an answered or closed inquiry", () => {
    expect(nextStatus("ANSWERED", "investorReply", "INVESTOR")).toBe("OPEN");
    expect(nextStatus("CLOSED", "investorReply", "INVESTOR")).toBe("OPEN");
  });

  it("staff cannot reply to a closed inquiry, and investors cannot act as staff", () => {
    expect(nextStatus("CLOSED", "staffReply", "STAFF")).toBeNull();
    expect(nextStatus("NEW", "staffReply", "INVESTOR")).toBeNull();
    expect(nextStatus("NEW", "investorReply", "STAFF")).toBeNull();
  });
});

describe("manualEvents", () => {
  it("offers only what the machine allows from each status", () => {
    expect(manualEvents("NEW")).toEqual(["open", "close"]);
    expect(manualEvents("OPEN")).toEqual(["close"]);
    expect(manualEvents("ANSWERED")).toEqual(["close", "reopen"]);
    expect(manualEvents("CLOSED")).toEqual(["reopen"]);
  });
});
