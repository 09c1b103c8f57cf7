// The three catalogs have the same keys and the same placeholders; every message
// key a refusal, a denial or a schema can produce exists. (Literal t("…") keys in
// code are checked by tsc through next-intl's typed messages, global.d.ts.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import zh from "@/lib/i18n/messages/zh.json";
import { REASONS } from "@/lib/data/result";

// Catalog entries are strings, groups of entries, or lists of paragraphs.
function leaves(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree) as [string, string | object][]) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

// The ICU arguments at the top level ({name}, {count, plural, …}), sorted; the
// branches of a plural are translated text, not arguments.
function argumentsOf(message: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.push(/^\s*([A-Za-z_]\w*)/.exec(message.slice(i + 1))?.[1] ?? "?");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return names.sort();
}

const catalogs = { en: leaves(en), ru: leaves(ru), zh: leaves(zh) };

describe("message catalogs", () => {
  it.each(["ru", "zh"] as const)("%s has exactly the English keys", (locale) => {
    const mine = [...catalogs[locale].keys()];
    const english = [...catalogs.en.keys()];
    expect(english.filter((k) => !catalogs[locale].has(k))).toEqual([]);
    expect(mine.filter((k) => !catalogs.en.has(k))).toEqual([]);
  });

  it.each(["ru", "zh"] as const)("%s uses the same placeholders as English", (locale) => {
    const differing = [...catalogs.en].filter(
      ([key, text]) => argumentsOf(text).join() !== argumentsOf(catalogs[locale].get(key) ?? "").join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("no message is empty", () => {
    for (const catalog of Object.values(catalogs)) expect([...catalog].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it("every refusal and denial a form can show has a message", () => {
    const formKeys = ["invalid", "signedOut", "forbidden", "rateLimited", "unexpected", "unavailable"];
    for (const key of [...formKeys, ...REASONS]) {
      // Field-level refusals (slugTaken, exists, …) are shown next to their field.
      expect({ key, found: catalogs.en.has(`forms.${key}`) || catalogs.en.has(`validation.${key}`) }).toEqual({ key, found: true });
    }
    for (const key of formKeys) expect(catalogs.en.has(`forms.${key}`)).toBe(true);
  });

  it("every error key the zod schemas use is in the validation catalog", () => {
    const dir = join(__dirname, "../validations");
    const used = new Set(
      readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/error: "(\w+)"/g)].map((m) => m[1])),
    );
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !catalogs.en.has(`validation.${k}`))).toEqual([]);
  });
});
