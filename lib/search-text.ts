// Full-text search that treats Latin, Cyrillic and Chinese alike.
//
// Postgres's `simple` text-search configuration splits on spaces and punctuation,
// which suits Latin and Cyrillic but not Chinese, where words are not separated.
// So the data layer stores a pre-tokenised document: words are folded (case,
// accents, ё→е), and every run of Han/Kana/Hangul characters becomes its single
// characters plus its overlapping bigrams, as CJK search engines commonly do.
// A GIN index on `to_tsvector('simple', "searchText")` then serves all three.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;

/** Case, width and accent folding, identical for documents and queries. */
function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Tokens of a stored document, space-separated, ready for to_tsvector('simple', …). */
export function searchDocument(parts: readonly string[]): string {
  const tokens: string[] = [];
  for (const run of fold(parts.join(" ")).match(RUN) ?? []) {
    if (CJK.test(run)) tokens.push(...Array.from(run), ...bigrams(run));
    else tokens.push(run);
  }
  return tokens.join(" ");
}

/** The stored search document of a resident: its name and every description. */
export function residentSearchDocument(name: string, texts: readonly string[]): string {
  return searchDocument([name, ...texts]);
}

/**
 * A visitor's query as a to_tsquery('simple', …) expression, or null when it has
 * no searchable characters. Words match as prefixes ("hua" finds "huawei"); a
 * Chinese run must contain all its bigrams. Only letters and digits ever reach
 * the expression, so the visitor cannot inject tsquery operators.
 */
export function searchQuery(input: string): string | null {
  const terms: string[] = [];
  for (const run of fold(input).match(RUN) ?? []) {
    if (!CJK.test(run)) terms.push(`${run}:*`);
    else if (Array.from(run).length === 1) terms.push(run);
    else terms.push(...bigrams(run));
  }
  const unique = [...new Set(terms)].slice(0, 16);
  return unique.length ? unique.join(" & ") : null;
}
