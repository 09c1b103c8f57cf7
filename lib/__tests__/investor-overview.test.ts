// The investor's overview (issue 16): open inquiries with the last message the
// investor may see (never an internal note), live proposals, unread notifications;
// nobody else's rows; staff get none.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInvestorOverview } from "@/lib/data/investor-overview";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
afterAll(async () => {
  await db.proposal.deleteMany({ where: { investor: { email: { endsWith: `@${tag}.test` } } } });
  await db.notification.deleteMany({ where: { user: { email: { endsWith: `@${tag}.test` } } } });
  await removeTestUsers(tag);
});

async function inquiry(
  investorId: string,
  subject: string,
  status: "NEW" | "ANSWERED" | "CLOSED",
  messages: [kind: string, body: string, authorId: string][],
) {
  const created = await db.inquiry.create({
    data: { investorId, clientKey: crypto.randomUUID(), topic: "OTHER", subject, status },
  });
  let at = Date.now() - 60_000;
  for (const [kind, body, authorId] of messages)
    await db.inquiryMessage.create({
      data: {
        inquiryId: created.id,
        authorId,
        kind: kind as "INVESTOR",
        body,
        clientKey: crypto.randomUUID(),
        createdAt: new Date((at += 1000)),
      },
    });
  return created.id;
}

describe("the investor's overview", () => {
  it("shows open inquiries with the last visible message, live proposals and unread notifications, only the investor's own", async () => {
    const [investor, other, staff] = await Promise.all([
      createTestUser("INVESTOR", tag, "me"),
      createTestUser("INVESTOR", tag, "other"),
      createTestUser("STAFF", tag),
    ]);
    await inquiry(investor.id, "Rail siding", "ANSWERED", [
      ["INVESTOR", "Is there a siding?", investor.id],
      ["STAFF_REPLY", "Yes, in phase two.", staff.id],
      ["INTERNAL_NOTE", "Check with the developer first.", staff.id],
    ]);
    await inquiry(investor.id, "Closed question", "CLOSED", [["INVESTOR", "Old", investor.id]]);
    await inquiry(other.id, "Someone else's", "NEW", [["INVESTOR", "Not yours", other.id]]);
    await db.proposal.createMany({
      data: [
        { investorId: investor.id, title: "Live one", status: "NEEDS_INFO" },
        { investorId: investor.id, title: "Declined one", status: "DECLINED" },
        { investorId: other.id, title: "Other's", status: "SUBMITTED" },
      ],
    });
    await db.notification.createMany({
      data: [
        { userId: investor.id, kind: "inquiryReply", params: { subject: "Rail siding" }, href: "/account/inquiries" },
        { userId: investor.id, kind: "inquiryReply", params: { subject: "Read" }, href: "/account/inquiries", readAt: new Date() },
      ],
    });

    const overview = (await getInvestorOverview(investor))!;
    expect(overview.inquiries.map((i) => [i.subject, i.lastMessage])).toEqual([
      ["Rail siding", { kind: "STAFF_REPLY", body: "Yes, in phase two." }],
    ]);
    expect(overview.proposals.map((p) => [p.title, p.status])).toEqual([["Live one", "NEEDS_INFO"]]);
    expect(overview.unread.map((n) => n.params.subject)).toEqual(["Rail siding"]);
    expect(await getInvestorOverview(staff)).toBeNull();
  });
});
