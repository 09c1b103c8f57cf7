import { describe, expect, it } from "vitest";
import { parseResidentSearch } from "@/lib/validations/resident-search";

describe("parseResidentSearch", () => {
  it("accepts valid filters and normalises the country code", () => {
    const { search, invalid } = parseResidentSearch({ q: "  huawei ", sector: "ELECTRONICS_TELECOM", country: "cn", status: "OPERATING", sort: "newest", page: "2" });
    expect(invalid).toEqual([]);
    expect(search).toEqual({ q: "huawei", sector: "ELECTRONICS_TELECOM", country: "CN", status: "OPERATING", sort: "newest", page: 2 });
  });
  it("applies defaults when nothing is given", () => {
    expect(parseResidentSearch({})).toEqual({ search: { sort: "name", page: 1 }, invalid: [] });
  });
  it("drops each invalid field and reports it, keeping the valid ones", () => {
    const { search, invalid } = parseResidentSearch({ sector: "SPACE", country: "China", page: "-3", status: "PLANNED" });
    expect(invalid.sort()).toEqual(["country", "page", "sector"]);
    expect(search).toEqual({ status: "PLANNED", sort: "name", page: 1 });
  });
  it("rejects over-long search terms and takes the first of repeated parameters", () => {
    const { search, invalid } = parseResidentSearch({ q: "x".repeat(101), sort: ["investment", "name"] });
    expect(invalid).toEqual(["q"]);
    expect(search.sort).toBe("investment");
  });
});
