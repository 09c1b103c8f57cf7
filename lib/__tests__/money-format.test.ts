// Sums of money as each language writes them, with no false precision: the
// review found "$50.00M", «1,70 млрд $» and "US$17.00亿" on the public pages.
import { describe, expect, it } from "vitest";
import { createFormatter, createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import zh from "@/lib/i18n/messages/zh.json";
import { formatFigureNumber } from "@/lib/format";

const MESSAGES = { en, ru, zh };

function usd(locale: "en" | "ru" | "zh", value: number) {
  const format = createFormatter({ locale });
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "units" });
  return t("usd", { value: formatFigureNumber(format, value, "usd") });
}

describe("money on the public pages", () => {
  it.each([
    ["en", 1.7e9, "$1.7B"],
    ["en", 5e7, "$50M"],
    ["en", 1.25e9, "$1.25B"],
    ["ru", 1.7e9, "1,7 млрд долл. США"],
    ["ru", 5e7, "50 млн долл. США"],
    ["zh", 1.7e9, "17亿美元"],
    ["zh", 5e7, "5000万美元"],
    ["zh", 8.77e8, "8.77亿美元"],
  ] as const)("%s %d → %s", (locale, value, expected) => {
    expect(usd(locale, value).replace(/\u00a0/g, " ")).toBe(expected);
  });
});
