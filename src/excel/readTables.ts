/**
 * Reads the add-in's tables, found by name, in a constant number of round trips plus chunks:
 * 2 syncs for presence and geometry, then the bodies packed into syncs whose responses stay far
 * below Excel on the web's 5 MB limit. Reads only.
 */
import type { Locations } from "../workbook/findings";
import { headerMatches, LANGUAGE_NAME, WbLang } from "../workbook/lang";
import { SPEC_BY_KEY, TABLE_NAMES, TableKey } from "../workbook/specs";

/** Bytes one cell takes in a response, generously: keeps each chunk far below 5 MB. */
const BYTES_PER_CELL = 40;
export const RESPONSE_BUDGET = 3 * 1024 * 1024;

export interface TableMeta {
  key: TableKey;
  sheetId: string;
  sheetName: string;
  headerRow: number;
  headerColumn: number;
  headers: unknown[];
  bodyRows: number;
}

export interface TablesRead {
  lang: WbLang;
  tables: TableMeta[];
  raw: Partial<Record<TableKey, unknown[][]>>;
  /** Tables asked for that the workbook does not have. */
  missing: TableKey[];
}

/**
 * Lets the pane paint and handle input between chunks of work. In a browser that is a task
 * (setTimeout); where setImmediate exists (Node: tests and the bench) it is that, which yields
 * just as well without the timer's millisecond.
 */
const nextTask: (f: () => void) => unknown =
  typeof setImmediate === "function" ? setImmediate : (f) => setTimeout(f, 0);
export const yieldToUi = () => new Promise<void>((r) => void nextTask(r));

export async function readTables(
  context: Excel.RequestContext,
  keys: TableKey[],
  onProgress?: (done: number, total: number) => void,
): Promise<TablesRead> {
  const wb = context.workbook;
  const langName = wb.names.getItemOrNullObject(LANGUAGE_NAME).load("value");
  const tables = keys.map((key) => ({ key, table: wb.tables.getItemOrNullObject(TABLE_NAMES[key]) }));
  await context.sync();
  const geometry = tables
    .filter((t) => !t.table.isNullObject)
    .map(({ key, table }) => ({
      key,
      table,
      sheet: table.worksheet.load("name,id"),
      header: table.getHeaderRowRange().load("values,rowIndex,columnIndex"),
      body: table.getDataBodyRange().load("rowCount,columnCount"),
    }));
  await context.sync();
  const lang: WbLang = !langName.isNullObject && String(langName.value) === "en" ? "en" : "nl";

  // pieces of tables packed into syncs within the budget: small tables share one round trip
  const total = geometry.reduce((n, g) => n + g.body.rowCount, 0);
  const pieces: { g: (typeof geometry)[number]; start: number; rows: number; bytes: number }[] = [];
  for (const g of geometry) {
    const rowBytes = Math.max(1, g.body.columnCount) * BYTES_PER_CELL;
    const chunk = Math.max(1, Math.floor(RESPONSE_BUDGET / rowBytes));
    for (let start = 0; start < g.body.rowCount; start += chunk) {
      const rows = Math.min(chunk, g.body.rowCount - start);
      pieces.push({ g, start, rows, bytes: rows * rowBytes });
    }
  }
  let done = 0;
  const parts = new Map<TableKey, unknown[][]>(geometry.map((g) => [g.key, []]));
  for (let i = 0; i < pieces.length;) {
    const batch: { piece: (typeof pieces)[number]; range: Excel.Range }[] = [];
    let bytes = 0;
    while (i < pieces.length && (batch.length === 0 || bytes + pieces[i].bytes <= RESPONSE_BUDGET)) {
      const piece = pieces[i++];
      bytes += piece.bytes;
      const range = piece.g.table
        .getDataBodyRange()
        .getRow(piece.start)
        .getResizedRange(piece.rows - 1, 0)
        .load("values");
      batch.push({ piece, range });
    }
    await context.sync();
    for (const { piece, range } of batch) {
      parts.get(piece.g.key)!.push(...range.values);
      done += piece.rows;
    }
    onProgress?.(done, total);
    await yieldToUi();
  }
  return {
    lang,
    tables: geometry.map((g) => ({
      key: g.key,
      sheetId: g.sheet.id,
      sheetName: g.sheet.name,
      headerRow: g.header.rowIndex,
      headerColumn: g.header.columnIndex,
      headers: g.header.values[0],
      bodyRows: g.body.rowCount,
    })),
    raw: Object.fromEntries(parts),
    missing: tables.filter((t) => t.table.isNullObject).map((t) => t.key),
  };
}

/** Rows as objects keyed by column key (columns found by header, in either language), and where they are. */
export function recordsOf(read: Pick<TablesRead, "tables" | "raw">): {
  records: Partial<Record<TableKey, Record<string, unknown>[]>>;
  locations: Locations;
} {
  const locations: Locations = {};
  const records: Partial<Record<TableKey, Record<string, unknown>[]>> = {};
  for (const g of read.tables) {
    const columns: Record<string, number> = {};
    const index: Record<string, number> = {};
    for (const c of SPEC_BY_KEY[g.key].columns) {
      const i = g.headers.findIndex((h) => headerMatches(h, c.header));
      if (i >= 0) {
        columns[c.key] = g.headerColumn + i;
        index[c.key] = i;
      }
    }
    locations[g.key as keyof Locations] = { sheet: g.sheetName, headerRow: g.headerRow, columns };
    records[g.key] = (read.raw[g.key] ?? []).map((r) => {
      const o: Record<string, unknown> = {};
      for (const [k, i] of Object.entries(index)) o[k] = r[i];
      return o;
    });
  }
  return { records, locations };
}
