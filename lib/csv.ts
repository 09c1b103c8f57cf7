// CSV for spreadsheet programs: every cell quoted, formulas neutralised (a cell
// starting with = + - @ would run in Excel), UTF-8 with a BOM so Cyrillic and
// Chinese open correctly, CRLF line ends.
export function csvCell(value: unknown): string {
  const s = value instanceof Date ? value.toISOString() : value == null ? "" : typeof value === "string" ? value : JSON.stringify(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly unknown[][]): string {
  return `\uFEFF${[header.join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\r\n")}\r\n`;
}
