// A lost or expired confirmation link is not a dead end: "Send a new link" where
// the sign-in refuses an unconfirmed account and where a confirmation link fails.
import { expect, test } from "@playwright/test";
import { clientAddress, register, signIn, signInUnconfirmed, unique } from "./accounts";
import { linkIn, waitForMails } from "./mail";

const CONFIRM = /Confirm your e-mail address/;

test.use({ extraHTTPHeaders: clientAddress() });

test("an unconfirmed investor asks for a new link from the sign-in refusal; the old link stops working", async ({ page }) => {
  const email = `late-${unique()}@example.com`;
  const password = "late-confirm-2026";
  const first = await register(page, email, password);

  await signInUnconfirmed(page, email, password);
  const resend = page.getByRole("region", { name: "A new confirmation link" });
  await expect(resend.getByLabel("E-mail")).toHaveValue(email);
  await resend.getByRole("button", { name: "Send a new link" }).click();
  await expect(resend.getByRole("status")).toHaveText(/a new link is on its way/);

  const [, second] = await waitForMails(email, CONFIRM, 2);
  await page.goto(linkIn(first));
  await expect(page.getByRole("status").first()).toHaveText(/invalid, already used or expired/);
  await page.goto(linkIn(second));
  await expect(page.getByText("Your e-mail address is confirmed")).toBeVisible();
  await signIn(page, "en", email, password);
  await expect(page).toHaveURL(/\/en\/account/);
});

test("a failed confirmation link offers a new one, in the visitor's language, with the same answer for any address", async ({ page }) => {
  const email = `expired-${unique()}@example.com`;
  await register(page, email, "expired-link-2026");

  await page.goto("/ru/verify-email?token=" + "x".repeat(43));
  await expect(page.getByText("Ссылка для подтверждения недействительна")).toBeVisible();
  const resend = page.getByRole("region", { name: "Новая ссылка для подтверждения" });
  await resend.getByLabel("Электронная почта").fill(email);
  await resend.getByRole("button", { name: "Отправить новую ссылку" }).click();
  const answer = await resend.getByRole("status").textContent();
  expect(answer).toMatch(/отправлена новая ссылка/);
  const [, fresh] = await waitForMails(email, CONFIRM, 2);

  // An address without an account gets the very same answer.
  await page.goto("/ru/verify-email?token=" + "y".repeat(43));
  const again = page.getByRole("region", { name: "Новая ссылка для подтверждения" });
  await again.getByLabel("Электронная почта").fill(`nobody-${unique()}@example.com`);
  await again.getByRole("button", { name: "Отправить новую ссылку" }).click();
  await expect(again.getByRole("status")).toHaveText(answer!);

  await page.goto(linkIn(fresh));
  await expect(page.getByText("Your e-mail address is confirmed")).toBeVisible();
});

test("registering again with an unconfirmed address sends a new link", async ({ page }) => {
  const email = `twice-${unique()}@example.com`;
  await register(page, email, "register-twice-2026");
  await register(page, email, "register-twice-2026");
  const [, second] = await waitForMails(email, CONFIRM, 2);
  await page.goto(linkIn(second));
  await expect(page.getByText("Your e-mail address is confirmed")).toBeVisible();
});
