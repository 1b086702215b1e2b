/**
 * Import by pasting (issue 12 item 5), the workbook side: reads a selected range as a source,
 * previews an import (the rows as they will be written, duplicates by key, cells that cannot be
 * read, and the checker's findings for the new rows on the existing and new rows together) and
 * appends the new rows below the table without touching any existing row. read → plan → apply →
 * verify: the import reads the tables again, plans again and appends with appendRows (constant
 * syncs, chunks under the payload limit); a row whose key is already in the table is reported, not
 * written — so after a failure halfway a retry imports each row exactly once.
 */
import {
  BoundedFindings,
  Finding,
  FindingOut,
  SEVERITY,
  validateRegistersInSlices,
} from "../domain/validation";
import { detectDecimalMark, DecimalMark, SourceCell } from "../domain/importText";
import { LocatedFinding, locate } from "../workbook/findings";
import {
  CellProblem,
  ImportTarget,
  importTarget,
  Mapping,
  numberCells,
  ReadRow,
  readRows,
  rowKey,
  specRow,
} from "../workbook/importMapping";
import { cellInput } from "../workbook/cellText";
import { headerMatches, LANGUAGE_NAME, WbLang } from "../workbook/lang";
import { SPEC_BY_KEY, TABLE_NAMES, TableKey } from "../workbook/specs";
import { appendRows } from "./appendRows";
import { CHECKED, CheckState, inputOf } from "./check";
import { MissingTablesError } from "./questions";
import { readTables, recordsOf, RESPONSE_BUDGET, TablesRead, yieldToUi } from "./readTables";

/** What to import: a header row's texts and the rows under it (a paste, or a range read from a sheet). */
export interface ImportSource {
  headers: string[];
  rows: SourceCell[][];
  /** Per row, its line in the paste or its row on the sheet (1-based), for messages. */
  lines: number[];
}

export interface Duplicate {
  line: number;
  /** Already in the table (at this 1-based sheet row), or earlier in the same source (at that line). */
  in: "table" | "source";
  at: number;
}

export interface ImportPlan {
  lang: WbLang;
  target: ImportTarget;
  sheet: string;
  /** Rows the table holds now (a single blank row counts as none: the first new row takes it). */
  existingRows: number;
  mark: DecimalMark;
  /** The rows to append, in the source's order. */
  toAdd: ReadRow[];
  duplicates: Duplicate[];
  /** Rows left out because a cell cannot be read (a date that does not exist, text in a number column…). */
  unreadable: { line: number; problems: CellProblem[] }[];
  /** Rows left out because a part of their key is blank (employee ID, competence ID, …). */
  keyMissing: number[];
  /** The checker's findings in the new rows (the first ones), located where the rows will be. */
  findings: LocatedFinding[];
  errors: number;
  warnings: number;
}

const PREVIEW_FINDINGS = 100;

/** Keeps the findings of the new rows only: counted by severity, the first ones kept. */
class NewRowFindings implements FindingOut {
  errors = 0;
  warnings = 0;
  readonly inner = new BoundedFindings({ keep: PREVIEW_FINDINGS });
  private n = 0;
  constructor(
    private readonly table: TableKey,
    private readonly from: number,
  ) {}
  push(...findings: Finding[]): number {
    for (const f of findings) {
      if (f.table !== this.table || f.row < this.from) continue;
      if (SEVERITY[f.rule] === "error") this.errors++;
      else this.warnings++;
      this.inner.push(f);
    }
    return (this.n += findings.length);
  }
}

type Progress = (done: number, total: number) => void;
/** One phase of a longer job on a 0–100 bar. */
const phase = (on: Progress | undefined, from: number, to: number) =>
  on ? (done: number, total: number) => on(from + ((to - from) * done) / Math.max(1, total), 100) : undefined;

/** The tables the checker reads, and the target. */
function tablesToRead(key: TableKey): TableKey[] {
  return [...new Set<TableKey>([...CHECKED, "ranking", key])];
}

