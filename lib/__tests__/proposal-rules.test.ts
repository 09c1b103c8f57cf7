// Proposal rules without a database: the state machine (every action from every
// status for every role), the minimum-investment guidance, and file types read
// from bytes (a renamed executable is refused).
import { describe, expect, it } from "vitest";
import {
  actionNeedsReason,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
  proposalTransition,
  staffActions,
  type ProposalStatus,
} from "@/lib/proposal-state";
import { thresholdGuidance } from "@/lib/proposal-thresholds";
import { detectFileType } from "@/lib/file-type";
import { ROLES } from "@/lib/permissions";

const ALLOWED: Record<string, ProposalStatus> = {
  "INVESTOR DRAFT submit": "SUBMITTED",
  "STAFF SUBMITTED startReview": "IN_REVIEW",
  "STAFF IN_REVIEW requestInfo": "NEEDS_INFO",
  "INVESTOR NEEDS_INFO answerInfo": "IN_REVIEW",
  "STAFF IN_REVIEW approve": "APPROVED",
  "STAFF IN_REVIEW decline": "DECLINED",
  "INVESTOR DRAFT withdraw": "WITHDRAWN",
  "INVESTOR SUBMITTED withdraw": "WITHDRAWN",
  "INVESTOR IN_REVIEW withdraw": "WITHDRAWN",
  "INVESTOR NEEDS_INFO withdraw": "WITHDRAWN",
};

describe("proposal state machine", () => {
  for (const role of ROLES)
    for (const status of PROPOSAL_STATUSES)
      for (const action of PROPOSAL_ACTIONS) {
        const key = `${role === "ADMIN" ? "STAFF" : role} ${status} ${action}`;
        it(`${role}: ${status} --${action}--> ${ALLOWED[key] ?? "refused"}`, () => {
          expect(proposalTransition(status, action, role)).toBe(ALLOWED[key] ?? null);
        });
      }

  it("decisions are final: nothing leaves approved, declined or withdrawn", () => {
    for (const status of ["APPROVED", "DECLINED", "WITHDRAWN"] as const)
      for (const action of PROPOSAL_ACTIONS) for (const role of ROLES) expect(proposalTransition(status, action, role)).toBeNull();
  });

  it("decisions, information requests and answers need a reason", () => {
    expect(PROPOSAL_ACTIONS.filter(actionNeedsReason)).toEqual(["requestInfo", "answerInfo", "approve", "decline"]);
  });

  it("offers staff exactly their allowed actions", () => {
    expect(staffActions("SUBMITTED")).toEqual(["startReview"]);
    expect(staffActions("IN_REVIEW")).toEqual(["requestInfo", "approve", "decline"]);
    expect(staffActions("NEEDS_INFO")).toEqual([]);
  });
});

describe("minimum investment guidance", () => {
  it.each([
    [
      { rdProject: true, totalInvestmentUsd: 500_000 },
      { status: "meets", rule: "rd" },
    ],
    [
      { rdProject: true, totalInvestmentUsd: 499_999 },
      { status: "below", rule: "rd", shortfallUsd: 1 },
    ],
    [
      { rdProject: false, totalInvestmentUsd: 2_000_000, investmentFirst3YearsUsd: 500_000 },
      { status: "meets", rule: "threeYears" },
    ],
    [
      { rdProject: false, totalInvestmentUsd: 2_000_000, investmentFirst3YearsUsd: 400_000 },
      { status: "below", rule: "general", shortfallUsd: 3_000_000 },
    ],
    [
      { rdProject: false, totalInvestmentUsd: 5_000_000, investmentFirst3YearsUsd: 0 },
      { status: "meets", rule: "general" },
    ],
    [{ rdProject: false, totalInvestmentUsd: null }, { status: "incomplete" }],
  ] as const)("%j → %j", (input, expected) => {
    expect(thresholdGuidance(input)).toMatchObject(expected);
  });
});

// A minimal ZIP local file header (stored) naming one entry.
function zipWith(name: string, data = "x") {
  const n = new TextEncoder().encode(name);
  const d = new TextEncoder().encode(data);
  const header = new Uint8Array(30 + n.length + d.length);
  const v = new DataView(header.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint32(18, d.length, true);
  v.setUint32(22, d.length, true);
  v.setUint16(26, n.length, true);
  header.set(n, 30);
  header.set(d, 30 + n.length);
  return header;
}
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const bytes = (...b: number[]) => Uint8Array.from(b);

describe("detectFileType", () => {
  it("recognises the accepted formats by their bytes", () => {
    expect(detectFileType(new TextEncoder().encode("%PDF-1.7\n..."))).toBe("pdf");
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe("png");
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("jpeg");
    expect(detectFileType(concat(zipWith("[Content_Types].xml"), zipWith("word/document.xml")))).toBe("docx");
    expect(detectFileType(concat(zipWith("[Content_Types].xml"), zipWith("xl/workbook.xml")))).toBe("xlsx");
  });

  it("refuses executables and anything else, whatever the file is called", () => {
    expect(detectFileType(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03))).toBeNull(); // Windows .exe ("MZ"), renamed to plan.pdf
    expect(detectFileType(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02))).toBeNull(); // ELF
    expect(detectFileType(zipWith("payload.js"))).toBeNull(); // a plain ZIP
    expect(detectFileType(new TextEncoder().encode("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});
