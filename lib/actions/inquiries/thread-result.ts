// Maps a data-layer outcome on a thread to what the form shows.
import type { ThreadResult } from "@/lib/data/inquiries";
import { fail, type ActionResult } from "@/lib/actions/result";

export function threadResult(result: ThreadResult): ActionResult {
  return result === "ok" ? { ok: true } : fail(result === "changed" ? "changedMeanwhile" : result);
}
