// Answer templates end to end: an admin writes one in three languages (a
// placeholder the portal cannot fill is refused, in the language where it is);
// a staff member inserts it into a reply to a Russian-speaking investor and gets
// the Russian text with the inquiry's values filled in, to edit before sending.
import { expect, test } from "@playwright/test";
import { ADMIN, clientAddress, registerAndVerify, signIn, staffPage, unique } from "./accounts";

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

test("an admin's template, inserted in Russian with its placeholders filled", async ({ page, browser }) => {
  const title = `Склад ${unique()}`;
  const admin = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  await signIn(admin, "en", ADMIN.email, ADMIN.password);
  await admin.goto("/en/staff/templates/new");
  await admin.getByLabel("Title").fill(title);
  await admin.getByLabel("Text (English)").fill("Dear {investorName}, about “{inquirySubject}”: we answer by {dueDate}. {staffName}");
  await admin.getByLabel("Text (Russian)").fill("Здравствуйте, {имя}!");
  await admin.getByLabel("Text (Chinese)").fill("{investorName}您好：关于“{inquirySubject}”，我们将于{dueDate}前答复。{staffName}");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByLabel("Text (Russian)")).toHaveAccessibleDescription(/placeholder the portal cannot fill/);
  await admin
    .getByLabel("Text (Russian)")
    .fill("Здравствуйте, {investorName}! По обращению «{inquirySubject}» ответим до {dueDate}. {staffName}");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // A Russian-speaking investor asks.
  const email = `olga-${unique()}@example.org`;
  const subject = `Аренда склада ${unique()}`;
  await registerAndVerify(page, email, "olga-secret-2026", { language: "ru" });
  await signIn(page, "en", email, "olga-secret-2026");
  await page.goto("/ru/account/inquiries/new");
  await page.getByLabel("Тема", { exact: true }).selectOption("LAND_PREMISES");
  await page.getByLabel("Заголовок").fill(subject);
  await page.getByLabel("Сообщение").fill("Нужен склад на 2000 м².");
  await page.getByRole("button", { name: "Отправить обращение" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const due = (await page.getByTestId("service-clock").locator("strong").first().innerText()).match(/до (.+?) \(/)![1];

  const staff = await staffPage(browser);
  await staff.goto("/en/staff/inquiries?q=" + encodeURIComponent(subject));
  await staff.getByRole("link", { name: subject }).click();
  await staff.getByLabel("Insert a template").selectOption({ label: title });
  await staff.getByRole("button", { name: "Insert" }).click();
  const reply = staff.getByLabel("Reply to the investor");
  await expect(reply).toHaveValue(`Здравствуйте, Anna Investor! По обращению «${subject}» ответим до ${due}. Demo Staff`);
  // Edited, then sent.
  await reply.fill((await reply.inputValue()) + " Площадь уточним.");
  await staff.getByRole("button", { name: "Send reply" }).click();
  // Sent once the thread shows it (and the box is empty again).
  await expect(reply).toHaveValue("");
  await expect(staff.locator(".message-body", { hasText: "Площадь уточним." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Площадь уточним.")).toBeVisible();
});
