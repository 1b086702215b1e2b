/**
 * Applies a write plan (src/workbook/plan.ts) batch by batch: one sync per batch, each under
 * 4 MB. A guarded write first loads, in the same batch, what the cells hold; a cell that no longer
 * holds what the plan was made from (a co-author typed, the table was sorted meanwhile) gets its
 * content back in one repair sync and is reported, so an edit made while we wrote is never lost.
 */
import { cellAddress, quoteSheetName } from "../workbook/address";
import { cellInput } from "../workbook/cellText";
import type { Cell, ChartPlan, Plan, PlanOp, Scalar, Target } from "../workbook/plan";
import { printAreaAddress } from "../workbook/printPlan";
import { yieldToUi } from "./readTables";

/** A cell whose content changed between our read and our write: restored, and reported. */
export interface Breach {
  /** Sheet!A1. */
  address: string;
  /** What the cell held just before our write (restored). */
  held: Scalar;
  /** The plan's operation this cell belonged to. */
  op: PlanOp;
  /** The row's key was no longer there (rows moved), or the cell itself had changed. */
  reason: "moved" | "changed";
}

export interface ApplyResult {
  syncs: number;
  breaches: Breach[];
  /** Tables whose row count after a batch was not what the plan expected (an append that did not join). */
  unexpectedRows: { table: string; expected: number; actual: number }[];
}

export function rangeOf(wb: Excel.Workbook, target: Target): Excel.Range {
  if ("sheet" in target) {
    const { row, col, rows, cols } = target.rect;
    return wb.worksheets.getItem(target.sheet).getRangeByIndexes(row, col, rows, cols);
  }
  const table = wb.tables.getItem(target.table);
  let range: Excel.Range;
  if (target.header)
    return target.column
      ? table.columns.getItem(target.column).getHeaderRowRange()
      : table.getHeaderRowRange();
  range = target.column ? table.columns.getItem(target.column).getDataBodyRange() : table.getDataBodyRange();
  if (target.bodyRow !== undefined) {
    range = range.getRow(target.bodyRow);
    if ((target.rows ?? 1) > 1) range = range.getResizedRange((target.rows ?? 1) - 1, 0);
  }
  return range;
}

/** Operations queued, or guarded writes compared, between two yields to the UI. */
const SLICE = 400;

interface Pending {
  pre: Excel.Range;
  key: Excel.Range | null;
  op: Extract<PlanOp, { op: "write" }>;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: Plan,
  onProgress?: (done: number, total: number) => void,
): Promise<ApplyResult> {
  const wb = context.workbook;
  const result: ApplyResult = { syncs: 0, breaches: [], unexpectedRows: [] };
  const repairs: (Omit<Breach, "held"> & { range: Excel.Range; held: Scalar; formula: boolean })[] = [];
  let done = 0;
  for (const batch of plan) {
    const guarded: Pending[] = [];
    const counts: { op: Extract<PlanOp, { op: "expectRows" }>; body: Excel.Range }[] = [];
    let queued = 0;
    // a chart of ours with further series: how many it still has (a user may have removed one)
    const seriesCounts = new Map<string, OfficeExtension.ClientResult<number>>();
    for (const op of batch)
      if (op.op === "chart" && op.chart.exists && op.chart.more?.length)
        seriesCounts.set(
          op.chart.name,
          wb.worksheets.getItem(op.chart.sheet).charts.getItem(op.chart.name).series.getCount(),
        );
    if (seriesCounts.size) {
      await context.sync();
      result.syncs++;
    }
    for (const op of batch) {
      // thousands of small writes (quick fixes): queued in slices, the pane stays responsive (the
      // queue is only sent at the sync)
      if (++queued % SLICE === 0) await yieldToUi();
      if (op.op === "write" && op.guard) {
        const pre = rangeOf(wb, op.target).load("formulas,values,address");
        const key = op.guard.key ? rangeOf(wb, op.guard.key.target).load("values") : null;
        guarded.push({ pre, key, op });
      }
      if (op.op === "expectRows") {
        counts.push({ op, body: wb.tables.getItem(op.table).getDataBodyRange().load("rowCount") });
        continue;
      }
      queue(wb, op, seriesCounts);
    }
    await context.sync();
    result.syncs++;
    let seen = 0;
    for (const { pre, key, op } of guarded) {
      if (++seen % SLICE === 0) await yieldToUi();
      const allowed = new Set(op.guard!.allowed);
      // the row that was meant is no longer there: undo every cell of this write
      const moved = key !== null && key.values[0][0] !== op.guard!.key!.value;
      const [sheet, local] = splitAddress(pre.address);
      pre.formulas.forEach((row, r) =>
        row.forEach((held, c) => {
          const wrote: Cell = Array.isArray(op.cells) ? (op.cells[r]?.[c] ?? null) : op.cells;
          // a cell that already holds what we write (e.g. filled by Excel's calculated column from
          // an earlier write of this plan) lost nothing
          if (wrote === null || (!moved && (allowed.has(held) || held === wrote))) return;
          const value = pre.values[r][c];
          const formula = typeof held === "string" && held.startsWith("=") && held !== value;
          const address = `${quoteSheetName(sheet)}!${cellAddress(local.row + r, local.col + c)}`;
          repairs.push({
            range: rangeOf(wb, op.target).getCell(r, c),
            held,
            formula,
            address,
            op,
            reason: moved ? "moved" : "changed",
          });
        }),
      );
    }
    for (const { op, body } of counts) {
      if (body.rowCount === op.rows) continue;
      // the table did not take the rows in: clear what we wrote below it and insert them instead
      result.unexpectedRows.push({ table: op.table, expected: op.rows, actual: body.rowCount });
      rangeOf(wb, op.written).clear("Contents" as Excel.ClearApplyTo);
      wb.tables.getItem(op.table).rows.add(undefined, op.insert);
      await context.sync();
      result.syncs++;
    }
    done += batch.length;
    onProgress?.(
      done,
      plan.reduce((n, b) => n + b.length, 0),
    );
    await yieldToUi();
  }
  if (repairs.length) {
    for (const r of repairs) {
      // a constant goes back as the constant it was (text stays text), a formula as its formula
      r.range.formulas = [[r.formula ? r.held : cellInput(r.held)]];
    }
    await context.sync();
    result.syncs++;
    result.breaches = repairs.map((r) => ({ address: r.address, held: r.held, op: r.op, reason: r.reason }));
  }
  return result;
}

