// Sign-out ends the session on the server: a copy of the cookie taken before no
// longer works; "Sign out everywhere else" ends the other browser's session.
import { expect, test } from "@playwright/test";
import { clientAddress, registerAndVerify, signIn, unique } from "./accounts";

test("a cookie copied before sign-out stops working; other sessions end on request", async ({ browser }) => {
  const email = `sessions-${unique()}@example.org`;
  const password = "quiet-harbour-2026";
  const first = await browser.newContext({ extraHTTPHeaders: clientAddress() });
  const page = await first.newPage();
  await registerAndVerify(page, email, password);
  await signIn(page, "en", email, password);

  // A second browser, and a copy of the first one's cookies.
  const second = await browser.newContext({ extraHTTPHeaders: clientAddress() });
  const other = await second.newPage();
  await signIn(other, "en", email, password);
  const copied = await first.cookies();

  await page.goto("/en/account");
  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(page.getByTestId("announcer")).toHaveText("1 other session was ended.");
  expect((await (await second.request.get("/api/me")).json()).signedIn).toBe(false);
  expect((await (await first.request.get("/api/me")).json()).signedIn).toBe(true);

  // Sign out in the first browser (from the header's account menu), then come back with the copied cookie.
  await page.locator(".account-button").click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(/\/en$/);
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  expect((await (await replay.request.get("/api/me")).json()).signedIn).toBe(false);
  const account = await replay.newPage();
  await account.goto("/en/account");
  await expect(account).toHaveURL(/\/en\/sign-in/);
  await Promise.all([first.close(), second.close(), replay.close()]);
});
