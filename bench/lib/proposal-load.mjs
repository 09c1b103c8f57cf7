// 200 investors at once, each submitting a proposal against two app instances:
// sign in (next-auth's endpoint), start a draft, save the four form steps, upload
// one small PDF, submit. Every request alternates between the instances, so each
// investor's session, draft and document cross them. Server actions are called
// as the browser calls them (POST with the Next-Action id from the build's
// manifest, arguments as JSON). Then the database is asked whether every
// acknowledged submission is there exactly once.
import { readFileSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import pg from "pg";

const PDF = readFileSync("e2e/fixtures/business-plan.pdf");
const PASSWORD = "bench-investor-2026";

function actionIds() {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")).node;
  const id = (name) => {
    const found = Object.entries(manifest).find(([, v]) => v.exportedName === name && v.filename.endsWith("investor-proposal.ts"));
    if (!found) throw new Error(`bench: server action ${name} not in the build's manifest`);
    return found[0];
  };
  return { start: id("startProposalAction"), save: id("saveProposalStepAction"), submit: id("submitProposalAction") };
}

async function createInvestors(databaseUrl, count, tag) {
  const passwordHash = await hash(PASSWORD);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "emailVerifiedAt", "updatedAt")
     SELECT 'bench-' || $1 || '-' || n, 'bench-' || $1 || '-' || n || '@bench.invalid', 'Bench investor ' || n, $2, 'INVESTOR', 'en', now(), now()
     FROM generate_series(1, $3::int) AS n`,
    [tag, passwordHash, count],
  );
  await client.end();
  return Array.from({ length: count }, (_, i) => `bench-${tag}-${i + 1}@bench.invalid`);
}

/** One investor's browser: a cookie jar, a client address, and timed requests. */
function investorClient(bases, address, timings) {
  const cookies = new Map();
  let turn = 0;
  const request = async (step, path, init = {}) => {
    const base = bases[turn++ % bases.length];
    const headers = {
      ...init.headers,
      cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      origin: base,
      "x-forwarded-for": address,
    };
    const started = performance.now();
    const res = await fetch(base + path, { ...init, headers, redirect: "manual" });
    const body = await res.text();
    timings.push({ step, ms: performance.now() - started, status: res.status });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return { res, body };
  };
  const action = async (step, path, id, args) => {
    const { res, body } = await request(step, path, {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      body: JSON.stringify(args),
    });
    // The flight response's row 1 is the action's return value.
    const row = body.split("\n").find((l) => l.startsWith("1:"));
    return { res, result: row ? JSON.parse(row.slice(2)) : null };
  };
  return { request, action };
}

async function submitOne(email, i, bases, ids, timings) {
  const client = investorClient(bases, `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`, timings);
  const csrf = JSON.parse((await client.request("sign-in", "/api/auth/csrf")).body).csrfToken;
  const signIn = await client.request("sign-in", "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf, email, password: PASSWORD, json: "true" }),
  });
  if (signIn.res.status !== 200) throw new Error(`sign-in ${signIn.res.status}`);

  const start = await client.action("draft", "/en/account/proposals", ids.start, ["en"]);
  const redirect = start.res.headers.get("x-action-redirect") ?? "";
  const id = /\/account\/proposals\/([^/;?]+)/.exec(redirect)?.[1];
  if (!id) throw new Error(`start: no draft (${start.res.status})`);
  const page = `/en/account/proposals/${id}`;

  const steps = [
    [
      "company",
      {
        legalName: `Bench Ltd ${i}`,
        registrationNumber: "",
        companyCountry: "CN",
        website: "",
        contactName: "Li Wei",
        contactEmail: email,
        contactPhone: "",
      },
    ],
    [
      "project",
      {
        title: `Bench plant ${i}`,
        sector: "MECHANICAL_ENGINEERING",
        rdProject: false,
        description: "Bench.",
        products: "",
        exportSharePct: "",
      },
    ],
    ["numbers", { totalInvestmentUsd: "6000000", investmentFirst3YearsUsd: "", jobs: "50", landHa: "", floorSpaceM2: "", utilities: "" }],
    ["timeline", { startDate: "2027-03-01", productionStartDate: "" }],
  ];
  let version = 1;
  for (const [n, [step, values]] of steps.entries()) {
    const saved = await client.action("save step", page, ids.save, [id, { step, version, values, goTo: n + 1 }]);
    if (!saved.result?.ok) throw new Error(`save ${step}: ${JSON.stringify(saved.result)}`);
    version = saved.result.data?.version ?? version + 1;
  }

  const form = new FormData();
  form.set("kind", "BUSINESS_PLAN");
  form.set("file", new Blob([PDF], { type: "application/pdf" }), "business-plan.pdf");
  const upload = await client.request("upload", `/api/proposals/${id}/documents`, { method: "POST", body: form });
  if (upload.res.status >= 300) throw new Error(`upload ${upload.res.status}: ${upload.body.slice(0, 200)}`);

  const submitted = await client.action("submit", page, ids.submit, [id, version]);
  if (!submitted.result?.ok) throw new Error(`submit: ${JSON.stringify(submitted.result)}`);
  return id;
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

export async function proposalLoad({ bases, databaseUrl, investors = 200 }) {
  const ids = actionIds();
  const tag = Date.now().toString(36);
  const emails = await createInvestors(databaseUrl, investors, tag);
  const timings = [];
  const started = performance.now();
  const outcomes = await Promise.allSettled(emails.map((email, i) => submitOne(email, i, bases, ids, timings)));
  const seconds = (performance.now() - started) / 1000;
  const acknowledged = outcomes.filter((o) => o.status === "fulfilled").map((o) => o.value);
  const failures = outcomes.filter((o) => o.status === "rejected").map((o) => String(o.reason?.message ?? o.reason));

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT p.id, p.status, (SELECT count(*)::int FROM "ProposalEvent" e WHERE e."proposalId" = p.id AND e."toStatus" = 'SUBMITTED') AS submissions
     FROM "Proposal" p JOIN "User" u ON u.id = p."investorId" WHERE u.email LIKE $1`,
    [`bench-${tag}-%`],
  );
  await client.end();
  const stored = new Map(rows.map((r) => [r.id, r]));
  const presentOnce = acknowledged.filter((id) => stored.get(id)?.status === "SUBMITTED" && stored.get(id)?.submissions === 1).length;

  const all = timings.map((t) => t.ms).sort((a, b) => a - b);
  const bySteps = [...new Set(timings.map((t) => t.step))].map((step) => {
    const ms = timings
      .filter((t) => t.step === step)
      .map((t) => t.ms)
      .sort((a, b) => a - b);
    return { step, requests: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1) };
  });
  return {
    investors,
    instances: bases.length,
    seconds,
    requests: timings.length,
    httpErrors: timings.filter((t) => t.status >= 400).length,
    acknowledged: acknowledged.length,
    presentOnce,
    extraSubmissions: rows.filter((r) => r.submissions > 1).length,
    failures: [...new Set(failures)].slice(0, 5),
    failureCount: failures.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    bySteps,
  };
}
