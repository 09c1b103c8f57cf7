// Hostile input through every server action and every query-string schema, on
// real PostgreSQL: a fixed corpus (control characters, unpaired surrogates, bidi
// overrides, 100k-character strings, impossible dates, link-scheme tricks,
// spreadsheet formula prefixes) and generated strings (fast-check). Never a
// throw or an "unexpected" (the 500 of an action), and whatever a schema accepts
// is text PostgreSQL stores unchanged.
import fc from "fast-check";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/session";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": "198.51.100.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import { db } from "@/lib/db";
import { specOf } from "@/lib/actions/define-action";
import { PERMISSIONS, type Permission } from "@/lib/permissions";
import { isCleanText } from "@/lib/validations/primitives";
import { inboxFilterSchema } from "@/lib/validations/inquiry";
import { pipelineFilterSchema } from "@/lib/validations/proposal";
import { auditFilterSchema } from "@/lib/validations/audit";
import { parseResidentSearch } from "@/lib/validations/resident-search";
import { listInbox } from "@/lib/data/inquiry-inbox";
import { listPipeline } from "@/lib/data/proposal-pipeline";
import { listAuditEntries } from "@/lib/data/audit-log";
import { searchResidents } from "@/lib/data/resident-directory";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import { loadActions } from "@/lib/testing/action-modules";
import { sample, stringPaths, withValueAt, type Schema } from "@/lib/testing/schema-sample";

const tag = testTag();
export const HOSTILE = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m",
  "\u007f",
  "\u0085next line",
  "\ud800",
  "x\udc00y",
  "\u202eevil.exe\u202d",
  "\u2066isolate\u2069",
  "x".repeat(100_000),
  "2027-02-30",
  "0000-00-00",
  "99999-12-31",
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example/x",
  "https://user:pw@evil.example/",
  '=HYPERLINK("http://evil.example")',
  "+1+1",
  "@SUM(A1)",
  "-2+3",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "User"; --',
  "😀 中白工业园 Великий камень",
  "\t\n\r",
  "   ",
];

/** The text fields that are stored as text (passwords are only hashed or compared, never stored). */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (/password/i.test(k) ? [] : stringsIn(v)));
  return [];
}

let users: Record<string, CurrentUser>;
beforeAll(async () => {
  const [investor, staff, admin] = await Promise.all([
    createTestUser("INVESTOR", tag),
    createTestUser("STAFF", tag),
    createTestUser("ADMIN", tag),
  ]);
  users = { INVESTOR: investor, STAFF: staff, ADMIN: admin };
});
afterAll(async () => {
  await db.newsArticle.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.resident.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(users).map((u) => u.id) } } });
  await db.proposal.deleteMany({ where: { investorId: users.INVESTOR.id } });
  await removeTestUsers(tag);
});

const totals = { inputs: 0, unexpected: 0 };

describe("hostile input through every server action", async () => {
  const actions = (await loadActions()).filter(([, , spec]) => spec.input).map(([name, fn]) => [name, fn] as const);

  it.each(actions)("%s", async (_name, action) => {
    const spec = specOf(action)!;
    const access = spec.access as string;
    session.user =
      access === "public"
        ? null
        : access === "signedIn"
          ? users.INVESTOR
          : users[(PERMISSIONS[access as Permission] as readonly string[])[0]];
    const bound = (spec.bound ?? []).map((s) => sample(s as Schema, tag));
    const base = sample(spec.input as Schema, tag);
    const paths = stringPaths(base);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      for (const hostile of HOSTILE) {
        const input = withValueAt(base, path, hostile);
        totals.inputs++;
        // A form action that redirects (to a new draft) has accepted its input.
        const result = await action(...bound, input).catch((error: unknown) => {
          if (isRedirectError(error)) return { ok: true as const };
          throw error;
        });
        if (!result.ok && result.formError === "unexpected") totals.unexpected++;
        expect({ path: path.join("."), hostile: hostile.slice(0, 40), result: result.ok ? "ok" : result.formError }).not.toMatchObject({
          result: "unexpected",
        });
        // What the schema accepted is clean text, stored as it is.
        const parsed = (spec.input as z.ZodType).safeParse(input);
        if (parsed.success) for (const s of stringsIn(parsed.data)) expect(isCleanText(s, true)).toBe(true);
      }
    }
  });

  it("generated strings never get past a schema unclean", () => {
    const anyString = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 40 }),
    );
    for (const [, action] of actions) {
      const schema = specOf(action)!.input as Schema;
      const base = sample(schema, tag);
      for (const path of stringPaths(base)) {
        fc.assert(
          fc.property(anyString, (s) => {
            totals.inputs++;
            const parsed = schema.safeParse(withValueAt(base, path, s));
            return !parsed.success || stringsIn(parsed.data).every((v) => isCleanText(v, true));
          }),
          { numRuns: 60 },
        );
      }
    }
  });
});

describe("hostile query strings reach the database without an error", () => {
  it("staff and admin filters, and the public directory search", async () => {
    for (const hostile of HOSTILE) {
      const raw = {
        q: hostile,
        assignee: hostile,
        from: hostile,
        to: hostile,
        actor: hostile,
        entityId: hostile,
        country: hostile,
        min: hostile,
        after: hostile,
        before: hostile,
      };
      totals.inputs += 4;
      await listInbox(users.STAFF, inboxFilterSchema.parse(raw));
      await listPipeline(users.STAFF, pipelineFilterSchema.parse(raw));
      await listAuditEntries(users.ADMIN, auditFilterSchema.parse(raw), "en");
      await searchResidents(parseResidentSearch(raw).search, "en");
    }
  });

  afterAll(() => console.log(`hostile inputs tried: ${totals.inputs}; unexpected failures: ${totals.unexpected}`));
});
