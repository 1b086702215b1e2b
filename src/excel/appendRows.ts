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
  const spec = SPEC_BY_KEY[key];
  const name = TABLE_NAMES[key];
  const wb = context.workbook;
  const table = wb.tables.getItemOrNullObject(name);
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("rowCount");
  const sheet = table.worksheet.load("name");
  // the first body row (a blank one takes the first record) and the rows the new ones will take
  const first = table.getDataBodyRange().getRow(0).load("formulas");
  // only whether anything is there: the rows themselves could pass the 5 MB response limit
  const below = table
    .getRange()
    .getRowsBelow(Math.max(1, rows.length))
    .getUsedRangeOrNullObject(true)
    .load("address");
  await context.sync();
  let syncs = 1;
  if (table.isNullObject) throw new MissingTablesError([name]);
  const headers = header.values[0].map(String);
  const width = headers.length;
  const specIdx = headers.map((h) => spec.columns.findIndex((c) => headerMatches(h, c.header)));
  const specCol = specIdx.map((i) => (i >= 0 ? spec.columns[i] : undefined));
  // a user's own column gets nothing (null leaves the cell alone)
  const layout = (r: Scalar[]): Cell[] =>
    specIdx.map((i) => (i < 0 || spec.columns[i].formula ? null : r[i]));
  let bodyRows = body.rowCount;
  const ops: PlanOp[] = [];
  let rest = rows;
  const blankFirst =
    options.fillFirstBlank &&
    bodyRows === 1 &&
    first.formulas[0].every((v, i) => v === "" || specCol[i]?.formula);
  if (blankFirst && rest.length) {
    ops.push({
      op: "write",
      target: { table: name, bodyRow: 0, rows: 1 },
      cells: [layout(rest[0])],
      guard: { allowed: ["", ...first.formulas[0].filter((v) => v !== "")] },
    });
    rest = rest.slice(1);
  }
  const free = below.isNullObject;
  let inserted = false;
  if (rest.length) {
    const cells = rest.map(layout);
    if (free) {
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
    bodyRows += cells.length;
  }
  const applied = await applyPlan(context, packBatches(ops), options.onProgress);
  syncs += applied.syncs;
  return {
    appended: rows.length,
    inserted: inserted || applied.unexpectedRows.length > 0,
    syncs,
    changedMeanwhile: applied.breaches.map((b) => b.address),
  };
}
