// The service clock end to end: an investor sees by when the answer to a new
// inquiry is due and on what basis, on the page and in the acknowledgement
// e-mail; staff see it overdue once the clock has run past its due time (the
// test moves the clock's due instant back in the database, the controllable
// clock); a Russian reader gets the same in Russian.
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { seedCalendarEntries } from "../prisma/seed/calendars";
import { CALENDAR_TIME_ZONES, dueAt, type Calendar } from "../lib/service-clock";
import { waitForMail } from "./mail";
import { clientAddress, registerAndVerify, signIn, staffPage, unique } from "./accounts";

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

const minsk: Calendar = {
  code: "MINSK",
  timeZone: CALENDAR_TIME_ZONES.MINSK,
  entries: new Map(seedCalendarEntries.filter((e) => e.calendar === "MINSK").map((e) => [e.date, e.kind])),
};
const longDate = (locale: string, date: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Minsk" }).format(date);

test("a new inquiry shows its due date and basis, in the e-mail too; staff see it overdue once its time has passed", async ({
  page,
  browser,
}) => {
  const email = `clock-${unique()}@example.org`;
  const subject = `Customs warehouse ${unique()}`;
  await registerAndVerify(page, email, "clock-secret-2026");
  await signIn(page, "en", email, "clock-secret-2026");
  await page.goto("/en/account/inquiries/new");
  await page.getByLabel("Topic").selectOption("LOGISTICS");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Message").fill("Is there a bonded warehouse in the park?");
  const sentAt = new Date();
  await page.getByRole("button", { name: "Send inquiry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const inquiryId = new URL(page.url()).pathname.split("/").pop()!;

  // Computed here from the seeded calendar, independently of the server.
  const due = longDate("en", dueAt(minsk, sentAt, 2, "BUSINESS"));
  const statutory = longDate("en", dueAt(minsk, sentAt, 15, "CALENDAR"));
  const notice = page.getByTestId("service-clock");
  await expect(notice).toContainText(`Answer due by ${due} (Minsk time)`);
  await expect(notice).toContainText("Service standard: 2 business days");
  await expect(notice).toContainText(`Statutory limit: 15 days, by ${statutory}`);
  await expect(notice.getByRole("link", { name: /Law of the Republic of Belarus No\. 300-З of 18 July 2011, Art\. 17/ })).toHaveAttribute(
    "href",
    /pravo\.by/,
  );

  const mail = await waitForMail(email, /We have received your inquiry/);
  expect(mail.text).toContain(`will answer by ${due} (Minsk time)`);
  expect(mail.text).toContain(`The statutory limit is 15 days, until ${statutory}`);

  // The same page in Russian.
  await page.goto(`/ru/account/inquiries/${inquiryId}`);
  await expect(page.getByTestId("service-clock")).toContainText(`Ответ до ${longDate("ru", dueAt(minsk, sentAt, 2, "BUSINESS"))}`);
  await expect(page.getByTestId("service-clock")).toContainText("Стандарт обслуживания: 2 рабочих дня");

  // Staff: on track now; overdue once the due time is behind us.
  const staff = await staffPage(browser);
  const row = () => staff.getByRole("row").filter({ hasText: subject });
  await staff.goto("/en/staff/inquiries?q=" + encodeURIComponent(subject));
  await expect(row().locator("[data-clock-state]")).toHaveAttribute("data-clock-state", /onTrack|dueToday/);
  const sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "", { max: 1 });
  try {
    await sql`UPDATE "ServiceClock" SET "dueAt" = now() - interval '1 hour' WHERE "inquiryId" = ${inquiryId}`;
  } finally {
    await sql.end();
  }
  await staff.reload();
  await expect(row().locator("[data-clock-state]")).toHaveAttribute("data-clock-state", "overdue");
  await expect(row()).toContainText("Overdue");
  // Due-date order puts it before everything still on time.
  await staff.goto("/en/staff/inquiries");
  await expect(staff.locator("tbody tr").first().locator("[data-clock-state]")).toHaveAttribute("data-clock-state", "overdue");
  await staff.goto("/en/staff");
  await expect(staff.locator('[data-clock-count="overdue"] dd')).not.toHaveText("0");

  // A staff reply pauses the clock: the investor is told since when, and by when to answer (Germany: weekdays).
  await staff.goto(`/en/staff/inquiries/${inquiryId}`);
  await staff.getByLabel("Reply to the investor").fill("Yes, run by the park's logistics operator.");
  await staff.getByRole("button", { name: "Send reply" }).click();
  await expect(staff.getByText("Yes, run by the park's logistics operator.")).toBeVisible();
  await page.goto(`/en/account/inquiries/${inquiryId}`);
  await expect(page.getByTestId("service-clock")).toContainText("the Administration is waiting for your reply");
  await expect(page.getByTestId("service-clock")).toContainText("(counting Monday to Friday)");
});
