// What every server action returns to its form. Field errors and form errors are
// catalog keys ("validation.*", "forms.*"), translated by the form.
import type { z } from "zod";

export type ActionResult<T = undefined> = { ok: true; data?: T } | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, fieldErrors: fieldErrorsOf(error), formError: "invalid" };
}

export const fail = (formError: string): ActionResult<never> => ({ ok: false, formError });
