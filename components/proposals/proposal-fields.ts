// How the proposal form shows each field of its schemas: display order and input
// kind. The names are the schemas' keys (typed), and a test checks that every
// step lists exactly its schema's fields.
import type messages from "@/lib/i18n/messages/en.json";
import type { FormStep, StepField } from "@/lib/validations/proposal";

export type FieldKind = "text" | "email" | "url" | "tel" | "textarea" | "number" | "date" | "checkbox" | "sector" | "country";
type ProposalTexts = (typeof messages)["proposals"];
/** The catalog entries that are plain texts (not groups such as "statuses"). */
type TextKey = { [K in keyof ProposalTexts]: ProposalTexts[K] extends string ? K : never }[keyof ProposalTexts];

/** A field's label is the catalog entry named after it (proposals.<name>) unless `label` names another. */
export type FieldDef<N extends string = string> = { name: N & TextKey; kind: FieldKind; label?: TextKey };

export const STEP_FIELDS: { [S in FormStep]: readonly FieldDef<StepField<S>>[] } = {
  company: [
    { name: "legalName", kind: "text" },
    { name: "companyCountry", kind: "country" },
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
