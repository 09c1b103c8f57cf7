// An investment proposal end to end: filled in over two sittings, a PDF
// uploaded, submitted; staff ask for information, the investor answers; staff
// approve and publish the resident listing; the investor follows it all.
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { waitForMail } from "./mail";
import { clientAddress, registerAndVerify, signIn, staffPage, unique } from "./accounts";

const PDF = fileURLToPath(new URL("./fixtures/business-plan.pdf", import.meta.url));

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

test("proposal: two sittings, a document, information requested and answered, approved, listed", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `proposer-${unique()}@example.org`;
  const company = `Baltic Precision ${unique()}`;
  const title = `Servo drives plant ${unique()}`;
  await registerAndVerify(page, email, "proposer-pass-1");
  await signIn(page, "en", email, "proposer-pass-1");

  // First sitting: the company step, saved explicitly, then part of the project.
  await page.goto("/en/account/proposals");
  await page.getByRole("button", { name: "Start a new proposal" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Company" })).toBeVisible();
  await page.getByLabel("Legal name of the company").fill(company);
  await page.getByLabel("Country of registration").selectOption("LT");
  await page.getByLabel("Website").fill("not a url");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByLabel("Website")).toHaveAccessibleDescription("Enter a web address starting with http:// or https://.");
  await page.getByLabel("Website").fill("https://baltic-precision.example");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Project" })).toBeVisible();
  await page.getByLabel("Project title").fill(title);
  await page.getByLabel("Sector").selectOption("MECHANICAL_ENGINEERING");
  // Autosave, no button: wait for the confirmation, then leave.
  await expect(page.getByText("Saved automatically.")).toBeVisible({ timeout: 10_000 });

  // Second sitting: back where we stopped, with what we typed.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Project" })).toBeVisible();
  await expect(page.getByLabel("Project title")).toHaveValue(title);
  await page
    .getByLabel("Project description")
    .fill("A plant for servo drives and motion controllers, mostly for export to the EU and EAEU.");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByLabel("Total investment (USD)").fill("3000000");
  await page.getByLabel("Of which within the first three years (USD)").fill("400000");
  await expect(page.getByTestId("threshold-guidance")).toContainText("$2,000,000 short of the total");
  await page.getByLabel("Of which within the first three years (USD)").fill("1500000");
  await expect(page.getByTestId("threshold-guidance")).toContainText("within three years meets");
  await page.getByLabel("Jobs to be created").fill("85");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByLabel("Project start").fill("2027-04-01");
  await page.getByLabel("Production start").fill("2028-09-01");
  await page.getByRole("button", { name: "Save and continue" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Documents" })).toBeVisible();
  await page.getByLabel("File").setInputFiles(PDF);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("link", { name: "business-plan.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "Submit proposal" }).click();
  await expect(page.getByText("Your proposal has been submitted.")).toBeVisible();
  const proposalUrl = page.url();
  await waitForMail(email, /Your proposal: submitted/);

  // Staff: review, ask for information.
  const staff = await staffPage(browser);
  await staff.goto(`/en/staff/proposals?q=${encodeURIComponent(title)}`);
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByRole("link", { name: "business-plan.pdf" })).toBeVisible();
  await staff.getByLabel("Action").selectOption("startReview");
  await staff.getByRole("button", { name: "Next step" }).click();
  await expect(staff.locator(".badge").filter({ hasText: "In review" }).first()).toBeVisible();
  await staff.getByLabel("Action").selectOption("requestInfo");
  await staff.getByLabel("Reason or question (the investor sees it)").fill("Please add the expected power demand in MW.");
  await staff.getByLabel("Internal note (staff only)").fill("Grid capacity in phase 2 is tight");
  await staff.getByRole("button", { name: "Next step" }).click();
  await expect(staff.locator(".badge").filter({ hasText: "Information requested" }).first()).toBeVisible();

  // Investor: sees the question (not the internal note), answers.
  await waitForMail(email, /Your proposal: information requested/);
  await page.goto(proposalUrl);
  await expect(page.getByText("Please add the expected power demand in MW.")).toBeVisible();
  await expect(page.getByText("Grid capacity in phase 2 is tight")).toHaveCount(0);
  await page.getByLabel("Your answer").fill("About 4 MW at full production.");
  await page.getByRole("button", { name: "Send answer" }).click();
  await expect(page.locator(".badge").filter({ hasText: "In review" }).first()).toBeVisible();

  // Staff: approve with a reason, create the listing, publish it.
  await staff.reload();
  await staff.getByLabel("Action").selectOption("approve");
  await staff.getByLabel("Reason or question (the investor sees it)").fill("Meets the park's priorities; welcome.");
  await staff.getByRole("button", { name: "Next step" }).click();
  await staff.getByRole("button", { name: "Create a draft resident listing" }).click();
  await expect(staff.getByText(/Draft listing .* \(not published\)/)).toBeVisible();

  // Not in the public directory until published.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/residents?q=${encodeURIComponent(company)}`);
  await expect(visitor.getByRole("link", { name: company })).toHaveCount(0);
  await staff.getByRole("button", { name: "Publish listing" }).click();
  await expect(staff.getByText(/Published listing/)).toBeVisible();
  await visitor.goto(`/en/residents?q=${encodeURIComponent(company)}`);
  await expect(visitor.getByRole("link", { name: company })).toBeVisible();
  await visitor.getByRole("link", { name: company }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: company })).toBeVisible();

  // The investor's timeline and e-mail.
  const approved = await waitForMail(email, /Your proposal: approved/);
  expect(approved.text).toContain("Meets the park's priorities; welcome.");
  await page.goto(proposalUrl);
  const timeline = page.locator(".timeline");
  for (const step of ["Submitted", "In review", "Information requested", "Approved"]) await expect(timeline).toContainText(step);
  await expect(timeline).toContainText("Please add the expected power demand in MW.");
  await expect(timeline).not.toContainText("Grid capacity");
});

test("another investor gets 404 for a proposal and its document", async ({ page, browser }) => {
  const a = `owner-${unique()}@example.org`;
  await registerAndVerify(page, a, "owner-pass-123");
  await signIn(page, "en", a, "owner-pass-123");
  await page.goto("/en/account/proposals");
  await page.getByRole("button", { name: "Start a new proposal" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Company" })).toBeVisible();
  const url = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "5. Documents" }).click();
  await page.getByLabel("File").setInputFiles(PDF);
  await page.getByRole("button", { name: "Upload" }).click();
  const href = await page.getByRole("link", { name: "business-plan.pdf" }).getAttribute("href");
  const own = await page.request.get(href!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toContain("business-plan.pdf");

  const other = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  const b = `other-${unique()}@example.org`;
  await registerAndVerify(other, b, "other-pass-123");
  await signIn(other, "en", b, "other-pass-123");
  expect((await other.goto(url))?.status()).toBe(404);
  expect((await other.request.get(href!)).status()).toBe(404);
  // A renamed executable is refused by the upload endpoint.
  const exe = await page.request.post(`/api/proposals/${url.split("/").pop()}/documents`, {
    multipart: {
      kind: "OTHER",
      file: { name: "plan.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) },
    },
  });
  expect(exe.status()).toBe(415);
});
