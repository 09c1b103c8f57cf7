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
  const row = page.getByRole("row", { name: new RegExp(name) });
  // Choosing a role changes nothing until it is saved; the change is announced.
  const saveRole = row.getByRole("button", { name: `Save role: ${name}` });
  await expect(saveRole).toBeDisabled();
  await row.getByLabel(`Change role: ${name}`).selectOption("ADMIN");
  await saveRole.click();
  await expect(row.getByRole("status")).toHaveText(`${name} is now: Administrator. Their sessions have ended; they sign in again.`);
  await expect(row).toContainText("Administrator");

  // Deactivation asks first; cancelling changes nothing.
  await row.getByRole("button", { name: `Deactivate: ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).not.toContainText("Deactivated");
  await row.getByRole("button", { name: `Deactivate: ${name}` }).click();
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toHaveText(`${name} is deactivated and signed out.`);
  await expect(row).toContainText("Deactivated");

  await colleague.goto("/en/staff/inquiries");
  await expect(colleague).toHaveURL(/\/en\/sign-in/);
  await colleague.getByLabel("E-mail").fill(email);
  await colleague.getByLabel("Password", { exact: true }).fill("colleague-pass-1");
  await colleague.getByRole("button", { name: "Sign in" }).click();
  await expect(colleague.locator("form [role=alert]")).toHaveText("The e-mail or password is not correct.");

  // The audit log in words, each record linked; the raw data behind a disclosure.
  await page.goto("/en/staff/audit?entity=User");
  const entry = page.getByRole("row").filter({ hasText: `Demo Admin changed the role of ${name} to Administrator` });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole("link", { name })).toHaveAttribute("href", "/en/staff/accounts");
  await expect(entry.getByText('{"role":"ADMIN"}')).toBeHidden();
  await entry.getByText("Recorded data").click();
  await expect(entry.getByText('{"role":"ADMIN"}')).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `Demo Admin invited ${name} as Staff` })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: `Demo Admin deactivated the account of ${name}` })).toHaveCount(1);
  await page.goto("/zh/staff/audit?entity=User");
  await expect(page.getByRole("row").filter({ hasText: `Demo Admin将${name}的角色改为管理员` })).toHaveCount(1);
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