function splitAddress(address: string): [string, { row: number; col: number }] {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const first = address.slice(bang + 1).split(":")[0];
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(first)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [sheet, { row: Number(m[2]) - 1, col: col - 1 }];
}

function queue(
  wb: Excel.Workbook,
  op: PlanOp,
  seriesCounts?: Map<string, OfficeExtension.ClientResult<number>>,
): void {
  switch (op.op) {
    case "addSheet":
      wb.worksheets.add(op.sheet);
      return;
    case "freeze": {
      const panes = wb.worksheets.getItem(op.sheet).freezePanes;
      if (op.rows) panes.freezeRows(op.rows);
      if (op.columns) panes.freezeColumns(op.columns);
      return;
    }
    case "write":
      rangeOf(wb, op.target).formulas = op.cells as unknown as string[][];
      return;
    case "addTable": {
      const ws = wb.worksheets.getItem(op.sheet);
      const { row, col, rows, cols } = op.rect;
      const address = `${quoteSheetName(op.sheet)}!${cellAddress(row, col)}:${cellAddress(row + rows - 1, col + cols - 1)}`;
      const table = ws.tables.add(address, true);
      table.name = op.name;
      table.style = op.style;
      return;
    }
    case "renameTable": {
      const table = wb.tables.getItem(op.from);
      table.name = op.to;
      table.style = op.style;
      return;
    }
    case "addColumn":
      wb.tables
        .getItem(op.table)
        .columns.add(null as unknown as number, null as unknown as string[][], op.header);
      return;
    case "insertRows":
      wb.tables.getItem(op.table).rows.add(undefined, op.rows);
      return;
    case "numberFormat":
      rangeOf(wb, op.target).numberFormat = op.format as unknown as string[][];
      return;
    case "format": {
      const f = rangeOf(wb, op.target).format;
      if (op.fill !== undefined) f.fill.color = op.fill;
      if (op.italic !== undefined) f.font.italic = op.italic;
      if (op.bold !== undefined) f.font.bold = op.bold;
      if (op.wrap !== undefined) f.wrapText = op.wrap;
      if (op.top) f.verticalAlignment = "Top" as Excel.VerticalAlignment;
      return;
    }
    case "columnWidth":
      rangeOf(wb, op.target).format.columnWidth = op.width;
      if (op.hidden) rangeOf(wb, op.target).columnHidden = true;
      return;
    case "validation": {
      const dv = rangeOf(wb, op.target).dataValidation;
      dv.clear();
      dv.rule = op.rule as Excel.DataValidationRule;
      dv.prompt = { showPrompt: true, title: op.title, message: op.prompt };
      dv.errorAlert = {
        showAlert: true,
        style: "Stop" as Excel.DataValidationAlertStyle,
        title: op.title,
        message: op.error,
      };
      return;
    }
    case "clearValidation":
      rangeOf(wb, op.target).dataValidation.clear();
      return;
    case "clearConditionalFormats":
      rangeOf(wb, op.target).conditionalFormats.clearAll();
      return;
    case "colorScale":
      rangeOf(wb, op.target).conditionalFormats.add(
        "ColorScale" as Excel.ConditionalFormatType,
      ).colorScale.criteria = op.criteria as unknown as Excel.ConditionalColorScaleCriteria;
      return;
    case "flagText": {
      const cf = rangeOf(wb, op.target).conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
      cf.textComparison.format.font.color = op.font;
      cf.textComparison.format.fill.color = op.fill;
      cf.textComparison.rule = { operator: "Contains" as Excel.ConditionalTextOperator, text: op.text };
      return;
    }
    case "name":
      if (op.exists) wb.names.getItem(op.name).formula = op.formula;
      else wb.names.add(op.name, op.formula);
      return;
    case "chart":
      queueChart(wb, op.chart, seriesCounts?.get(op.chart.name)?.value);
      return;
    case "pageSetup": {
      const { page } = op;
      const ws = wb.worksheets.getItem(page.sheet);
      const layout = ws.pageLayout;
      layout.paperSize = page.paperSize as Excel.PaperType;
      layout.orientation = (page.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: page.onePage ? 1 : 0 };
      layout.setPrintArea(printAreaAddress(page.printArea));
      if (page.titleRows)
        layout.setPrintTitleRows(`$${page.titleRows.row + 1}:$${page.titleRows.row + page.titleRows.rows}`);
      const hf = layout.headersFooters.defaultForAllPages;
      for (const [key, text] of Object.entries(page.headersFooters))
        (hf as unknown as Record<string, string>)[key] = text;
      return;
    }
    case "select":
      wb.worksheets.getItem(op.sheet).activate();
      rangeOf(wb, { sheet: op.sheet, rect: op.rect }).select();
      return;
    case "expectRows":
      return;
  }
}

