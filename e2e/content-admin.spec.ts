// Content from the back office reaches the cached public pages at once: staff
// create, publish and then edit a resident listing; each change is visible on
// the next public request (on-demand revalidation, not a redeploy).
import { expect, test } from "@playwright/test";
import { clientAddress, signIn, STAFF, unique } from "./accounts";

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

test("staff publish a listing and edit its description; the public page follows on the next request", async ({ page, browser }) => {
  const name = `Optical Fibre ${unique()}`;
  const slug = `optical-fibre-${unique()}`;
  await signIn(page, "en", STAFF.email, STAFF.password);
  await page.goto("/en/staff/residents/new");
  await page.getByLabel("Company name").fill(name);
  await page.getByLabel("Address (slug)").fill("Not A Slug");
  await page.getByLabel("Country (two-letter code)").fill("cn");
  await page.getByLabel("Summary (en)").fill("Optical fibre preforms for telecom networks.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#slug-error")).toHaveText("Use lower-case letters, digits and hyphens.");
  await page.getByLabel("Address (slug)").fill(slug);
  await expect(page.locator("legend", { hasText: "Russian" })).toContainText("missing");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(`/en/residents/${slug}`))?.status()).toBe(404);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  expect((await visitor.goto(`/en/residents/${slug}`))?.status()).toBe(200);
  await expect(visitor.locator("p.lead")).toHaveText("Optical fibre preforms for telecom networks.");
  // Twice more, so the page is certainly served from the cache now.
  await visitor.reload();
  await visitor.reload();

  await page.getByLabel("Summary (en)").fill("Optical fibre preforms and cables, made in Great Stone.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. The public pages are updated.")).toBeVisible();

  await visitor.reload();
  await expect(visitor.locator("p.lead")).toHaveText("Optical fibre preforms and cables, made in Great Stone.");
  await visitor.goto(`/zh/residents/${slug}`);
  await expect(visitor.locator("p.lead")).toHaveText("Optical fibre preforms and cables, made in Great Stone.");
});
