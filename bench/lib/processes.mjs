// Child processes for the benchmark: start, wait until they answer, stop.
import { spawn, spawnSync } from "node:child_process";
import { openSync } from "node:fs";

/** Starts a long-running process with its output in `logFile`. */
export function startProcess(command, args, { env = {}, logFile, cwd } = {}) {
  const out = logFile ? openSync(logFile, "a") : "ignore";
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", out, out], detached: true });
  return {
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          resolve();
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {
            /* already gone */
          }
        }, 5000).unref();
      }),
  };
}

export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command, args, { env = {}, cwd, quiet = false } = {}) {
  const r = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: quiet ? "pipe" : "inherit",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${r.status}):\n${r.stderr ?? ""}${r.stdout ?? ""}`.slice(0, 4000));
  return r.stdout ?? "";
}

export function which(binary) {
  return spawnSync("sh", ["-c", `command -v ${binary}`], { encoding: "utf8" }).stdout.trim() || null;
}

/**
 * fetch with retries: after a wrk run the servers close idle keep-alive
 * connections, and Node's pooled socket may be one of them (EPIPE).
 */
export async function get(url, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await fetch(url);
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