async function readFor(context: Excel.RequestContext, key: TableKey, onProgress?: Progress) {
  const read = await readTables(context, tablesToRead(key), onProgress);
  if (read.missing.includes(key)) throw new MissingTablesError([TABLE_NAMES[key]]);
  return read;
}

/** The plan from what was read: pure apart from yielding to the pane while the rules run. */
export async function planFrom(
  read: TablesRead,
  key: TableKey,
  source: ImportSource,
  mapping: Mapping,
  options: { today?: Date; onProgress?: Progress } = {},
): Promise<ImportPlan> {
  const lang = read.lang;
  const target = importTarget(key, lang);
  const meta = read.tables.find((t) => t.key === key)!;
  const { records } = recordsOf(read);
  const existing = records[key] ?? [];
  const spec = SPEC_BY_KEY[key];
  const inputKeys = spec.columns.filter((c) => !c.formula).map((c) => c.key);
  const isBlank = (v: unknown) => v === null || v === undefined || String(v).trim() === "";
  // a table whose only row is blank: the first new row goes there (appendRows' fillFirstBlank)
  const blankFirst = existing.length === 1 && inputKeys.every((k) => isBlank(existing[0][k]));
  const existingRows = blankFirst ? 0 : existing.length;

  const keys = new Map<string, number>();
  for (let i = 0; i < existingRows; i++) {
    const k = rowKey(existing[i], target);
    if (k !== null && !keys.has(k)) keys.set(k, meta.headerRow + 2 + i);
  }
  const mark = detectDecimalMark(numberCells(source.rows, target, mapping));
  const rows = readRows(source.rows, source.lines, target, mapping, mark);
  const seen = new Map<string, number>();
  const plan: ImportPlan = {
    lang,
    target,
    sheet: meta.sheetName,
    existingRows,
    mark,
    toAdd: [],
    duplicates: [],
    unreadable: [],
    keyMissing: [],
    findings: [],
    errors: 0,
    warnings: 0,
  };
  for (const r of rows) {
    if (Object.values(r.values).every(isBlank) && !r.problems.length) continue;
    if (r.problems.length) {
      plan.unreadable.push({ line: r.line, problems: r.problems });
      continue;
    }
    const k = rowKey(r.values, target);
    if (k === null) {
      plan.keyMissing.push(r.line);
      continue;
    }
    const inTable = keys.get(k);
    if (inTable !== undefined) {
      plan.duplicates.push({ line: r.line, in: "table", at: inTable });
      continue;
    }
    const earlier = seen.get(k);
    if (earlier !== undefined) {
      plan.duplicates.push({ line: r.line, in: "source", at: earlier });
      continue;
    }
    seen.set(k, r.line);
    plan.toAdd.push(r);
  }

  // the checker on the existing rows and the new ones together, as the table will hold them
  const layout = meta.headers.map((h) => spec.columns.find((c) => headerMatches(h, c.header)));
  const newRaw = plan.toAdd.map((r) => layout.map((c) => (c && !c.formula ? (r.values[c.key] ?? "") : "")));
  const raw = { ...read.raw, [key]: [...(read.raw[key] ?? []).slice(0, existingRows), ...newRaw] };
  const state: CheckState = {
    ...read,
    raw,
    today: options.today ?? new Date(),
    missingTables: [],
    matrix: null,
  };
  const { input, locations } = inputOf(state);
  const sink = new NewRowFindings(key, existingRows);
  await validateRegistersInSlices(input, { pause: yieldToUi, onProgress: options.onProgress }, sink);
  plan.findings = locate(sink.inner.findings(), locations, lang);
  plan.errors = sink.errors;
  plan.warnings = sink.warnings;
  return plan;
}

