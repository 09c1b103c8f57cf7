// The authorization matrix of pages and route handlers, against the running
// portal: every page.tsx and route.ts under app/ has an entry here (a new one
// without an entry fails the first test), and each entry × visitor, investor A,
// investor B, staff and admin is checked against what the permission map and
// ownership say. Server actions have their matrix in Vitest
// (lib/__tests__/authorization-matrix.test.ts).
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { ADMIN, STAFF, clientAddress, registerAndVerify, signIn, unique } from "./accounts";

type Who = "visitor" | "investorA" | "investorB" | "staff" | "admin";
const WHO: Who[] = ["visitor", "investorA", "investorB", "staff", "admin"];
const ROLE: Record<Who, "VISITOR" | "INVESTOR" | "STAFF" | "ADMIN"> = {
  visitor: "VISITOR",
  investorA: "INVESTOR",
  investorB: "INVESTOR",
  staff: "STAFF",
  admin: "ADMIN",
};
// lib/permissions.ts, by role (the e2e runner does not load the app's modules).
const HAS: Record<string, string[]> = {
  public: ["VISITOR", "INVESTOR", "STAFF", "ADMIN"],
  signedIn: ["INVESTOR", "STAFF", "ADMIN"],
  "inquiry:own": ["INVESTOR"],
  "proposal:own": ["INVESTOR"],
  "backoffice:enter": ["STAFF", "ADMIN"],
  "content:manage": ["STAFF", "ADMIN"],
  "inquiry:triage": ["STAFF", "ADMIN"],
  "proposal:review": ["STAFF", "ADMIN"],
  "staff:manage": ["ADMIN"],
  "service:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
};

type Ids = { inquiry: string; proposal: string; document: string; resident: string; news: string; investor: string; template: string };
type PageEntry = {
  path: (ids: Ids) => string;
  needs: keyof typeof HAS;
  owner?: "investorA";
  hiddenFromStaff?: boolean;
  missingForAll?: boolean;
};
type RouteEntry = { method: "GET" | "POST"; path: (ids: Ids) => string; expect: (who: Who) => number; body?: "pdf" };

