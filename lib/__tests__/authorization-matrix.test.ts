// The authorization matrix of the server actions, generated: every action found
// in lib/actions × visitor, investor A, investor B, staff and admin, with the
// expected outcome derived from its declared access and lib/permissions.ts (a
// new action is in the matrix without anyone listing it). Then ownership: every
// investor action aimed at investor A's records by investor B is refused and
// changes nothing. (Pages and route handlers: e2e/authorization-matrix.spec.ts.)
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/session";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": "198.51.100.44" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { can, type Permission } from "@/lib/permissions";
import { createInquiry } from "@/lib/data/inquiries";
import { createDraft } from "@/lib/data/proposals";
import { addDocument } from "@/lib/data/proposal-documents";
import { loadActions, type AnyAction } from "@/lib/testing/action-modules";
import { sample, type Schema } from "@/lib/testing/schema-sample";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
type Who = "visitor" | "investorA" | "investorB" | "staff" | "admin";
const WHO: Who[] = ["visitor", "investorA", "investorB", "staff", "admin"];
let users: Record<Exclude<Who, "visitor">, CurrentUser>;

beforeAll(async () => {
  const [investorA, investorB, staff, admin] = await Promise.all([
    createTestUser("INVESTOR", tag, "a"),
    createTestUser("INVESTOR", tag, "b"),
    createTestUser("STAFF", tag),
    createTestUser("ADMIN", tag),
  ]);
  users = { investorA, investorB, staff, admin };
});
afterAll(async () => {
  const ids = Object.values(users).map((u) => u.id);
  await db.newsArticle.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.resident.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: { in: ids } } });
  await db.proposal.deleteMany({ where: { investorId: { in: ids } } });
  await removeTestUsers(tag);
});

/** What the boundary must answer `who` for an action declared with `access`. */
function expected(access: string, who: Who): "signedOut" | "forbidden" | "passes" {
  if (access === "public") return "passes";
  if (who === "visitor") return "signedOut";
  if (access === "signedIn") return "passes";
  return can(users[who].role, access as Permission) ? "passes" : "forbidden";
}

async function outcome(action: AnyAction, args: unknown[]): Promise<string> {
  try {
    const r = await action(...args);
    return r.ok ? "ok" : (r.formError ?? "refused");
  } catch (error) {
    if (isRedirectError(error)) return "ok"; // the "new proposal" action redirects to its draft
    throw error;
  }
}

describe("authorization matrix of the server actions", async () => {
  const actions = await loadActions();
  let cells = 0;

  it("covers every action", () => expect(actions.length).toBeGreaterThanOrEqual(30));

  it.each(actions)("%s", async (_name, action, spec) => {
    const bound = (spec.bound ?? []).map((s) => sample(s as Schema, tag));
    const input = spec.input ? [sample(spec.input as Schema, tag)] : [];
    for (const who of WHO) {
      session.user = who === "visitor" ? null : users[who];
      const got = await outcome(action, [...bound, ...input]);
      const want = expected(spec.access as string, who);
      cells++;
      if (want === "passes") expect({ who, got }).not.toMatchObject({ got: expect.stringMatching(/^(signedOut|forbidden|unexpected)$/) });
      else expect({ who, got }).toEqual({ who, got: want });
    }
  });

  afterAll(() => console.log(`authorization matrix (actions): ${actions.length} actions × ${WHO.length} callers = ${cells} cells`));
});

describe("investor B against investor A's records", async () => {
  const actions = (await loadActions()).filter(([, , spec]) => spec.access === "inquiry:own" || spec.access === "proposal:own");

  it.each(actions.filter(([, , spec]) => spec.bound?.length))("%s is refused and changes nothing", async (name, action, spec) => {
    const a = users.investorA;
    const inquiryId = await createInquiry(a, {
      topic: "OTHER",
      subject: `A's question ${tag}`,
      message: "Private.",
      clientKey: randomUUID(),
    });
    const proposalId = await createDraft(a);
    const doc = await addDocument(a, proposalId, "OTHER", "a.pdf", new TextEncoder().encode("%PDF-1.4\n"));
    const target = name.includes("removeDocument") ? (doc.ok ? doc.id : "") : name.includes("/inquiries/") ? inquiryId : proposalId;
    const before = await snapshot(inquiryId, proposalId);

    session.user = users.investorB;
    const rest = (spec.bound ?? []).slice(1).map((s) => sample(s as Schema, tag));
    const input = spec.input ? [sample(spec.input as Schema, tag)] : [];
    const got = await outcome(action, [target, ...rest, ...input]);
    expect(got).not.toBe("ok");
    expect(await snapshot(inquiryId, proposalId)).toEqual(before);
  });
});

async function snapshot(inquiryId: string, proposalId: string) {
  const [inquiry, proposal] = await Promise.all([
    db.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { status: true, _count: { select: { messages: true } } } }),
    db.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: { status: true, version: true, title: true, _count: { select: { documents: true } } },
    }),
  ]);
  return { inquiry, proposal };
}
