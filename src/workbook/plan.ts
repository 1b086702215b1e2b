/**
 * A write plan: what an operation will change in the workbook, as plain data. Every write path
 * reads, plans, applies and verifies; "never touch a user's cell" and "every sync under 4 MB" are
 * then properties of the plan, tested without Excel. Pure.
 */
import type { CellRect } from "./address";

export type Scalar = string | number | boolean;
/** A cell to write: a formula ("=…"), a protected constant, or null to leave the cell alone. */
export type Cell = Scalar | null;

/**
 * Where an operation lands. Table targets are resolved when the batch runs, so a table that a
 * co-author moved is still hit; sheet targets are fixed cells (new sheets, the team matrix,
 * cells below a table).
 */
export type Target =
  | { sheet: string; rect: CellRect }
  | {
      table: string;
      /** One column, by its header; without it the whole table width. */
      column?: string;
      /** Part of the body (0-based row and count); without it the whole body. */
      bodyRow?: number;
      rows?: number;
      /** The header row instead of the body. */
      header?: boolean;
    };

/** The contents each written cell may hold before the write (formulas as read; "" for blank). */
export interface Guard {
  allowed: Scalar[];
  /**
   * The row's key (an ID cell, or a computed key) must still show this value: a write matched by
   * key lands nowhere else when the table was sorted or rows were inserted meanwhile.
   */
  key?: { target: Target; value: Scalar };
}

/**
 * Bytes a guarded cell's prior content takes in the response (formula and value), generously.
 * Cells the same operation has just read as blank are counted as blank: a co-author typing a long
 * text into them in the moment between could only make that sync fail, and the retry reads again.
 */
function guardCellBytes(guard: Guard): number {
  let longest = 0;
  for (const v of guard.allowed) longest = Math.max(longest, jsonBytes(v));
  const floor = guard.allowed.every((v) => v === "") ? 8 : 200;
  return 2 * Math.max(longest, floor) + 16;
}

export interface ChartPlan {
  sheet: string;
  name: string;
  type: string;
  title: string;
  xTitle?: string;
  yTitle?: string;
  reversePlotOrder?: boolean;
  position: [string, string];
  x: Target;
  y: Target;
  /** The first series' name (shown in the legend, which is then visible). */
  seriesName?: string;
  /** Further series on the same categories (x), added after the first. */
  more?: { name: string; y: Target }[];
  /** An existing chart of ours only gets its data re-pointed; its look stays the user's. */
  exists: boolean;
  /** An unnamed chart of ours left by a failed run: named instead of added again. */
  adopt?: string;
}

/** How a sheet prints: A4 one page wide, the header row repeated, a header and footer. */
export interface PagePlan {
  sheet: string;
  /** Excel.PaperType: always A4 (what a Belgian printer holds; Excel's default follows the locale). */
  paperSize: "A4";
  landscape: boolean;
  printArea: CellRect;
  /** Rows repeated on every page (the tables' header row), or null. */
  titleRows: { row: number; rows: number } | null;
  /** One page tall as well as wide (the report), else as many pages tall as it takes. */
  onePage?: boolean;
  headersFooters: Record<
    "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter",
    string
  >;
}

export type PlanOp =
  | { op: "addSheet"; sheet: string }
  | { op: "freeze"; sheet: string; rows?: number; columns?: number }
  | { op: "write"; target: Target; cells: Cell[][] | Scalar; guard?: Guard }
  | { op: "addTable"; sheet: string; rect: CellRect; name: string; style: string }
  | { op: "renameTable"; from: string; to: string; style: string }
  | { op: "addColumn"; table: string; header: string }
  | { op: "insertRows"; table: string; rows: Scalar[][] }
  | { op: "numberFormat"; target: Target; format: string }
  | {
      op: "format";
      target: Target;
      fill?: string;
      italic?: boolean;
      bold?: boolean;
      wrap?: boolean;
      top?: boolean;
    }
  | { op: "columnWidth"; target: Target; width: number; hidden?: boolean }
  | {
      op: "validation";
      target: Target;
      rule: Record<string, unknown>;
      title: string;
      prompt: string;
      error: string;
    }
  /** Removes the data validation of the cells (a setting's cell whose key has none). */
  | { op: "clearValidation"; target: Target }
  | { op: "clearConditionalFormats"; target: Target }
  | { op: "colorScale"; target: Target; criteria: Record<string, unknown> }
  | { op: "flagText"; target: Target; text: string; font: string; fill: string }
  | { op: "name"; name: string; formula: string; exists: boolean }
  | { op: "chart"; chart: ChartPlan }
  | { op: "pageSetup"; page: PagePlan }
  | { op: "select"; sheet: string; rect: CellRect }
  /**
   * Verification after rows were written below a table: its body has this many rows. If the table
   * did not take them in, the written cells (ours: they were blank) are cleared and the rows are
   * inserted into the table instead.
   */
  | { op: "expectRows"; table: string; rows: number; written: Target; insert: Scalar[][] };

export type Plan = PlanOp[][];

/** Excel on the web refuses requests over 5 MB; we stay under 4 MB per sync. */
export const SYNC_BYTES = 4 * 1024 * 1024;

/** UTF-8 bytes of a value's JSON, the way the in-memory Excel counts a request. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  // most payloads are ASCII: one native scan instead of a character loop
  if (!/[^\x00-\x7f]/.test(json)) return json.length;
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3; // a surrogate pair is 4 bytes
  }
  return n;
}

/**
 * What an operation costs on the wire, generously: its data plus a fixed overhead for the object
 * paths and the several calls some operations make (validation: clear, rule, prompt, alert).
 */