const PAGES: Record<string, PageEntry> = {
  "[locale]/(public)/page.tsx": { path: () => "/en", needs: "public" },
  "[locale]/(public)/park/page.tsx": { path: () => "/ru/park", needs: "public" },
  "[locale]/(public)/incentives/calculator/page.tsx": {
    path: () => "/zh/incentives/calculator?calculate=1&totalInvestmentUsd=6000000&firstProfitYear=2030&annualProfitUsd=1000000",
    needs: "public",
  },
  "[locale]/(public)/contacts/page.tsx": { path: () => "/zh/contacts", needs: "public" },
  "[locale]/(public)/contacts/confirm/page.tsx": { path: () => "/en/contacts/confirm?token=unknown", needs: "public" },
  "[locale]/(public)/residents/page.tsx": { path: () => "/en/residents?q=maz", needs: "public" },
  "[locale]/(public)/residents/[slug]/page.tsx": { path: () => "/en/residents/maz-weichai", needs: "public" },
  "[locale]/(public)/news/page.tsx": { path: () => "/en/news", needs: "public" },
  "[locale]/(public)/news/[slug]/page.tsx": { path: () => "/en/news/2015-park-opens-first-seven-residents", needs: "public" },
  "[locale]/(public)/news/page/[page]/page.tsx": { path: () => "/en/news/page/2", needs: "public" },
  "[locale]/(public)/news/tag/[tag]/page.tsx": { path: () => "/en/news/tag/park", needs: "public" },
  // No tag has a second page in the seed: a page past the end is not found, for everyone.
  "[locale]/(public)/news/tag/[tag]/page/[page]/page.tsx": { path: () => "/en/news/tag/park/page/2", needs: "public", missingForAll: true },
  "[locale]/(auth)/sign-in/page.tsx": { path: () => "/en/sign-in", needs: "public" },
  "[locale]/(auth)/register/page.tsx": { path: () => "/en/register", needs: "public" },
  "[locale]/(auth)/forgot-password/page.tsx": { path: () => "/en/forgot-password", needs: "public" },
  "[locale]/(auth)/reset-password/page.tsx": { path: () => "/en/reset-password?token=x", needs: "public" },
  "[locale]/(auth)/verify-email/page.tsx": { path: () => "/en/verify-email?token=x", needs: "public" },
  "[locale]/(auth)/accept-invite/page.tsx": { path: () => "/en/accept-invite?token=x", needs: "public" },
  "[locale]/(investor)/account/page.tsx": { path: () => "/en/account", needs: "signedIn" },
  "[locale]/(investor)/account/notifications/page.tsx": { path: () => "/en/account/notifications", needs: "signedIn" },
  "[locale]/(investor)/account/inquiries/page.tsx": { path: () => "/en/account/inquiries", needs: "inquiry:own" },
  "[locale]/(investor)/account/inquiries/new/page.tsx": { path: () => "/en/account/inquiries/new", needs: "inquiry:own" },
  "[locale]/(investor)/account/inquiries/[id]/page.tsx": {
    path: (i) => `/en/account/inquiries/${i.inquiry}`,
    needs: "inquiry:own",
    owner: "investorA",
  },
  "[locale]/(investor)/account/proposals/page.tsx": { path: () => "/en/account/proposals", needs: "proposal:own" },
  "[locale]/(investor)/account/proposals/[id]/page.tsx": {
    path: (i) => `/en/account/proposals/${i.proposal}`,
    needs: "proposal:own",
    owner: "investorA",
  },
  "[locale]/(staff)/staff/page.tsx": { path: () => "/en/staff", needs: "backoffice:enter" },
  "[locale]/(staff)/staff/inquiries/page.tsx": { path: () => "/en/staff/inquiries", needs: "inquiry:triage" },
  "[locale]/(staff)/staff/inquiries/[id]/page.tsx": { path: (i) => `/en/staff/inquiries/${i.inquiry}`, needs: "inquiry:triage" },
  "[locale]/(staff)/staff/proposals/page.tsx": { path: () => "/en/staff/proposals", needs: "proposal:review" },
  "[locale]/(staff)/staff/investors/[id]/page.tsx": { path: (i) => `/en/staff/investors/${i.investor}`, needs: "inquiry:triage" },
  // A's proposal is a draft: drafts are hidden from staff too.
  "[locale]/(staff)/staff/proposals/[id]/page.tsx": {
    path: (i) => `/en/staff/proposals/${i.proposal}`,
    needs: "proposal:review",
    hiddenFromStaff: true,
  },
  "[locale]/(staff)/staff/residents/page.tsx": { path: () => "/en/staff/residents", needs: "content:manage" },
  "[locale]/(staff)/staff/residents/new/page.tsx": { path: () => "/en/staff/residents/new", needs: "content:manage" },
  "[locale]/(staff)/staff/residents/[id]/page.tsx": { path: (i) => `/en/staff/residents/${i.resident}`, needs: "content:manage" },
  "[locale]/(staff)/staff/news/page.tsx": { path: () => "/en/staff/news", needs: "content:manage" },
  "[locale]/(staff)/staff/news/new/page.tsx": { path: () => "/en/staff/news/new", needs: "content:manage" },
  "[locale]/(staff)/staff/news/[id]/page.tsx": { path: (i) => `/en/staff/news/${i.news}`, needs: "content:manage" },
  "[locale]/(staff)/staff/figures/page.tsx": { path: () => "/en/staff/figures", needs: "content:manage" },
  "[locale]/(staff)/staff/incentive-rates/page.tsx": { path: () => "/en/staff/incentive-rates", needs: "content:manage" },
  "[locale]/(staff)/staff/accounts/page.tsx": { path: () => "/en/staff/accounts", needs: "staff:manage" },
  "[locale]/(staff)/staff/templates/page.tsx": { path: () => "/en/staff/templates", needs: "service:manage" },
  "[locale]/(staff)/staff/service-clock/page.tsx": { path: () => "/en/staff/service-clock", needs: "service:manage" },
  "[locale]/(staff)/staff/templates/new/page.tsx": { path: () => "/en/staff/templates/new", needs: "service:manage" },
  "[locale]/(staff)/staff/templates/[id]/page.tsx": { path: (i) => `/en/staff/templates/${i.template}`, needs: "service:manage" },
  "[locale]/(staff)/staff/audit/page.tsx": { path: () => "/en/staff/audit", needs: "audit:read" },
  "[locale]/[...rest]/page.tsx": { path: () => "/en/no-such-page", needs: "public", missingForAll: true },
};

