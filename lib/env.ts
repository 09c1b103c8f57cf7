// The only reader of process.env: validated once, typed everywhere else.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Optional at build time; every data function needs it at run time (see lib/db.ts).
  DATABASE_URL: z.string().url().optional(),
  // Absolute origin used in feeds and canonical links.
  SITE_URL: z.string().url().default("http://localhost:3000"),
});

export const env = schema.parse({
  NODE_ENV: process.env.NODE_ENV,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  SITE_URL: process.env.SITE_URL || undefined,
});
