/**
 * Writing cells of a table matched by the row's key (an ID), never by position: read the key
 * column and the target columns, plan one guarded write per cell that really changes (the key
 * must still be in that row and the cell must still hold what was read), apply, and when rows
 * moved meanwhile (a sort, an insert by a co-author) plan again from a fresh read. Values read
 * are never written back. 3 syncs (geometry, read, write), plus one repair and one more round
 * when something changed meanwhile.
 */
import { questionKey } from "../domain/questions";
import { headerMatches, Text } from "../workbook/lang";
import { packBatches, PlanOp, Scalar } from "../workbook/plan";
import { cellInput } from "../workbook/cellText";
import { applyPlan } from "./applyPlan";
import { readAreas } from "./readAreas";
import { MissingTablesError } from "./questions";

/**
 * Rows are matched on the one form of an ID the workbook's key columns compute (questionKey:
 * trimmed text, invisible spaces removed, case aside), so the pane finds a row exactly where the
 * sheet's formulas do.
 */
export const normalizeKey = questionKey;

export interface KeyedCell {
  key: string;
  column: Text;
  /** The new content: a number, a boolean, text (kept as text) or "" to clear. */
  value: Scalar;
  /** Write only into a blank cell (empty or only spaces): a cell that holds anything is kept. */
  onlyIfBlank?: boolean;
}

export interface KeyedResult {
  /** Cells written. */
  written: number;
  /** Keys not found, or found more than once (nothing written for them). */
  missing: string[];
  duplicate: string[];
  /** Cells a co-author changed while we wrote: their content was kept. */
  changedMeanwhile: string[];
  /** Keys whose cell was asked for only if blank and held something: kept (nothing written). */
  notBlank: string[];
  syncs: number;
}

/** One table's keyed cells (see writeByKey). */
export interface KeyedRequest {
  tableName: string;
  keyColumn: Text;
  /** The columns written (besides the key column, which is only read). */
  columns: Text[];
  /** The cells to write, or a function that makes them from the keys the table holds. */
  cells: KeyedCell[] | ((keys: Scalar[]) => KeyedCell[]);
}

/**
 * @param columns the columns written (besides the key column, which is only read)
 * @param cells the cells to write, or a function that makes them from the keys the table holds
 */
export async function writeByKey(
  context: Excel.RequestContext,
  tableName: string,
  keyColumn: Text,
  columns: Text[],
  cells: KeyedCell[] | ((keys: Scalar[]) => KeyedCell[]),
): Promise<KeyedResult> {
  const [result] = await writeByKeyInTables(context, [{ tableName, keyColumn, columns, cells }]);
  return result;
}

/**
 * writeByKey for several tables in one operation: their geometry in one sync, their columns in
 * one read, every write in one plan (three syncs whatever the number of tables). Syncs are
 * counted in the first result.
 */
export async function writeByKeyInTables(
  context: Excel.RequestContext,
  requests: KeyedRequest[],
): Promise<KeyedResult[]> {
  if (!requests.length) return [];
  const results: KeyedResult[] = requests.map(() => ({
    written: 0,
    missing: [],
    duplicate: [],
    changedMeanwhile: [],
    notBlank: [],
    syncs: 0,
  }));
  let syncs = 0;
  // per request: null before the first plan, then the cells to plan again (rows that moved)
  let retry: (KeyedCell[] | null)[] = requests.map(() => null);
  for (let attempt = 0; attempt < 3; attempt++) {
    const active = requests.map((_, i) => i).filter((i) => retry[i] === null || retry[i]!.length > 0);
    if (!active.length) break;
    const geometry = active.map((i) => {
      const table = context.workbook.tables.getItemOrNullObject(requests[i].tableName);
      return {
        table,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("rowCount"),
      };
    });
    await context.sync();
    syncs++;
    const missingTables = active
      .filter((_, j) => geometry[j].table.isNullObject)
      .map((i) => requests[i].tableName);
    if (missingTables.length) throw new MissingTablesError(missingTables);
    const layouts = active.map((i, j) => {
      const { tableName, keyColumn, columns } = requests[i];
      const headers = geometry[j].header.values[0].map(String);
      const keyHeader = headers.find((h) => headerMatches(h, keyColumn));
      const targets = columns.map((c) => headers.find((h) => headerMatches(h, c)));
      if (!keyHeader || targets.some((h) => !h)) throw new MissingTablesError([tableName]);
      const read = new Map<string, Scalar[]>([keyHeader, ...(targets as string[])].map((h) => [h, []]));
      return { i, tableName, headers, keyHeader, read, rows: geometry[j].body.rowCount };
    });
    syncs += await readAreas(
      context,
      layouts.flatMap(({ tableName, keyHeader, read, rows }) =>
        [...read.keys()].map((h) => ({
          target: { table: tableName, column: h },
          rows,
          cols: 1,
          cellBytes: 80,
          // the key as it shows (the write's guard compares values); the targets as they are
          prop: h === keyHeader ? ("values" as const) : ("formulas" as const),
          onRows: (offset: number, formulas: unknown[][]) =>
            formulas.forEach((r, k) => (read.get(h)![offset + k] = r[0] as Scalar)),
        })),
      ),
    );
    const ops: PlanOp[] = [];
    const behind: { request: number; cell: KeyedCell }[] = [];
    for (const { i, tableName, headers, keyHeader, read } of layouts) {
      const result = results[i];
      const keys = read.get(keyHeader)!;
      const rowsOf = new Map<string, number[]>();
      keys.forEach((k, r) => {
        const n = normalizeKey(k);
        if (n) rowsOf.set(n, [...(rowsOf.get(n) ?? []), r]);
      });
      const cells = requests[i].cells;
      const pending = retry[i] ?? (Array.isArray(cells) ? cells : cells(keys));
      for (const c of pending) {
        const rows = rowsOf.get(normalizeKey(c.key)) ?? [];
        if (rows.length !== 1) {
          const list = rows.length ? result.duplicate : result.missing;
          if (!list.includes(c.key)) list.push(c.key);
          continue;
        }
        const r = rows[0];
        const h = headers.find((x) => headerMatches(x, c.column))!;
        const held = read.get(h)![r];
        if (c.onlyIfBlank && !(held === null || held === undefined || /^ *$/.test(String(held)))) {
          if (!result.notBlank.includes(c.key)) result.notBlank.push(c.key);
          continue;
        }
        if (held === c.value) continue;
        ops.push({
          op: "write",
          target: { table: tableName, column: h, bodyRow: r, rows: 1 },
          cells: [[typeof c.value === "string" ? cellInput(c.value) : c.value]],
          guard: {
            allowed: [held],
            key: { target: { table: tableName, column: keyHeader, bodyRow: r, rows: 1 }, value: keys[r] },
          },
        });
        behind.push({ request: i, cell: c });
      }
    }
    retry = requests.map(() => []);
    if (!ops.length) break;
    const applied = await applyPlan(context, packBatches(ops));
    syncs += applied.syncs;
    const breached = new Set(applied.breaches.map((b) => b.op));
    ops.forEach((op, k) => {
      if (!breached.has(op)) results[behind[k].request].written++;
    });
    // a row that moved is planned again from a fresh read; a cell a co-author changed stays theirs
    for (const b of applied.breaches) {
      const { request, cell } = behind[ops.indexOf(b.op)];
      if (b.reason === "moved") retry[request]!.push(cell);
      else results[request].changedMeanwhile.push(b.address);
    }
  }
  results[0].syncs = syncs;
  return results;
}
