// Admin work end to end: invite a colleague through the caught e-mail, then
// deactivate them; their open session is refused at once. Staff see the dashboard;
// the audit log records it all.
import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";
import { ADMIN, clientAddress, signIn, STAFF, unique } from "./accounts";

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

test("admin invites a staff member, who joins; deactivation ends their session at once", async ({ page, browser }) => {
  const email = `colleague-${unique()}@example.org`;
  const name = `Colleague ${unique()}`;
  await signIn(page, "en", ADMIN.email, ADMIN.password);
  await page.goto("/en/staff/accounts");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Full name").fill(name);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Invitation not accepted yet");

  const mail = await waitForMail(email, /invited to the Great Stone back office/);
  const colleague = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  await colleague.goto(linkIn(mail));
  await colleague.getByLabel("Password", { exact: true }).fill("colleague-pass-1");
  await colleague.getByLabel("Repeat the password").fill("colleague-pass-1");
  await colleague.getByRole("button", { name: "Set the password" }).click();
  await expect(colleague.getByText("Your account is ready.")).toBeVisible();
  await signIn(colleague, "en", email, "colleague-pass-1");
  await colleague.goto("/en/staff/inquiries");
  await expect(colleague.getByRole("heading", { level: 1, name: "Inquiries inbox" })).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: `Deactivate: ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Deactivated");

  await colleague.goto("/en/staff/inquiries");
  await expect(colleague).toHaveURL(/\/en\/sign-in/);
  await colleague.getByLabel("E-mail").fill(email);
  await colleague.getByLabel("Password", { exact: true }).fill("colleague-pass-1");
  await colleague.getByRole("button", { name: "Sign in" }).click();
  await expect(colleague.locator("form [role=alert]")).toHaveText("The e-mail or password is not correct.");

  await page.goto("/en/staff/audit?entity=User");
  await expect(page.getByRole("cell", { name: "staff.invite" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "staff.deactivate" }).first()).toBeVisible();
});

test("staff see the dashboard but not the admin pages", async ({ page }) => {
  await signIn(page, "en", STAFF.email, STAFF.password);
  await page.goto("/en/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Back office" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Figures older than 12 months" })).toBeVisible();
  expect((await page.goto("/en/staff/accounts"))?.status()).toBe(404);
  expect((await page.goto("/en/staff/audit"))?.status()).toBe(404);
  expect((await page.request.get("/api/admin/audit/export")).status()).toBe(404);
});
