// The server-drawn charts place dates by time, not evenly (issue 16: 2015 → 2018
// must not look like Oct → Nov 2022), and label round gridlines.
import { describe, expect, it } from "vitest";
import { placeLabels, linearTicks, textWidth, timeScale, valueScale, yearTicks } from "@/lib/chart-scales";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("chart scales", () => {
  it("places dates by the time between them", () => {
    const x = timeScale([d("2015-05-12"), d("2018-05-26"), d("2022-10-01"), d("2022-11-01")], [0, 1000]);
    const gapYears = x(d("2018-05-26")) - x(d("2015-05-12"));
    const gapMonth = x(d("2022-11-01")) - x(d("2022-10-01"));
    expect(gapYears).toBeGreaterThan(30 * gapMonth);
    expect(x(d("2015-05-12"))).toBe(0);
    expect(x(d("2022-11-01"))).toBe(1000);
  });

  it("gives a single date room on both sides", () => {
    const x = timeScale([d("2024-04-01")], [0, 100]);
    expect(x(d("2024-04-01"))).toBeCloseTo(50, 0);
  });

  it("maps values from zero upwards", () => {
    const y = valueScale(200, [200, 0]);
    expect([y(0), y(100), y(200)]).toEqual([200, 100, 0]);
  });

  it("labels round gridlines covering the largest value", () => {
    expect(linearTicks(171)).toEqual([0, 50, 100, 150, 200]);
    expect(linearTicks(1.7e9)).toEqual([0, 5e8, 1e9, 1.5e9, 2e9]);
    expect(linearTicks(112.5)).toEqual([0, 25, 50, 75, 100, 125]);
    expect(linearTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    for (const max of [3, 17, 850, 14000, 6e6]) {
      const ticks = linearTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it("names the years on the time axis inside its span, thinning them when there are many", () => {
    expect(yearTicks([d("2015-05-12"), d("2026-01-29")], 7).map((t) => t.getUTCFullYear())).toEqual([2016, 2018, 2020, 2022, 2024, 2026]);
    expect(yearTicks([d("2019-04-01"), d("2023-12-31")], 7).map((t) => t.getUTCFullYear())).toEqual([2020, 2021, 2022, 2023]);
    expect(yearTicks([d("2024-04-01")], 7).map((t) => t.getUTCFullYear())).toEqual([2024]);
  });

  it("keeps value labels apart: above, else below, else none, the newest values first", () => {
    expect(placeLabels([0, 100, 110, 120, 300])).toEqual(["above", "none", "below", "above", "above"]);
    expect(placeLabels([0, 50, 100])).toEqual(["above", "above", "above"]);
  });
});

describe("label widths", () => {
  it("counts a Chinese character as a whole em and a digit or letter as 0.6 of one", () => {
    // The savings chart's margin once cut "US$80万" on a phone: counted as 6 narrow characters, it is 5 narrow and 1 wide.
    expect(textWidth("US$80万", 18)).toBeCloseTo(5 * 10.8 + 18, 6);
    expect(textWidth("800 тыс. $", 18)).toBeCloseTo(10 * 10.8, 6);
    expect(textWidth("US$80万", 18)).toBeGreaterThan(6 * 0.6 * 18);
  });
});