/** Reads the workbook and plans the import: nothing is written. */
export async function previewImport(
  context: Excel.RequestContext,
  key: TableKey,
  source: ImportSource,
  mapping: Mapping,
  options: { today?: Date; onProgress?: Progress } = {},
): Promise<ImportPlan> {
  const read = await readFor(context, key, phase(options.onProgress, 0, 70));
  return planFrom(read, key, source, mapping, { ...options, onProgress: phase(options.onProgress, 70, 100) });
}

export interface ImportOutcome {
  plan: ImportPlan;
  appended: number;
  syncs: number;
  /** Cells a co-author changed while we wrote (kept theirs). */
  changedMeanwhile: string[];
}

/**
 * Plans the import again from a fresh read (rows a co-author or an earlier, interrupted run added
 * are duplicates now) and appends the new rows below the table.
 */
export async function runImport(
  context: Excel.RequestContext,
  key: TableKey,
  source: ImportSource,
  mapping: Mapping,
  options: { today?: Date; onProgress?: Progress } = {},
): Promise<ImportOutcome> {
  const read = await readFor(context, key, phase(options.onProgress, 0, 30));
  const plan = await planFrom(read, key, source, mapping, {
    ...options,
    onProgress: phase(options.onProgress, 30, 40),
  });
  if (!plan.toAdd.length) return { plan, appended: 0, syncs: 0, changedMeanwhile: [] };
  const rows = plan.toAdd.map((r) => specRow(r.values, key).map(cellInput));
  const appended = await appendRows(context, key, rows, {
    fillFirstBlank: true,
    onProgress: phase(options.onProgress, 40, 100),
  });
  return {
    plan,
    appended: appended.appended,
    syncs: appended.syncs,
    changedMeanwhile: appended.changedMeanwhile,
  };
}

// ---- a range on a sheet as the source -------------------------------------------------------

const BYTES_PER_CELL = 40;

export class EmptySelectionError extends Error {
  readonly code = "VtoEmptySelection";
  constructor() {
    super("The selection holds no data.");
  }
}

/**
 * The selected range (its used part) as a source: the first row is the header row. Values are
 * read as Excel holds them (dates as serials, numbers as numbers), in chunks whose responses stay
 * far below 5 MB. 1 sync plus one per chunk.
 */
export async function readSelection(
  context: Excel.RequestContext,
  onProgress?: Progress,
): Promise<ImportSource & { address: string }> {
  const used = context.workbook
    .getSelectedRange()
    .getUsedRangeOrNullObject(true)
    .load("address,rowCount,columnCount,rowIndex");
  await context.sync();
  if (used.isNullObject || used.rowCount < 2) throw new EmptySelectionError();
  const chunk = Math.max(1, Math.floor(RESPONSE_BUDGET / (used.columnCount * BYTES_PER_CELL)));
  const values: SourceCell[][] = [];
  for (let start = 0; start < used.rowCount; start += chunk) {
    const n = Math.min(chunk, used.rowCount - start);
    const part = used
      .getRow(start)
      .getResizedRange(n - 1, 0)
      .load("values");
    await context.sync();
    values.push(...(part.values as SourceCell[][]));
    onProgress?.(start + n, used.rowCount);
    await yieldToUi();
  }
  const [header, ...rows] = values;
  const lines = rows.map((_, i) => used.rowIndex + 2 + i);
  const blank = (r: SourceCell[]) => r.every((v) => String(v ?? "").trim() === "");
  const kept = rows.map((r, i) => ({ r, line: lines[i] })).filter((x) => !blank(x.r));
  return {
    address: used.address,
    headers: header.map((h) => String(h ?? "").trim()),
    rows: kept.map((x) => x.r),
    lines: kept.map((x) => x.line),
  };
}

/** The workbook's language (its name VTO_Language; Dutch when it has none yet). 1 sync. */
export async function readWorkbookLang(context: Excel.RequestContext): Promise<WbLang> {
  const name = context.workbook.names.getItemOrNullObject(LANGUAGE_NAME).load("value");
  await context.sync();
  return !name.isNullObject && String(name.value) === "en" ? "en" : "nl";
}
