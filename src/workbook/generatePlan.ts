/**
 * Plans "generate or upgrade the analysis sheets" from what was read, as plain data: the add-in
 * writes only cells it owns — new sheets and tables, headers it adds, computed cells that are blank
 * or still hold its own formula, seed rows it appends, the team matrix where it is blank or its
 * own — found by table and header, never by a fixed position. Anything a user typed (also a
 * formula over a computed cell, or data where a new table would go) is kept and reported with its
 * address. A plan applied after a failed run converges to the clean result: half-made sheets and
 * tables of ours are recognised and reused. Pure.
 */
import {
  CellRect,
  cellAddress,
  columnLetters,
  parseRect,
  quoteSheetName,
  rectsOverlap,
  splitSheetAddress,
} from "./address";
import { canonicalFormula, sameFormula } from "./formulaText";
import { headerMatches, LANGUAGE_NAME, WbLang } from "./lang";
import { BLOCK_HEADER_ROWS, MATRIX, matrixBlocks, matrixExtent } from "./matrix";
import { isMatrixContent, matrixLeftovers, matrixShapes, rowSpans } from "./matrixPlan";
import { settingNumberFormats, settingValidations } from "./settingRules";
import { Cell, ChartPlan, PlanOp, Scalar, Target } from "./plan";
import { headersFooters, planPages, SheetTables } from "./printPlan";
import { CHARTS } from "./prioritySpecs";
import { PLAN_CHARTS } from "./planSpecs";
import { EQUITY_CHART } from "./equitySpecs";
import {
  REPORT,
  REPORT_CHARTS,
  REPORT_TEXTS,
  reportCells,
  reportChartPlaces,
  reportPrintRect,
  reportRect,
} from "./report";
import { shape } from "./matrixPlan";
import {
  COMPUTED_FILL,
  FLAG_COLORS,
  FormulaBuilder,
  InstrumentKey,
  LIST_NAMES,
  PROFILE_MATRIX_FUNCTIONS,
  refersAbove,
  rowFormula,
  Scale,
  seedRows,
  SETTING_ROWS,
  SPEC_BY_KEY,
  TABLE_SPECS,
  TableKey,
  TableSpec,
} from "./specs";
import { cellInput } from "./cellText";

// ---- what was read ----------------------------------------------------------------------------

export interface TableSnap {
  name: string;
  sheet: string;
  /** Header row and body. */
  rect: CellRect;
  headers: string[];
  /** A filter hides rows: positions in the body are not what they seem, so its body is not written. */
  filtered: boolean;
}

export interface SheetSnap {
  name: string;
  /** The cells with content (values only), or null for an empty sheet. */
  used: CellRect | null;
  charts: { name: string; type: string }[];
  /** How it prints now (absent where it was not read). */
  page?: PageSnap;
}

export interface PageSnap {
  orientation: string;
  /** Excel.PaperType ("A4", "Letter" …); absent where it was not read. */
  paperSize?: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Address of the print area ("" for none) and of the rows repeated on each page ("" for none). */
  printArea: string;
  titleRows: string;
  headersFooters: Record<string, string>;
}

/** Phase 1 and 2: the workbook's inventory and the bodies of the seeded tables. */
export interface Snapshot {
  lang: WbLang | null;
  sheets: SheetSnap[];
  tables: TableSnap[];
  /** Lower-case name → its formula. */
  names: Map<string, string>;
  /** Bodies (formulas) of the settings and weights tables, when they exist. */
  seedBodies: Partial<Record<TableKey, Scalar[][]>>;
}

export interface GenerateOptions {
  lang: WbLang;
  year: number;
  /** Instrument sheets to add; those already in the workbook are upgraded whatever this says. */
  instruments?: InstrumentKey[];
}

/** Cells read for planning (formulas, "" for blank). */
export class CellStore {
  private readonly sheets = new Map<string, Map<number, Scalar>>();
  private readonly areas = new Map<string, CellRect[]>();
  put(sheet: string, rect: CellRect, formulas: Scalar[][]): void {
    const key = sheet.toLowerCase();
    let map = this.sheets.get(key);
    if (!map) this.sheets.set(key, (map = new Map()));
    formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) map!.set((rect.row + r) * 16384 + rect.col + c, v);
      }),
    );
    const list = this.areas.get(key) ?? [];
    list.push(rect);
    this.areas.set(key, list);
  }
  /** An independent copy (for planning the same read twice, e.g. in property tests). */
  clone(): CellStore {
    const copy = new CellStore();
    for (const [k, m] of this.sheets) copy.sheets.set(k, new Map(m));
    for (const [k, a] of this.areas)
      copy.areas.set(
        k,
        a.map((r) => ({ ...r })),
      );
    return copy;
  }
  /** Every area read, per sheet (lower-case name). */
  readAreas(): [string, CellRect[]][] {
    return [...this.areas];
  }
  set(sheet: string, row: number, col: number, v: Scalar): void {
    const key = sheet.toLowerCase();
    let map = this.sheets.get(key);
    if (!map) this.sheets.set(key, (map = new Map()));
    if (v === "") map.delete(row * 16384 + col);
    else map.set(row * 16384 + col, v);
  }
  get(sheet: string, row: number, col: number): Scalar {
    return this.sheets.get(sheet.toLowerCase())?.get(row * 16384 + col) ?? "";
  }
  /** Non-blank cells inside a rectangle. */
  filled(sheet: string, rect: CellRect): { row: number; col: number; v: Scalar }[] {
    const out: { row: number; col: number; v: Scalar }[] = [];
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++) {
        const v = this.get(sheet, rect.row + r, rect.col + c);
        if (v !== "") out.push({ row: rect.row + r, col: rect.col + c, v });
      }
    return out;
  }
  /** Whether every cell of the rectangle was read. */
  covers(sheet: string, rect: CellRect): boolean {
    const list = this.areas.get(sheet.toLowerCase()) ?? [];
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++)
        if (!list.some((a) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols))
          return false;
    return true;
  }
}

/** What a computed column of an existing table holds, row by row, summarised while reading. */
export interface ColumnScan {
  /** Rows that are blank or hold an older formula of ours: [start, count] runs. */
  toWrite: [number, number][];
  /** Exact texts of the older formulas seen (the write guard accepts them). */
  legacy: Scalar[];
  /** Cells holding a user's constant or own formula: body rows (at most USER_CELLS_KEPT listed). */
  user: number[];
  userCount: number;
  userFormulas: number;
}

export const USER_CELLS_KEPT = 20;

/** A computed column to scan: what the formula of each body row should be. */
export interface ColumnRead {
  /** The table to read (a half-made table of ours may still carry Excel's default name). */
  table: string;
  /** Our name for it: formulas refer to it, scans are keyed by it. */
  spec: string;
  key: TableKey;
  column: string;
  header: string;
  rows: number;
  /** The formula of a body row (per-row formulas refer to the row above). */
  expected: (row: number) => string;
  /** Formulas earlier versions of the add-in wrote into this column: upgraded, not kept as a user's. */
  legacy?: (row: number) => string[];
  /** Constants an earlier version seeded into this column (ColumnSpec.legacyValues): upgraded too. */
  legacyValues?: string[];
  /** Bytes a cell takes in a response, generously. */
  cellBytes: number;
}

/** Scans a column's formulas chunk by chunk; memory stays small whatever the row count. */
export class ColumnScanner {
  readonly scan: ColumnScan = { toWrite: [], legacy: [], user: [], userCount: 0, userFormulas: 0 };
  private readonly verdicts = new Map<string, "ours" | "legacy" | "user">();
  constructor(private readonly read: ColumnRead) {}
  add(offset: number, formulas: Scalar[][]): void {
    const uniform = !refersAbove(this.read.expected(0)) && this.read.expected(0) === this.read.expected(1);
    formulas.forEach((row, i) => {
      const r = offset + i;
      const v = row[0];
      if (v === "" || v === null || v === undefined) return this.mark(r);
      const want = this.read.expected(r);
      if (v === want) return;
      const memo = uniform && typeof v === "string" ? this.verdicts.get(v) : undefined;
      const verdict = memo ?? this.classify(v, want, r);
      if (uniform && typeof v === "string" && !memo) this.verdicts.set(v, verdict);
      if (verdict === "ours") return;
      if (verdict === "legacy") {
        if (!this.scan.legacy.includes(v)) this.scan.legacy.push(v);
        return this.mark(r);
      }
      this.scan.userCount++;
      if (typeof v === "string" && v.startsWith("=")) this.scan.userFormulas++;
      if (this.scan.user.length < USER_CELLS_KEPT) this.scan.user.push(r);
    });
  }
  private classify(v: Scalar, want: string, row: number): "ours" | "legacy" | "user" {
    if (typeof v !== "string" || !v.startsWith("="))
      return typeof v === "string" &&
        (this.read.legacyValues ?? []).some((l) => l.toLowerCase() === v.trim().toLowerCase())
        ? "legacy"
        : "user";
    // the same formula as Excel shows it back (table name dropped, other bracket form) is ours,
    // and it then needs no write; an exact text of our own in another form is too
    if (sameFormula(v, want, this.read.spec)) return "ours";
    // what an earlier version wrote is ours too, and gets the current formula
    const old = this.read.legacy?.(row) ?? [];
    return old.some((o) => sameFormula(v, o, this.read.spec)) ? "legacy" : "user";
  }
  private mark(r: number): void {
    const runs = this.scan.toWrite;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else runs.push([r, 1]);
  }
}

