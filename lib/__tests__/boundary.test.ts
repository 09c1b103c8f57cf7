// The typed boundary, on real PostgreSQL: every server action and route handler
// is built with it (found from the source tree, so a new one cannot slip past),
// and calling actions as each role gives signedOut / forbidden / field errors /
// the one neutral conflict message. The session is the only thing replaced: the
// acting user is a real row, resolved per call as lib/session would.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/session";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": "203.0.113.7" }) }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => revalidated.push(path),
  revalidateTag: (tag: string) => revalidated.push(`tag:${tag}`),
  unstable_cache: <T>(fn: T) => fn,
}));

import { db } from "@/lib/db";
import { isBoundaryAction } from "@/lib/actions/define-action";
import { isBoundaryRoute } from "@/lib/boundary/define-route";
import { saveArticleAction } from "@/lib/actions/content/news";
import { saveResidentAction, setResidentPublishedAction } from "@/lib/actions/content/residents";
import { decideProposalAction } from "@/lib/actions/proposals/staff-proposal";
import { setStaffActiveAction, inviteStaffAction } from "@/lib/actions/staff/staff-accounts";
import { createInquiryAction } from "@/lib/actions/inquiries/create-inquiry";
import { submitProposalAction } from "@/lib/actions/proposals/investor-proposal";
import { createDraft } from "@/lib/data/proposals";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import zh from "@/lib/i18n/messages/zh.json";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const root = join(__dirname, "../..");
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === "node_modules" || name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const isServerActionModule = (path: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(join(root, path), "utf8"));

const tag = testTag();
let investor: CurrentUser, staff: CurrentUser, admin: CurrentUser;

beforeAll(async () => {
  [investor, staff, admin] = await Promise.all([
    createTestUser("INVESTOR", tag),
    createTestUser("STAFF", tag),
    createTestUser("ADMIN", tag),
  ]);
});
beforeEach(() => {
  session.user = null;
  revalidated.length = 0;
});
afterAll(async () => {
  await db.newsArticle.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.resident.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.proposalEvent.deleteMany({ where: { proposal: { investorId: investor.id } } });
  await db.proposal.deleteMany({ where: { investorId: investor.id } });
  await db.auditLog.deleteMany({ where: { actorId: { in: [staff.id, admin.id] } } });
  await removeTestUsers(tag);
});

describe("every mutation and route handler goes through the boundary", () => {
  const actionModules = ["app", "components", "lib"].flatMap(sourceFiles).filter(isServerActionModule);

  it("server actions live only in lib/actions, one 'use server' module per area", () => {
    expect(actionModules.length).toBeGreaterThanOrEqual(12);
    for (const path of actionModules) expect(relative("lib/actions", path).startsWith("..")).toBe(false);
  });

  it.each(actionModules)("%s exports only boundary actions", async (path) => {
    const exports = (await import(/* @vite-ignore */ join(root, path))) as Record<string, unknown>;
    const exported = Object.entries(exports);
    expect(exported.length).toBeGreaterThan(0);
    for (const [name, value] of exported) expect({ name, boundary: isBoundaryAction(value) }).toEqual({ name, boundary: true });
  });

  const routeFiles = sourceFiles("app").filter((p) => /(^|\/)route\.ts$/.test(p));
  it("finds the route handlers", () => expect(routeFiles.length).toBeGreaterThanOrEqual(11));

  it.each(routeFiles)("%s exports only boundary handlers", async (path) => {
    const exports = (await import(/* @vite-ignore */ join(root, path))) as Record<string, unknown>;
    const methods = Object.entries(exports).filter(([name]) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name));
    expect(methods.length).toBeGreaterThan(0);
    for (const [name, value] of methods) expect({ name, boundary: isBoundaryRoute(value) }).toEqual({ name, boundary: true });
  });
});

const article = (slug: string, version = 0) => ({
  slug,
  originalLocale: "en",
  tags: ["park"],
  sourceName: "BelTA",
  sourceUrl: "https://example.org/a",
  status: "DRAFT",
  publishAt: "",
  translations: {
    en: { title: "T", summary: "S", body: "B" },
    ru: { title: "", summary: "", body: "" },
    zh: { title: "", summary: "", body: "" },
  },
  version,
});
const resident = (slug: string, version = 0) => ({
  name: `Optics ${slug}`,
  slug,
  country: "CN",
  sector: "NEW_MATERIALS",
  status: "PLANNED",
  sinceYear: "2026",
  investmentUsd: "",
  jobs: "",
  website: "",
  originalLocale: "en",
  featured: false,
  version,
  translations: {
    en: { summary: "Optical fibre.", description: "" },
    ru: { summary: "", description: "" },
    zh: { summary: "", description: "" },
  },
  sources: [],
});

