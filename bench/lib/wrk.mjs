// Throughput and latency of one URL with wrk: a warm-up, then several runs; the
// medians are reported, so one noisy run does not decide a figure.
import { run } from "./processes.mjs";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function wrkOnce(url, { connections, seconds, threads }) {
  const out = run("wrk", [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", "bench/wrk-report.lua", url], {
    quiet: true,
  });
  const line = out
    .trim()
    .split("\n")
    .findLast((l) => l.startsWith("{"));
  if (!line) throw new Error(`wrk printed no report for ${url}:\n${out}`);
  return JSON.parse(line);
}

export function measure(url, { connections = 50, seconds = 5, warmup = 2, runs = 3, threads = 2 } = {}) {
  if (warmup > 0) wrkOnce(url, { connections, seconds: warmup, threads });
  const results = Array.from({ length: runs }, () => wrkOnce(url, { connections, seconds, threads }));
  return {
    url,
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    p99: median(results.map((r) => r.p99)),
    badStatus: results.reduce((n, r) => n + r.badStatus, 0),
    socketErrors: results.reduce((n, r) => n + r.socketErrors, 0),
    runs: results.map((r) => Math.round(r.rps)),
  };
}
