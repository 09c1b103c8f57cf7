// A stored proposal as the strings its form inputs hold.
import type { ProposalFormValues } from "@/lib/validations/proposal";
import { STEP_FIELDS } from "./proposal-fields";

export function toFormValues(row: Record<string, unknown>): ProposalFormValues {
  const out: Record<string, string | boolean> = {};
  for (const fields of Object.values(STEP_FIELDS)) {
    for (const f of fields) {
      const v = row[f.name];
      out[f.name] =
        f.kind === "checkbox"
          ? Boolean(v)
          : v instanceof Date
            ? v.toISOString().slice(0, 10)
            : v === null || v === undefined
              ? ""
              : String(v);
    }
  }
  return out as ProposalFormValues;
}
