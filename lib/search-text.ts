// One normal form for searchable text, used when storing and when querying, so
// "HUAWEI", "Huawei" and "huawei" meet, and Cyrillic folds case too (JavaScript
// lower-cases Unicode correctly whatever the database's collation).
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The stored search document of a resident: its name and every description. */
export function residentSearchDocument(name: string, texts: readonly string[]): string {
  return normalizeSearchText([name, ...texts].join(" "));
}

/** Escapes LIKE wildcards so a visitor's "%" or "_" match literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
