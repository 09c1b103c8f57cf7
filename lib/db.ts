// The one Prisma client, on the node-postgres driver adapter (Prisma 7 is Rust-free).
// Created on first use, so `next build` (which imports every route) needs no
// database; cached on globalThis so dev reloads do not open new pools.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/boundary/failure";
import { noteDatabaseReachable, noteDatabaseUnreachable } from "@/lib/database-state.mjs";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the portal with `npm start`");
    const base = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });
    // Every call reports whether PostgreSQL answered (lib/database-state.mjs): an
    // outage turns pages into a translated 503 instead of a bare 500.
    globalForPrisma.prisma = base.$extends({
      query: {
        async $allOperations({ args, query }) {
          try {
            const result = await query(args);
            noteDatabaseReachable();
            return result;
          } catch (error) {
            if (isDatabaseUnavailable(error)) noteDatabaseUnreachable();
            throw error;
          }
        },
      },
    }) as unknown as PrismaClient;
  }
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