describe("who is asking", () => {
  it("a visitor is told to sign in; a signed-in user without the permission is forbidden", async () => {
    expect(await saveArticleAction(null, article(`${tag}-a`) as never)).toEqual({ ok: false, formError: "signedOut" });
    session.user = investor;
    expect(await saveArticleAction(null, article(`${tag}-a`) as never)).toEqual({ ok: false, formError: "forbidden" });
    session.user = staff;
    expect(await inviteStaffAction({ email: `x@${tag}.test`, name: "X", role: "STAFF", locale: "en" })).toEqual({
      ok: false,
      formError: "forbidden",
    });
    expect(await createInquiryAction({} as never)).toEqual({ ok: false, formError: "forbidden" });
    session.user = investor;
    expect(await decideProposalAction("x", { action: "approve", version: 1, publicReason: "", internalNote: "" })).toEqual({
      ok: false,
      formError: "forbidden",
    });
  });

  it("nothing is written or revalidated for a refused caller", async () => {
    session.user = investor;
    await saveResidentAction(null, resident(`${tag}-refused`) as never);
    expect(await db.resident.count({ where: { slug: `${tag}-refused` } })).toBe(0);
    expect(revalidated).toEqual([]);
  });
});

describe("every argument is parsed", () => {
  it("the form's input gives field errors", async () => {
    session.user = staff;
    const r = await saveArticleAction(null, { ...article("Not A Slug"), sourceUrl: "javascript:alert(1)" } as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors).toMatchObject({ slug: "slug", sourceUrl: "url" });
  });

  it("bound arguments are parsed too: a flag that is not a boolean, an id that is not an id", async () => {
    session.user = admin;
    expect(await setStaffActiveAction(staff.id, "yes" as never)).toEqual({ ok: false, formError: "invalid" });
    expect(await setStaffActiveAction("'; drop table", true)).toEqual({ ok: false, formError: "invalid" });
    session.user = investor;
    expect(await submitProposalAction("p1", "2" as never)).toEqual({ ok: false, formError: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).active).toBe(true);
  });
});

describe("one result shape and one conflict message", () => {
  it("a news edit conflict shows the neutral message", async () => {
    session.user = staff;
    const created = await saveArticleAction(null, article(`${tag}-news`) as never);
    if (!created.ok || !created.data) throw new Error("not created");
    expect(created.data).toEqual({ id: created.data.id, version: 1 });
    expect(revalidated).toContain("/[locale]/staff/news");
    expect((await saveArticleAction(created.data.id, article(`${tag}-news`, 1) as never)).ok).toBe(true);
    expect(await saveArticleAction(created.data.id, article(`${tag}-news`, 1) as never)).toEqual({ ok: false, formError: "conflict" });
  });

  it("a resident edit conflict shows the neutral message; a taken slug points at its field", async () => {
    session.user = staff;
    const created = await saveResidentAction(null, resident(`${tag}-res`) as never);
    if (!created.ok || !created.data) throw new Error("not created");
    expect((await saveResidentAction(created.data.id, resident(`${tag}-res`, 1) as never)).ok).toBe(true);
    expect(await saveResidentAction(created.data.id, resident(`${tag}-res`, 1) as never)).toEqual({ ok: false, formError: "conflict" });
    expect(await saveResidentAction(null, resident(`${tag}-res`) as never)).toEqual({
      ok: false,
      fieldErrors: { slug: "slugTaken" },
      formError: "invalid",
    });
    expect(await setResidentPublishedAction("nonexistent", true)).toEqual({ ok: false, formError: "notFound" });
  });

  it("a proposal conflict uses the same message", async () => {
    const id = await createDraft(investor);
    session.user = investor;
    expect(await submitProposalAction(id, 7)).toEqual({ ok: false, formError: "incomplete" });
    await db.proposal.update({ where: { id }, data: { status: "SUBMITTED" } });
    session.user = staff;
    const stale = { action: "startReview" as const, version: 1, publicReason: "", internalNote: "" };
    expect((await decideProposalAction(id, stale)).ok).toBe(true);
    expect(await decideProposalAction(id, stale)).toEqual({ ok: false, formError: "conflict" });
  });

  it("the conflict message names no kind of record, in every language", () => {
    expect(en.forms.conflict).not.toMatch(/proposal/i);
    expect(ru.forms.conflict).not.toMatch(/предложени/i);
    expect(zh.forms.conflict).not.toMatch(/提案/);
    for (const m of [en, ru, zh]) expect(m.forms).not.toHaveProperty("changedSinceOpened");
  });
});
