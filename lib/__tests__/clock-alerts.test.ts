// The service clock's reminders on real PostgreSQL: the assignee is told once
// when 80 % of the time has passed, the assignee and admins once at the breach,
// even when two instances run the loop at the same moment; a resumption starts
// the reminders over.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendClockAlerts } from "@/lib/clock-alerts";
import { createInquiry } from "@/lib/data/inquiries";
import { assignInquiry, replyAsStaff } from "@/lib/data/inquiry-inbox";
import { replyAsInvestor } from "@/lib/data/inquiries";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let investor: CurrentUser, staff: CurrentUser, admin: CurrentUser;
beforeAll(async () => {
  [investor, staff, admin] = await Promise.all([
    createTestUser("INVESTOR", tag),
    createTestUser("STAFF", tag),
    createTestUser("ADMIN", tag),
  ]);
});
afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorId: { in: [staff.id, admin.id] } } });
  await removeTestUsers(tag);
});

const HOUR = 3_600_000;
const subjectsTo = async (user: CurrentUser) =>
  (await db.outboxMessage.findMany({ where: { toAddress: user.email }, orderBy: { createdAt: "asc" }, select: { subject: true } })).map(
    (m) => m.subject,
  );

describe("service clock reminders", () => {
  it("80 % to the assignee once, the breach to the assignee and admins once", async () => {
    const subject = `Warehouse ${tag}`;
    const id = await createInquiry(investor, {
      clientKey: crypto.randomUUID(),
      topic: "LOGISTICS",
      subject,
      message: "Bonded?",
      contactLocale: "",
    });
    expect((await assignInquiry(staff, id, staff.id)).ok).toBe(true);
    const now = new Date();
    // 9 of 10 hours gone.
    await db.serviceClock.update({
      where: { inquiryId: id },
      data: { startedAt: new Date(now.getTime() - 9 * HOUR), dueAt: new Date(now.getTime() + HOUR) },
    });
    await Promise.all([sendClockAlerts(now), sendClockAlerts(now)]);
    await sendClockAlerts(now);
    expect(await subjectsTo(staff)).toEqual([`Due soon: ${subject}`]);
    expect(await subjectsTo(admin)).toEqual([]);

    await db.serviceClock.update({ where: { inquiryId: id }, data: { dueAt: new Date(now.getTime() - 60_000) } });
    await Promise.all([sendClockAlerts(now), sendClockAlerts(now)]);
    expect(await subjectsTo(staff)).toEqual([`Due soon: ${subject}`, `Overdue: ${subject}`]);
    expect(await subjectsTo(admin)).toEqual([`Overdue: ${subject}`]);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: admin.email } });
    expect(mail.text).toContain(`/en/staff/inquiries/${id}`);
  });

  it("nothing before 80 %, nothing for a paused or stopped clock", async () => {
    const subject = `Quiet ${tag}`;
    const id = await createInquiry(investor, { clientKey: crypto.randomUUID(), topic: "OTHER", subject, message: "Hi", contactLocale: "" });
    await assignInquiry(staff, id, staff.id);
    const now = new Date();
    await db.serviceClock.update({
      where: { inquiryId: id },
      data: { startedAt: new Date(now.getTime() - 7 * HOUR), dueAt: new Date(now.getTime() + 3 * HOUR) },
    });
    await sendClockAlerts(now);
    await db.serviceClock.update({ where: { inquiryId: id }, data: { pausedAt: now, dueAt: new Date(now.getTime() - HOUR) } });
    await sendClockAlerts(now);
    expect((await subjectsTo(staff)).filter((s) => s.includes(subject))).toEqual([]);
  });

  it("after a pause the reminders start over from the resumption, not across the pause", async () => {
    const subject = `Resumed ${tag}`;
    const id = await createInquiry(investor, {
      clientKey: crypto.randomUUID(),
      topic: "LOGISTICS",
      subject,
      message: "Hi",
      contactLocale: "",
    });
    await assignInquiry(staff, id, staff.id);
    // Started long ago: staff answered, and the investor writes again now.
    await db.serviceClock.update({ where: { inquiryId: id }, data: { startedAt: new Date(Date.now() - 30 * 24 * HOUR) } });
    await replyAsStaff(staff, id, "Yes.", crypto.randomUUID());
    await replyAsInvestor(investor, id, "And when?", crypto.randomUUID());
    const resumed = await db.serviceClock.findUniqueOrThrow({ where: { inquiryId: id } });
    expect(resumed.startedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await sendClockAlerts(new Date());
    expect((await subjectsTo(staff)).filter((s) => s.includes(subject))).toEqual([]);
  });
});
