export type Row = [figure: string, value: string, target: string, verdict: string];

/** A plain-text table with aligned columns, readable in a terminal and in a CI log. */
export function formatTable(rows: readonly Row[]): string {
  const header: Row = ['figure', 'value', 'target', ''];
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]?.length ?? 0)));
  const line = (row: Row): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  ').trimEnd(), ...rows.map(line)].join('\n');
}

export function verdict(ok: boolean | null): string {
  if (ok === null) return 'n/a';
  return ok ? 'ok' : 'MISSED';
}
