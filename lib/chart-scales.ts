// Scales for the server-drawn charts (components/figures/series-chart.tsx): the
// few pieces of d3-scale they need, written out so that no charting library is
// bundled. Dates are UTC midnights (figures are dated to a day, month or year).

const YEAR_MS = 365.25 * 86_400_000;

/** The span a time axis shows: the dates', or half a year either side of a single date. */
export function timeDomain(dates: Date[]): [number, number] {
  const lo = Math.min(...dates.map((d) => d.getTime()));
  const hi = Math.max(...dates.map((d) => d.getTime()));
  return hi - lo < 86_400_000 ? [lo - YEAR_MS / 2, hi + YEAR_MS / 2] : [lo, hi];
}

/** Dates → x between range[0] and range[1], by time. */
export function timeScale(dates: Date[], [r0, r1]: [number, number]) {
  const [lo, hi] = timeDomain(dates);
  return (d: Date) => r0 + ((d.getTime() - lo) / (hi - lo)) * (r1 - r0);
}

/** 0..max → range (max > 0), linear. */
export function valueScale(max: number, [r0, r1]: [number, number]) {
  return (v: number) => r0 + (v / max) * (r1 - r0);
}

/** Gridline values from 0 to a round number at or above max, 3 to 6 of them after 0, on 1-2-5 steps. */
export function linearTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => max / s <= 5) ?? 10 * power;
  const ticks = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** 1 January of each year inside the axis's span (every second or fifth year when there are many), at most `most`. */
export function yearTicks(dates: Date[], most: number): Date[] {
  const [lo, hi] = timeDomain(dates);
  const first = new Date(lo).getUTCFullYear() + 1;
  const last = new Date(hi).getUTCFullYear();
  const every = [1, 2, 5, 10].find((n) => Math.floor((last - first) / n) + 1 <= most) ?? 10;
  const ticks = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) ticks.push(new Date(Date.UTC(year, 0, 1)));
  return ticks;
}

export type LabelPlace = "above" | "below" | "none";

/**
 * Where each point's value label goes so that no two labels on the same side
 * come closer than `gap`: above if it can, else below, else none (the value is
 * still in the point's tooltip and the data table). Placed from the newest
 * point back, so the latest values are the ones always labelled.
 */
export function placeLabels(xs: number[], gap = 34): LabelPlace[] {
  const places: LabelPlace[] = new Array(xs.length).fill("none");
  let lastAbove = Infinity;
  let lastBelow = Infinity;
  for (let i = xs.length - 1; i >= 0; i--) {
    if (lastAbove - xs[i] >= gap) {
      places[i] = "above";
      lastAbove = xs[i];
    } else if (lastBelow - xs[i] >= gap) {
      places[i] = "below";
      lastBelow = xs[i];
    }
  }
  return places;
}

// Han, kana, Hangul and full-width forms take a whole em; digits and Latin or Cyrillic letters about 0.6 of one.
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** About how wide a label is at a font size, for margins that must hold it ("US$80万" is wider than its length says). */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? size : 0.6 * size;
  return width;
}
