import { describe, expect, it } from "vitest";
import { escapeLike, normalizeSearchText, residentSearchDocument } from "@/lib/search-text";

describe("search text", () => {
  it("folds case in Latin and Cyrillic and collapses white space", () => {
    expect(normalizeSearchText("  МАЗ-Вейчай   HUAWEI ")).toBe("маз-вейчай huawei");
  });
  it("normalises full-width characters so Chinese input matches", () => {
    expect(normalizeSearchText("ＺＴＥ 中兴")).toBe("zte 中兴");
  });
  it("builds one document from the name and every translation", () => {
    expect(residentSearchDocument("ZTE", ["Telecom", "Телеком", "电信"])).toBe("zte telecom телеком 电信");
  });
  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });
});
