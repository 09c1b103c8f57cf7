// The load generator, nginx and Chromium come from Debian's packages: installed
// here when missing (as root), so `npm run bench` works on a fresh machine.
import { run, which } from "./processes.mjs";

const PACKAGES = { wrk: "wrk", nginx: "nginx-light", chromium: "chromium" };

export function ensureTools() {
  const missing = Object.keys(PACKAGES).filter((b) => !which(b));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(", ")}: install with apt-get install -y ${missing.map((b) => PACKAGES[b]).join(" ")}`);
  }
  console.log(`bench: installing ${missing.map((b) => PACKAGES[b]).join(", ")} with apt-get`);
  run("apt-get", ["update", "-qq"], { quiet: true });
  run("apt-get", ["install", "-y", "-qq", ...missing.map((b) => PACKAGES[b])], { env: { DEBIAN_FRONTEND: "noninteractive" }, quiet: true });
}
