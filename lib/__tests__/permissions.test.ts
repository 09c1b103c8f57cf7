// The permission map: who may do what, and nobody without a role.
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "@/lib/permissions";

describe("permission map", () => {
  it.each([
    ["INVESTOR", ["inquiry:own", "proposal:own"]],
    ["STAFF", ["inquiry:triage", "proposal:review", "backoffice:enter", "content:manage"]],
    ["ADMIN", ["inquiry:triage", "proposal:review", "backoffice:enter", "content:manage", "staff:manage", "service:manage", "audit:read"]],
  ] as const)("%s has exactly %j", (role, allowed) => {
    const granted = Object.keys(PERMISSIONS).filter((p) => can(role, p as keyof typeof PERMISSIONS));
    expect(granted.sort()).toEqual([...allowed].sort());
  });

  it("a visitor (no role) has no permission at all", () => {
    for (const p of Object.keys(PERMISSIONS)) {
      expect(can(null, p as keyof typeof PERMISSIONS)).toBe(false);
      expect(can(undefined, p as keyof typeof PERMISSIONS)).toBe(false);
    }
  });

  it("knows the three roles", () => {
    expect(ROLES).toEqual(["INVESTOR", "STAFF", "ADMIN"]);
  });
});
