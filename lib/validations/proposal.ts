// The proposal form, step by step. A draft may be incomplete, but whatever it
// holds must be well-formed; `missingForSubmit` lists what a submission still
// needs. Form values are strings (as inputs give them); the schemas turn them
// into numbers and dates. Messages are keys of the "validation" catalog.
import { z } from "zod";
import { DOCUMENT_KINDS, PROPOSAL_STATUSES, SECTORS } from "@/lib/domain";
import { STAFF_DECISIONS } from "@/lib/proposal-state";
import type { UnionToIntersection } from "@/lib/types";
import { recordId } from "./ids";
import { isCalendarDate, line, optionalHttpUrl, paragraphs } from "./primitives";
import { COUNTRY_CODES } from "@/lib/countries";

export const optionalNumber = (pattern: RegExp, max: number, error: string) =>
  z
    .string()
    .trim()
    .regex(pattern, { error })
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v <= max, { error: "tooLarge" });

export const wholeUsd = optionalNumber(/^\d{0,13}$/, 1e13, "wholeNumber");
const count = optionalNumber(/^\d{0,7}$/, 1e7, "wholeNumber");
export const decimal = optionalNumber(/^(\d{1,9}(\.\d{1,2})?)?$/, 1e9, "decimalNumber");
const percent = optionalNumber(/^\d{0,3}$/, 100, "percent");
// A calendar date or nothing: 2027-02-30 is refused, never moved to 2 March.
const date = z
  .string()
  .trim()
  .refine((v) => v === "" || isCalendarDate(v), { error: "date" })
  .transform((v) => (v === "" ? null : v));

export const companyStep = z.object({
  legalName: line(200),
  companyCountry: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.union([z.literal(""), z.enum(COUNTRY_CODES)], { error: "country" })),
  registrationNumber: line(100),
  website: optionalHttpUrl(300),
  contactName: line(120),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLong" })
    .refine((v) => v === "" || z.email().safeParse(v).success, { error: "email" }),
  contactPhone: line(40).refine((v) => v === "" || /^[+\d][\d\s()-]{4,}$/.test(v), { error: "phone" }),
});

export const projectStep = z.object({
  title: line(200),
  sector: z.union([z.literal(""), z.enum(SECTORS)], { error: "choose" }),
  rdProject: z.boolean(),
  description: paragraphs(10_000),
  products: paragraphs(2_000),
  exportSharePct: percent,
});

/** The numbers step's fields, before the check across them (a refined object cannot be picked from). */
export const numbersFields = z.object({
  totalInvestmentUsd: wholeUsd,
  investmentFirst3YearsUsd: wholeUsd,
  jobs: count,
  landHa: decimal,
  floorSpaceM2: decimal,
  utilities: paragraphs(2_000),
});

/** The part invested within three years cannot exceed the total (either may still be empty in a draft). */
export const firstThreeYearsWithinTotal = (v: { totalInvestmentUsd: number | null; investmentFirst3YearsUsd: number | null }) =>
  v.investmentFirst3YearsUsd === null || v.totalInvestmentUsd === null || v.investmentFirst3YearsUsd <= v.totalInvestmentUsd;
export const PART_EXCEEDS_TOTAL = { path: ["investmentFirst3YearsUsd"], error: "partExceedsTotal" };

export const numbersStep = numbersFields.refine(firstThreeYearsWithinTotal, PART_EXCEEDS_TOTAL);

/** What the incentive calculator hands to a new draft ("Start a proposal with these figures"). */
export const proposalPrefillSchema = numbersFields
  .pick({ totalInvestmentUsd: true, investmentFirst3YearsUsd: true, landHa: true })
  .extend({ rdProject: projectStep.shape.rdProject })
  .refine(firstThreeYearsWithinTotal, PART_EXCEEDS_TOTAL);
export type ProposalPrefill = z.output<typeof proposalPrefillSchema>;

export const timelineStep = z
  .object({ startDate: date, productionStartDate: date })
  .refine((v) => !v.startDate || !v.productionStartDate || v.productionStartDate >= v.startDate, {
    path: ["productionStartDate"],
    error: "beforeStart",
  });

export const PROPOSAL_STEPS = ["company", "project", "numbers", "timeline", "documents"] as const;
export type ProposalStep = (typeof PROPOSAL_STEPS)[number];

