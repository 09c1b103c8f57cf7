// The error codes a credentials sign-in can answer with (next-auth passes a
// thrown message as ?error=), each with an `auth.error<Code>` message the
// sign-in form shows. Shared by lib/auth/options.ts and the form.
export const SIGN_IN_ERRORS = ["CredentialsSignin", "RateLimited", "EmailNotVerified", "Unavailable"] as const;

export type SignInError = (typeof SIGN_IN_ERRORS)[number];

export function signInErrorOf(code: string | null | undefined): SignInError {
  return SIGN_IN_ERRORS.find((known) => known === code) ?? "CredentialsSignin";
}