// ---- results ------------------------------------------------------------------------------------

export type GenerateMessage =
  | { kind: "sheetNameTaken"; wanted: string; used: string; table: string }
  | { kind: "foreignTable"; table: string; sheet: string }
  | { kind: "nameClash"; table: string }
  | { kind: "columnRestored"; table: string; column: string }
  | {
      kind: "keptUserCells";
      table: string;
      column: string;
      count: number;
      formulas: number;
      /** Sheet!A1 of the first cells. */
      cells: string[];
    }
  | { kind: "tableMoved"; table: string; address: string; blockedBy: string[] }
  | { kind: "tableAdopted"; table: string; address: string }
  | { kind: "columnBlocked"; table: string; column: string; blockedBy: string[] }
  | { kind: "filtered"; table: string }
  | { kind: "keptMatrixCells"; count: number; cells: string[] }
  | { kind: "keptReportCells"; count: number; cells: string[] }
  | { kind: "changedMeanwhile"; cells: string[] };

export interface GeneratePlan {
  lang: WbLang;
  ops: PlanOp[];
  messages: GenerateMessage[];
  createdTables: string[];
  addedColumns: number;
  /** Where each table of ours ends up (after the plan), for claims and tests. */
  places: Map<string, { sheet: string; rect: CellRect; headers: string[] }>;
}

// ---- shared helpers -----------------------------------------------------------------------------

export const LAYOUT_NAME = "VTO_Layout";
const TITLE_ROW_SPECS = new Set<TableKey>(["teams"]);
const hasHints = (spec: TableSpec) => spec.columns.some((c) => c.hint);
/** Rows above the header a new table writes into (its title or guiding questions). */
const aboveRows = (spec: TableSpec) => (TITLE_ROW_SPECS.has(spec.key) || hasHints(spec) ? 1 : 0);

