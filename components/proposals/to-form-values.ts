// A stored proposal as the strings its form inputs hold.
import { STEP_FIELDS, type ProposalFormValues } from "./proposal-fields";

export function toFormValues(row: Record<string, unknown>): ProposalFormValues {
  const out: ProposalFormValues = {};
  for (const fields of Object.values(STEP_FIELDS)) {
    for (const f of fields) {
      const v = row[f.name];
      out[f.name] =
        f.kind === "checkbox" ? Boolean(v)
        : v instanceof Date ? v.toISOString().slice(0, 10)
        : v === null || v === undefined ? ""
        : String(v);
    }
  }
  return out;
}
