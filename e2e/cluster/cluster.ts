// Addresses of the scale-out test set-up (playwright.cluster.config.ts), and the
// HTTP steps its specs share.
import type { APIRequestContext } from "@playwright/test";

export const CLUSTER = {
  a: "http://127.0.0.1:3210",
  b: "http://127.0.0.1:3211",
  nginx: "http://127.0.0.1:3212",
  mailSmtpPort: 3225,
  mailWeb: "http://127.0.0.1:3226",
};

/**
 * Polls `read` every 50 ms until it returns true; returns the milliseconds it took,
 * or fails after `timeoutMs`.
 */
export async function millisecondsUntil(read: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await read()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not seen within ${timeoutMs} ms`);
}

/** One sign-in attempt through next-auth's credentials endpoint on `base`: its status and next-auth's error code (null on success). */
export async function signInOver(request: APIRequestContext, base: string, email: string, password: string, headers = {}) {
  const csrf = await request.get(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post(`${base}/api/auth/callback/credentials`, {
    headers,
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const location = res.headers()["location"] ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return { status: res.status(), error: new URL(location, base).searchParams.get("error") };
}
