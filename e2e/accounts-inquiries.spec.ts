// Investors and staff end to end, in Chromium against the production build, with
// real e-mail through the outbox to the project's SMTP catcher.
import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";
import { clientAddress, registerAndVerify, signIn, staffPage, unique } from "./accounts";

// Each test acts as its own client address (see accounts.ts).
test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

test("register, verify, ask; staff assign, note and reply; the investor sees the reply but not the note", async ({ page, browser }) => {
  const email = `anna-${unique()}@example.org`;
  const password = "anna-secret-2026";
  const subject = `Land near the rail terminal ${unique()}`;
  const note = `Internal: check plot 7 first ${unique()}`;

  // An unverified account cannot sign in yet; the message says why.
  await registerAndVerify(page, email, password, { tryUnverified: true });
  await signIn(page, "en", email, password);

  await page.goto("/en/account/inquiries/new");
  await page.getByLabel("Topic").selectOption("LAND_PREMISES");
  await page.getByLabel("Subject").fill("Hi");
  await page.getByLabel("Message").fill("We need 5 ha with a rail siding. What is available?");
  await page.getByRole("button", { name: "Send inquiry" }).click();
  const subjectField = page.getByLabel("Subject");
  await expect(subjectField).toHaveAttribute("aria-invalid", "true");
  await expect(subjectField).toHaveAccessibleDescription("This is too short.");
  await subjectField.fill(subject);
  await page.getByRole("button", { name: "Send inquiry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const threadUrl = page.url();

  const staff = await staffPage(browser);
  await staff.goto("/en/staff/inquiries?q=" + encodeURIComponent(subject));
  await staff.getByRole("link", { name: subject }).click();
  await staff.getByLabel("Assign to").selectOption({ label: "Demo Staff" });
  await staff.getByRole("button", { name: "Assign" }).click();
  await expect(staff.getByText("Demo Staff assigned it")).toBeVisible();
  await staff.getByLabel("Internal note").fill(note);
  await staff.getByRole("button", { name: "Add note" }).click();
  await expect(staff.getByText(note)).toBeVisible();
  await staff.getByLabel("Reply to the investor").fill("Plots of 5 ha with a siding are available in the first phase.");
  await staff.getByRole("button", { name: "Send reply" }).click();
  await expect(staff.getByText("Plots of 5 ha with a siding")).toBeVisible();
  await expect(staff.locator(".badge").filter({ hasText: "Answered" }).first()).toBeVisible();

  await page.goto(threadUrl);
  await expect(page.getByText("Plots of 5 ha with a siding are available")).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
  expect(await page.content()).not.toContain(note);
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  // Marking everything read updates the header too, without a reload.
  await page.goto("/en/account/notifications");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await page.locator(".account-button").click();
  await expect(page.getByRole("link", { name: "Notifications (0)" })).toBeVisible();
  await expect(page.getByTestId("unread-count")).toHaveCount(0);
  const mail = await waitForMail(email, /Reply to your inquiry/);
  expect(mail.text).toContain(subject);
  expect(mail.text).not.toContain(note);
});

test("password reset in Russian through the e-mailed link; the old password stops working", async ({ page }) => {
  const email = `olga-${unique()}@example.org`;
  await registerAndVerify(page, email, "first-password-1", { language: "ru" });
  await page.goto("/ru/forgot-password");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByRole("status")).toContainText("ссылка");
  const mail = await waitForMail(email, /Сброс пароля/);
  expect(linkIn(mail)).toContain("/ru/reset-password?token=");
  await page.goto(linkIn(mail));
  await page.getByLabel("Новый пароль").fill("второй-пароль-2");
  await page.getByLabel("Повторите пароль").fill("другой-пароль-3");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByLabel("Повторите пароль")).toHaveAccessibleDescription("Пароли не совпадают.");
  await page.getByLabel("Повторите пароль").fill("второй-пароль-2");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByRole("status")).toContainText("Пароль изменён");

  const ru = { email: "Электронная почта", password: "Пароль", submit: "Войти" };
  await page.goto("/ru/sign-in");
  await page.getByLabel(ru.email).fill(email);
  await page.getByLabel(ru.password, { exact: true }).fill("first-password-1");
  await page.getByRole("button", { name: ru.submit }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Неверный адрес почты или пароль.");
  await signIn(page, "ru", email, "второй-пароль-2", ru);
  await expect(page).toHaveURL(/\/ru\/account$/);
});

test("the signed-in areas turn visitors and other investors away", async ({ page, browser }) => {
  const response = await page.goto("/en/account/inquiries");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount%2Finquiries/);
  expect(response?.status()).toBe(200);

  // Investor A's inquiry is not found for investor B, by URL as by action.
  const a = `a-${unique()}@example.org`;
  await registerAndVerify(page, a, "investor-a-pass-1");
  await signIn(page, "en", a, "investor-a-pass-1");
  await page.goto("/en/account/inquiries/new");
  await page.getByLabel("Subject").fill("Private question");
  await page.getByLabel("Message").fill("Only for the park.");
  await page.getByRole("button", { name: "Send inquiry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Private question" })).toBeVisible();
  const url = new URL(page.url()).pathname;

  const other = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  const b = `b-${unique()}@example.org`;
  await registerAndVerify(other, b, "investor-b-pass-1");
  await signIn(other, "en", b, "investor-b-pass-1");
  const denied = await other.goto(url);
  expect(denied?.status()).toBe(404);
  await expect(other.getByText("Only for the park.")).toHaveCount(0);

  // An investor is sent away from the back office.
  await other.goto("/en/staff/inquiries");
  await expect(other).toHaveURL(/\/en\/account$/);
});

test("sign-in attempts are rate limited per account and address: the endpoint answers 429 and the form says why", async ({ browser }) => {
  const email = `limited-${unique()}@example.org`;
  // One client address for the API attempts and the page (e2e/accounts.ts).
  const context = await browser.newContext({ extraHTTPHeaders: clientAddress() });
  const attempt = async () => {
    const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
    return context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: "wrong-password-1", json: "true" },
    });
  };
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(401);
  const limited = await attempt();
  expect(limited.status()).toBe(429);
  expect((await limited.json()).url).toContain("error=RateLimited");

  const page = await context.newPage();
  await page.goto("/zh/sign-in");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("wrong-password-1");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("登录尝试次数过多。请等待15分钟后再试。");
  await context.close();
});
