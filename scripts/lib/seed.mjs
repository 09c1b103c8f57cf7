// Runs the TypeScript seed (prisma/seed/cli.ts) through tsx against a database URL.
import { spawnSync } from "node:child_process";

export function runSeed(databaseUrl, { ifEmpty = false, demoAccounts = false } = {}) {
  const args = [
    "node_modules/tsx/dist/cli.mjs",
    "prisma/seed/cli.ts",
    ...(ifEmpty ? ["--if-empty"] : []),
    ...(demoAccounts ? ["--demo-accounts"] : []),
  ];
  const r = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
  if (r.status !== 0) throw new Error(`seed failed with exit code ${r.status}`);
}
