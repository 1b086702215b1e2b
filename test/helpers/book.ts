/** Reads tables of the in-memory workbook straight from its state, for assertions. */
import type { Book } from "../../src/fake-excel";

export function tableRows(book: Book, name: string): Record<string, unknown>[] {
  const t = book.findTable(name);
  if (!t) throw new Error(`no table ${name}`);
  const rows: Record<string, unknown>[] = [];
  for (let r = 1; r < t.rect.rows; r++) {
    const row: Record<string, unknown> = {};
    t.columns.forEach((c, i) => (row[c.name] = book.value(t.sheet, t.rect.row + r, t.rect.col + i)));
    rows.push(row);
  }
  return rows;
}

/** Every cell's content (formula or constant) of every sheet, keyed by sheet!row:col. */
export function contents(book: Book): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of book.sheets) {
    for (const [k, cell] of s.cells) {
      if (cell.formula !== undefined || cell.value !== undefined)
        out.set(`${s.name}!${k}`, cell.formula ?? cell.value);
    }
  }
  return out;
}
