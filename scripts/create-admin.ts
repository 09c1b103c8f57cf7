// `npm run user:create-admin -- --email a@b.c [--name "..."]`: creates the first
// admin (or promotes an existing account to admin) on DATABASE_URL or the embedded
// default. The password comes from ADMIN_PASSWORD, or a random one is printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { email as emailSchema, newPassword } from "../lib/validations/account.ts";
import { resolveDatabase } from "./lib/dev-database.mjs";
import { applyMigrations } from "./lib/migrate.mjs";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string", default: "Administrator" } } });
const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) {
  console.error('usage: npm run user:create-admin -- --email admin@example.org [--name "Full Name"]');
  process.exit(2);
}
const generated = !process.env.ADMIN_PASSWORD;
const password = process.env.ADMIN_PASSWORD ?? `${randomBytes(12).toString("base64url")}7a`;
if (!newPassword.safeParse(password).success) {
  console.error("ADMIN_PASSWORD must have at least 10 characters with a letter and a digit");
  process.exit(2);
}

const database = await resolveDatabase();
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
try {
  await applyMigrations(database.url);
  const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await db.user.upsert({
    where: { email: email.data },
    create: { email: email.data, name: values.name!, role: "ADMIN", passwordHash, emailVerifiedAt: new Date() },
    update: { role: "ADMIN", passwordHash, active: true, emailVerifiedAt: new Date(), sessionVersion: { increment: 1 } },
  });
  console.log(`admin ready: ${email.data}${generated ? `\npassword (shown once): ${password}` : ""}`);
} finally {
  await db.$disconnect();
  await database.stop();
}