export function opBytes(op: PlanOp): number {
  const sent = op.op === "write" && op.guard ? { ...op, guard: undefined } : op;
  return Math.ceil(jsonBytes(sent) * 1.25) + 600;
}

/** What an operation's response costs: a guarded write reads the cells' prior contents. */
export function opResponseBytes(op: PlanOp): number {
  if (op.op !== "write" || !op.guard) return 0;
  const cells = Array.isArray(op.cells) ? op.cells.reduce((n, r) => n + r.length, 0) : targetCells(op.target);
  return cells * responseCellBytes(op) + 600;
}

/**
 * Per cell of a guarded write's response. A write that leaves cells alone between the ones it
 * writes (null: runs of blanks merged across cells that are ours already) reads those too, and they
 * hold what the write puts in the others — our formula, often 1 KB or more — not the guard's texts.
 */
function responseCellBytes(op: Extract<PlanOp, { op: "write" }>): number {
  const base = guardCellBytes(op.guard!);
  if (!Array.isArray(op.cells)) return base;
  let skips = false;
  let longest = "";
  for (const row of op.cells)
    for (const c of row) {
      if (c === null) skips = true;
      else if (typeof c === "string" && c.length > longest.length) longest = c;
    }
  return skips ? Math.max(base, 2 * jsonBytes(longest) + 16) : base;
}

/** Cells of a target when its size is in the target itself (sheet areas, body parts); else 1. */
function targetCells(target: Target): number {
  if ("sheet" in target) return target.rect.rows * target.rect.cols;
  return target.rows ?? 1;
}

/** A write split into row blocks that each stay within the limit. */
function splitWrite(op: Extract<PlanOp, { op: "write" }>, limit: number): PlanOp[] {
  if (!Array.isArray(op.cells) || (opBytes(op) <= limit && opResponseBytes(op) <= limit)) return [op];
  const rows = op.cells;
  const perCell = op.guard ? responseCellBytes(op) : 0;
  const out: PlanOp[] = [];
  let start = 0;
  while (start < rows.length) {
    let size = 0;
    let read = 0;
    let end = start;
    while (end < rows.length) {
      const bytes = Math.ceil(jsonBytes(rows[end]) * 1.25) + 2;
      const back = rows[end].length * perCell;
      if (end > start && (size + bytes + 600 > limit || read + back + 600 > limit)) break;
      size += bytes;
      read += back;
      end++;
    }
    out.push({ ...op, target: subTarget(op.target, start, end - start), cells: rows.slice(start, end) });
    start = end;
  }
  return out;
}

/** Rows [offset, offset + rows) of a target. */
export function subTarget(target: Target, offset: number, rows: number): Target {
  if ("sheet" in target)
    return { sheet: target.sheet, rect: { ...target.rect, row: target.rect.row + offset, rows } };
  return { ...target, bodyRow: (target.bodyRow ?? 0) + offset, rows };
}

/** Packs operations, in order, into syncs of at most `limit` bytes each. */
export function packBatches(ops: PlanOp[], limit = SYNC_BYTES): Plan {
  const batches: Plan = [];
  let current: PlanOp[] = [];
  let size = 0;
  let read = 0;
  for (const op of ops.flatMap((o) => (o.op === "write" ? splitWrite(o, limit) : [o]))) {
    const bytes = opBytes(op);
    const back = opResponseBytes(op);
    if (current.length && (size + bytes > limit || read + back > limit)) {
      batches.push(current);
      current = [];
      size = 0;
      read = 0;
    }
    current.push(op);
    size += bytes;
    read += back;
  }
  if (current.length) batches.push(current);
  return batches;
}

export const batchBytes = (batch: PlanOp[]) => batch.reduce((n, op) => n + opBytes(op), 0);

/** A table's place, for resolving table targets to cells without Excel. */
export interface TablePlace {
  sheet: string;
  /** Header row and body. */
  rect: CellRect;
  headers: string[];
}

/**
 * The cells an operation writes contents into (sheet, row, column), given where the tables are.
 * Formats, validation and conditional formats change no content and are not listed.
 */
export function claimedCells(
  op: PlanOp,
  places: (table: string) => TablePlace | undefined,
): { sheet: string; row: number; col: number }[] {
  if (op.op !== "write") return [];
  const rect = resolveTarget(op.target, places);
  if (!rect) return [];
  const out: { sheet: string; row: number; col: number }[] = [];
  for (let r = 0; r < rect.rect.rows; r++)
    for (let c = 0; c < rect.rect.cols; c++) {
      const cell = Array.isArray(op.cells) ? op.cells[r]?.[c] : op.cells;
      if (cell !== null && cell !== undefined)
        out.push({ sheet: rect.sheet, row: rect.rect.row + r, col: rect.rect.col + c });
    }
  return out;
}

/** A target as sheet cells, given where the tables are. */
export function resolveTarget(
  target: Target,
  places: (table: string) => TablePlace | undefined,
): { sheet: string; rect: CellRect } | null {
  if ("sheet" in target) return target;
  const place = places(target.table);
  if (!place) return null;
  const colIndex = target.column
    ? place.headers.findIndex((h) => h.toLowerCase() === target.column!.toLowerCase())
    : -1;
  if (target.column && colIndex < 0) return null;
  const col = target.column ? place.rect.col + colIndex : place.rect.col;
  const cols = target.column ? 1 : place.rect.cols;
  if (target.header) return { sheet: place.sheet, rect: { row: place.rect.row, col, rows: 1, cols } };
  const bodyRows = place.rect.rows - 1;
  const row = place.rect.row + 1 + (target.bodyRow ?? 0);
  const rows = target.rows ?? bodyRows - (target.bodyRow ?? 0);
  return { sheet: place.sheet, rect: { row, col, rows, cols } };
}
