// Reading the audit log (admins only): filters by actor, entity and date, and a
// CSV export of the same selection.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import type { AuditFilter } from "@/lib/validations/audit";
import { toCsv } from "@/lib/csv";
import { assigneesOf, describeAuditRecords } from "./audit-records";

const DAY = 86_400_000;

function where(f: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    actorId: f.actor,
    entityType: f.entity,
    entityId: f.entityId,
    createdAt: {
      gte: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
      lt: f.to ? new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY) : undefined,
    },
  };
}

const select = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

/** The newest entries, each with its record named and linked and its assignee's name, if any. */
export async function listAuditEntries(actor: CurrentUser, filter: AuditFilter, locale: string, take = 200) {
  assertCan(actor.role, "audit:read");
  const entries = await db.auditLog.findMany({ where: where(filter), orderBy: { createdAt: "desc" }, take, select });
  const [records, assignees] = await Promise.all([describeAuditRecords(entries, locale), assigneesOf(entries)]);
  return entries.map((e, i) => ({ ...e, record: records[i], assignee: assignees[i] }));
}

export async function listAuditActors(actor: CurrentUser) {
  assertCan(actor.role, "audit:read");
  return db.user.findMany({ where: { auditEntries: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function exportAuditCsv(actor: CurrentUser, filter: AuditFilter): Promise<string> {
  assertCan(actor.role, "audit:read");
  const rows = await db.auditLog.findMany({ where: where(filter), orderBy: { createdAt: "asc" }, take: 100_000, select });
  return toCsv(
    ["time", "actor", "action", "entity", "entityId", "before", "after"],
    rows.map((r) => [r.createdAt, r.actor.email, r.action, r.entityType, r.entityId, r.before, r.after]),
  );
}
