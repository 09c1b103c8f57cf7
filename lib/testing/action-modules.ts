// For tests that go through every server action: the "use server" modules under
// lib/actions, each action with the spec it was built with.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { specOf } from "@/lib/actions/define-action";

const root = join(__dirname, "../..");
const USE_SERVER = /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/;

export function actionModulePaths(dir = "lib/actions"): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return actionModulePaths(path);
    return /\.ts$/.test(name) && USE_SERVER.test(readFileSync(join(root, path), "utf8")) ? [path] : [];
  });
}

export type AnyAction = (...args: unknown[]) => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string> }>;

/** Every exported action as [module:name, function, spec]. */
export async function loadActions() {
  const out: [string, AnyAction, NonNullable<ReturnType<typeof specOf>>][] = [];
  for (const path of actionModulePaths()) {
    const exports = (await import(/* @vite-ignore */ join(root, path))) as Record<string, AnyAction>;
    for (const [name, fn] of Object.entries(exports)) {
      const spec = specOf(fn);
      if (spec) out.push([`${path}:${name}`, fn, spec]);
    }
  }
  return out;
}
