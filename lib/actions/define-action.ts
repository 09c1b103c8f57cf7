// The one boundary every server action goes through: who is asking (signed out →
// `signedOut`, signed in without the permission → `forbidden`), every argument
// parsed with zod (bound ids and flags as well as the form's input), an optional
// rate limit, the handler (a call into lib/data returning an Outcome), one mapping
// of refusals to what the form shows, and revalidation after a success.
// Modelled on dub's safe-action; written here because the mapping to our forms'
// ActionResult and catalog keys is the part that matters.
import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { checkRateLimit, resolveAccess, type Access, type ActingUser, type RateLimitSpec } from "@/lib/boundary/access";
import { isDatabaseUnavailable } from "@/lib/boundary/failure";
import type { Ok, Outcome, Reason } from "@/lib/data/result";
import { fieldErrorsOf, type ActionResult } from "@/lib/actions/result";

type Schemas = readonly z.ZodType[];
type Inputs<B extends Schemas> = { [K in keyof B]: z.input<B[K]> };
type Outputs<B extends Schemas> = { [K in keyof B]: z.output<B[K]> };

/** The arguments the client passes: the bound ones first, then the form's input. */
export type ActionArgs<B extends Schemas, S> = S extends z.ZodType ? [...Inputs<B>, z.input<S>] : Inputs<B>;

export type ActionContext<A extends Access, B extends Schemas, S> = {
  user: ActingUser<A>;
  bound: Outputs<B>;
  input: S extends z.ZodType ? z.output<S> : undefined;
};

export type ActionSpec<A extends Access, B extends Schemas, S> = {
  /** A permission from lib/permissions.ts, "signedIn" or "public". */
  access: A;
  /** Schemas of the bound arguments (ids, versions, flags), in order. */
  bound?: B;
  /** The form's schema: its issues become field errors. */
  input?: S;
  rateLimit?: RateLimitSpec;
  /** Refusals that belong next to a field rather than in the form's message. */
  fields?: Partial<Record<Reason, string>>;
};

/** What follows a success. A separate argument so that TypeScript infers the handler's result first. */
export type AfterSuccess<A extends Access, B extends Schemas, S, T extends object, D> = {
  /** What the client gets back (nothing unless said). */
  data?: (result: Ok<T>) => D;
  /** The pages that show what changed. */
  revalidate?: (result: Ok<T>, context: ActionContext<A, B, S>) => void;
};

// Every function this boundary made, with its spec: a test proves that each
// exported server action is one of them, and feeds hostile input to its schemas.
const madeHere = new WeakMap<object, ActionSpec<Access, Schemas, unknown>>();
export const isBoundaryAction = (value: unknown) => typeof value === "function" && madeHere.has(value);
export const specOf = (action: unknown) => (typeof action === "function" ? madeHere.get(action) : undefined);

/** Maps a refusal to the form: a field error where the spec says so, else the form's message. */
function refusalToResult(reason: Reason, fields: Partial<Record<Reason, string>> = {}): ActionResult<never> {
  const field = fields[reason];
  return field ? { ok: false, fieldErrors: { [field]: reason }, formError: "invalid" } : { ok: false, formError: reason };
}

export function defineAction<
  A extends Access,
  const B extends Schemas = [],
  S extends z.ZodType | undefined = undefined,
  R extends Reason = never,
  T extends object = object,
  D = undefined,
>(
  spec: ActionSpec<A, B, S>,
  handler: (context: ActionContext<A, B, S>) => Promise<Outcome<R, T>>,
  after: AfterSuccess<A, B, S, T, D> = {},
): (...args: ActionArgs<B, S>) => Promise<ActionResult<D>> {
  const boundSchemas = (spec.bound ?? []) as Schemas;
  const action = async (...args: unknown[]): Promise<ActionResult<D>> => {
    try {
      // Inside the try: finding out who is asking reads the session table too.
      const access = await resolveAccess(spec.access);
      if (!access.ok) return { ok: false, formError: access.denial };

      const bound: unknown[] = [];
      for (const [i, schema] of boundSchemas.entries()) {
        const parsed = schema.safeParse(args[i]);
        // Bound arguments come from the page, not from a person: no field to point at.
        if (!parsed.success) return { ok: false, formError: "invalid" };
        bound.push(parsed.data);
      }
      let input: unknown = undefined;
      if (spec.input) {
        const parsed = (spec.input as z.ZodType).safeParse(args[boundSchemas.length]);
        if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: "invalid" };
        input = parsed.data;
      }

      if (!(await checkRateLimit(spec.rateLimit, access.user)).allowed) return { ok: false, formError: "rateLimited" };
      const context = { user: access.user, bound, input } as ActionContext<A, B, S>;
      const result = await handler(context);
      if (!result.ok) return refusalToResult(result.reason, spec.fields);
      after.revalidate?.(result, context);
      return after.data ? { ok: true, data: after.data(result) } : { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (isDatabaseUnavailable(error)) return { ok: false, formError: "unavailable" };
      console.error("[action]", error);
      return { ok: false, formError: "unexpected" };
    }
  };
  madeHere.set(action, spec as ActionSpec<Access, Schemas, unknown>);
  return action as (...args: ActionArgs<B, S>) => Promise<ActionResult<D>>;
}

/**
 * For `revalidate`: the page of the record an action was bound to, e.g.
 * `revalidateRecordPage("/[locale]/staff/inquiries")` after an action whose first
 * bound argument is the inquiry's id.
 */
export const revalidateRecordPage =
  (route: string) =>
  (_result: unknown, { bound: [id] }: { bound: readonly [string, ...unknown[]] }) =>
    revalidatePath(`${route}/${id}`, "page");
