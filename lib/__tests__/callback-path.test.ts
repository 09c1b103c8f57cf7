// After sign-in the portal follows only paths on its own site (issue: an
// attacker's `callbackUrl=/%5Cevil.example/x` landed off-site).
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";

const HOME = "/en/account";

describe("the sign-in callback", () => {
  it.each([
    "/\\evil.example/x",
    decodeURIComponent("/%5Cevil.example/x"),
    "//evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "HTTPS:evil.example",
    "javascript:alert(1)",
    "data:text/html,x",
    " //evil.example",
    "http://portal.invalid@evil.example/",
    "",
  ])("refuses %j", (value) => expect(safeCallbackPath(value, HOME)).toBe(HOME));

  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackPath("/en/account/proposals/abc?step=2#docs", HOME)).toBe("/en/account/proposals/abc?step=2#docs");
    expect(safeCallbackPath("/ru/staff", HOME)).toBe("/ru/staff");
  });
});
