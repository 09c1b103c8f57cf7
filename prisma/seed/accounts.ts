// Demo accounts for the embedded default and the test suite only: one investor,
// one staff member, one admin, with the passwords the README documents. Never
// created when NODE_ENV=production. Existing accounts are left untouched.
// A new demo investor comes with one inquiry and one submitted proposal, so the
// investor's pages and the back office have something to show (and to test).
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
    const user = await db.user.create({
      data: {
        email: a.email,
        name: a.name,
        role: a.role,
        company: a.company,
        country: a.country,
        passwordHash: await hash(a.password, { memoryCost: 19456, timeCost: 2, parallelism: 1 }),
        emailVerifiedAt: new Date(),
      },
      select: { id: true },
    });
    if (a.role === "INVESTOR") await seedDemoActivity(db, user.id);
    created++;
  }
  return created;
}

async function seedDemoActivity(db: PrismaClient, investorId: string) {
  await db.inquiry.create({
    data: {
      investorId,
      clientKey: "demo-inquiry",
      topic: "LAND_PREMISES",
      subject: "A 2 ha plot with a rail siding",
      messages: {
        create: {
          authorId: investorId,
          kind: "INVESTOR",
          clientKey: "demo-inquiry-first",
          body: "We are looking for about 2 ha with access to a rail siding for a components warehouse. Which plots are free?",
        },
      },
    },
  });
  const submittedAt = new Date();
  await db.proposal.create({
    data: {
      investorId,
      status: "SUBMITTED",
      step: 4,
      legalName: "Demo Holding Ltd",
      companyCountry: "DE",
      contactName: "Demo Investor",
      contactEmail: "investor@demo.greatstone.local",
      title: "Components warehouse and assembly line",
      sector: "LOGISTICS_ECOMMERCE",
      description: "A warehouse for machine components with a small assembly line, serving customers in the EAEU.",
      totalInvestmentUsd: 6_000_000,
      investmentFirst3YearsUsd: 4_000_000,
      jobs: 40,
      startDate: new Date("2027-03-01"),
      productionStartDate: new Date("2028-01-01"),
      submittedAt,
      events: { create: { actorId: investorId, fromStatus: "DRAFT", toStatus: "SUBMITTED", createdAt: submittedAt } },
    },
  });
}
