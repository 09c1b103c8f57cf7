// Reading data-layer Outcomes in tests: `code` gives "ok" or the refusal's reason,
// `okOrThrow` the success (a refusal fails the test with its reason).
import type { Ok, Outcome, Reason } from "@/lib/data/result";

export const code = (outcome: Outcome<Reason, object>): "ok" | Reason => (outcome.ok ? "ok" : outcome.reason);

export function okOrThrow<T extends object>(outcome: Outcome<Reason, T>): Ok<T> {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.reason}`);
  return outcome;
}
