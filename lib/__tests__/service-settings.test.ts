// Admins' settings of the service clock, on real PostgreSQL: a changed standard
// applies to new items only; calendar days and years are kept with their
// sources and audited; staff and investors may not change them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInquiry } from "@/lib/data/inquiries";
import { loadCalendar, missingCalendarYears } from "@/lib/data/calendars";
import {
  changeStandard,
  listStandardsInForce,
  removeCalendarEntry,
  saveCalendarEntry,
  saveCalendarYear,
} from "@/lib/data/service-settings";
import { calendarEntrySchema, calendarYearSchema, standardChangeSchema } from "@/lib/validations/service-clock";
import { isBusinessDay } from "@/lib/service-clock";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import { code } from "@/lib/testing/outcome";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let admin: CurrentUser, staff: CurrentUser, investor: CurrentUser;
const key = { stage: "INQUIRY_REPLY" as const, topic: "PARTNERSHIP" as const };
let before: Date;
beforeAll(async () => {
  [admin, staff, investor] = await Promise.all([
    createTestUser("ADMIN", tag),
    createTestUser("STAFF", tag),
    createTestUser("INVESTOR", tag),
  ]);
  before = new Date();
});
afterAll(async () => {
  // Back to the seeded standard and calendars.
  await db.serviceStandard.deleteMany({ where: { ...key, createdAt: { gte: before } } });
  await db.calendarEntry.deleteMany({ where: { date: { gte: new Date("2031-01-01") } } });
  await db.calendarYear.deleteMany({ where: { year: 2031 } });
  await db.auditLog.deleteMany({ where: { actorId: admin.id } });
  await removeTestUsers(tag);
});

describe("service settings", () => {
  it("a changed standard applies to new inquiries; a running clock keeps its terms", async () => {
    const first = await createInquiry(investor, {
      clientKey: crypto.randomUUID(),
      topic: "PARTNERSHIP",
      subject: `JV ${tag}`,
      message: "Hi",
      contactLocale: "",
    });
    await expect(changeStandard(staff, key, standardChangeSchema.parse({ targetDays: "5", investorDays: "7" }))).rejects.toThrow(
      /forbidden/,
    );
    expect(code(await changeStandard(admin, key, standardChangeSchema.parse({ targetDays: "5", investorDays: "7" })))).toBe("ok");
    const inForce = (await listStandardsInForce(admin)).find((s) => s.stage === key.stage && s.topic === key.topic);
    // The statutory ceiling comes along unchanged.
    expect(inForce).toMatchObject({ targetDays: 5, investorDays: 7, statutoryDays: 15, legalBasis: "LAW_300_Z" });
    const second = await createInquiry(investor, {
      clientKey: crypto.randomUUID(),
      topic: "PARTNERSHIP",
      subject: `JV2 ${tag}`,
      message: "Hi",
      contactLocale: "",
    });
    expect((await db.serviceClock.findUniqueOrThrow({ where: { inquiryId: first } })).targetDays).toBe(2);
    expect((await db.serviceClock.findUniqueOrThrow({ where: { inquiryId: second } })).targetDays).toBe(5);
    expect(standardChangeSchema.safeParse({ targetDays: "0", investorDays: "x" }).error?.issues.map((i) => i.message)).toEqual([
      "tooSmall",
      "wholeNumber",
    ]);
  });

  it("calendar days are added, replaced and removed, with their sources; years set the warning", async () => {
    const entry = calendarEntrySchema.parse({
      calendar: "BEIJING",
      date: "2031-01-06",
      kind: "HOLIDAY",
      nameEn: "Test day",
      nameRu: "Тестовый день",
      nameZh: "测试日",
      sourceUrl: "https://www.gov.cn/zhengce/",
    });
    await expect(saveCalendarEntry(staff, entry)).rejects.toThrow(/forbidden/);
    expect(code(await saveCalendarEntry(admin, entry))).toBe("ok");
    expect(isBusinessDay(await loadCalendar("BEIJING"), "2031-01-06")).toBe(false);
    expect(code(await saveCalendarEntry(admin, { ...entry, kind: "WORKDAY", date: "2031-01-04" }))).toBe("ok");
    expect(isBusinessDay(await loadCalendar("BEIJING"), "2031-01-04")).toBe(true); // a Saturday worked
    expect(code(await removeCalendarEntry(admin, "BEIJING", "2031-01-06"))).toBe("ok");
    expect(code(await removeCalendarEntry(admin, "BEIJING", "2031-01-06"))).toBe("notFound");
    expect(isBusinessDay(await loadCalendar("BEIJING"), "2031-01-06")).toBe(true);
    expect(calendarEntrySchema.safeParse({ ...entry, sourceUrl: "not a url", date: "2031-02-30" }).success).toBe(false);

    const nov2030 = new Date("2030-11-02T12:00:00Z");
    expect((await missingCalendarYears(admin, nov2030)).map((m) => m.calendar)).toEqual(["MINSK", "BEIJING"]);
    const year = calendarYearSchema.parse({
      calendar: "BEIJING",
      year: "2031",
      status: "CONFIRMED",
      sourceTitle: "国办发明电",
      sourceUrl: "https://www.gov.cn/",
    });
    expect(code(await saveCalendarYear(admin, year))).toBe("ok");
    expect((await missingCalendarYears(admin, nov2030)).map((m) => m.calendar)).toEqual(["MINSK"]);
    const audit = await db.auditLog.findMany({
      where: { actorId: admin.id, action: { startsWith: "calendar." } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["calendar.entry", "calendar.entry", "calendar.remove", "calendar.year"]);
  });
});
