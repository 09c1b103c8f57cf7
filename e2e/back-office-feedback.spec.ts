// The rough edges of the back office, as a user meets them: every action says
// what it did; names a person understands; declining asks first; an investor's
// name leads to their history; after a session ends, signing in again returns
// to the page the user was on.
import { expect, test } from "@playwright/test";
import { INVESTOR, clientAddress, registerAndVerify, signIn, staffPage, unique } from "./accounts";

test.use({ extraHTTPHeaders: clientAddress() });

test("an inquiry's status and assignment say what they did; the investor's name leads to their history", async ({ browser }) => {
  const staff = await staffPage(browser);
  await staff.goto("/en/staff/inquiries");
  await staff.getByRole("link", { name: "A 2 ha plot with a rail siding" }).click();

  await staff.getByLabel("Assign to").selectOption({ label: "Demo Staff" });
  await staff.getByRole("button", { name: "Assign" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Assignment saved." })).toBeVisible();

  // The button says what it does, not the name of its select.
  await staff.getByLabel("Status").selectOption("close");
  await staff.getByRole("button", { name: "Change status" }).click();
  await expect(staff.getByTestId("announcer")).toHaveText("Status changed.");
  await expect(staff.getByLabel("Status")).toHaveValue("reopen");
  await staff.getByRole("button", { name: "Change status" }).click();
  await expect(staff.getByLabel("Status")).toHaveValue("close");
  await expect(staff.getByTestId("announcer")).toHaveText("Status changed.");

  // Times say which zone they are in.
  await expect(staff.locator("ol.history time").first()).toContainText("(Minsk time)");
  await expect(staff.locator("ol.history time").first()).toHaveAttribute("datetime", /Z$/);
  await staff.getByRole("link", { name: "Demo Investor" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Demo Investor" })).toBeVisible();
  const inquiries = staff.getByRole("region", { name: /Inquiries \(\d+\)/ });
  await expect(inquiries.getByRole("link", { name: "A 2 ha plot with a rail siding" })).toBeVisible();
  const proposals = staff.getByRole("region", { name: /Proposals \(\d+\)/ });
  await proposals.getByRole("link", { name: "Components warehouse and assembly line" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Components warehouse and assembly line" })).toBeVisible();
});

test("declining a proposal asks first; the pipeline links the investor; figure forms are named for people", async ({ browser }) => {
  const staff = await staffPage(browser);
  await staff.goto("/ru/staff/proposals");
  const row = staff.getByRole("row").filter({ hasText: "Components warehouse and assembly line" });
  await expect(row.getByRole("link", { name: "Demo Investor" })).toHaveAttribute("href", /\/ru\/staff\/investors\//);
  await row.getByRole("link", { name: "Components warehouse and assembly line" }).click();

  await staff.getByLabel("Действие").selectOption("startReview");
  await staff.getByRole("button", { name: "Следующий шаг" }).click();
  await expect(staff.getByTestId("announcer")).toHaveText("Выполнено действие «Начать рассмотрение».");
  await expect(staff.locator("p .badge").first()).toHaveText("На рассмотрении");
  await staff.getByLabel("Действие").selectOption("decline");
  await staff.getByLabel("Причина или вопрос (инвестор увидит)").fill("Не подходит по профилю.");
  await staff.getByRole("button", { name: "Следующий шаг" }).click();
  const dialog = staff.getByRole("dialog", { name: "Отклонить это предложение?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Отмена" }).click();
  await expect(dialog).toBeHidden();
  await staff.reload();
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(staff.locator("p .badge").first()).toHaveText("На рассмотрении");

  await staff.goto("/zh/staff/figures");
  await expect(staff.getByRole("form", { name: "新数值：已建成建筑" })).toBeVisible();
  await staff.goto("/en/staff/figures");
  await expect(staff.getByRole("form", { name: "New value: Buildings completed" })).toBeVisible();
});

test("after a password change ends a session, signing in again returns to the page the user was on", async ({ browser }) => {
  const email = `returning-${unique()}@example.org`;
  const password = "returning-pass-2026";
  const elsewhere = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  await registerAndVerify(elsewhere, email, password);
  await signIn(elsewhere, "en", email, password);
  const here = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  await signIn(here, "en", email, password);
  await here.goto("/en/account/notifications");

  // The password changes in the other browser: every session ends, this one too.
  await elsewhere.goto("/en/account");
  await elsewhere.getByLabel("Current password").fill(password);
  await elsewhere.getByLabel("New password").fill("returning-pass-2027");
  await elsewhere.getByLabel("Repeat the password").fill("returning-pass-2027");
  await elsewhere.getByRole("button", { name: "Change password" }).click();
  await expect(elsewhere.getByRole("status")).toContainText("Your password is changed");

  await here.reload();
  await expect(here).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount%2Fnotifications/);
  await here.getByLabel("E-mail").fill(email);
  await here.getByLabel("Password", { exact: true }).fill("returning-pass-2027");
  await here.getByRole("button", { name: "Sign in" }).click();
  await expect(here).toHaveURL(/\/en\/account\/notifications$/);
});

test("an action refused because the session ended links to a sign-in that comes back here", async ({ browser }) => {
  const page = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  await signIn(page, "en", INVESTOR.email, INVESTOR.password);
  await page.goto("/en/account/inquiries/new?topic=LOGISTICS");
  await page.context().clearCookies();
  await page.getByLabel("Subject").fill("Rail freight to Duisburg");
  await page.getByLabel("Message").fill("How many trains a week leave the terminal?");
  await page.getByRole("button", { name: "Send inquiry" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Your session has ended" });
  await expect(refusal.getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    "/en/sign-in?callbackUrl=" + encodeURIComponent("/en/account/inquiries/new?topic=LOGISTICS"),
  );
});
