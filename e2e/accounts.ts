// Shared steps for signed-in journeys: unique data, a client address per test,
// sign-in through the form, registration with the e-mailed confirmation link.
import { expect, type Browser, type Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";

export const INVESTOR = { email: "investor@demo.greatstone.local", password: "investor-demo-2026" };
export const STAFF = { email: "staff@demo.greatstone.local", password: "staff-demo-2026" };
export const ADMIN = { email: "admin@demo.greatstone.local", password: "admin-demo-2026" };
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// Each test acts as its own client address, as visitors would: per-IP limits
// (registrations, resets) then count per test, not across the whole run.
export const clientAddress = () => ({
  "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}, 10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

export async function signIn(
  page: Page,
  locale: string,
  email: string,
  password: string,
  labels = { email: "E-mail", password: "Password", submit: "Sign in" },
) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

/** Fills in and sends the registration form; returns the confirmation mail. */
export async function register(page: Page, email: string, password: string, { language = "en" } = {}) {
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Anna Investor");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Company").fill("Anna Holding GmbH");
  await page.getByLabel("Country", { exact: true }).selectOption("DE");
  // Mail goes out in the account's language, whatever page it was asked from.
  await page.getByLabel("Preferred language").selectOption(language);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("confirmation link is on its way");
  return waitForMail(email, /Confirm your e-mail address|Подтвердите адрес/);
}

/** Signs in through the form and expects the refusal of an unconfirmed address. */
export async function signInUnconfirmed(page: Page, email: string, password: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(/confirm your e-mail address first/);
}

export async function registerAndVerify(page: Page, email: string, password: string, { tryUnverified = false, language = "en" } = {}) {
  const mail = await register(page, email, password, { language });
  if (tryUnverified) await signInUnconfirmed(page, email, password);
  await page.goto(linkIn(mail));
  await expect(page.getByText(/Your e-mail address is confirmed|Адрес почты подтверждён/)).toBeVisible();
}

export async function staffPage(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: clientAddress() });
  const page = await context.newPage();
  await signIn(page, "en", STAFF.email, STAFF.password);
  return page;
}
