// Forms flag a problem where it is, once (issue 16): a required field left empty
// is flagged when the visitor moves on, and an error replaces the field's hint
// instead of repeating it.
import { expect, test } from "@playwright/test";

test("registration flags an empty name on leaving it, and the password's error replaces its hint", async ({ page }) => {
  await page.goto("/en/register");
  const name = page.getByLabel("Full name");
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAccessibleDescription("At least 10 characters, with a letter and a digit; common passwords are refused.");

  await name.click();
  await page.getByLabel("E-mail").click();
  await expect(name).toHaveAccessibleDescription("This field is required.");

  await password.fill("short1");
  await page.getByLabel("Repeat the password").click();
  await expect(password).toHaveAccessibleDescription("Use at least 10 characters.");
  await expect(page.getByText("At least 10 characters, with a letter and a digit")).toHaveCount(0);
});
