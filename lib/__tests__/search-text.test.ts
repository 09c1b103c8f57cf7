import { describe, expect, it } from "vitest";
import { residentSearchDocument, searchDocument, searchQuery } from "@/lib/search-text";

describe("search documents", () => {
  it("folds case, width and accents in Latin and Cyrillic, and splits on punctuation", () => {
    expect(searchDocument(["  МАЗ-Вейчай   HUAWEI Café ＺＴＥ Ёлка"])).toBe("маз веичаи huawei cafe zte елка");
  });
  it("indexes Chinese runs as single characters and overlapping bigrams", () => {
    expect(searchDocument(["中国招商，物流"])).toBe("中 国 招 商 中国 国招 招商 物 流 物流");
  });
  it("builds one document from the name and every translation", () => {
    expect(residentSearchDocument("ZTE", ["Telecom", "Телеком", "电信"])).toBe("zte telecom телеком 电 信 电信");
  });
});

describe("search queries", () => {
  it("turns words into prefix terms, all required", () => {
    expect(searchQuery("Hua  Двиг")).toBe("hua:* & двиг:*");
  });
  it("turns a Chinese run into its bigrams, and one character into itself", () => {
    expect(searchQuery("柴油发动机")).toBe("柴油 & 油发 & 发动 & 动机");
    expect(searchQuery("港")).toBe("港");
  });
  it("never lets tsquery operators through and returns null when nothing is left", () => {
    expect(searchQuery("a & b | !c:* 'd'")).toBe("a:* & b:* & c:* & d:*");
    expect(searchQuery("% _ & | ! :* ()")).toBeNull();
  });
  it("caps the number of terms", () => {
    expect(searchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))!.split(" & ")).toHaveLength(16);
  });
});
