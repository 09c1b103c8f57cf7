// The proposal form's fields come from the step schemas: the display list shows
// exactly each step's schema fields, and the Prisma select covers every field.
import { describe, expect, it } from "vitest";
import { STEP_FIELDS } from "@/components/proposals/proposal-fields";
import { FORM_STEPS, PROPOSAL_FIELDS, REQUIRED_FOR_SUBMIT, STEP_SCHEMAS, stepOfField } from "@/lib/validations/proposal";

describe("proposal fields", () => {
  it.each(FORM_STEPS)("the %s step shows exactly its schema's fields", (step) => {
    expect(STEP_FIELDS[step].map((f) => f.name).sort()).toEqual(Object.keys(STEP_SCHEMAS[step].shape).sort());
  });

  it("every field is on one step, and each required field's step is found", () => {
    expect(new Set(PROPOSAL_FIELDS).size).toBe(PROPOSAL_FIELDS.length);
    expect(REQUIRED_FOR_SUBMIT.map(stepOfField)).toEqual([
      "company",
      "company",
      "company",
      "company",
      "project",
      "project",
      "project",
      "numbers",
      "numbers",
      "timeline",
    ]);
  });
});
