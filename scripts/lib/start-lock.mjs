// One `npm start` per data folder: a second one on the same .data/ would share
// (and then stop) the first one's database. The lock is a file with the owner's
// pid; a lock whose process is gone is stale and taken over.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartError } from "./ports.mjs";

export function pidIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

export function takeStartLock(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "start.pid");
  const owner = existsSync(file) ? Number(readFileSync(file, "utf8")) : 0;
  if (owner && owner !== process.pid && pidIsAlive(owner)) {
    throw new StartError(
      `another npm start (pid ${owner}) is already running on ${dataDir}/: stop it first, or give this one its own DATA_DIR`,
    );
  }
  writeFileSync(file, String(process.pid));
  return () => {
    if (existsSync(file) && Number(readFileSync(file, "utf8")) === process.pid) rmSync(file);
  };
}

/**
 * A database server an earlier start left running in `dir` (killed without its
 * clean-up): stopped, since nothing owns it any more. Returns whether it did.
 */
export async function stopLeftoverServer(dir) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !pidIsAlive(pid)) return false;
  process.kill(pid, "SIGINT"); // PostgreSQL's fast shutdown
  for (let i = 0; i < 100 && pidIsAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  return true;
}