const addr = (sheet: string, row: number, col: number) => `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;

export function findTable(snap: Snapshot, name: string): TableSnap | undefined {
  return snap.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

const isOurs = (t: TableSnap, spec: TableSpec) =>
  spec.columns.some((c) => t.headers.some((h) => headerMatches(h, c.header)));

/** Excel's default table names in any language (Table1, Tabel1, Tableau1…). */
const DEFAULT_TABLE = /^(table|tabel|tableau|tabelle|tabla)\d+$/i;

/** A table a failed run left without its name: at our place, with exactly our headers. */
function adoptable(snap: Snapshot, spec: TableSpec, lang: WbLang): TableSnap | undefined {
  const headers = spec.columns.map((c) => c.header[lang].toLowerCase());
  return snap.tables.find(
    (t) =>
      DEFAULT_TABLE.test(t.name) &&
      t.headers.length === headers.length &&
      t.headers.every((h, i) => String(h).trim().toLowerCase() === headers[i]),
  );
}

/** Which language the workbook speaks: its language name, else its headers. */
export function workbookLang(snap: Snapshot): WbLang | null {
  const v = (snap.names.get(LANGUAGE_NAME.toLowerCase()) ?? "").replace(/^=/, "").replace(/"/g, "").trim();
  if (v === "nl" || v === "en") return v;
  for (const spec of TABLE_SPECS) {
    const t = findTable(snap, spec.name);
    if (!t) continue;
    for (const h of t.headers) {
      const col = spec.columns.find((c) => headerMatches(h, c.header) && c.header.nl !== c.header.en);
      if (col) return String(h).trim().toLowerCase() === col.header.nl.toLowerCase() ? "nl" : "en";
    }
  }
  return null;
}

/** A fingerprint of everything generate lays out besides contents: formats, validation, marks. */
export function layoutSignature(lang: WbLang): string {
  const text = JSON.stringify([
    lang,
    TABLE_SPECS.map((s) => [
      s.name,
      s.columns.map((c) => [
        c.header[lang],
        c.numberFormat,
        c.text,
        c.width,
        c.heat,
        c.flag,
        c.validation?.(lang),
        !!c.formula,
      ]),
    ]),
    MATRIX,
    BLOCK_HEADER_ROWS,
    CHARTS,
    REPORT,
    REPORT_CHARTS,
    settingValidations(lang),
    settingNumberFormats(lang),
  ]);
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `v1-${h.toString(36)}`;
}

export function colorScale(scale: Scale): Record<string, unknown> {
  const point = ([v, color]: [number, string]) => ({ formula: String(v), type: "Number", color });
  return {
    minimum: point(scale.min),
    ...(scale.mid ? { midpoint: point(scale.mid) } : {}),
    maximum: point(scale.max),
  };
}

// ---- phase 3: what to read ------------------------------------------------------------------------

interface Counts {
  teams: number;
  competences: number;
}

function counts(snap: Snapshot): Counts {
  const rows = (key: TableKey) => {
    const t = findTable(snap, SPEC_BY_KEY[key].name);
    return t ? t.rect.rows - 1 : 1;
  };
  return { teams: rows("teams"), competences: rows("competences") };
}

/**
 * The rows a formulas-only table needs: its source table's rows plus spare rows; the certificate
 * view: employees × the competences that require a certificate, plus spare rows.
 */
function neededRows(spec: TableSpec, snap: Snapshot): number {
  if (!spec.sizedBy) return 1;
  const src = findTable(snap, SPEC_BY_KEY[spec.sizedBy.table].name);
  const rows = src ? src.rect.rows - 1 : 1;
  return (
    (spec.sizedBy.timesCertified ? rows * certifiedCount(snap) : rows) +
    (spec.sizedBy.plusFunctions ? functionCount(snap) : 0) +
    spec.sizedBy.spare
  );
}

/**
 * How many distinct functions the function profiles hold (as read; normalised, case aside); when
 * the profiles' body was not read, the profile matrix's number of function columns.
 */
export function functionCount(snap: Snapshot): number {
  const t = findTable(snap, SPEC_BY_KEY.profiles.name);
  const body = snap.seedBodies.profiles;
  if (!t || !body) return PROFILE_MATRIX_FUNCTIONS;
  const header = SPEC_BY_KEY.profiles.columns.find((c) => c.key === "function")!.header;
  const i = t.headers.findIndex((h) => headerMatches(h, header));
  if (i < 0) return PROFILE_MATRIX_FUNCTIONS;
  const names = body
    .map((r) =>
      String(r[i] ?? "")
        .replace(/ +/g, " ")
        .trim()
        .toLowerCase(),
    )
    .filter((n) => n !== "");
  return new Set(names).size;
}

/** How many competences of the catalogue (as read) require a certificate: ja or yes, case aside. */
export function certifiedCount(snap: Snapshot): number {
  const t = findTable(snap, SPEC_BY_KEY.competences.name);
  const body = snap.seedBodies.competences;
  if (!t || !body) return 0;
  const header = SPEC_BY_KEY.competences.columns.find((c) => c.key === "certificate")!.header;
  const i = t.headers.findIndex((h) => headerMatches(h, header));
  if (i < 0) return 0;
  const yes = new Set(["ja", "yes"]);
  return body.filter((r) =>
    yes.has(
      String(r[i] ?? "")
        .replace(/ +/g, " ")
        .trim()
        .toLowerCase(),
    ),
  ).length;
}

/** The matrix's top-left from its name, or null. */
export function matrixAnchor(snap: Snapshot): { sheet: string; row: number; col: number } | null {
  return anchorOf(snap, MATRIX.name);
}

/** The report's top-left from its name, or null. */
export function reportAnchor(snap: Snapshot): { sheet: string; row: number; col: number } | null {
  return anchorOf(snap, REPORT.name);
}

function anchorOf(snap: Snapshot, name: string): { sheet: string; row: number; col: number } | null {
  const ref = snap.names.get(name.toLowerCase());
  if (!ref) return null;
  const { sheet, local } = splitSheetAddress(ref.replace(/^=/, ""));
  const rect = sheet ? parseRect(local.replace(/\$/g, "")) : null;
  if (!sheet || !rect || !snap.sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase())) return null;
  return {
    sheet: snap.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())!.name,
    row: rect.row,
    col: rect.col,
  };
}

function matrixSize(snap: Snapshot, c: Counts) {
  return {
    teams: Math.max(c.teams, 1) + MATRIX.spareTeams,
    competences: c.competences + MATRIX.spareCompetences,
  };
}

function matrixRect(
  lang: WbLang,
  at: { row: number; col: number },
  size: { teams: number; competences: number },
): CellRect {
  return matrixExtent(lang, size.teams, size.competences, at);
}

function boundingRect(a: CellRect, b: CellRect): CellRect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rows: Math.max(a.row + a.rows, b.row + b.rows) - row,
    cols: Math.max(a.col + a.cols, b.col + b.cols) - col,
  };
}

/**
 * The part of the matrix's sheet an earlier layout of ours may have used: from the warning rows
 * above the anchor down and right to the end of the used range (at most MATRIX_READ_CELLS).
 */
const MATRIX_READ_CELLS = 200000;
function matrixRegion(snap: Snapshot, at: { sheet: string; row: number; col: number }): CellRect | null {
  const used = sheetOf(snap, at.sheet)?.used;
  if (!used) return null;
  const row = Math.max(0, at.row - 2);
  const rows = used.row + used.rows - row;
  const cols = used.col + used.cols - at.col;
  if (rows <= 0 || cols <= 0) return null;
  return { row, col: at.col, rows: Math.min(rows, Math.max(1, Math.floor(MATRIX_READ_CELLS / cols))), cols };
}

/** The area a new table would take at an anchor (rows above for title or hints included). */
function tableArea(spec: TableSpec, at: { row: number; col: number }, bodyRows: number): CellRect {
  const above = aboveRows(spec);
  return { row: at.row - above, col: at.col, rows: above + 1 + bodyRows, cols: spec.columns.length };
}

const sheetOf = (snap: Snapshot, name: string) =>
  snap.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

/** Own-sheet names to try in order: the wanted name, then "name (2)", "name (3)"… */
function candidateNames(wanted: string, count: number): string[] {
  return [wanted, ...Array.from({ length: count }, (_, i) => `${wanted.slice(0, 26)} (${i + 2})`)];
}

export interface ReadPlan {
  areas: { sheet: string; rect: CellRect }[];
  columns: ColumnRead[];
}

function rowsFor(spec: TableSpec, snap: Snapshot, lang: WbLang, year: number): number {
  const seeds = seedRows(spec.key, lang, year);
  return seeds ? seeds.length : neededRows(spec, snap);
}

/** Everything the planner looks at besides the snapshot: computed columns and the areas it may write. */
export function planReads(snap: Snapshot, options: GenerateOptions): ReadPlan {
  const lang = workbookLang(snap) ?? options.lang;
  const f = new FormulaBuilder(lang);
  const areas: ReadPlan["areas"] = [];
  const columns: ColumnRead[] = [];
  const c = counts(snap);
  const add = (sheet: string, rect: CellRect) => {
    if (rect.rows > 0 && rect.cols > 0 && sheetOf(snap, sheet))
      areas.push({ sheet: sheetOf(snap, sheet)!.name, rect });
  };
  /**
   * What a candidate sheet of ours holds besides the table area: its title cell and its used
   * area (a large one only in part: enough to see it is someone else's sheet).
   */
  const addSheetContents = (name: string, s: SheetSnap) => {
    add(name, { row: 0, col: 0, rows: 1, cols: 1 });
    if (s.used)
      add(
        name,
        s.used.rows * s.used.cols <= 40000
          ? s.used
          : { ...s.used, rows: Math.min(s.used.rows, 20), cols: Math.min(s.used.cols, 20) },
      );
  };
  const columnOf = (t: TableSnap) => (key: TableKey, column: string) => {
    const other = findTable(snap, SPEC_BY_KEY[key].name) ?? t;
    const text = SPEC_BY_KEY[key].columns.find((x) => x.key === column)!.header;
    return other.rect.col + other.headers.findIndex((h) => headerMatches(h, text));
  };
  for (const spec of TABLE_SPECS) {
    const t = findTable(snap, spec.name) ?? adoptable(snap, spec, lang);
    if (t && (isOurs(t, spec) || t !== findTable(snap, spec.name))) {
      // computed columns of an existing table: what each cell holds
      for (const col of spec.columns) {
        if (!col.formula) continue;
        const header = t.headers.find((h) => headerMatches(h, col.header));
        if (!header) continue;
        const formula = col.formula(f);
        const perRow = refersAbove(formula);
        const legacy = (col.legacy ?? []).map((l) => l(f));
        columns.push({
          table: t.name,
          spec: spec.name,
          key: spec.key,
          column: col.key,
          header,
          rows: t.rect.rows - 1,
          expected: perRow ? (r) => rowFormula(formula, r, t.rect.row, columnOf(t)) : () => formula,
          legacy: (r) => legacy.map((l) => (refersAbove(l) ? rowFormula(l, r, t.rect.row, columnOf(t)) : l)),
          legacyValues: (col.legacyValues ?? []).map((v) => v[lang]),
          cellBytes: Math.ceil(formula.length * 1.3) + 24,
        });
      }
      // the warning cell above a sized table
      if (spec.warning && t.rect.row > 0)
        add(t.sheet, { row: t.rect.row - 1, col: t.rect.col, rows: 1, cols: 1 });
      // below the table (seed rows or rows to grow) and right of it (columns to add)
      const body = t.rect.rows - 1;
      const seeds = seedRows(spec.key, lang, options.year);
      const extra = seeds ? seeds.length : spec.sizedBy ? Math.max(0, neededRows(spec, snap) - body) : 0;
      const missing = spec.columns.filter((x) => !t.headers.some((h) => headerMatches(h, x.header))).length;
      if (extra > 0)
        add(t.sheet, {
          row: t.rect.row + t.rect.rows,
          col: t.rect.col,
          rows: extra,
          cols: t.rect.cols + missing,
        });
      if (missing > 0)
        add(t.sheet, { row: t.rect.row, col: t.rect.col + t.rect.cols, rows: t.rect.rows, cols: missing });
      continue;
    }
    if (t) continue; // foreign
    // a new table: its anchor on a sibling's sheet, or on a candidate own sheet
    const rows = rowsFor(spec, snap, lang, options.year);
    const sibling = TABLE_SPECS.find(
      (s) => s !== spec && s.sheet.nl === spec.sheet.nl && findTable(snap, s.name),
    );
    const sheets = sibling
      ? [findTable(snap, sibling.name)!.sheet]
      : candidateNames(spec.sheet[lang], 5).filter((n) => sheetOf(snap, n));
    for (const name of sheets) {
      const s = sheetOf(snap, name)!;
      const area = tableArea(spec, spec.anchor, rows);
      const bottom = s.used ? Math.max(area.row + area.rows, s.used.row + s.used.rows) : area.row + area.rows;
      add(name, { ...area, rows: Math.min(bottom - area.row, 200000) });
      addSheetContents(name, s);
    }
  }
  // the team matrix: the area its blocks will take
  const at = matrixAnchor(snap);
  if (at) {
    // the blocks now, and what earlier layouts may have left around them: one area
    const rect = matrixRect(lang, at, matrixSize(snap, c));
    const region = matrixRegion(snap, at);
    add(at.sheet, region ? boundingRect(rect, region) : rect);
  } else
    for (const name of candidateNames(MATRIX.sheet[lang], 5).filter((n) => sheetOf(snap, n))) {
      const s = sheetOf(snap, name)!;
      add(name, matrixRect(lang, MATRIX.anchor, matrixSize(snap, c)));
      addSheetContents(name, s);
    }
  // the report: its area, or the candidate sheets for a new one
  const report = reportAnchor(snap);
  if (report) add(report.sheet, reportRect(report));
  else
    for (const name of candidateNames(REPORT.sheet[lang], 5).filter((n) => sheetOf(snap, n))) {
      add(name, reportRect());
      addSheetContents(name, sheetOf(snap, name)!);
    }
  return { areas, columns };
}

// ---- phase 4: the plan ----------------------------------------------------------------------------

interface Place {
  sheet: string;
  rect: CellRect;
  headers: string[];
  isNew: boolean;
}

export function planGenerate(
  snap: Snapshot,
  store: CellStore,
  scans: Map<string, ColumnScan>,
  options: GenerateOptions,
): GeneratePlan {
  const lang = workbookLang(snap) ?? options.lang;
  const f = new FormulaBuilder(lang);
  const structure: PlanOp[] = [];
  const contents: PlanOp[] = [];
  const layout: PlanOp[] = [];
  const messages: GenerateMessage[] = [];
  const createdTables: string[] = [];
  let addedColumns = 0;
  const places = new Map<string, Place>();
  const skipped = new Set<TableKey>();
  const takenSheets = new Set(snap.sheets.map((s) => s.name.toLowerCase()));
  const claimed = new Map<string, CellRect[]>(); // areas of sheets this plan takes (for later tables)
  const signature = layoutSignature(lang);
  const relayout = (snap.names.get(LAYOUT_NAME.toLowerCase()) ?? "").replace(/^=|"/g, "") !== signature;
  const c = counts(snap);
  // charts of ours: found by name on any sheet (a user may move one); an unnamed chart (Excel's
  // default name) of its type that a failed run left on the sheet is adopted, each by one chart only
  const chartsInBook = snap.sheets.flatMap((s) => s.charts.map((ch) => ({ ...ch, sheet: s.name })));
  const orphanCharts = new Map<string, { name: string; type: string }[]>();
  function ourChart(
    name: string,
    type: string,
    sheet: string,
  ): { found?: { sheet: string }; adopt?: string } {
    const found = chartsInBook.find((ch) => ch.name.toLowerCase() === name.toLowerCase());
    if (found) return { found };
    const key = sheet.toLowerCase();
    if (!orphanCharts.has(key))
      orphanCharts.set(
        key,
        (sheetOf(snap, sheet)?.charts ?? []).filter((ch) =>
          /^(chart|grafiek|diagramm|graphique)\s*\d+$/i.test(ch.name),
        ),
      );
    const orphans = orphanCharts.get(key)!;
    const i = orphans.findIndex((o) => o.type.toLowerCase() === type.toLowerCase());
    return { adopt: i >= 0 ? orphans.splice(i, 1)[0].name : undefined };
  }
  /** A table added or changed size: the charts on its columns are pointed at them again. */
  function tableGrew(key: TableKey): boolean {
    const p = placeOf(key);
    return !!p && (p.isNew || p.rect.rows !== findTable(snap, SPEC_BY_KEY[key].name)?.rect.rows);
  }

  const claim = (sheet: string, rect: CellRect) => {
    const list = claimed.get(sheet.toLowerCase()) ?? [];
    list.push(rect);
    claimed.set(sheet.toLowerCase(), list);
  };
  const areaFree = (sheet: string, rect: CellRect) =>
    (!sheetOf(snap, sheet) || store.covers(sheet, rect)) &&
    store.filled(sheet, rect).length === 0 &&
    !(claimed.get(sheet.toLowerCase()) ?? []).some((r) => rectsOverlap(r, rect)) &&
    !snap.tables.some((t) => t.sheet.toLowerCase() === sheet.toLowerCase() && rectsOverlap(t.rect, rect));

  /** A sheet of ours to (re)use: absent, or present but holding nothing but what we would write. */
  const reusable = (spec: { title: string; area: CellRect; headers: string[] }, name: string) => {
    const s = sheetOf(snap, name);
    if (!s) return true;
    if (snap.tables.some((t) => t.sheet.toLowerCase() === name.toLowerCase())) return false;
    if (!s.used) return true;
    const title = store.get(name, 0, 0);
    if (title !== "" && title !== spec.title) return false;
    // every cell with content is the title or inside the area we would write
    const inside = (r: number, col: number) =>
      (r === 0 && col === 0) ||
      (r >= spec.area.row &&
        r < spec.area.row + spec.area.rows &&
        col >= spec.area.col &&
        col < spec.area.col + spec.area.cols);
    const u = s.used;
    if (!store.covers(name, u)) return false;
    return store.filled(name, u).every((x) => inside(x.row, x.col));
  };

  const ownSheet = (wanted: string, table: string, title: string, area: CellRect, headers: string[]) => {
    const name = candidateNames(wanted, 20).find((n) => reusable({ title, area, headers }, n))!;
    if (name !== wanted) messages.push({ kind: "sheetNameTaken", wanted, used: name, table });
    const exists = !!sheetOf(snap, name);
    if (!exists) {
      structure.push({ op: "addSheet", sheet: name });
      takenSheets.add(name.toLowerCase());
    }
    if (store.get(name, 0, 0) !== title)
      structure.push({
        op: "write",
        target: { sheet: name, rect: { row: 0, col: 0, rows: 1, cols: 1 } },
        cells: [[cellInput(title)]],
      });
    structure.push({
      op: "format",
      target: { sheet: name, rect: { row: 0, col: 0, rows: 1, cols: 1 } },
      bold: true,
    });
    return name;
  };

  const seed = (key: TableKey) => seedRows(key, lang, options.year);

  // the matrix sits right after the diagnosis; the sheets after it follow it
  let matrixPlanned = false;
  /** Where the team matrix ends up (for its page setup). */
  let matrixArea: { sheet: string; rect: CellRect } | null = null;
  /** Where the report ends up, and what of it prints. */
  let reportArea: { sheet: string; print: CellRect } | null = null;
  const planMatrixSheet = () => {
    matrixPlanned = true;
    planMatrix();
  };

  for (const spec of TABLE_SPECS) {
    if (!matrixPlanned && spec.key === "questions") planMatrixSheet();
    const named = findTable(snap, spec.name);
    const orphan = named ? undefined : adoptable(snap, spec, lang);
    const existing = named ?? orphan;
    if (spec.instrument && !existing && !options.instruments?.includes(spec.instrument)) {
      skipped.add(spec.key);
      continue;
    }
    if (named && !isOurs(named, spec)) {
      messages.push({ kind: "foreignTable", table: spec.name, sheet: named.sheet });
      skipped.add(spec.key);
      continue;
    }
    if (!named && snap.names.has(spec.name.toLowerCase())) {
      messages.push({ kind: "nameClash", table: spec.name });
      skipped.add(spec.key);
      continue;
    }
    if (existing) {
      if (orphan) {
        structure.push({ op: "renameTable", from: orphan.name, to: spec.name, style: "TableStyleMedium2" });
        createdTables.push(spec.name);
      }
      planExisting(spec, existing);
      continue;
    }
    planNew(spec);
  }
  if (!matrixPlanned) planMatrixSheet();
  planReport();
  planWarnings();
  planSettingValidation();

  // names that the validation lists use, pointed at the table columns on every run (a name Excel
  // turned into a fixed address is pointed back), and the workbook's language
  for (const { name, ref } of Object.values(LIST_NAMES)) {
    const now = snap.names.get(name.toLowerCase());
    if (now === undefined) structure.push({ op: "name", name, formula: ref, exists: false });
    else if (canonicalFormula(now) !== canonicalFormula(ref))
      structure.push({ op: "name", name, formula: ref, exists: true });
  }
  if (!snap.names.has(LANGUAGE_NAME.toLowerCase()))
    structure.push({ op: "name", name: LANGUAGE_NAME, formula: `="${lang}"`, exists: false });

  planCharts();
  planPlanCharts();
  planEquityChart();
  planPrinting();
  // the layout's fingerprint is cleared first and written last: a run that fails halfway leaves
  // it cleared, so the retry lays everything out again (formats and marks are not read back)
  if (relayout || layout.length) {
    const exists = snap.names.has(LAYOUT_NAME.toLowerCase());
    structure.unshift({ op: "name", name: LAYOUT_NAME, formula: '="pending"', exists });
    layout.push({ op: "name", name: LAYOUT_NAME, formula: `="${signature}"`, exists: true });
  }

  return {
    lang,
    ops: [...structure, ...contents, ...layout],
    messages,
    createdTables,
    addedColumns,
    places: new Map([...places].map(([k, p]) => [k, { sheet: p.sheet, rect: p.rect, headers: p.headers }])),
  };

  // ---- per table ----------------------------------------------------------------------------

  function placeOf(key: TableKey): Place | undefined {
    return places.get(SPEC_BY_KEY[key].name);
  }

  function columnIndexOf(key: TableKey, column: string): number {
    const p = placeOf(key)!;
    const text = SPEC_BY_KEY[key].columns.find((x) => x.key === column)!.header;
    return p.rect.col + p.headers.findIndex((h) => headerMatches(h, text));
  }

  function planNew(spec: TableSpec) {
    const rowsToSeed = seed(spec.key);
    const rows = rowsToSeed ? rowsToSeed.length : neededRows(spec, snap);
    const headers = spec.columns.map((x) => x.header[lang]);
    const sibling = TABLE_SPECS.find((s) => s !== spec && s.sheet.nl === spec.sheet.nl && places.has(s.name));
    let sheet: string;
    let at = spec.anchor;
    let adoptRows = 0;
    if (sibling) {
      sheet = places.get(sibling.name)!.sheet;
      const area = tableArea(spec, at, rows);
      const converted = convertedRows(sheet, spec, at, headers);
      if (converted !== null) adoptRows = converted;
      else if (!areaFree(sheet, area)) {
        // data where the table would go: place it right of everything on the sheet
        const used = sheetOf(snap, sheet)?.used;
        const right = Math.max(
          used ? used.col + used.cols + 1 : 0,
          ...(claimed.get(sheet.toLowerCase()) ?? []).map((r) => r.col + r.cols + 1),
          at.col,
        );
        const blockedBy = store
          .filled(sheet, area)
          .slice(0, 5)
          .map((x) => addr(sheet, x.row, x.col));
        at = { row: at.row, col: right };
        messages.push({
          kind: "tableMoved",
          table: spec.name,
          address: addr(sheet, at.row, at.col),
          blockedBy,
        });
      }
    } else {
      const area = tableArea(spec, at, rows);
      sheet = ownSheet(spec.sheet[lang], spec.name, spec.title[lang], area, headers);
      const converted = sheetOf(snap, sheet) ? convertedRows(sheet, spec, at, headers) : null;
      if (converted !== null) adoptRows = converted;
      structure.push({ op: "freeze", sheet, rows: at.row + 1 });
    }
    const bodyRows = adoptRows || rows;
    const rect: CellRect = { row: at.row, col: at.col, rows: bodyRows + 1, cols: headers.length };
    claim(sheet, tableArea(spec, at, bodyRows));
    if (TITLE_ROW_SPECS.has(spec.key) && store.get(sheet, at.row - 1, at.col) === "")
      structure.push({
        op: "write",
        target: { sheet, rect: { row: at.row - 1, col: at.col, rows: 1, cols: 1 } },
        cells: [[cellInput(spec.title[lang])]],
      });
    if (hasHints(spec)) {
      // guiding questions above the headers, only into blank cells: later edits stay
      const hintRect = { row: at.row - 1, col: at.col, rows: 1, cols: headers.length };
      const cells: Cell[][] = [
        spec.columns.map((x, i) =>
          x.hint && store.get(sheet, hintRect.row, hintRect.col + i) === "" ? cellInput(x.hint[lang]) : null,
        ),
      ];
      if (cells[0].some((v) => v !== null))
        structure.push({ op: "write", target: { sheet, rect: hintRect }, cells });
      layout.push({ op: "format", target: { sheet, rect: hintRect }, wrap: true, italic: true, top: true });
    }
    if (!adoptRows) {
      structure.push({
        op: "write",
        target: { sheet, rect: { ...rect, rows: 1 } },
        cells: [headers.map((h) => `'${h}`)],
      });
    } else messages.push({ kind: "tableAdopted", table: spec.name, address: addr(sheet, at.row, at.col) });
    structure.push({ op: "addTable", sheet, rect, name: spec.name, style: "TableStyleMedium2" });
    places.set(spec.name, { sheet, rect, headers, isNew: true });
    createdTables.push(spec.name);
    if (rowsToSeed && !adoptRows) {
      // formulas come later, once every table they refer to exists
      structure.push({
        op: "write",
        target: { table: spec.name },
        cells: rowsToSeed.map((r) => r.map((v) => (isFormula(v) ? null : v))),
      });
      seedFormulas(
        spec,
        rowsToSeed.map((r, i) => ({ row: i, values: r, now: null })),
      );
    }
    spec.columns.forEach((x) => {
      layout.push({
        op: "columnWidth",
        target: { table: spec.name, column: x.header[lang], header: true },
        width: x.width * 6.5,
        ...(x.hidden ? { hidden: true } : {}),
      });
    });
    planColumns(spec, true, new Set(), null);
  }

  /** Rows of a range the user made of our table (convert to range), when the anchor shows our headers. */
  function convertedRows(
    sheet: string,
    spec: TableSpec,
    at: { row: number; col: number },
    headers: string[],
  ): number | null {
    const row = headers.map((_, i) => store.get(sheet, at.row, at.col + i));
    if (!row.every((v, i) => String(v).trim().toLowerCase() === headers[i].toLowerCase())) return null;
    let n = 0;
    for (;;) {
      const r = at.row + 1 + n;
      if (!store.covers(sheet, { row: r, col: at.col, rows: 1, cols: headers.length })) break;
      if (headers.every((_, i) => store.get(sheet, r, at.col + i) === "")) break;
      n++;
    }
    return Math.max(n, 1);
  }

  function planExisting(spec: TableSpec, t: TableSnap) {
    const headers = [...t.headers];
    const place: Place = { sheet: t.sheet, rect: { ...t.rect }, headers, isNew: false };
    places.set(spec.name, place);
    claim(t.sheet, t.rect);
    const newColumns = new Set<string>();
    // columns a user deleted or a newer version adds: at the right end, if that column is free
    const missing = spec.columns.filter((x) => !t.headers.some((h) => headerMatches(h, x.header)));
    let right = t.rect.col + t.rect.cols;
    for (const x of missing) {
      const strip = { row: t.rect.row, col: right, rows: t.rect.rows, cols: 1 };
      if (!areaFree(t.sheet, strip)) {
        const blockedBy = store
          .filled(t.sheet, strip)
          .slice(0, 5)
          .map((v) => addr(t.sheet, v.row, v.col));
        messages.push({ kind: "columnBlocked", table: spec.name, column: x.header[lang], blockedBy });
        continue;
      }
      structure.push({ op: "addColumn", table: spec.name, header: x.header[lang] });
      headers.push(x.header[lang]);
      newColumns.add(x.key);
      place.rect.cols++;
      right++;
      addedColumns++;
      messages.push({ kind: "columnRestored", table: spec.name, column: x.header[lang] });
    }
    if (t.filtered) {
      messages.push({ kind: "filtered", table: spec.name });
      planColumns(spec, false, newColumns, t, true);
      return;
    }
    // seed rows a newer version added (settings, criteria): appended; existing values stay
    const rowsToSeed = seed(spec.key);
    const body = snap.seedBodies[spec.key];
    let bodyRows = t.rect.rows - 1;
    if (rowsToSeed && body) {
      const keyIdx = headers.findIndex((h) => headerMatches(h, spec.columns[0].header));
      const have = new Set(body.map((r) => String(r[keyIdx] ?? "").trim()));
      const missingRows = rowsToSeed.filter((r) => !have.has(String(r[0])));
      const at = bodyRows;
      if (missingRows.length && keyIdx >= 0) {
        append(
          spec,
          place,
          missingRows.map((r) =>
            inTableOrder(
              spec,
              headers,
              r.map((v) => (isFormula(v) ? null : v)),
            ),
          ),
        );
        bodyRows += missingRows.length;
      }
      // formula cells of seed rows (sum and check of the weights) that are blank: ours to fill
      const placed = [
        ...body.map((r, i) => ({ row: i, key: String(r[keyIdx] ?? "").trim(), cells: r })),
        ...missingRows.map((r, i) => ({ row: at + i, key: String(r[0]), cells: null })),
      ];
      const byKey = new Map(rowsToSeed.map((r) => [String(r[0]), r]));
      seedFormulas(
        spec,
        placed
          .filter((p) => byKey.has(p.key))
          .map((p) => ({ row: p.row, values: byKey.get(p.key)!, now: p.cells })),
      );
    }
    // formulas-only tables grow with their source
    if (spec.sizedBy) {
      const need = neededRows(spec, snap) - bodyRows;
      if (need > 0) {
        const rows = Array.from({ length: need }, (_, i) =>
          inTableOrder(
            spec,
            headers,
            spec.columns.map((x) => {
              if (!x.formula) return "";
              const formula = x.formula(f);
              return refersAbove(formula)
                ? rowFormula(formula, bodyRows + i, place.rect.row, columnIndexOf)
                : formula;
            }),
          ),
        );
        append(spec, place, rows);
        bodyRows += need;
      }
    }
    // rows were added: the columns' formats, validation and marks are laid over the whole body again
    planColumns(spec, false, newColumns, t, false, bodyRows > t.rect.rows - 1);
  }

  /** Rows appended under a table: written below it (the table takes them in), else inserted. */
  function append(spec: TableSpec, place: Place, rows: Cell[][]) {
    const below: CellRect = {
      row: place.rect.row + place.rect.rows,
      col: place.rect.col,
      rows: rows.length,
      cols: place.rect.cols,
    };
    const body = place.rect.rows - 1 + rows.length;
    if (areaFree(place.sheet, below)) {
      const target: Target = { sheet: place.sheet, rect: below };
      structure.push({ op: "write", target, cells: rows, guard: { allowed: [""] } });
      structure.push({
        op: "expectRows",
        table: spec.name,
        rows: body,
        written: target,
        insert: rows.map((r) => r.map((v) => (v === null ? "" : v))),
      });
    } else {
      structure.push({
        op: "insertRows",
        table: spec.name,
        rows: rows.map((r) => r.map((v) => (v === null ? "" : v))),
      });
    }
    place.rect = { ...place.rect, rows: place.rect.rows + rows.length };
    claim(place.sheet, place.rect);
  }

  /** Formula cells of seed rows: written where blank (new rows, or a failed run's leftovers). */
  function seedFormulas(
    spec: TableSpec,
    rows: { row: number; values: (string | number | boolean)[]; now: Scalar[] | null }[],
  ) {
    const place = places.get(spec.name)!;
    for (const r of rows) {
      r.values.forEach((v, i) => {
        if (!isFormula(v)) return;
        const idx = place.headers.findIndex((h) => headerMatches(h, spec.columns[i].header));
        if (idx < 0) return;
        const header = place.headers[idx];
        const now = r.now?.[idx] ?? "";
        const setting = spec.key === "settings" ? SETTING_ROWS.find((x) => x.key === r.values[0]) : undefined;
        const upgrade = (setting?.legacy ?? []).some((l) => sameFormula(now, l(f), spec.name));
        if (now !== "" && !upgrade) {
          if (!sameFormula(now, v, spec.name))
            messages.push({
              kind: "keptUserCells",
              table: spec.name,
              column: header,
              count: 1,
              formulas: isFormula(now) ? 1 : 0,
              cells: [addr(place.sheet, place.rect.row + 1 + r.row, place.rect.col + idx)],
            });
          return;
        }
        contents.push({
          op: "write",
          target: { table: spec.name, column: header, bodyRow: r.row, rows: 1 },
          cells: [[v]],
          guard: { allowed: [now] },
        });
      });
    }
  }

  /** Formulas, formats, validation and conditional formats of a table's columns. */
  function planColumns(
    spec: TableSpec,
    isNew: boolean,
    newColumns: Set<string>,
    t: TableSnap | null,
    layoutOnly = false,
    grew = false,
  ) {
    const place = places.get(spec.name)!;
    for (const x of spec.columns) {
      const header = place.headers.find((h) => headerMatches(h, x.header));
      if (!header) continue;
      const fresh = isNew || newColumns.has(x.key);
      const target: Target = { table: spec.name, column: header };
      if (x.formula && !layoutOnly) {
        const formula = x.formula(f);
        const perRow = refersAbove(formula);
        if (fresh) {
          contents.push(
            perRow
              ? {
                  op: "write",
                  target,
                  cells: Array.from({ length: place.rect.rows - 1 }, (_, r) => [
                    rowFormula(formula, r, place.rect.row, columnIndexOf),
                  ]),
                }
              : { op: "write", target, cells: formula },
          );
        } else {
          const scan = scans.get(`${spec.name}|${x.key}`.toLowerCase());
          if (scan && scan.userCount > 0) {
            messages.push({
              kind: "keptUserCells",
              table: spec.name,
              column: header,
              count: scan.userCount,
              formulas: scan.userFormulas,
              cells: scan.user.map((r) => addr(place.sheet, t!.rect.row + 1 + r, columnOf(place, header))),
            });
          } else if (scan) {
            // blank cells and older formulas of ours; the rest of the column is ours already.
            // Runs close together become one write (null leaves the cells between alone), so a
            // column with many scattered blanks costs a few operations, not thousands.
            const at = (r: number) =>
              perRow ? rowFormula(formula, r, place.rect.row, columnIndexOf) : formula;
            for (const [start, end] of mergeRuns(scan.toWrite, RUN_GAP)) {
              const todo = new Set<number>();
              for (const [s0, n] of scan.toWrite)
                for (let r = s0; r < s0 + n; r++) if (r >= start && r < end) todo.add(r);
              contents.push({
                op: "write",
                target: { table: spec.name, column: header, bodyRow: start, rows: end - start },
                cells: Array.from({ length: end - start }, (_, i) => [
                  todo.has(start + i) ? at(start + i) : null,
                ]),
                guard: { allowed: ["", ...scan.legacy] },
              });
            }
          }
        }
      }
      if (!(fresh || relayout || grew)) continue;
      if (x.numberFormat || x.text)
        layout.push({ op: "numberFormat", target, format: x.numberFormat ?? "@" });
      if (x.formula) layout.push({ op: "format", target, fill: COMPUTED_FILL, italic: true });
      if (x.validation) {
        const v = x.validation(lang);
        layout.push({
          op: "validation",
          target,
          rule: v.rule,
          title: header.slice(0, 32),
          prompt: v.prompt[lang],
          error: v.error[lang],
        });
      }
      if (x.heat || x.flag) {
        layout.push({ op: "clearConditionalFormats", target });
        if (x.heat) layout.push({ op: "colorScale", target, criteria: colorScale(x.heat) });
        if (x.flag)
          layout.push({
            op: "flagText",
            target,
            text: x.flag[lang],
            font: FLAG_COLORS.font,
            fill: FLAG_COLORS.fill,
          });
      }
    }
  }

  function columnOf(place: Place, header: string): number {
    return place.rect.col + place.headers.indexOf(header);
  }

  // ---- warnings above sized tables, validation of the settings' values -------------------------

  /** The warning formula above each sized table (diagnosis): written where blank or ours. */
  function planWarnings() {
    for (const spec of TABLE_SPECS) {
      if (!spec.warning || skipped.has(spec.key)) continue;
      const place = places.get(spec.name);
      if (!place || place.rect.row < 1) continue;
      const row = place.rect.row - 1;
      const col = place.rect.col;
      const want = spec.warning(f);
      const cur = place.isNew && !sheetOf(snap, place.sheet) ? "" : store.get(place.sheet, row, col);
      const ours = [want, ...(spec.warningLegacy ?? []).map((l) => l(f))];
      const target: Target = { sheet: place.sheet, rect: { row, col, rows: 1, cols: 1 } };
      if (cur === want || sameFormula(cur, want)) {
        if (relayout) layout.push({ op: "format", target, bold: true });
        continue;
      }
      if (cur !== "" && !ours.some((o) => sameFormula(cur, o))) continue; // the user's: kept
      contents.push({ op: "write", target, cells: [[want]], guard: { allowed: ["", cur] } });
      layout.push({ op: "format", target, bold: true });
    }
  }

  /**
   * Each setting's value cell gets the validation of its key (settingRules.ts): on a new table, on
   * rows this run appends, and whenever the layout changed. Rows are found by their key.
   */
  function planSettingValidation() {
    const spec = SPEC_BY_KEY.settings;
    const place = places.get(spec.name);
    const t = findTable(snap, spec.name);
    if (!place || skipped.has("settings") || t?.filtered) return;
    const valueHeader = place.headers.find((h) => headerMatches(h, spec.columns[2].header));
    if (!valueHeader) return;
    const seeds = seed("settings") ?? [];
    let keys: string[];
    let appended: Set<string>;
    const body = snap.seedBodies.settings;
    if (!place.isNew && body && t) {
      const keyIdx = t.headers.findIndex((h) => headerMatches(h, spec.columns[0].header));
      if (keyIdx < 0) return;
      keys = body.map((r) => String(r[keyIdx] ?? "").trim());
      const have = new Set(keys);
      const missing = seeds.map((r) => String(r[0])).filter((k) => !have.has(k));
      appended = new Set(missing);
      keys = [...keys, ...missing];
    } else {
      keys = seeds.map((r) => String(r[0]));
      appended = new Set(keys);
    }
    const rules = new Map(settingValidations(lang).map((v) => [v.key, v.validation]));
    const formats = new Map(settingNumberFormats(lang).map((v) => [v.key, v.format]));
    const ours = new Set(seeds.map((r) => String(r[0])));
    keys.forEach((key, row) => {
      const v = rules.get(key);
      if (!(relayout || place.isNew || appended.has(key))) return;
      const target: Target = { table: spec.name, column: valueHeader, bodyRow: row, rows: 1 };
      const format = formats.get(key);
      if (format) layout.push({ op: "numberFormat", target, format });
      // a computed setting has none (after a sort, another key's may have been left there)
      if (!v) {
        if (ours.has(key) && !place.isNew) layout.push({ op: "clearValidation", target });
        return;
      }
      const label = SETTING_ROWS.find((r) => r.key === key)?.label[lang] ?? key;
      layout.push({
        op: "validation",
        target,
        rule: v.rule,
        title: label.slice(0, 32),
        prompt: v.prompt[lang],
        error: v.error[lang],
      });
    });
  }

  // ---- the team matrix --------------------------------------------------------------------------

  function planMatrix() {
    const size = matrixSize(snap, c);
    let at = matrixAnchor(snap);
    let fresh = false;
    if (!at) {
      const area = matrixRect(lang, MATRIX.anchor, size);
      const sheet = ownSheet(MATRIX.sheet[lang], MATRIX.name, MATRIX.title[lang], area, []);
      structure.push({ op: "freeze", sheet, columns: 1 });
      at = { sheet, ...MATRIX.anchor };
      const ref = `=${quoteSheetName(sheet)}!$${columnLetters(at.col)}$${at.row + 1}`;
      structure.push({
        op: "name",
        name: MATRIX.name,
        formula: ref,
        exists: snap.names.has(MATRIX.name.toLowerCase()),
      });
      fresh = !sheetOf(snap, sheet);
    }
    const { sheet } = at;
    const shapes = matrixShapes(lang);
    const blocks = matrixBlocks(lang, size.teams, size.competences, at);
    let kept = 0;
    const keptCells: string[] = [];
    let wrote = false;
    for (const block of blocks) {
      const cells: Cell[][] = block.cells.map((row, r) =>
        row.map((want, col) => {
          const target = r === 0 && col === 0 ? block.title : want;
          const cur = fresh ? "" : store.get(sheet, block.top + r, block.left + col);
          if (cur === target || (isFormula(want) && sameFormula(cur, want))) return null;
          if (cur === "" || isMatrixContent(cur, shapes, block.left + col === at!.col)) {
            wrote = true;
            return r === 0 && col === 0 ? cellInput(block.title) : want;
          }
          kept++;
          if (keptCells.length < USER_CELLS_KEPT)
            keptCells.push(addr(sheet, block.top + r, block.left + col));
          return null;
        }),
      );
      if (cells.some((row) => row.some((v) => v !== null)))
        contents.push({
          op: "write",
          target: {
            sheet,
            rect: { row: block.top, col: block.left, rows: cells.length, cols: cells[0].length },
          },
          cells,
          guard: fresh ? undefined : { allowed: ["", ...guardTexts(sheet, block)] },
        });
    }
    // what earlier layouts of ours left outside this one (a smaller or larger matrix, the first
    // empty layout before the example): our cells cleared, former header cells no longer bold
    const region = fresh ? null : matrixRegion(snap, at);
    const leftovers = region
      ? matrixLeftovers(store.filled(sheet, region), blocks, at.col, shapes)
      : { clear: [], unbold: [] };
    for (const span of rowSpans(leftovers.clear)) {
      const allowed = new Set<Scalar>([""]);
      for (let k = 0; k < span.cols; k++) allowed.add(store.get(sheet, span.row, span.col + k));
      const cells: Cell[][] = [
        Array.from({ length: span.cols }, (_, k) =>
          leftovers.clear.some((x) => x.row === span.row && x.col === span.col + k) ? "" : null,
        ),
      ];
      contents.push({ op: "write", target: { sheet, rect: span }, cells, guard: { allowed: [...allowed] } });
      layout.push({ op: "clearConditionalFormats", target: { sheet, rect: span } });
    }
    for (const span of rowSpans(leftovers.unbold))
      layout.push({ op: "format", target: { sheet, rect: span }, bold: false });
    if (wrote || relayout || fresh || leftovers.clear.length) {
      for (const block of blocks) {
        const rows = block.cells.length;
        const cols = block.cells[0].length;
        const at1 = (row: number, rs: number, col: number, cs: number): Target => ({
          sheet,
          rect: { row: block.top + row, col: block.left + col, rows: rs, cols: cs },
        });
        layout.push({ op: "format", target: at1(0, 1, 0, cols), bold: true });
        if (block.key === "check") continue;
        // the competence names under the IDs wrap; the team rows are never bold
        layout.push({ op: "format", target: at1(1, 1, 0, cols), bold: false, italic: true, wrap: true });
        const teams = rows - block.headerRows;
        if (teams <= 0) continue;
        layout.push({ op: "format", target: at1(block.headerRows, teams, 0, cols), bold: false });
        const body = at1(block.headerRows, teams, 1, cols - 1);
        layout.push({ op: "numberFormat", target: body, format: block.numberFormat });
        layout.push({ op: "clearConditionalFormats", target: body });
        if (block.scale) layout.push({ op: "colorScale", target: body, criteria: colorScale(block.scale) });
      }
      // team names and competence names a reader can follow
      layout.push({
        op: "columnWidth",
        target: { sheet, rect: { row: at.row, col: at.col, rows: 1, cols: 1 } },
        width: MATRIX.teamWidth * 6.5,
      });
      layout.push({
        op: "columnWidth",
        target: { sheet, rect: { row: at.row, col: at.col + 1, rows: 1, cols: size.competences } },
        width: MATRIX.competenceWidth * 6.5,
      });
    }
    claim(sheet, matrixRect(lang, at, size));
    matrixArea = { sheet, rect: matrixRect(lang, at, size) };
    if (kept) messages.push({ kind: "keptMatrixCells", count: kept, cells: keptCells });
  }

  /** What the matrix cells of a block hold now that we may replace (ours: blank, titles, our formulas). */
  function guardTexts(sheet: string, block: { top: number; left: number; cells: string[][] }): Scalar[] {
    const out = new Set<Scalar>();
    block.cells.forEach((row, r) =>
      row.forEach((_, col) => {
        const v = store.get(sheet, block.top + r, block.left + col);
        if (v !== "") out.add(v);
      }),
    );
    return [...out];
  }

  // ---- the report -------------------------------------------------------------------------------

  /**
   * The report (report.ts): its cells where they are blank or hold our own content (a text of ours
   * or a formula of our shapes), row by row with the rest left alone; a user's entry is kept and
   * reported. Its charts are added, or pointed at their data again when the layout changed.
   */
  function planReport() {
    let at = reportAnchor(snap);
    let fresh = false;
    if (!at) {
      const sheet = ownSheet(REPORT.sheet[lang], REPORT.name, REPORT.title[lang], reportRect(), []);
      at = { sheet, ...REPORT.anchor };
      structure.push({
        op: "name",
        name: REPORT.name,
        formula: `=${quoteSheetName(sheet)}!$${columnLetters(at.col)}$${at.row + 1}`,
        exists: snap.names.has(REPORT.name.toLowerCase()),
      });
      fresh = !sheetOf(snap, sheet);
    }
    const { sheet } = at;
    const cells = reportCells(lang, at);
    const shapes = new Set(
      (["nl", "en"] as const).flatMap((l) =>
        reportCells(l, at!)
          .filter((x) => isFormula(x.v))
          .map((x) => shape(x.v)),
      ),
    );
    const ours = (v: Scalar) =>
      typeof v === "string" && (REPORT_TEXTS.has(v) || (isFormula(v) && shapes.has(shape(v))));
    const rect = reportRect(at);
    let kept = 0;
    const keptCells: string[] = [];
    let wrote = false;
    const rows = new Map<number, { col: number; v: Cell; cur: Scalar }[]>();
    for (const x of cells) {
      const cur = fresh ? "" : store.get(sheet, x.row, x.col);
      if (cur === x.v || (isFormula(x.v) && sameFormula(cur, x.v))) continue;
      if (cur !== "" && !ours(cur)) {
        kept++;
        if (keptCells.length < USER_CELLS_KEPT) keptCells.push(addr(sheet, x.row, x.col));
        continue;
      }
      wrote = true;
      const list = rows.get(x.row) ?? [];
      list.push({ col: x.col, v: isFormula(x.v) ? x.v : cellInput(x.v), cur });
      rows.set(x.row, list);
    }
    for (const [row, list] of [...rows].sort((a, b) => a[0] - b[0])) {
      const left = Math.min(...list.map((x) => x.col));
      const right = Math.max(...list.map((x) => x.col));
      const line: Cell[] = Array.from({ length: right - left + 1 }, () => null);
      for (const x of list) line[x.col - left] = x.v;
      contents.push({
        op: "write",
        target: { sheet, rect: { row, col: left, rows: 1, cols: right - left + 1 } },
        cells: [line],
        guard: fresh ? undefined : { allowed: ["", ...new Set(list.map((x) => x.cur))] },
      });
    }
    if (wrote || relayout || fresh) {
      const one = (row: number, col: number): Target => ({ sheet, rect: { row, col, rows: 1, cols: 1 } });
      for (const x of cells) {
        if (x.style === "section" || x.style === "header")
          layout.push({ op: "format", target: one(x.row, x.col), bold: true });
        else if (x.style === "status") layout.push({ op: "format", target: one(x.row, x.col), italic: true });
        if (x.numberFormat)
          layout.push({ op: "numberFormat", target: one(x.row, x.col), format: x.numberFormat });
      }
      const widths = [
        ...REPORT.widths.map((w, i) => [at!.col + i, w]),
        ...REPORT.helperWidths.map((w, i) => [REPORT.helperCol + i, w]),
      ];
      for (const [col, w] of widths)
        layout.push({
          op: "columnWidth",
          target: { sheet, rect: { row: at.row, col, rows: 1, cols: 1 } },
          width: w * 6.5,
        });
    }
    claim(sheet, rect);
    reportArea = { sheet, print: reportPrintRect(at) };
    if (kept) messages.push({ kind: "keptReportCells", count: kept, cells: keptCells });
    planReportCharts(sheet, at, fresh);
  }

  function planReportCharts(sheet: string, at: { row: number; col: number }, fresh: boolean) {
    if (skipped.has("priorities")) return;
    const priorities = placeOf("priorities")!;
    const column = (key: string): Target => {
      const text = SPEC_BY_KEY.priorities.columns.find((x) => x.key === key)!.header;
      return {
        table: SPEC_BY_KEY.priorities.name,
        column: priorities.headers.find((h) => headerMatches(h, text))!,
      };
    };
    const places = reportChartPlaces(at);
    // pointed at their data again when the tables they follow changed size, as the Rangorde charts
    const grew = tableGrew("priorities") || tableGrew("ranking");
    for (const key of ["value", "coverage"] as const) {
      const spec = REPORT_CHARTS[key];
      const { found, adopt } = ourChart(spec.name, spec.type, sheet);
      if (found && !relayout && !fresh && !grew) continue;
      layout.push({
        op: "chart",
        chart: {
          sheet: found ? found.sheet : sheet,
          name: spec.name,
          type: spec.type,
          title: spec.title[lang],
          xTitle: key === "value" ? REPORT_CHARTS.value.x[lang] : undefined,
          yTitle: key === "value" ? REPORT_CHARTS.value.y[lang] : undefined,
          reversePlotOrder: key === "coverage",
          position: places[key],
          x: key === "value" ? column("netCost") : { sheet, rect: places.coverageLabels },
          y: key === "value" ? column("score") : { sheet, rect: places.coverageValues },
          exists: !!found,
          adopt,
        },
      });
    }
  }

  // ---- printing --------------------------------------------------------------------------------

  /** Page setup of every sheet of ours (printPlan.ts), where it is not the user's own. */
  function planPrinting() {
    const bySheet = new Map<string, SheetTables>();
    const entry = (sheet: string) => {
      const key = sheet.toLowerCase();
      if (!bySheet.has(key)) bySheet.set(key, { sheet, tables: [], areas: [] });
      return bySheet.get(key)!;
    };
    for (const spec of TABLE_SPECS) {
      const p = places.get(spec.name);
      if (!p || skipped.has(spec.key) || spec.notPrinted) continue;
      const width = p.headers.reduce(
        (n, h) => n + (spec.columns.find((x) => headerMatches(h, x.header))?.width ?? 12),
        0,
      );
      entry(p.sheet).tables.push({ rect: p.rect, width });
    }
    if (matrixArea) entry(matrixArea.sheet).areas.push(matrixArea.rect);
    if (reportArea) {
      const e = entry(reportArea.sheet);
      e.areas.unshift(reportArea.print);
      e.onePage = true;
    }
    const settings = snap.seedBodies.settings;
    const st = findTable(snap, SPEC_BY_KEY.settings.name);
    const col = (key: string) =>
      st
        ? st.headers.findIndex((h) =>
            headerMatches(h, SPEC_BY_KEY.settings.columns.find((c) => c.key === key)!.header),
          )
        : -1;
    const setting = (name: string) => {
      const row = settings?.find((r) => String(r[col("key")] ?? "").trim() === name);
      return row ? row[col("value")] : undefined;
    };
    const organisation = String(setting("organisation") ?? "");
    const year = Number(setting("analysis_year")) || options.year;
    const pages = planPages(
      [...bySheet.values()],
      (sheet) => sheetOf(snap, sheet)?.page,
      headersFooters(lang, organisation, year),
    );
    for (const page of pages) layout.push({ op: "pageSetup", page });
  }

  // ---- charts -----------------------------------------------------------------------------------

  /** Billijkheid: share of staff against share of hours (24 months) per group, two series. */
  function planEquityChart() {
    if (skipped.has("equity")) return;
    const place = placeOf("equity");
    if (!place) return;
    const col = (column: string): Target => {
      const text = SPEC_BY_KEY.equity.columns.find((x) => x.key === column)!.header;
      return { table: SPEC_BY_KEY.equity.name, column: place.headers.find((h) => headerMatches(h, text))! };
    };
    const { found, adopt } = ourChart(EQUITY_CHART.name, EQUITY_CHART.type, place.sheet);
    if (found && !relayout && !tableGrew("equity")) return;
    layout.push({
      op: "chart",
      chart: {
        sheet: found ? found.sheet : place.sheet,
        name: EQUITY_CHART.name,
        type: EQUITY_CHART.type,
        title: EQUITY_CHART.title[lang],
        reversePlotOrder: true,
        position: EQUITY_CHART.at,
        x: col("group"),
        y: col("shareHeadcount"),
        seriesName: EQUITY_CHART.series[0][lang],
        more: [{ name: EQUITY_CHART.series[1][lang], y: col("shareHours24") }],
        exists: !!found,
        adopt,
      },
    });
  }

  function planCharts() {
    if (skipped.has("priorities") || skipped.has("ranking")) return;
    const ranking = placeOf("ranking")!;
    const priorities = placeOf("priorities")!;
    const col = (p: Place, key: TableKey, column: string): Target => {
      const text = SPEC_BY_KEY[key].columns.find((x) => x.key === column)!.header;
      return { table: SPEC_BY_KEY[key].name, column: p.headers.find((h) => headerMatches(h, text))! };
    };
    const data = {
      value: { x: col(priorities, "priorities", "netCost"), y: col(priorities, "priorities", "score") },
      ranking: { x: col(ranking, "ranking", "title"), y: col(ranking, "ranking", "score") },
    };
    for (const key of ["value", "ranking"] as const) {
      const spec = CHARTS[key];
      const { found, adopt } = ourChart(spec.name, spec.type, ranking.sheet);
      // an existing chart is pointed at its columns again only when they changed size
      if (found && !relayout && !tableGrew("ranking") && !tableGrew("priorities")) continue;
      const chart: ChartPlan = {
        sheet: found ? found.sheet : ranking.sheet,
        name: spec.name,
        type: spec.type,
        title: spec.title[lang],
        xTitle: key === "value" ? CHARTS.value.x[lang] : undefined,
        yTitle: key === "value" ? CHARTS.value.y[lang] : undefined,
        reversePlotOrder: key === "ranking",
        position: spec.at as [string, string],
        x: data[key].x,
        y: data[key].y,
        exists: !!found,
        adopt,
      };
      layout.push({ op: "chart", chart });
    }
  }

  /**
   * The charts beside the statutory plan (planSpecs.ts PLAN_CHARTS): the plan's net cost per
   * quarter and the days per FTE against the target, on their tables' whole columns. Added once,
   * found again by name (on any sheet); an existing one is pointed at its columns again only when
   * its table changed size, its look stays the user's.
   */
  function planPlanCharts() {
    for (const key of ["quarters", "days"] as const) {
      const spec = PLAN_CHARTS[key];
      if (skipped.has(spec.table)) continue;
      const place = placeOf(spec.table);
      if (!place) continue;
      const column = (c: string): Target | null => {
        const text = SPEC_BY_KEY[spec.table].columns.find((x) => x.key === c)!.header;
        const h = place.headers.find((h) => headerMatches(h, text));
        return h ? { table: SPEC_BY_KEY[spec.table].name, column: h } : null;
      };
      const x = column("label");
      const y = column(key === "quarters" ? "netCost" : "value");
      if (!x || !y) continue;
      const { found, adopt } = ourChart(spec.name, spec.type, place.sheet);
      if (found && !relayout && !tableGrew(spec.table)) continue;
      layout.push({
        op: "chart",
        chart: {
          sheet: found ? found.sheet : place.sheet,
          name: spec.name,
          type: spec.type,
          title: spec.title[lang],
          reversePlotOrder: key === "days",
          position: spec.at,
          x,
          y,
          exists: !!found,
          adopt,
        },
      });
    }
  }
}

const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

/** Rows between two runs of cells to write below which the runs are written as one. */
const RUN_GAP = 50;

/** Runs [start, count] merged into spans [start, end) where they lie at most `gap` rows apart. */
export function mergeRuns(runs: [number, number][], gap: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, count] of runs) {
    const last = out[out.length - 1];
    if (last && start - last[1] <= gap) last[1] = start + count;
    else out.push([start, start + count]);
  }
  return out;
}

/** A spec-ordered row laid out in the table's own column order (user columns blank). */
function inTableOrder(spec: TableSpec, headers: string[], row: Cell[]): Cell[] {
  return headers.map((h) => {
    const i = spec.columns.findIndex((x) => headerMatches(h, x.header));
    return i >= 0 ? row[i] : null;
  });
}
