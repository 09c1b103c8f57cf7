// Every kind of response carries the security headers; pages run under the CSP
// with no violation (Chromium enforces it, so a blocked script would show here).
import { expect, test } from "@playwright/test";

const REQUIRED = ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"];

test("pages, feeds, API answers and errors carry the security headers", async ({ request }) => {
  for (const path of [
    "/en",
    "/zh/park",
    "/ru/residents?q=x",
    "/en/news/feed.xml",
    "/api/health",
    "/api/me",
    "/en/no-such-page",
    "/api/admin/audit/export",
  ]) {
    const res = await request.get(path);
    for (const name of REQUIRED) expect(res.headers()[name], `${name} on ${path}`).toBeTruthy();
    const csp = res.headers()["content-security-policy"];
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
      expect(csp, path).toContain(directive);
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["strict-transport-security"], "no HSTS over plain http").toBeUndefined();
  }
});

test("HSTS is sent when the request came over https through the proxy", async ({ request }) => {
  const res = await request.get("/en", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toContain("max-age=31536000");
});

test("the home page and a form run under the policy without a violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto("/en");
  await page.goto("/en/register");
  await page.getByLabel("E-mail").fill("not-an-address");
  await page.getByLabel("E-mail").blur();
  await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
  expect(violations).toEqual([]);
});
