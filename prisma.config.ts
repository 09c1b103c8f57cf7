// Prisma 7 CLI configuration. The URL is read directly (not with `env()`) so that
// `prisma generate`, which needs no database, works on a machine without one.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
