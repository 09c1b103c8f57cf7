// Keys that arrive at run time (an error code from the server or a schema) are
// plain strings to the type checker: translate them when the catalog has them,
// else show the fallback. Literal keys elsewhere are checked by tsc (global.d.ts).
type Translator = { has(key: string): boolean } & ((key: never) => string);

export function translated(t: Translator, key: string, fallback: string = key): string {
  return t.has(key) ? t(key as never) : fallback;
}
