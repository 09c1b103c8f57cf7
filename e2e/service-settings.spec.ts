// An admin sets the service clock in the back office: a standard's days, and a
// calendar day with its source, added and removed; bad input is flagged in the
// admin's language, and nothing is saved.
import { expect, test } from "@playwright/test";
import { ADMIN, clientAddress, signIn } from "./accounts";

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

test("an admin changes a standard and keeps a calendar day with its source", async ({ page }) => {
  await signIn(page, "en", ADMIN.email, ADMIN.password);
  await page.goto("/en/staff");
  await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Administration" }).click();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Deadlines" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deadlines: standards and calendars" })).toBeVisible();

  const standard = page.getByRole("form", { name: "Reply to an inquiry: Partnership" });
  await standard.getByLabel("Target").fill("0");
  await standard.getByRole("button", { name: "Save" }).click();
  await expect(standard.getByLabel("Target")).toHaveAccessibleDescription("This number is too small.");
  await standard.getByLabel("Target").fill("3");
  await standard.getByRole("button", { name: "Save" }).click();
  await expect(standard.getByText("Standard saved. New items follow it.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Reply to an inquiry: Partnership" }).getByLabel("Target")).toHaveValue("3");

  const add = page.getByRole("form", { name: "Add or replace a day" });
  await add.getByLabel("Calendar").selectOption("BEIJING");
  await add.getByLabel("Date").fill("2032-02-11");
  await add.getByLabel("Name (English)").fill("Spring Festival");
  await add.getByLabel("Name (Russian)").fill("Праздник весны");
  await add.getByLabel("Name (Chinese)").fill("春节");
  await add.getByLabel("Source address").fill("gov.cn");
  await add.getByRole("button", { name: "Add or replace a day" }).click();
  await expect(add.getByLabel("Source address")).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await add.getByLabel("Source address").fill("https://www.gov.cn/zhengce/");
  await add.getByRole("button", { name: "Add or replace a day" }).click();
  const row = page.getByRole("row").filter({ hasText: "Feb 11, 2032" });
  await expect(row).toContainText("Spring Festival");
  await expect(row.getByRole("link", { name: "www.gov.cn" })).toHaveAttribute("href", "https://www.gov.cn/zhengce/");
  await row.getByRole("button", { name: "Remove: Feb 11, 2032" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Feb 11, 2032" })).toHaveCount(0);
});