/** @param seriesCount how many series a chart of ours has now (read before, for one with further series) */
function queueChart(wb: Excel.Workbook, spec: ChartPlan, seriesCount?: number): void {
  const sheet = wb.worksheets.getItem(spec.sheet);
  // a chart of several series is named last: a batch applied only in part leaves it unnamed (an
  // orphan the retry adopts), never named with a series missing that the retry would look for
  const nameLast = !!spec.more?.length;
  let chart: Excel.Chart;
  if (spec.exists) chart = sheet.charts.getItem(spec.name);
  else if (spec.adopt) {
    chart = sheet.charts.getItem(spec.adopt);
    if (!nameLast) chart.name = spec.name;
  } else {
    chart = sheet.charts.add(
      spec.type as Excel.ChartType,
      rangeOf(wb, spec.y),
      "Columns" as Excel.ChartSeriesBy,
    );
    if (!nameLast) chart.name = spec.name;
  }
  if (!spec.exists) {
    chart.title.text = spec.title;
    chart.legend.visible = !!spec.more?.length;
    if (spec.xTitle) chart.axes.categoryAxis.title.text = spec.xTitle;
    if (spec.yTitle) chart.axes.valueAxis.title.text = spec.yTitle;
    if (spec.reversePlotOrder) chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(spec.position[0], spec.position[1]);
  }
  const series = chart.series.getItemAt(0);
  series.setXAxisValues(rangeOf(wb, spec.x));
  series.setValues(rangeOf(wb, spec.y));
  if (spec.seriesName && !spec.exists) series.name = spec.seriesName;
  // further series: added to a new chart (ExcelApi 1.7 series.add); on a chart of ours pointed again
  // only where they still are (a user may have removed one: getItemAt would fail the whole update)
  (spec.more ?? []).forEach((m, i) => {
    if (spec.exists && i + 1 >= (seriesCount ?? 0)) return;
    const next = spec.exists ? chart.series.getItemAt(i + 1) : chart.series.add(m.name);
    next.setXAxisValues(rangeOf(wb, spec.x));
    next.setValues(rangeOf(wb, m.y));
  });
  if (nameLast && !spec.exists) chart.name = spec.name;
}
