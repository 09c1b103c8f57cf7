// Password hashing with argon2id (OWASP's minimum parameters, ~20 ms here).
import "server-only";
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Stored for an account nobody can sign in to yet (an invited staff member, a contact-form guest): no argon2 hash. */
export const NO_PASSWORD = "!";

// Verified against this when the account does not exist, so that a sign-in for an
// unknown address takes as long as one for a known address.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash || passwordHash === NO_PASSWORD) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
