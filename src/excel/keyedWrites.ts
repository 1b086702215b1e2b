/**
 * Writing cells of a table matched by the row's key (an ID), never by position: read the key
 * column and the target columns, plan one guarded write per cell that really changes (the key
 * must still be in that row and the cell must still hold what was read), apply, and when rows
 * moved meanwhile (a sort, an insert by a co-author) plan again from a fresh read. Values read
 * are never written back.
 */
import { headerMatches, Text } from "../workbook/lang";
import { packBatches, PlanOp, Scalar } from "../workbook/plan";
import { cellInput } from "../workbook/cellText";
import { applyPlan } from "./applyPlan";
import { readAreas } from "./readAreas";
import { MissingTablesError } from "./questions";

/** The one form of an ID every comparison uses: text, trimmed, case and invisible spaces aside. */
export function normalizeKey(v: unknown): string {
  return String(v ?? "")
    .replace(/[\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF]/g, " ")
    .trim()
    .toLowerCase();
}

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

export async function writeByKey(
  context: Excel.RequestContext,
  tableName: string,
  keyColumn: Text,
  cells: KeyedCell[],
): Promise<KeyedResult> {
  const result: KeyedResult = { written: 0, missing: [], duplicate: [], changedMeanwhile: [], syncs: 0 };
  let pending = cells;
  for (let attempt = 0; attempt < 3 && pending.length; attempt++) {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    result.syncs++;
    if (table.isNullObject) throw new MissingTablesError([tableName]);
    const headers = header.values[0].map(String);
    const keyHeader = headers.find((h) => headerMatches(h, keyColumn));
    if (!keyHeader) throw new MissingTablesError([tableName]);
    const wanted = [...new Set(pending.map((c) => headers.find((h) => headerMatches(h, c.column)) ?? ""))];
    if (wanted.includes("")) throw new MissingTablesError([tableName]);
    const columns = new Map<string, Scalar[]>();
    for (const h of [keyHeader, ...wanted]) columns.set(h, []);
    result.syncs += await readAreas(
      context,
      [...columns.keys()].map((h) => ({
        target: { table: tableName, column: h },
        rows: body.rowCount,
        cols: 1,
        cellBytes: 80,
        onRows: (offset: number, formulas: unknown[][]) =>
          formulas.forEach((r, i) => (columns.get(h)![offset + i] = r[0] as Scalar)),
      })),
    );
    const keys = columns.get(keyHeader)!;
    const rowsOf = new Map<string, number[]>();
    keys.forEach((k, r) => {
      const n = normalizeKey(k);
      if (n) rowsOf.set(n, [...(rowsOf.get(n) ?? []), r]);
    });
    const ops: PlanOp[] = [];
    const behind: KeyedCell[] = [];
    for (const c of pending) {
      const rows = rowsOf.get(normalizeKey(c.key)) ?? [];
      if (rows.length === 0) {
        if (!result.missing.includes(c.key)) result.missing.push(c.key);
        continue;
      }
      if (rows.length > 1) {
        if (!result.duplicate.includes(c.key)) result.duplicate.push(c.key);
        continue;
      }
      const r = rows[0];
      const h = headers.find((x) => headerMatches(x, c.column))!;
      const held = columns.get(h)![r];
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
    const applied = await applyPlan(context, packBatches(ops));
    result.syncs += applied.syncs;
    result.written += ops.length - new Set(applied.breaches.map((b) => b.op)).size;
    // a row that moved is planned again from a fresh read; a cell a co-author changed stays theirs
    pending = [];
    for (const b of applied.breaches) {
      if (b.reason === "moved") pending.push(behind[ops.indexOf(b.op)]);
      else result.changedMeanwhile.push(b.address);
    }
  }
  return result;
}
