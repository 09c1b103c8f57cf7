// New passwords are checked against the common-password and word lists of
// zxcvbn-ts (NIST SP 800-63B asks for a check against commonly used and
// compromised values): a password guessed in fewer than 10^8 tries (zxcvbn score
// below 3: "password12", "qwerty1234", "Password1!") is refused. Server-only: the
// lists are 400 kB and stay out of the browser; the form shows the server's
// answer next to the password field.
import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

let checker: ZxcvbnFactory | null = null;

/** True when the password is among the easily guessed ones (also given the person's own e-mail and name). */
export function isEasilyGuessed(password: string, personal: string[] = []): boolean {
  checker ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  const words = personal.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  return checker.check(password.slice(0, 128), words).score < 3;
}
