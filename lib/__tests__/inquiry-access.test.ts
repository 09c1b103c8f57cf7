// Inquiries on real PostgreSQL: ownership (investor B never reaches investor A's
// inquiry), internal notes never in an investor-facing read, the state machine
// through the data layer, idempotent submits, and who may call what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeAsInvestor, createInquiry, getMyInquiry, listMyInquiries, replyAsInvestor } from "@/lib/data/inquiries";
import { addInternalNote, assignInquiry, changeInquiryStatus, getInquiryForStaff, listInbox, replyAsStaff } from "@/lib/data/inquiry-inbox";
import { listNotifications, unreadCount } from "@/lib/data/notifications";
import { inboxFilterSchema } from "@/lib/validations/inquiry";
import { code } from "@/lib/testing/outcome";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
const key = () => crypto.randomUUID();
let a: CurrentUser, b: CurrentUser, staff: CurrentUser;
let inquiryId: string;
const NOTE = `secret note ${tag}`;

beforeAll(async () => {
  [a, b, staff] = await Promise.all([
    createTestUser("INVESTOR", tag, "a"),
    createTestUser("INVESTOR", tag, "b"),
    createTestUser("STAFF", tag),
  ]);
  inquiryId = await createInquiry(a, { topic: "LOGISTICS", subject: `Rail ${tag}`, message: "How long to Duisburg?", clientKey: key() });
  await addInternalNote(staff, inquiryId, NOTE, key());
});
afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorId: staff.id } });
  await removeTestUsers(tag);
});

describe("ownership", () => {
  it("A reads their own inquiry; B gets not-found for it", async () => {
    expect((await getMyInquiry(a, inquiryId))?.subject).toBe(`Rail ${tag}`);
    expect(await getMyInquiry(b, inquiryId)).toBeNull();
    expect((await listMyInquiries(b)).map((i) => i.id)).not.toContain(inquiryId);
  });

  it("B can neither reply to nor close A's inquiry, and nothing changes", async () => {
    expect(code(await replyAsInvestor(b, inquiryId, "let me in", key()))).toBe("notFound");
    expect(code(await closeAsInvestor(b, inquiryId))).toBe("notFound");
    const row = await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, include: { messages: true } });
    expect(row.status).toBe("NEW");
    expect(row.messages.some((m) => m.authorId === b.id)).toBe(false);
  });

  it("investors cannot call staff functions, staff cannot call investor ones", async () => {
    await expect(getInquiryForStaff(a, inquiryId)).rejects.toThrow(/forbidden/);
    await expect(listInbox(a, inboxFilterSchema.parse({}))).rejects.toThrow(/forbidden/);
    await expect(replyAsStaff(a, inquiryId, "x", key())).rejects.toThrow(/forbidden/);
    await expect(addInternalNote(a, inquiryId, "x", key())).rejects.toThrow(/forbidden/);
    await expect(assignInquiry(a, inquiryId, a.id)).rejects.toThrow(/forbidden/);
    await expect(changeInquiryStatus(a, inquiryId, "close")).rejects.toThrow(/forbidden/);
    await expect(createInquiry(staff, { topic: "OTHER", subject: "Staff asks", message: "x", clientKey: key() })).rejects.toThrow(
      /forbidden/,
    );
    await expect(getMyInquiry(staff, inquiryId)).rejects.toThrow(/forbidden/);
  });
});

describe("internal notes", () => {
  it("staff see the note; no investor-facing read returns it", async () => {
    const staffView = await getInquiryForStaff(staff, inquiryId);
    expect(staffView?.messages.some((m) => m.body === NOTE && m.kind === "INTERNAL_NOTE")).toBe(true);
    const investorView = JSON.stringify([await getMyInquiry(a, inquiryId), await listMyInquiries(a), await listNotifications(a)]);
    expect(investorView).not.toContain(NOTE);
  });

  it("a note sends the investor neither a notification nor an e-mail", async () => {
    expect(await unreadCount(a)).toBe(0);
    // Only the acknowledgement of the new inquiry (with its due date) went out.
    expect((await db.outboxMessage.findMany({ where: { toAddress: a.email }, select: { subject: true } })).map((m) => m.subject)).toEqual([
      `We have received your inquiry: Rail ${tag}`,
    ]);
  });
});

