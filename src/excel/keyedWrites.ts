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
}

export interface KeyedResult {
  /** Cells written. */
  written: number;
  /** Keys not found, or found more than once (nothing written for them). */
  missing: string[];
  duplicate: string[];
  /** Cells a co-author changed while we wrote: their content was kept. */
  changedMeanwhile: string[];
  syncs: number;
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
  const result: KeyedResult = { written: 0, missing: [], duplicate: [], changedMeanwhile: [], syncs: 0 };
  let retry: KeyedCell[] | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    result.syncs++;
    if (table.isNullObject) throw new MissingTablesError([tableName]);
    const headers = header.values[0].map(String);
    const keyHeader = headers.find((h) => headerMatches(h, keyColumn));
    const targets = columns.map((c) => headers.find((h) => headerMatches(h, c)));
    if (!keyHeader || targets.some((h) => !h)) throw new MissingTablesError([tableName]);
    const read = new Map<string, Scalar[]>([keyHeader, ...(targets as string[])].map((h) => [h, []]));
    result.syncs += await readAreas(
      context,
      [...read.keys()].map((h) => ({
        target: { table: tableName, column: h },
        rows: body.rowCount,
        cols: 1,
        cellBytes: 80,
        // the key as it shows (the write's guard compares values); the targets as they are
        prop: h === keyHeader ? ("values" as const) : ("formulas" as const),
        onRows: (offset: number, formulas: unknown[][]) =>
          formulas.forEach((r, i) => (read.get(h)![offset + i] = r[0] as Scalar)),
      })),
    );
    const keys = read.get(keyHeader)!;
    const rowsOf = new Map<string, number[]>();
    keys.forEach((k, r) => {
      const n = normalizeKey(k);
      if (n) rowsOf.set(n, [...(rowsOf.get(n) ?? []), r]);
    });
    const pending = retry ?? (Array.isArray(cells) ? cells : cells(keys));
    const ops: PlanOp[] = [];
    const behind: KeyedCell[] = [];
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
      behind.push(c);
    }
    if (!ops.length) break;
    const applied = await applyPlan(context, packBatches(ops));
    result.syncs += applied.syncs;
    result.written += ops.length - new Set(applied.breaches.map((b) => b.op)).size;
    // a row that moved is planned again from a fresh read; a cell a co-author changed stays theirs
    retry = [];
    for (const b of applied.breaches) {
      if (b.reason === "moved") retry.push(behind[ops.indexOf(b.op)]);
      else result.changedMeanwhile.push(b.address);
    }
    if (!retry.length) break;
  }
  return result;
}
