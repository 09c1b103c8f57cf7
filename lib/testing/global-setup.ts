// Vitest global setup: one fresh database for this run (on DATABASE_URL's local
// server or an embedded PostgreSQL), migrated and seeded like a real start, and
// dropped afterwards. Tests add their own uniquely named rows on top of the seed.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/lib/migrate.mjs";
import { runSeed } from "../../scripts/lib/seed.mjs";
import { createDatabase, startTestServer } from "../../scripts/lib/test-database.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const database = await createDatabase(server.adminUrl, "it");
  await applyMigrations(database.url);
  runSeed(database.url, { demoAccounts: true });
  project.provide("databaseUrl", database.url);
  project.provide("adminUrl", server.adminUrl);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
