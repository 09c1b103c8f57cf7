// The only reader of process.env: validated once, typed everywhere else.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Optional at build time; every data function needs it at run time (see lib/db.ts).
  DATABASE_URL: z.string().url().optional(),
  // Absolute origin used in feeds, canonical links and links in e-mails.
  SITE_URL: z.string().url().default("http://localhost:3000"),
  // next-auth signs session tokens with it. `npm start` generates and keeps one
  // under .data/ for the embedded default; production must set its own.
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  // SMTP server for the outbox worker. `npm start` runs a local catcher on 1025.
  SMTP_URL: z.string().url().default("smtp://127.0.0.1:1025"),
  MAIL_FROM: z.string().default("Great Stone Investor Portal <no-reply@greatstone.local>"),
  // "off" on instances that must run no background jobs (mail delivery, scheduled
  // news, the sweep of unreferenced files); several instances running them are safe.
  BACKGROUND_JOBS: z.enum(["on", "off"]).default("on"),
  // How often the background loop runs its jobs.
  BACKGROUND_POLL_MS: z.coerce.number().int().min(100).default(2000),
});

export const env = schema.parse({
  NODE_ENV: process.env.NODE_ENV,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  SITE_URL: process.env.SITE_URL || undefined,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
  SMTP_URL: process.env.SMTP_URL || undefined,
  MAIL_FROM: process.env.MAIL_FROM || undefined,
  // OUTBOX_WORKER is the old, misleading name (it never stopped only mail): still read.
  BACKGROUND_JOBS: process.env.BACKGROUND_JOBS || process.env.OUTBOX_WORKER || undefined,
  BACKGROUND_POLL_MS: process.env.BACKGROUND_POLL_MS || process.env.OUTBOX_POLL_MS || undefined,
});

/** The session-signing secret; only asked for when a request needs it, so builds need none. */
export function authSecret(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set (at least 32 characters): `npm start` sets one for you");
  return env.NEXTAUTH_SECRET;
}
