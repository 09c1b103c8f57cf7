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

/** A CSV download named `<name>-<date>.csv`: private, never cached, never sniffed as HTML. */
export function csvResponse(csv: string, name: string, now = new Date()): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${now.toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
