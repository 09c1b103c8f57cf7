// CSV cells: quoted, quotes doubled, formulas neutralised, BOM and CRLF.
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv";

describe("csv", () => {
  it("quotes, escapes and neutralises formulas", () => {
    expect(csvCell('He said "hi"')).toBe('"He said ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(new Date("2026-01-29T00:00:00Z"))).toBe('"2026-01-29T00:00:00.000Z"');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });
  it("writes a BOM, a header and CRLF rows", () => {
    expect(
      toCsv(
        ["name", "n"],
        [
          ["Великий камень", 1],
          ["巨石", 2],
        ],
      ),
    ).toBe('\uFEFFname,n\r\n"Великий камень","1"\r\n"巨石","2"\r\n');
  });
});