export const STEP_SCHEMAS = { company: companyStep, project: projectStep, numbers: numbersStep, timeline: timelineStep } as const;
export type FormStep = keyof typeof STEP_SCHEMAS;
export const FORM_STEPS = Object.keys(STEP_SCHEMAS) as FormStep[];

type StepInput<S extends FormStep> = z.input<(typeof STEP_SCHEMAS)[S]>;
/** The fields of one step, named by its schema. */
export type StepField<S extends FormStep> = keyof StepInput<S> & string;
/** Every field of the proposal form: the keys of the step schemas, nothing retyped. */
export type ProposalField = { [S in FormStep]: StepField<S> }[FormStep];
/** Form values: every field as its input holds it (strings; rdProject a boolean). */
export type ProposalFormValues = Partial<UnionToIntersection<StepInput<FormStep>>>;

/** The fields of each step, in the schema's order. */
export const STEP_FIELD_NAMES = Object.fromEntries(FORM_STEPS.map((s) => [s, Object.keys(STEP_SCHEMAS[s].shape)])) as {
  [S in FormStep]: StepField<S>[];
};
export const PROPOSAL_FIELDS: ProposalField[] = FORM_STEPS.flatMap((s) => STEP_FIELD_NAMES[s]);

/** The step a field is on, for "what is missing" links. */
export const stepOfField = (field: ProposalField): FormStep => FORM_STEPS.find((s) => (STEP_FIELD_NAMES[s] as string[]).includes(field))!;

/** What a submission needs besides well-formed values. */
export const REQUIRED_FOR_SUBMIT = [
  "legalName",
  "companyCountry",
  "contactName",
  "contactEmail",
  "title",
  "sector",
  "description",
  "totalInvestmentUsd",
  "jobs",
  "startDate",
] as const satisfies readonly ProposalField[];

/** Required fields still empty in a stored proposal. */
export function missingForSubmit(values: Record<string, unknown>): ProposalField[] {
  return REQUIRED_FOR_SUBMIT.filter((k) => values[k] === null || values[k] === undefined || values[k] === "");
}

const stepEnvelope = <K extends FormStep>(step: K) =>
  z.object({
    step: z.literal(step),
    version: z.number().int().min(1),
    // Where the investor goes next (resume point).
    goTo: z
      .number()
      .int()
      .min(0)
      .max(PROPOSAL_STEPS.length - 1),
    values: STEP_SCHEMAS[step],
  });

/** One step's save: which step, the version the form saw, and that step's values (parsed by its own schema). */
export const saveStepSchema = z.discriminatedUnion("step", [
  stepEnvelope("company"),
  stepEnvelope("project"),
  stepEnvelope("numbers"),
  stepEnvelope("timeline"),
]);
export type StepValues = z.output<typeof saveStepSchema>["values"];
export type SaveStepInput = z.input<typeof saveStepSchema>;
/** Any subset of the form's parsed fields, as a draft stores them: every step's values fit. */
export type DraftValues = Partial<UnionToIntersection<StepValues>>;

export const decisionSchema = z.object({
  action: z.enum(STAFF_DECISIONS),
  version: z.number().int().min(1),
  publicReason: paragraphs(2_000),
  internalNote: paragraphs(2_000),
});

export const answerInfoSchema = z.object({
  version: z.number().int().min(1),
  publicReason: paragraphs(5_000).pipe(z.string().min(1, { error: "required" })),
});

export const proposalNoteSchema = z.object({ body: paragraphs(5_000).pipe(z.string().min(1, { error: "required" })) });

export const pipelineFilterSchema = z.object({
  status: z.enum(PROPOSAL_STATUSES).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  min: z.coerce.number().int().min(0).optional().catch(undefined),
  max: z.coerce.number().int().min(0).optional().catch(undefined),
  assignee: z
    .union([z.literal("none"), recordId])
    .optional()
    .catch(undefined),
  olderThanDays: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  q: line(100).optional().catch(undefined),
});
export type PipelineFilter = z.infer<typeof pipelineFilterSchema>;

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENTS = 10;
export const uploadMetaSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: "choose" }),
  fileName: line(200).pipe(z.string().min(1, { error: "required" })),
});
