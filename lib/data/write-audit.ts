// The audit log: who did what to which record, with the fields that changed
// (before and after). Written in the same transaction as the change.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/session";

type Plain = Record<string, unknown>;

const comparable = (v: unknown) => JSON.stringify(v instanceof Date ? v.toISOString() : (v ?? null));

/** Only the keys whose values differ, from each side. */
export function changedFields(before: Plain | null, after: Plain | null): { before: Plain | null; after: Plain | null } {
  if (!before || !after) return { before, after };
  const b: Plain = {};
  const a: Plain = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (comparable(before[key]) !== comparable(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  action: string,
  entity: { type: string; id: string },
  before: Plain | null,
  after: Plain | null,
) {
  const diff = changedFields(before, after);
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      action,
      entityType: entity.type,
      entityId: entity.id,
      before: diff.before === null ? undefined : (JSON.parse(JSON.stringify(diff.before)) as Prisma.InputJsonValue),
      after: diff.after === null ? undefined : (JSON.parse(JSON.stringify(diff.after)) as Prisma.InputJsonValue),
    },
  });
}
