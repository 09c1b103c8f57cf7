// Where uploaded files live. The default keeps them in PostgreSQL (StoredFile),
// so every app instance sees the same files with no extra service; an
// S3-compatible store can implement the same interface later.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface FileStorage {
  put(tx: Prisma.TransactionClient, bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Uint8Array | null>;
  remove(tx: Prisma.TransactionClient, key: string): Promise<void>;
}

export const postgresStorage: FileStorage = {
  async put(tx, bytes) {
    const key = randomUUID();
    await tx.storedFile.create({ data: { key, data: Buffer.from(bytes), size: bytes.byteLength } });
    return key;
  },
  async get(key) {
    const row = await db.storedFile.findUnique({ where: { key }, select: { data: true } });
    return row ? new Uint8Array(row.data) : null;
  },
  async remove(tx, key) {
    await tx.storedFile.deleteMany({ where: { key } });
  },
};

export const storage: FileStorage = postgresStorage;