const isStaff = (who: Who) => who === "staff" || who === "admin";
const ROUTES: Record<string, RouteEntry> = {
  "[locale]/news/feed.xml/route.ts": { method: "GET", path: () => "/en/news/feed.xml", expect: () => 200 },
  "api/auth/[...nextauth]/route.ts": { method: "GET", path: () => "/api/auth/csrf", expect: () => 200 },
  "api/me/route.ts": { method: "GET", path: () => "/api/me", expect: () => 200 },
  "api/health/route.ts": { method: "GET", path: () => "/api/health", expect: () => 200 },
  "api/logos/[key]/route.ts": { method: "GET", path: () => "/api/logos/00000000-0000-4000-8000-000000000000", expect: () => 404 },
  "api/covers/[key]/route.ts": { method: "GET", path: () => "/api/covers/00000000-0000-4000-8000-000000000000", expect: () => 404 },
  "api/internal/revalidate-news/route.ts": { method: "POST", path: () => "/api/internal/revalidate-news", expect: () => 404 },
  "api/admin/audit/export/route.ts": { method: "GET", path: () => "/api/admin/audit/export", expect: (w) => (w === "admin" ? 200 : 404) },
  "api/staff/proposals/export/route.ts": {
    method: "GET",
    path: () => "/api/staff/proposals/export",
    expect: (w) => (isStaff(w) ? 200 : 404),
  },
  // Staff reach the upload; an empty body is bad input. Everyone else: nothing there.
  "api/staff/residents/[id]/logo/route.ts": {
    method: "POST",
    path: (i) => `/api/staff/residents/${i.resident}/logo`,
    expect: (w) => (isStaff(w) ? 400 : 404),
  },
  "api/staff/news/[id]/cover/route.ts": {
    method: "POST",
    path: (i) => `/api/staff/news/${i.news}/cover`,
    expect: (w) => (isStaff(w) ? 400 : 404),
  },
  "api/proposals/[id]/documents/route.ts": {
    method: "POST",
    path: (i) => `/api/proposals/${i.proposal}/documents`,
    body: "pdf",
    expect: (w) => ({ visitor: 401, investorA: 201, investorB: 404, staff: 403, admin: 403 })[w],
  },
  // A's document of a draft: the owner only.
  "api/documents/[id]/route.ts": {
    method: "GET",
    path: (i) => `/api/documents/${i.document}`,
    expect: (w) => (w === "investorA" ? 200 : 404),
  },
};

function filesNamed(name: string, dir = "app"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesNamed(name, path);
    return entry === name ? [relative("app", path)] : [];
  });
}

test("every page and route handler has an entry in the matrix", () => {
  expect(filesNamed("page.tsx").filter((f) => !(f in PAGES))).toEqual([]);
  expect(filesNamed("route.ts").filter((f) => !(f in ROUTES))).toEqual([]);
});

async function contextFor(browser: Browser, who: Who, accounts: Record<string, { email: string; password: string }>) {
  const context = await browser.newContext({ extraHTTPHeaders: clientAddress() });
  if (who !== "visitor") await signIn(await context.newPage(), "en", accounts[who].email, accounts[who].password);
  return context;
}

/** What a page answered: "ok", "signIn" (sent to sign in), "away" (the proxy sent an investor home) or "notFound". */
async function pageOutcome(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  const url = new URL(res.url());
  if (url.pathname.endsWith("/sign-in") && !path.endsWith("/sign-in")) return "signIn";
  if (url.pathname === "/en/account" && path.startsWith("/en/staff")) return "away";
  return res.status() === 404 ? "notFound" : res.status() === 200 ? "ok" : `status ${res.status()}`;
}

