import { describe, expect, it } from "vitest";
import { pickTranslation } from "@/lib/i18n/pick-translation";

const rows = [
  { locale: "en", title: "Hello" },
  { locale: "ru", title: "Привет" },
];

describe("pickTranslation", () => {
  it("uses the reader's locale when present", () => {
    expect(pickTranslation(rows, "ru", "en")).toEqual({ title: "Привет", textLocale: "ru", isFallback: false });
  });
  it("falls back to the original language and flags it", () => {
    expect(pickTranslation(rows, "zh", "ru")).toEqual({ title: "Привет", textLocale: "ru", isFallback: true });
  });
  it("uses any translation when even the original is missing", () => {
    expect(pickTranslation([{ locale: "de", title: "Hallo" }], "zh", "en")).toMatchObject({ textLocale: "de", isFallback: true });
  });
  it("returns null when there is nothing to show", () => {
    expect(pickTranslation([], "en", "en")).toBeNull();
  });
});
