// What a data-layer write returns: a discriminated union, so a caller that got
// `ok: true` has every field it was promised (no `saved.id!`), and a refusal names
// one reason from a small shared vocabulary that the action and route boundaries
// translate (lib/actions/define-action.ts, lib/api/define-route.ts).

/** Why a write was refused. `conflict`: the record changed since the caller read its version. */
export const REASONS = [
  "notFound",
  "notAllowed",
  "conflict",
  "slugTaken",
  "exists",
  "duplicate",
  "notConfirmed",
  "reasonRequired",
  "incomplete",
  "wrongPassword",
  "commonPassword",
  "linkInvalid",
  "tooMany",
  "tooLarge",
  "badType",
  "empty",
  "unreadable",
  // An image too small to show well (a cover narrower than lib/cover.ts allows).
  "tooSmall",
  // A limit counted inside the handler (per e-mail address, say), not by the boundary.
  "rateLimited",
] as const;
export type Reason = (typeof REASONS)[number];

export type Ok<T extends object = object> = { ok: true } & T;
export type Refused<R extends Reason = Reason> = { ok: false; reason: R };
export type Outcome<R extends Reason = Reason, T extends object = object> = Ok<T> | Refused<R>;

export function ok(): Ok;
export function ok<T extends object>(data: T): Ok<T>;
export function ok(data: object = {}) {
  return { ok: true as const, ...data };
}

export const refuse = <R extends Reason>(reason: R): Refused<R> => ({ ok: false, reason });