test("pages and route handlers × visitor, investors A and B, staff, admin", async ({ browser }) => {
  test.setTimeout(240_000);
  const a = { email: `matrix-a-${unique()}@example.org`, password: "matrix-owner-2026" };
  const b = { email: `matrix-b-${unique()}@example.org`, password: "matrix-other-2026" };
  const setup = await (await browser.newContext({ extraHTTPHeaders: clientAddress() })).newPage();
  await registerAndVerify(setup, a.email, a.password);
  await registerAndVerify(setup, b.email, b.password);
  const accounts = { investorA: a, investorB: b, staff: STAFF, admin: ADMIN };
  const contexts = Object.fromEntries(
    await Promise.all(WHO.map(async (w) => [w, await contextFor(browser, w, accounts)] as const)),
  ) as Record<Who, Awaited<ReturnType<typeof contextFor>>>;

  // Investor A's inquiry, draft proposal and document; a resident and an article for the staff pages.
  const pageA = await contexts.investorA.newPage();
  await pageA.goto("/en/account/inquiries/new");
  await pageA.getByLabel("Subject").fill("Matrix question");
  await pageA.getByLabel("Message").fill("For the matrix.");
  await pageA.getByRole("button", { name: "Send inquiry" }).click();
  await expect(pageA.getByRole("heading", { level: 1, name: "Matrix question" })).toBeVisible();
  const inquiry = pageA.url().split("/").pop()!;
  await pageA.goto("/en/account/proposals");
  await pageA.getByRole("button", { name: "New proposal" }).click();
  await pageA.waitForURL(/\/account\/proposals\/[^/]+$/);
  const proposal = pageA.url().split("/").pop()!;
  const uploaded = await contexts.investorA.request.post(`/api/proposals/${proposal}/documents`, {
    multipart: { kind: "OTHER", file: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% matrix\n") } },
  });
  const document = ((await uploaded.json()) as { id: string }).id;
  const staffPage = await contexts.staff.newPage();
  const adminPage = await contexts.admin.newPage();
  const firstId = async (path: string, page = staffPage) => {
    await page.goto(path);
    const href = await page.locator(`a[href^="${path}/"]:not([href$="/new"])`).first().getAttribute("href");
    return href!.split("/").pop()!;
  };
  await staffPage.goto(`/en/staff/inquiries/${inquiry}`);
  const investor = (await staffPage.locator('a[href^="/en/staff/investors/"]').getAttribute("href"))!.split("/").pop()!;
  const ids: Ids = {
    inquiry,
    proposal,
    document,
    resident: await firstId("/en/staff/residents"),
    news: await firstId("/en/staff/news"),
    template: await firstId("/en/staff/templates", adminPage),
    investor,
  };

  const problems: string[] = [];
  let cells = 0;
  for (const [file, entry] of Object.entries(PAGES)) {
    for (const who of WHO) {
      const allowed =
        HAS[entry.needs].includes(ROLE[who]) && (!entry.owner || who === entry.owner) && !(entry.hiddenFromStaff && isStaff(who));
      const want = entry.missingForAll
        ? "notFound"
        : allowed
          ? "ok"
          : who === "visitor"
            ? "signIn"
            : entry.path(ids).startsWith("/en/staff") && !isStaff(who)
              ? "away"
              : "notFound";
      const got = await pageOutcome(contexts[who].request, entry.path(ids));
      cells++;
      if (got !== want) problems.push(`${file} as ${who}: ${got}, expected ${want}`);
    }
  }
  for (const [file, entry] of Object.entries(ROUTES)) {
    for (const who of WHO) {
      const request = contexts[who].request;
      const path = entry.path(ids);
      const res =
        entry.method === "GET"
          ? await request.get(path, { maxRedirects: 0 })
          : entry.body === "pdf"
            ? await request.post(path, {
                multipart: { kind: "OTHER", file: { name: "m.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") } },
              })
            : await request.post(path, { data: "" });
      cells++;
      if (res.status() !== entry.expect(who))
        problems.push(`${entry.method} ${file} as ${who}: ${res.status()}, expected ${entry.expect(who)}`);
    }
  }
  console.log(`authorization matrix (pages and routes): ${cells} cells`);
  expect(problems).toEqual([]);
  await Promise.all(WHO.map((w) => contexts[w].close()));
});
