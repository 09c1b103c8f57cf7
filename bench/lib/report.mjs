// The benchmark's findings as Markdown: each figure beside its target.
const n = (x, d = 0) =>
  x === undefined || x === null ? "–" : Number(x).toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const pct = (x) => `${Math.round(x * 100)} %`;
const ok = (pass) => (pass ? "✅" : "❌");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

export function renderReport({ date, quick, wrk, refs, pages, cacheStatus, js, lighthouse, scales, minutes, forgotTiming, proposals }) {
  const L = [];
  L.push(`# Benchmark ${date}${quick ? " (quick run)" : ""}`, "");
  L.push(
    `Machine: 2 cores, wrk and the servers on the same machine. wrk: 50 connections, 2 threads, ${wrk.warmup} s warm-up, ${wrk.runs} × ${wrk.seconds} s runs, medians reported. Whole run: ${minutes.toFixed(1)} min.`,
    "",
  );

  L.push("## References", "", "| reference | req/s | p50 ms | p95 ms | p99 ms |", "|---|---:|---:|---:|---:|");
  for (const [name, r] of [
    ["trivial prerendered Next page", refs.staticPage],
    ["trivial dynamic Next page", refs.dynamicPage],
    ["nginx, saved home page HTML", refs.nginxStatic],
  ]) {
    L.push(`| ${name} | ${n(r.rps)} | ${n(r.p50, 2)} | ${n(r.p95, 2)} | ${n(r.p99, 2)} |`);
  }

  L.push("", "## Public pages (1k residents)", "");
  L.push(
    "Direct: `next start`. Cached pages are compared with the prerendered reference (target ≥ 80 %), pages rendered per request with the dynamic reference (target ≥ 70 %). Through nginx: `deploy/nginx-portal.conf` in front of the app, compared with nginx serving the saved HTML (target ≥ 50 %).",
    "",
  );
  L.push(
    "| page | kind | req/s | p50 | p95 | p99 | vs reference | | via nginx req/s | p95 | vs nginx static | |",
    "|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|",
  );
  for (const p of pages) {
    const ref = p.kind === "cached" ? refs.staticPage : refs.dynamicPage;
    const target = p.kind === "cached" ? 0.8 : 0.7;
    const r = p.direct.rps / ref.rps;
    const v = p.viaNginx.rps / refs.nginxStatic.rps;
    const errors = p.direct.badStatus + p.direct.socketErrors + p.viaNginx.badStatus + p.viaNginx.socketErrors;
    L.push(
      `| ${p.name} \`${p.path}\`${errors ? ` (${errors} errors)` : ""} | ${p.kind} | ${n(p.direct.rps)} | ${n(p.direct.p50, 1)} | ${n(p.direct.p95, 1)} | ${n(p.direct.p99, 1)} | ${pct(r)} | ${ok(r >= target)} | ${n(p.viaNginx.rps)} | ${n(p.viaNginx.p95, 1)} | ${pct(v)} | ${ok(v >= 0.5)} |`,
    );
  }
  L.push("", "Cache status seen through nginx on a second request:", "");
  for (const c of cacheStatus) L.push(`- \`${c.path}\`: ${c.status ?? "–"} (\`Cache-Control: ${c.cacheControl}\`)`);

  L.push(
    "",
    "## JavaScript per route (gzip -9)",
    "",
    "Shared = build-manifest's root main files and polyfills, loaded by every page. Target: route JS ≤ 10 kB (the calculator, with its island: ≤ 15 kB).",
    "",
  );
  L.push("| page | shared | route | budget | | route files |", "|---|---:|---:|---:|---|---|");
  for (const j of js)
    L.push(
      `| ${j.name} | ${kb(j.sharedBytes)} | ${kb(j.routeBytes)} | ${j.budgetKb} kB | ${ok(j.routeBytes <= j.budgetKb * 1024)} | ${j.routeFiles.join(", ")} |`,
    );

  if (lighthouse.length) {
    L.push(
      "",
      `## Lighthouse ${lighthouse.find((l) => l.version)?.version ?? ""} (mobile, simulated throttling, Debian Chromium)`,
      "",
      "Targets: performance ≥ 95, the others 100.",
      "",
    );
    L.push(
      "| page | performance | accessibility | best practices | SEO | LCP | | audits below 1 |",
      "|---|---:|---:|---:|---:|---:|---|---|",
    );
    for (const l of lighthouse) {
      if (l.error) {
        L.push(`| \`${new URL(l.url).pathname}\` | – | – | – | – | – | ❌ | ${l.error} |`);
        continue;
      }
      const pass = l.performance >= 95 && l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100;
      L.push(
        `| \`${new URL(l.url).pathname}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${n(l.lcpMs)} ms | ${ok(pass)} | ${l.failing.join(", ")} |`,
      );
    }
  }

  L.push("", "## Directory and news at scale", "");
  L.push(
    "Server-side time of the data-layer call (all its SQL round trips), sequential, after a warm-up. Targets: p95 ≤ 30 ms at 10k residents; p95 at 100k ≤ 2 × p95 at 1k.",
    "",
  );
  const first = scales[0];
  const header = scales.map((s) => `${n(s.residents)} p50 | p95`).join(" | ");
  L.push(`| query | ${header} | 10k ≤ 30 ms | largest ≤ 2 × smallest |`, `|---|${scales.map(() => "---:|---:").join("|")}|---|---|`);
  for (const [i, q] of first.queries.entries()) {
    const cells = scales.map((s) => `${n(s.queries[i].p50, 2)} | ${n(s.queries[i].p95, 2)}`).join(" | ");
    const at10k = scales.find((s) => s.residents === 10_000)?.queries[i].p95;
    const last = scales.at(-1).queries[i].p95;
    L.push(
      `| ${q.group}: ${q.name} | ${cells} | ${at10k === undefined ? "–" : ok(at10k <= 30)} | ${scales.length > 1 ? `${ok(last <= 2 * q.p95)} ${(last / q.p95).toFixed(2)}×` : "–"} |`,
    );
  }
  L.push("", `### Query plans at ${n(scales.at(-1).residents)} residents (EXPLAIN ANALYZE)`, "");
  for (const q of scales.at(-1).queries) {
    const seq = q.seqScans.length ? ` — **${q.seqScans.join("; ")}**` : "";
    L.push(`- ${q.group}: ${q.name}${seq}`);
    for (const p of q.plans) L.push(`  - ${p.ms.toFixed(2)} ms: ${p.scans.join("; ") || "(no table scan)"}`);
  }
  L.push("", "## Directory pages at scale (req/s, direct)", "");
  L.push(
    `| page | ${scales.map((s) => `${n(s.residents)} req/s | p95`).join(" | ")} | vs dynamic reference at the largest |`,
    `|---|${scales.map(() => "---:|---:").join("|")}|---|`,
  );
  for (const [i, p] of first.pages.entries()) {
    const cells = scales.map((s) => `${n(s.pages[i].direct.rps)} | ${n(s.pages[i].direct.p95, 1)}`).join(" | ");
    const r = scales.at(-1).pages[i].direct.rps / refs.dynamicPage.rps;
    L.push(`| ${p.name} \`${p.path}\` | ${cells} | ${pct(r)} ${ok(r >= 0.7)} |`);
  }
  if (forgotTiming) {
    L.push("", "## Forgot password: known against unknown address", "");
    L.push(
      `${forgotTiming.rounds} alternating requests each, back to back: median ${forgotTiming.knownMs.toFixed(1)} ms (known) against ${forgotTiming.unknownMs.toFixed(1)} ms (unknown), ${forgotTiming.differencePct.toFixed(1)} % apart ${ok(forgotTiming.differencePct <= 10)} (target ≤ 10 %).`,
    );
  }
  if (proposals) {
    const p = proposals;
    L.push("", `## ${p.investors} investors submitting a proposal at once, ${p.instances} instances`, "");
    L.push(
      `Each: sign-in, a new draft, four form steps saved, one PDF uploaded, submit; every request to the other instance than the last. ${n(p.requests)} requests in ${p.seconds.toFixed(1)} s.`,
      "",
      `- Acknowledged submissions: ${p.acknowledged} of ${p.investors}; present exactly once in the database: ${p.presentOnce} ${ok(p.presentOnce === p.acknowledged)}; submitted twice: ${p.extraSubmissions}.`,
      `- HTTP errors: ${p.httpErrors}; journeys that failed: ${p.failureCount}${p.failures.length ? ` (${p.failures.join("; ")})` : ""}.`,
      `- Per request: p50 ${n(p.p50, 0)} ms, p95 ${n(p.p95, 0)} ms, p99 ${n(p.p99, 0)} ms ${ok(p.p95 <= 300)} (target p95 ≤ 300 ms).`,
      "",
      "| step | requests | p50 ms | p95 ms | max ms |",
      "|---|---:|---:|---:|---:|",
      ...p.bySteps.map((s) => `| ${s.step} | ${s.requests} | ${n(s.p50, 0)} | ${n(s.p95, 0)} | ${n(s.max, 0)} |`),
    );
  }
  return `${L.join("\n")}\n`;
}
