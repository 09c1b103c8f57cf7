// `npm start` on a developer's machine where the mail catcher's default port is
// taken, a port named by its variable is busy, a second start shares the data
// folder, or an earlier start was killed: one clear line or a working fallback,
// and never a database left running behind it. Runs the real start script with
// its own DATA_DIR and ports; each run stops before the build (signal or failure).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

mkdirSync(".data", { recursive: true });
const dataDir = path.resolve(mkdtempSync(path.join(".data", "start-test-")));
const pgDir = path.join(dataDir, "postgres");
const blockers: net.Server[] = [];

function listen(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(null)); // already taken by someone else: just as good
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
async function freePort() {
  const server = await listen(0);
  const { port } = server!.address() as net.AddressInfo;
  await new Promise((r) => server!.close(r));
  return port;
}

type Run = { child: ChildProcess; out: () => string; exited: Promise<number | null> };
function start(env: Record<string, string>): Run {
  const base = { ...process.env };
  for (const name of ["DATABASE_URL", "SMTP_URL", "MAIL_SMTP_PORT", "MAIL_WEB_PORT", "PORT", "EMBEDDED_PG_PORT", "NEXTAUTH_SECRET"])
    delete base[name];
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...base, DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (d) => (text += d));
  child.stderr!.on("data", (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, out: () => text, exited };
}
async function waitFor(run: Run, pattern: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = run.out().match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null || Date.now() > until) throw new Error(`never saw ${pattern}; output:\n${run.out()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
/** Processes whose command line names this test's database folder. */
const postgresOfDataDir = () =>
  execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes(pgDir) && !line.includes("ps -eo"));
const postmasterPid = () =>
  existsSync(path.join(pgDir, "postmaster.pid")) ? Number(readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]) : 0;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let pgPort: number, appPort: number;
beforeAll(async () => {
  [pgPort, appPort] = [await freePort(), await freePort()];
  const smtp = await listen(1025); // the common default of MailHog, Mailpit and maildev
  if (smtp) blockers.push(smtp);
});
afterAll(async () => {
  for (const b of blockers) await new Promise((r) => b.close(r));
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, "SIGINT");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start when ports are busy", () => {
  it("a busy port named by its variable stops start-up with one line, and the database it had started is stopped", async () => {
    const run = start({ PORT: String(appPort), EMBEDDED_PG_PORT: String(pgPort), MAIL_SMTP_PORT: "1025" });
    expect(await run.exited).toBe(1);
    const lines = run.out().trim().split("\n");
    expect(lines.at(-1)).toBe("npm start: port 1025 (MAIL_SMTP_PORT) is already in use: set MAIL_SMTP_PORT to a free port");
    expect(run.out()).not.toMatch(/^\s+at /m);
    expect(run.out()).toMatch(/database: embedded PostgreSQL/); // it had started, and is gone again
    expect(postgresOfDataDir()).toEqual([]);
  });

  it("a busy default is replaced by a free port and said where; a second start on the same data folder is refused; a crashed start's database is stopped by the next", async () => {
    const first = start({ PORT: String(appPort), EMBEDDED_PG_PORT: String(pgPort) });
    const [, web] = await waitFor(first, /mail: caught, not sent; read it at http:\/\/localhost:(\d+)/);
    expect(first.out()).toMatch(/mail: port 1025 busy, so the catcher uses SMTP (\d+)/);
    const smtpPort = Number(first.out().match(/uses SMTP (\d+)/)![1]);
    expect(smtpPort).not.toBe(1025);
    expect((await fetch(`http://127.0.0.1:${web}/api/messages`)).status).toBe(200);
    const pid = postmasterPid();
    expect(alive(pid)).toBe(true);

    const second = start({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.out().trim()).toMatch(
      /^npm start: another npm start \(pid \d+\) is already running on .*: stop it first, or give this one its own DATA_DIR$/,
    );
    expect(alive(pid)).toBe(true); // the refused start touched nothing of the first one's

    // A start killed outright leaves its database behind ...
    first.child.kill("SIGKILL");
    await first.exited;
    expect(alive(pid)).toBe(true);
    // ... which the next start stops before starting its own (here it then fails on a busy port, and cleans up).
    const third = start({ PORT: String(appPort), EMBEDDED_PG_PORT: String(pgPort), MAIL_WEB_PORT: "1025" });
    expect(await third.exited).toBe(1);
    expect(third.out()).toMatch(/stopped the embedded PostgreSQL an earlier start left running/);
    expect(third.out().trim().split("\n").at(-1)).toBe(
      "npm start: port 1025 (MAIL_WEB_PORT) is already in use: set MAIL_WEB_PORT to a free port",
    );
    expect(alive(pid)).toBe(false);
    expect(postgresOfDataDir()).toEqual([]);
  });

  it("Ctrl-C during start-up stops the database too", async () => {
    const run = start({
      PORT: String(appPort),
      EMBEDDED_PG_PORT: String(pgPort),
      MAIL_SMTP_PORT: String(await freePort()),
      MAIL_WEB_PORT: String(await freePort()),
    });
    await waitFor(run, /mail: caught, not sent/);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(postgresOfDataDir()).toEqual([]);
  });
});
