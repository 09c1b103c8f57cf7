// How the proposal form shows each field of its schemas: display order and input
// kind. The names are the schemas' keys (typed), and a test checks that every
// step lists exactly its schema's fields.
import type { FormStep, StepField } from "@/lib/validations/proposal";

export type FieldKind = "text" | "email" | "url" | "tel" | "textarea" | "number" | "date" | "checkbox" | "sector";
export type FieldDef<N extends string = string> = { name: N; kind: FieldKind; label?: string };

export const STEP_FIELDS: { [S in FormStep]: readonly FieldDef<StepField<S>>[] } = {
  company: [
    { name: "legalName", kind: "text" },
    { name: "companyCountry", kind: "text" },
    { name: "registrationNumber", kind: "text" },
    { name: "website", kind: "url" },
    { name: "contactName", kind: "text" },
    { name: "contactEmail", kind: "email" },
    { name: "contactPhone", kind: "tel" },
  ],
  project: [
    { name: "title", kind: "text", label: "titleField" },
    { name: "sector", kind: "sector" },
    { name: "rdProject", kind: "checkbox" },
    { name: "description", kind: "textarea" },
    { name: "products", kind: "textarea" },
    { name: "exportSharePct", kind: "number" },
  ],
  numbers: [
    { name: "totalInvestmentUsd", kind: "number" },
    { name: "investmentFirst3YearsUsd", kind: "number" },
    { name: "jobs", kind: "number" },
    { name: "landHa", kind: "number" },
    { name: "floorSpaceM2", kind: "number" },
    { name: "utilities", kind: "textarea" },
  ],
  timeline: [
    { name: "startDate", kind: "date" },
    { name: "productionStartDate", kind: "date" },
  ],
};
