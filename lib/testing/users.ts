// Test accounts for data-layer tests: unique per call and verified. They never
// sign in, so the password hash is a placeholder.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

export const testTag = () => `t${randomBytes(4).toString("hex")}`;

export async function createTestUser(role: CurrentUser["role"], tag: string, label = role.toLowerCase()): Promise<CurrentUser> {
  const email = `${label}-${randomBytes(3).toString("hex")}@${tag}.test`;
  const user = await db.user.create({
    data: { email, name: `${label} ${tag}`, role, passwordHash: "unused", emailVerifiedAt: new Date(), locale: "en" },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
  return user;
}

/** Removes every user (and, by cascade, their inquiries and notifications) of this tag. */
export async function removeTestUsers(tag: string) {
  const users = await db.user.findMany({ where: { email: { endsWith: `@${tag}.test` } }, select: { id: true } });
  const ids = users.map((u) => u.id);
  await db.inquiryMessage.deleteMany({ where: { authorId: { in: ids } } });
  await db.inquiryEvent.deleteMany({ where: { actorId: { in: ids } } });
  await db.inquiry.deleteMany({ where: { investorId: { in: ids } } });
  await db.user.deleteMany({ where: { id: { in: ids } } });
  await db.outboxMessage.deleteMany({ where: { toAddress: { endsWith: `@${tag}.test` } } });
}
