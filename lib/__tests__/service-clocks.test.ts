// The service clock kept beside an inquiry's status, on real PostgreSQL: it
// starts on the seeded standard (2 Minsk business days, 15 days under Law
// No. 300-З), pauses on a staff reply with the investor's own due date on their
// calendar, resumes on the investor's reply with what was left, stops on close.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInquiry, replyAsInvestor } from "@/lib/data/inquiries";
import { changeInquiryStatus, replyAsStaff } from "@/lib/data/inquiry-inbox";
import { investorHolidayToday, loadCalendar, missingCalendarYears } from "@/lib/data/calendars";
import { dueAt, localDay } from "@/lib/service-clock";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let staff: CurrentUser, investor: CurrentUser;

beforeAll(async () => {
  [staff, investor] = await Promise.all([createTestUser("STAFF", tag), createTestUser("INVESTOR", tag)]);
  // A company from China: its replies are counted on the Beijing calendar.
  await db.user.update({ where: { id: investor.id }, data: { country: "CN" } });
});
afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorId: staff.id } });
  await removeTestUsers(tag);
});

const clockOf = (inquiryId: string) => db.serviceClock.findUniqueOrThrow({ where: { inquiryId } });
const key = () => crypto.randomUUID();

describe("an inquiry's service clock", () => {
  it("starts, pauses for the investor, resumes with what was left, and stops", async () => {
    const id = await createInquiry(investor, {
      clientKey: key(),
      topic: "LOGISTICS",
      subject: `Rail ${tag}`,
      message: "How many trains a week?",
      contactLocale: "",
    });
    const minsk = await loadCalendar("MINSK");
    const started = await clockOf(id);
    expect(started).toMatchObject({
      stage: "INQUIRY_REPLY",
      calendar: "MINSK",
      targetDays: 2,
      targetUnit: "BUSINESS",
      legalBasis: "LAW_300_Z",
    });
    expect(started.dueAt).toEqual(dueAt(minsk, started.startedAt, 2, "BUSINESS"));
    expect(started.statutoryDueAt).toEqual(dueAt(minsk, started.startedAt, 15, "CALENDAR"));

    expect((await replyAsStaff(staff, id, "Two a day.", key())).ok).toBe(true);
    const paused = await clockOf(id);
    expect(paused.dueAt).toBeNull();
    expect(paused.pausedAt).not.toBeNull();
    expect(paused.investorCalendar).toBe("BEIJING");
    const beijing = await loadCalendar("BEIJING");
    expect(paused.investorDueAt).toEqual(dueAt(beijing, paused.pausedAt!, 10, "BUSINESS"));
    // The statutory ceiling does not pause.
    expect(paused.statutoryDueAt).toEqual(started.statutoryDueAt);

    expect((await replyAsInvestor(investor, id, "And on Sundays?", key())).ok).toBe(true);
    const resumed = await clockOf(id);
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.investorDueAt).toBeNull();
    // Paused and resumed within minutes: the same days are left, so the same due date.
    expect(localDay(resumed.dueAt!, "Europe/Minsk")).toBe(localDay(started.dueAt!, "Europe/Minsk"));

    expect((await changeInquiryStatus(staff, id, "close")).ok).toBe(true);
    expect((await clockOf(id)).stoppedAt).not.toBeNull();
    // Nothing is due on a stopped clock, so it never sorts ahead of running ones.
    expect((await clockOf(id)).dueAt).toBeNull();
    // Reopened: a new clock on the standard then in force.
    expect((await changeInquiryStatus(staff, id, "reopen")).ok).toBe(true);
    const reopened = await clockOf(id);
    expect(reopened.stoppedAt).toBeNull();
    expect(reopened.startedAt.getTime()).toBeGreaterThan(started.startedAt.getTime());
  });

  it("a running clock keeps the terms it started with when an admin changes the standard", async () => {
    const id = await createInquiry(investor, {
      clientKey: key(),
      topic: "OTHER",
      subject: `Terms ${tag}`,
      message: "Hello",
      contactLocale: "",
    });
    const changed = await db.serviceStandard.create({
      data: { stage: "INQUIRY_REPLY", topic: "OTHER", targetDays: 5, targetUnit: "BUSINESS", investorDays: 10 },
    });
    try {
      expect((await clockOf(id)).targetDays).toBe(2);
      const next = await createInquiry(investor, {
        clientKey: key(),
        topic: "OTHER",
        subject: `New ${tag}`,
        message: "Hi",
        contactLocale: "",
      });
      expect(await clockOf(next)).toMatchObject({ targetDays: 5, statutoryDays: null, legalBasis: null });
    } finally {
      await db.serviceStandard.delete({ where: { id: changed.id } });
    }
  });
});

describe("the calendars in the back office", () => {
  it("a banner while China is on holiday, with the last day off", async () => {
    const spring = await investorHolidayToday(staff, new Date("2026-02-16T10:00:00+08:00"));
    expect(spring?.names).toEqual({ en: "Spring Festival", ru: "Праздник весны", zh: "春节" });
    expect(spring?.until.toISOString().slice(0, 10)).toBe("2026-02-23");
    expect(await investorHolidayToday(staff, new Date("2026-11-24T10:00:00+08:00"))).toBeNull();
    await expect(investorHolidayToday(investor)).rejects.toThrow(/forbidden/);
  });

  it("from 1 November, next year's missing or provisional calendars are named", async () => {
    expect(await missingCalendarYears(staff, new Date("2026-10-31T12:00:00Z"))).toEqual([]);
    expect(await missingCalendarYears(staff, new Date("2026-11-01T12:00:00Z"))).toEqual([
      { calendar: "MINSK", year: 2027, status: "provisional" },
      { calendar: "BEIJING", year: 2027, status: "missing" },
    ]);
    // 2026 is confirmed for both.
    expect(await missingCalendarYears(staff, new Date("2025-11-15T12:00:00Z"))).toEqual([]);
  });
});
