// A query string as Next hands it to a page, reduced to one non-empty value per
// key: the shape the filter schemas parse (and the CSV links repeat).
type RawParams = Record<string, string | string[] | undefined>;

export function firstValues(params: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) out[key] = first;
  }
  return out;
}
