// "Forgot password" must take as long for an address with an account as for one
// without (measured before: 18 ms against 11 ms told them apart). Calls the server action
// over HTTP the way the form does, alternating a known and an unknown address,
// each request from its own client address (the app must run with
// TRUSTED_PROXY_HOPS=1 so the per-address limit does not answer instead), and
// compares the medians.
import { readFileSync } from "node:fs";

function actionId(name) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!found) throw new Error(`server action ${name} not found in the build`);
  return found[0];
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export async function forgotPasswordTiming(appUrl, { knownEmail, rounds = 200, pauseMs = 0 } = {}) {
  const id = actionId("forgotPasswordAction");
  const times = { known: [], unknown: [] };
  for (let i = 0; i < rounds * 2 + 20; i++) {
    const kind = i % 2 === 0 ? "known" : "unknown";
    const email = kind === "known" ? knownEmail : `nobody-${i}@bench.invalid`;
    const started = performance.now();
    const res = await fetch(`${appUrl}/en/forgot-password`, {
      method: "POST",
      headers: {
        "Next-Action": id,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        "X-Forwarded-For": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      },
      body: JSON.stringify([{ email }]),
    });
    await res.text();
    if (res.status !== 200) throw new Error(`forgot password answered ${res.status}`);
    if (i >= 20) times[kind].push(performance.now() - started); // the first 20 warm up
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  }
  const known = median(times.known);
  const unknown = median(times.unknown);
  return {
    rounds,
    pauseMs,
    knownMs: known,
    unknownMs: unknown,
    differencePct: (Math.abs(known - unknown) / Math.min(known, unknown)) * 100,
  };
}

// Standalone: node bench/lib/forgot-password-timing.mjs http://127.0.0.1:3000 known@example.org
if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, knownEmail] = process.argv.slice(2);
  console.log(JSON.stringify(await forgotPasswordTiming(url, { knownEmail }), null, 2));
}
