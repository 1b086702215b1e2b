/** Reads tables of the in-memory workbook straight from its state, for assertions. */
import type { Book } from "../../src/fake-excel";
import { SPEC_BY_KEY, type TableKey } from "../../src/workbook/specs";
import type { WbLang } from "../../src/workbook/lang";

/** The sheet column (0-based) of one of our tables' columns, by the table's and the column's spec keys. */
export function specColumn(book: Book, key: TableKey, column: string, lang: WbLang = "nl"): number {
  const spec = SPEC_BY_KEY[key];
  const t = book.findTable(spec.name);
  if (!t) throw new Error(`no table ${spec.name}`);
  const header = spec.columns.find((c) => c.key === column)?.header[lang];
  const i = t.columns.findIndex((c) => c.name === header);
  if (i < 0) throw new Error(`no column ${column} (${header}) in ${spec.name}`);
  return t.rect.col + i;
}

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

/** JSON with object keys sorted, so that two equal states print the same. */
function stable(value: unknown, seen = new WeakSet<object>()): unknown {
  if (Array.isArray(value)) return value.map((v) => stable(v, seen));
  if (value instanceof Map) return [...value].map(([k, v]) => [k, stable(v, seen)]);
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    // a reference to a sheet or table is written as its name (the state is a graph)
    if ("cells" in o && "name" in o && "hfId" in o) return `sheet:${String(o.name)}`;
    if (seen.has(o)) return "[ref]";
    seen.add(o);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) {
      if (k === "id" || o[k] === undefined) continue;
      out[k] = stable(o[k], seen);
    }
    seen.delete(o);
    return out;
  }
  // the in-memory Excel's internal ids ({cf-12}, {table-3}) differ between equal workbooks
  if (typeof value === "string" && /^\{[a-z]+-\d+\}$/.test(value)) return "[id]";
  return value;
}

/**
 * Everything a user could see of the workbook, ids aside: sheets in order with their cells
 * (contents, number formats, formats), widths, frozen panes, validation, conditional formats and
 * charts; tables; names. Two runs that leave the same workbook give the same text.
 */
export function bookState(book: Book): string {
  return JSON.stringify(
    stable({
      sheets: book.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        frozen: [s.frozenRows, s.frozenColumns],
        cells: [...s.cells]
          .filter(([, c]) => c.formula !== undefined || c.value !== undefined || c.numberFormat || c.format)
          .sort(([a], [b]) => a - b)
          .map(([k, c]) => [k, c.formula ?? c.value ?? null, c.numberFormat ?? null, c.format ?? null]),
        widths: [...s.columnWidths].sort(([a], [b]) => a - b),
        validations: s.validations,
        conditionalFormats: s.conditionalFormats,
        charts: s.charts,
      })),
      tables: book.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        rect: t.rect,
        columns: t.columns.map((c) => c.name),
        style: t.style,
      })),
      // Excel lists names alphabetically, whatever order they were added in
      names: book.names
        .map((n) => ({ name: n.name, ref: n.ref ? book.refText(n.ref) : n.constant }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }),
  );
}
