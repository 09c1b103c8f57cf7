// The proposal form's fields per step, in display order, with their input kind.
import type { FormStep } from "@/lib/validations/proposal";

export type FieldKind = "text" | "email" | "url" | "tel" | "textarea" | "number" | "date" | "checkbox" | "sector";
export type FieldDef = { name: string; kind: FieldKind; label?: string };

export const STEP_FIELDS: Record<FormStep, FieldDef[]> = {
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

/** Form values: every field as the string an input holds (rdProject as a boolean). */
export type ProposalFormValues = Record<string, string | boolean>;