describe("the thread through the data layer", () => {
  it("assign opens it, a staff reply answers it and notifies the investor in the app and by e-mail", async () => {
    expect(code(await assignInquiry(staff, inquiryId, staff.id))).toBe("ok");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("OPEN");
    expect(code(await replyAsStaff(staff, inquiryId, "About 14 days by rail.", key()))).toBe("ok");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("ANSWERED");
    expect(await unreadCount(a)).toBe(1);
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { toAddress: a.email, subject: { startsWith: "Reply to your inquiry" } },
    });
    expect(mail.subject).toContain(`Rail ${tag}`);
    expect(mail.text).toContain(`/en/account/inquiries/${inquiryId}`);
  });

  it("the investor's reply reopens it; closing, then replying again, reopens it", async () => {
    expect(code(await replyAsInvestor(a, inquiryId, "Thanks, and by road?", key()))).toBe("ok");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("OPEN");
    expect(code(await closeAsInvestor(a, inquiryId))).toBe("ok");
    expect(code(await closeAsInvestor(a, inquiryId))).toBe("notAllowed");
    expect(code(await replyAsStaff(staff, inquiryId, "too late", key()))).toBe("notAllowed");
    expect(code(await replyAsInvestor(a, inquiryId, "One more question", key()))).toBe("ok");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("OPEN");
  });

  it("every status change is recorded with who and why", async () => {
    expect(code(await changeInquiryStatus(staff, inquiryId, "close", "Answered by phone"))).toBe("ok");
    const events = await db.inquiryEvent.findMany({ where: { inquiryId, toStatus: { not: null } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => `${e.fromStatus ?? "-"}>${e.toStatus}`)).toEqual([
      "->NEW",
      "NEW>OPEN",
      "OPEN>ANSWERED",
      "ANSWERED>OPEN",
      "OPEN>CLOSED",
      "CLOSED>OPEN",
      "OPEN>CLOSED",
    ]);
    expect(events.at(-1)).toMatchObject({ actorId: staff.id, reason: "Answered by phone" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: inquiryId, action: "inquiry.close" } });
    expect(audit).toMatchObject({
      actorId: staff.id,
      before: { status: "OPEN" },
      after: { status: "CLOSED", reason: "Answered by phone" },
    });
  });

  it("cannot assign to an investor", async () => {
    expect(code(await assignInquiry(staff, inquiryId, a.id))).toBe("notAllowed");
  });
});

describe("nothing acknowledged is duplicated", () => {
  const FIVE = Array.from({ length: 5 });

  it("the same inquiry form submitted five times at once creates one inquiry with one message", async () => {
    const clientKey = key();
    const input = { topic: "OTHER" as const, subject: `Five ${tag}`, message: "Once please", clientKey };
    const ids = await Promise.all(FIVE.map(() => createInquiry(a, input)));
    expect(new Set(ids).size).toBe(1);
    expect(await db.inquiry.count({ where: { investorId: a.id, subject: `Five ${tag}` } })).toBe(1);
    expect(await db.inquiryMessage.count({ where: { inquiryId: ids[0] } })).toBe(1);
  });

  it("an investor's reply sent five times at once with its key is stored once", async () => {
    const id = await createInquiry(a, { topic: "OTHER", subject: `Retry ${tag}`, message: "first", clientKey: key() });
    const k = key();
    const results = await Promise.all(FIVE.map(() => replyAsInvestor(a, id, "only once", k)));
    expect(results.map(code)).toEqual(Array(5).fill("ok"));
    expect(await db.inquiryMessage.count({ where: { inquiryId: id, body: "only once" } })).toBe(1);
  });

  it("a staff reply sent five times at once is stored once and mailed once", async () => {
    const id = await createInquiry(a, { topic: "OTHER", subject: `Staff retry ${tag}`, message: "first", clientKey: key() });
    const k = key();
    const before = await db.outboxMessage.count({ where: { toAddress: a.email } });
    const results = await Promise.all(FIVE.map(() => replyAsStaff(staff, id, "answered once", k)));
    expect(results.map(code)).toEqual(Array(5).fill("ok"));
    expect(await db.inquiryMessage.count({ where: { inquiryId: id, body: "answered once" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { toAddress: a.email } })).toBe(before + 1);
  });
});

describe("inbox filters", () => {
  it("finds by text, status and assignee", async () => {
    const byText = await listInbox(staff, inboxFilterSchema.parse({ q: `rail ${tag}` }));
    expect(byText.map((r) => r.id)).toEqual([inquiryId]);
    const closedMine = await listInbox(staff, inboxFilterSchema.parse({ status: "CLOSED", assignee: staff.id }));
    expect(closedMine.map((r) => r.id)).toContain(inquiryId);
    const unassigned = await listInbox(staff, inboxFilterSchema.parse({ assignee: "none", q: tag }));
    expect(unassigned.map((r) => r.id)).not.toContain(inquiryId);
  });
});
