// Where to go after signing in: only a path on this site. The value is resolved
// the way a browser would (backslashes as slashes, tabs and newlines dropped,
// dot segments collapsed), and anything that leaves the origin, or would be read
// as a protocol-relative URL ("//host"), falls back to the account page.
const BASE = "http://portal.invalid";

export function safeCallbackPath(value: string | undefined | null, fallback: string): string {
  if (!value || value.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return /^\/(?![/\\])/.test(path) ? path : fallback;
}

// The path a signed-in page was requested at, set by proxy.ts (overwriting any
// client value) and read by requireUser to send a signed-out user back there.
export const RETURN_TO_HEADER = "x-portal-return-to";
