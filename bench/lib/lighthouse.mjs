// Lighthouse 12 (mobile, simulated throttling) in Debian's Chromium. Fetched from
// the npm registry on first use rather than installed with the project: the
// test suite never needs it.
import { readFileSync } from "node:fs";
import { run } from "./processes.mjs";

const VERSION = "12.8.2";
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

export function lighthouse(url, outFile) {
  run(
    "npm",
    [
      "exec",
      "--yes",
      `--package=lighthouse@${VERSION}`,
      "--",
      "lighthouse",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${outFile}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { env: { CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, quiet: true },
  );
  const report = JSON.parse(readFileSync(outFile, "utf8"));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
    .map((a) => a.id);
  return {
    url,
    version: report.lighthouseVersion,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
    failing,
  };
}
