import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/keyset";
import { parseResidentSearch } from "@/lib/validations/resident-search";

describe("parseResidentSearch", () => {
  it("accepts valid filters and normalises the country code", () => {
    const { search, invalid } = parseResidentSearch({
      q: "  huawei ",
      sector: "ELECTRONICS_TELECOM",
      country: "cn",
      status: "OPERATING",
      sort: "newest",
      after: encodeCursor({ k: -2015, n: "Huawei", i: "c1" }),
    });
    expect(invalid).toEqual([]);
    expect(search).toEqual({
      q: "huawei",
      sector: "ELECTRONICS_TELECOM",
      country: "CN",
      status: "OPERATING",
      sort: "newest",
      after: { k: -2015, n: "Huawei", i: "c1" },
    });
  });
  it("applies defaults when nothing is given", () => {
    expect(parseResidentSearch({})).toEqual({ search: { sort: "name" }, invalid: [] });
  });
  it("drops each invalid field and reports it, keeping the valid ones", () => {
    const { search, invalid } = parseResidentSearch({
      sector: "SPACE",
      country: "China",
      after: "bm90LWpzb24",
      before: encodeCursor({ k: null, n: "x", i: "" }),
      status: "PLANNED",
    });
    expect(invalid.sort()).toEqual(["after", "before", "country", "sector"]);
    expect(search).toEqual({ status: "PLANNED", sort: "name" });
  });
  it("rejects over-long search terms and takes the first of repeated parameters", () => {
    const { search, invalid } = parseResidentSearch({ q: "x".repeat(101), sort: ["investment", "name"] });
    expect(invalid).toEqual(["q"]);
    expect(search.sort).toBe("investment");
  });
});
