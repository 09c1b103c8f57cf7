// Where uploaded files live. The default keeps them in PostgreSQL (StoredFile),
// so every app instance sees the same files with no extra service. The interface
// takes no database transaction, so an object store (S3 and the like) can
// implement it: a write stores the bytes first and then references their key in
// its own transaction; a reference dropped in a transaction removes the bytes
// after it committed; and whatever a crash leaves unreferenced is removed by
// `sweepUnreferencedFiles` (a background job) once it is an hour old.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Outcome, Reason } from "@/lib/data/result";

export interface FileStorage {
  /** Stores the bytes under a new key. */
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes under these keys (missing keys are fine). */
  remove(keys: string[]): Promise<void>;
  /** Keys stored before `before`, at most `limit` of them, oldest first. */
  keysStoredBefore(before: Date, limit: number): Promise<string[]>;
}

export const postgresStorage: FileStorage = {
  async put(bytes) {
    const key = randomUUID();
    await db.storedFile.create({ data: { key, data: Buffer.from(bytes), size: bytes.byteLength } });
    return key;
  },
  async get(key) {
    const row = await db.storedFile.findUnique({ where: { key }, select: { data: true } });
    return row ? new Uint8Array(row.data) : null;
  },
  async remove(keys) {
    if (keys.length) await db.storedFile.deleteMany({ where: { key: { in: keys } } });
  },
  async keysStoredBefore(before, limit) {
    const rows = await db.storedFile.findMany({
      where: { createdAt: { lt: before } },
      orderBy: { createdAt: "asc" },
      take: limit,
      select: { key: true },
    });
    return rows.map((r) => r.key);
  },
};

export const storage: FileStorage = postgresStorage;

/**
 * Stores `bytes`, then runs `reference(key)` (the transaction that points a
 * record at the key). When it refuses or fails, the bytes are removed again.
 */
export async function storeThenReference<R extends Reason, T extends object>(
  bytes: Uint8Array,
  reference: (key: string) => Promise<Outcome<R, T>>,
): Promise<Outcome<R, T>> {
  const key = await storage.put(bytes);
  try {
    const outcome = await reference(key);
    if (!outcome.ok) await storage.remove([key]);
    return outcome;
  } catch (error) {
    await storage.remove([key]).catch(() => undefined);
    throw error;
  }
}

/** Removes files older than `graceMs` that no document, logo or cover references (crash leftovers). */
export async function sweepUnreferencedFiles(graceMs = 60 * 60 * 1000, now = new Date()): Promise<number> {
  const keys = await storage.keysStoredBefore(new Date(now.getTime() - graceMs), 500);
  if (!keys.length) return 0;
  const [documents, logos, covers] = await Promise.all([
    db.proposalDocument.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } }),
    db.resident.findMany({ where: { logoKey: { in: keys } }, select: { logoKey: true } }),
    db.newsArticle.findMany({ where: { coverKey: { in: keys } }, select: { coverKey: true } }),
  ]);
  const referenced = new Set([...documents.map((d) => d.storageKey), ...logos.map((r) => r.logoKey), ...covers.map((a) => a.coverKey)]);
  const orphans = keys.filter((k) => !referenced.has(k));
  await storage.remove(orphans);
  return orphans.length;
}
