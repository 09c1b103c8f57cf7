// Staff accounts on real PostgreSQL: admin only; the invitation is an outbox mail
// with a single-use link; deactivation ends sessions (session version); every
// change is audited; the dashboard and audit log are staff/admin only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvite, changeStaffRole, inviteStaff, listStaffAccounts, setStaffActive } from "@/lib/data/staff-accounts";
import { exportAuditCsv, listAuditEntries } from "@/lib/data/audit-log";
import { getDashboard } from "@/lib/data/dashboard";
import { verifyPassword } from "@/lib/auth/password";
import { auditFilterSchema } from "@/lib/validations/audit";
import { code } from "@/lib/testing/outcome";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let admin: CurrentUser, staff: CurrentUser, investor: CurrentUser;
const tokenIn = (text: string) => /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

beforeAll(async () => {
  [admin, staff, investor] = await Promise.all([
    createTestUser("ADMIN", tag),
    createTestUser("STAFF", tag),
    createTestUser("INVESTOR", tag),
  ]);
});
afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorId: admin.id } });
  await removeTestUsers(tag);
});

describe("who may manage staff", () => {
  it("staff and investors cannot call any admin function", async () => {
    for (const who of [staff, investor]) {
      await expect(listStaffAccounts(who)).rejects.toThrow(/forbidden/);
      await expect(inviteStaff(who, { email: `x@${tag}.test`, name: "X", role: "STAFF", locale: "en" })).rejects.toThrow(/forbidden/);
      await expect(changeStaffRole(who, staff.id, "ADMIN")).rejects.toThrow(/forbidden/);
      await expect(setStaffActive(who, staff.id, false)).rejects.toThrow(/forbidden/);
      await expect(listAuditEntries(who, auditFilterSchema.parse({}), "en")).rejects.toThrow(/forbidden/);
      await expect(exportAuditCsv(who, auditFilterSchema.parse({}))).rejects.toThrow(/forbidden/);
    }
    await expect(getDashboard(investor)).rejects.toThrow(/forbidden/);
    await expect(getDashboard(staff)).resolves.toHaveProperty("staleFigures");
  });

  it("an admin cannot change or deactivate themselves", async () => {
    expect(code(await changeStaffRole(admin, admin.id, "STAFF"))).toBe("notAllowed");
    expect(code(await setStaffActive(admin, admin.id, false))).toBe("notAllowed");
    expect(code(await changeStaffRole(admin, investor.id, "ADMIN"))).toBe("notFound");
  });
});

describe("invitation", () => {
  it("creates a staff account nobody can sign in to until the e-mailed link sets a password", async () => {
    const email = `new-${tag}@${tag}.test`;
    expect(code(await inviteStaff(admin, { email, name: "Nina Staff", role: "STAFF", locale: "ru" }))).toBe("ok");
    expect(code(await inviteStaff(admin, { email, name: "Again", role: "STAFF", locale: "en" }))).toBe("exists");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "STAFF", emailVerifiedAt: null });
    expect(await verifyPassword(user.passwordHash, "!")).toBe(false);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.subject).toBe("Приглашение в служебный раздел портала инвестора парка «Великий камень»");
    expect(code(await acceptInvite(tokenIn(mail.text), "staff-password-1"))).toBe("ok");
    expect(code(await acceptInvite(tokenIn(mail.text), "staff-password-2"))).toBe("linkInvalid");
    const ready = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(ready.passwordHash, "staff-password-1")).toBe(true);
    expect(ready.emailVerifiedAt).not.toBeNull();
  });
});

describe("role and deactivation", () => {
  it("deactivating ends sessions (new session version) and is audited with before/after", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(code(await setStaffActive(admin, staff.id, false))).toBe("ok");
    const after = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const [entry] = await listAuditEntries(admin, auditFilterSchema.parse({ entityId: staff.id }), "en");
    expect(entry).toMatchObject({ action: "staff.deactivate", before: { active: true }, after: { active: false } });
    // Named as a person knows it, with the page to open it.
    expect(entry.record).toEqual({ label: staff.name, href: "/staff/accounts" });
    expect(code(await setStaffActive(admin, staff.id, true))).toBe("ok");
  });

  it("a role change is audited and exported as CSV", async () => {
    expect(code(await changeStaffRole(admin, staff.id, "ADMIN"))).toBe("ok");
    const csv = await exportAuditCsv(admin, auditFilterSchema.parse({ entityId: staff.id }));
    expect(csv.startsWith("\uFEFFtime,actor,action,entity,entityId,before,after")).toBe(true);
    expect(csv).toContain('"staff.role"');
    expect(csv).toContain('"{""role"":""STAFF""}"');
  });
});
