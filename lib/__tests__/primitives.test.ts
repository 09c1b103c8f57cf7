// The shared primitives: links are http(s) only, dates exist, text is clean.
import { describe, expect, it } from "vitest";
import { calendarDate, httpUrl, line, paragraphs } from "@/lib/validations/primitives";
import { timelineStep } from "@/lib/validations/proposal";
import { residentEditSchema } from "@/lib/validations/resident-admin";

describe("links", () => {
  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html,x",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example",
    "https://user:pw@evil.example/",
    "http://localhost",
    "ftp://example.org",
  ])("refuses %s", (url) => expect(httpUrl().safeParse(url).success).toBe(false));
  it("accepts http and https links", () => {
    expect(httpUrl().parse(" https://eng.belta.by/economics/view/x-1/ ")).toBe("https://eng.belta.by/economics/view/x-1/");
    expect(httpUrl().safeParse("http://example.org").success).toBe(true);
  });
  it("a resident's source link with another scheme is refused with the url message", () => {
    const r = residentEditSchema.shape.sources.safeParse([{ title: "x", url: "javascript:alert(document.cookie)" }]);
    expect(r.success || r.error.issues[0].message).toBe("url");
  });
});

describe("dates", () => {
  it("an impossible date is refused, not shifted (2027-02-30 is not 2 March)", () => {
    const r = timelineStep.safeParse({ startDate: "2027-02-30", productionStartDate: "" });
    expect(r.success || r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["startDate", "date"]]);
    expect(timelineStep.parse({ startDate: "2028-02-29", productionStartDate: "" }).startDate).toBe("2028-02-29");
  });
  it.each(["2027-02-29", "2027-04-31", "2027-13-01", "0000-01-01", "99999-01-01", "2027-1-1", "2027-01-01T00:00"])("refuses %s", (d) =>
    expect(calendarDate.safeParse(d).success).toBe(false),
  );
});

describe("text", () => {
  it("one line refuses control characters, line breaks, unpaired surrogates and bidi overrides", () => {
    for (const s of ["a\u0000b", "a\nb", "a\tb", "\ud800", "\u202eexe", "\u0085"])
      expect(line(100).safeParse(s).error?.issues[0].message).toBe("controlCharacters");
  });
  it("paragraphs keep newlines and tabs, and refuse the rest", () => {
    expect(paragraphs(100).parse("one\n\ttwo")).toBe("one\n\ttwo");
    expect(paragraphs(100).safeParse("a\u0000b").success).toBe(false);
    expect(paragraphs(100).parse("😀 中白工业园 Великий камень")).toBe("😀 中白工业园 Великий камень");
  });
});
