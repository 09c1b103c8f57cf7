// The contact page's form needs no account: the visitor confirms their address
// through the e-mailed link, the message then reaches the staff inbox as a
// contact-form inquiry, and the staff reply goes out by e-mail with a link to
// choose a password and keep the thread (issue 15).
import { expect, test } from "@playwright/test";
import { clientAddress, staffPage, unique } from "./accounts";
import { linkIn, waitForMail } from "./mail";

test.use({ extraHTTPHeaders: clientAddress() });

test("a visitor writes in Chinese without an account, confirms, and staff see and answer it", async ({ page, browser }) => {
  const email = `guest-${unique()}@example.com`;
  const subject = `需要带铁路专用线的地块 ${unique()}`;
  await page.goto("/zh/contacts");
  const form = page.getByRole("region", { name: "给园区留言" });
  await form.getByLabel("您的姓名").fill("李伟");
  await form.getByLabel("公司（选填）").fill("哈尔滨零部件有限公司");
  await form.getByLabel("电子邮箱").fill(email);
  await form.getByLabel("标题").fill(subject);
  await form.getByLabel("内容").fill("我们需要约3公顷、带铁路专用线的地块。");
  await form.getByRole("button", { name: "发送" }).click();
  await expect(form.getByRole("status")).toHaveText(/我们已向您发送一封带链接的邮件/);

  const confirm = await waitForMail(email, /请确认您发给中白工业园的留言/);
  await page.goto(linkIn(confirm));
  await expect(page.getByRole("status")).toHaveText(/留言已转交园区工作人员/);

  const staff = await staffPage(browser);
  await staff.goto("/en/staff/inquiries?sort=newest");
  const row = staff.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText("Contact form");
  await row.getByRole("link", { name: subject }).click();
  await staff.getByLabel("Reply to the investor").fill("Plots with a rail siding are in the second phase.");
  await staff.getByRole("button", { name: "Send reply" }).click();

  const reply = await waitForMail(email, /中白工业园回复/);
  expect(reply.text).toContain("Plots with a rail siding are in the second phase.");
  expect(linkIn(reply)).toMatch(/\/zh\/reset-password\?token=/);
});

test("the form flags bad fields in the visitor's language and keeps nothing", async ({ page }) => {
  await page.goto("/ru/contacts");
  const form = page.getByRole("region", { name: "Написать в парк" });
  await form.getByLabel("Электронная почта").fill("не-адрес");
  await form.getByRole("button", { name: "Отправить" }).click();
  await expect(form.getByText("Введите правильный адрес электронной почты.")).toBeVisible();
  // The name, subject and message are required too; nothing was sent.
  await expect(form.locator(".field-error")).toHaveCount(4);
  await expect(form.getByRole("status")).toHaveCount(0);
});
