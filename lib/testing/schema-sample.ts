// Inputs built from a zod schema's shape, for tests that vary one field at a time
// (hostile input) or need any valid call (the authorization matrix).
import { randomUUID } from "node:crypto";
import type { z } from "zod";

export type Schema = z.ZodType & {
  def: { type: string; shape?: Record<string, Schema>; element?: Schema; options?: Schema[]; innerType?: Schema; in?: Schema };
};

const candidates = (tag: string) => [
  `${tag}-sample`,
  "",
  "2027-03-01",
  "https://example.org/x",
  `sample@${tag}.test`,
  randomUUID(),
  "en",
  "CN",
  1,
  true,
  false,
];

/** A value the schema accepts, built from its shape. */
export function sample(schema: Schema, tag: string): unknown {
  const { type } = schema.def;
  if (type === "object") return Object.fromEntries(Object.entries(schema.def.shape!).map(([k, s]) => [k, sample(s, tag)]));
  if (type === "array") return schema.safeParse([]).success ? [] : [sample(schema.def.element!, tag)];
  if (type === "union") return sample(schema.def.options![0], tag);
  if (type === "optional" || type === "default" || type === "catch") return sample(schema.def.innerType!, tag);
  if (type === "pipe") return sample(schema.def.in!, tag);
  return candidates(tag).find((c) => schema.safeParse(c).success) ?? "x";
}

/** Paths to the string fields of a sampled input. */
export function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === "string") return [path];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

export function withValueAt(value: unknown, path: string[], replacement: string): unknown {
  if (!path.length) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>;
  copy[path[0]] = withValueAt(copy[path[0]], path.slice(1), replacement);
  return copy;
}
