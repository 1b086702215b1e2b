/**
 * Appends rows to one of our tables the way Microsoft's co-authoring guidance asks: written just
 * below the table (Excel takes them in and fills the calculated columns), not with rows.add, which
 * causes merge conflicts. Only when the cells below hold something is the table's rows.add used
 * (it shifts those cells down instead of overwriting them). Rows are laid out by header in the
 * table's own column order; text stays text. read → plan → apply → verify.
 */
import { headerMatches } from "../workbook/lang";
import { Cell, packBatches, PlanOp, Scalar } from "../workbook/plan";
import { SPEC_BY_KEY, TABLE_NAMES, TableKey } from "../workbook/specs";
import { applyPlan } from "./applyPlan";
import { MissingTablesError } from "./questions";

export interface AppendResult {
  appended: number;
  /** The rows went in through rows.add because the cells below the table were not empty. */
  inserted: boolean;
  syncs: number;
  /** Cells a co-author changed while we wrote (kept theirs). */
  changedMeanwhile: string[];
}

/** One table's rows to append (see appendRows). */
export interface AppendItem {
  key: TableKey;
  /** In the spec's column order, ready to write (text already protected, see workbook/rows.ts). */
  rows: Scalar[][];
  /** A table whose only body row is blank takes the first record in that row. */
  fillFirstBlank?: boolean;
}

/**
 * @param rows in the spec's column order, ready to write (text already protected, see
 * workbook/rows.ts); computed columns are left to the table.
 * @param fillFirstBlank a table whose only body row is blank takes the first record in that row.
 */
export async function appendRows(
  context: Excel.RequestContext,
  key: TableKey,
  rows: Scalar[][],
  options: { fillFirstBlank?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<AppendResult> {
  return appendToTables(context, [{ key, rows, fillFirstBlank: options.fillFirstBlank }], options.onProgress);
}

/**
 * Appends to several tables in one operation: one read of every table's geometry, one plan, the
 * writes packed in batches under the payload limit (so ten tables cost what one does).
 */
export async function appendToTables(
  context: Excel.RequestContext,
  items: AppendItem[],
  onProgress?: (done: number, total: number) => void,
): Promise<AppendResult> {
  const wb = context.workbook;
  const reads = items.map(({ key, rows }) => {
    const table = wb.tables.getItemOrNullObject(TABLE_NAMES[key]);
    return {
      table,
      header: table.getHeaderRowRange().load("values,rowIndex,columnIndex"),
      body: table.getDataBodyRange().load("rowCount"),
      sheet: table.worksheet.load("name"),
      // the first body row (a blank one takes the first record) and the rows the new ones will take
      first: table.getDataBodyRange().getRow(0).load("formulas"),
      // only whether anything is there: the rows themselves could pass the 5 MB response limit
      below: table
        .getRange()
        .getRowsBelow(Math.max(1, rows.length))
        .getUsedRangeOrNullObject(true)
        .load("address"),
    };
  });
  await context.sync();
  let syncs = 1;
  const missing = items.filter((_, i) => reads[i].table.isNullObject).map((it) => TABLE_NAMES[it.key]);
  if (missing.length) throw new MissingTablesError(missing);
  const ops: PlanOp[] = [];
  let inserted = false;
  items.forEach((item, i) => {
    const { header, body, sheet, first, below } = reads[i];
    const spec = SPEC_BY_KEY[item.key];
    const name = TABLE_NAMES[item.key];
    const headers = header.values[0].map(String);
    const width = headers.length;
    const specIdx = headers.map((h) => spec.columns.findIndex((c) => headerMatches(h, c.header)));
    const specCol = specIdx.map((j) => (j >= 0 ? spec.columns[j] : undefined));
    // a user's own column gets nothing (null leaves the cell alone)
    const layout = (r: Scalar[]): Cell[] =>
      specIdx.map((j) => (j < 0 || spec.columns[j].formula ? null : r[j]));
    const bodyRows = body.rowCount;
    let rest = item.rows;
    const blankFirst =
      item.fillFirstBlank &&
      bodyRows === 1 &&
      first.formulas[0].every((v, j) => v === "" || specCol[j]?.formula);
    if (blankFirst && rest.length) {
      ops.push({
        op: "write",
        target: { table: name, bodyRow: 0, rows: 1 },
        cells: [layout(rest[0])],
        guard: { allowed: ["", ...first.formulas[0].filter((v) => v !== "")] },
      });
      rest = rest.slice(1);
    }
    if (!rest.length) return;
    const cells = rest.map(layout);
    if (below.isNullObject) {
      const target = {
        sheet: sheet.name,
        rect: {
          row: header.rowIndex + 1 + bodyRows,
          col: header.columnIndex,
          rows: cells.length,
          cols: width,
        },
      };
      ops.push({ op: "write", target, cells, guard: { allowed: [""] } });
      ops.push({
        op: "expectRows",
        table: name,
        rows: bodyRows + cells.length,
        written: target,
        insert: cells.map((r) => r.map((v) => (v === null ? "" : v))),
      });
    } else {
      inserted = true;
      ops.push({
        op: "insertRows",
        table: name,
        rows: cells.map((r) => r.map((v) => (v === null ? "" : v))),
      });
    }
  });
  const applied = await applyPlan(context, packBatches(ops), onProgress);
  syncs += applied.syncs;
  return {
    appended: items.reduce((n, it) => n + it.rows.length, 0),
    inserted: inserted || applied.unexpectedRows.length > 0,
    syncs,
    changedMeanwhile: applied.breaches.map((b) => b.address),
  };
}
