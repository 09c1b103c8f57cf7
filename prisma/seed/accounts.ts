// Demo accounts for the embedded default and the test suite only: one investor,
// one staff member, one admin, with the passwords the README documents. Never
// created when NODE_ENV=production. Existing accounts are left untouched.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";

export const DEMO_ACCOUNTS = [
  {
    email: "investor@demo.greatstone.local",
    name: "Demo Investor",
    role: "INVESTOR",
    company: "Demo Holding Ltd",
    country: "DE",
    password: "investor-demo-2026",
  },
  { email: "staff@demo.greatstone.local", name: "Demo Staff", role: "STAFF", company: null, country: "BY", password: "staff-demo-2026" },
  { email: "admin@demo.greatstone.local", name: "Demo Admin", role: "ADMIN", company: null, country: "BY", password: "admin-demo-2026" },
] as const;

export async function seedDemoAccounts(db: PrismaClient) {
  if (process.env.NODE_ENV === "production") throw new Error("demo accounts are never created with NODE_ENV=production");
  let created = 0;
  for (const a of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { email: a.email }, select: { id: true } });
    if (exists) continue;
    await db.user.create({
      data: {
        email: a.email,
        name: a.name,
        role: a.role,
        company: a.company,
        country: a.country,
        passwordHash: await hash(a.password, { memoryCost: 19456, timeCost: 2, parallelism: 1 }),
        emailVerifiedAt: new Date(),
      },
    });
    created++;
  }
  return created;
}
