/**
 * The state of an in-memory workbook: sheets, cells, tables, names, validation, conditional
 * formats, events. Formulas are evaluated by HyperFormula after structured references and
 * names are translated to A1. Test/preview only: never imported by the add-in bundle.
 */
import { HyperFormula } from "hyperformula";
import {
  CellRect,
  columnLetters,
  MAX_COLS,
  MAX_ROWS,
  parseRect,
  rectContains,
  rectsOverlap,
  sheetAddress,
  splitSheetAddress,
} from "../workbook/address";
import { dateSerial } from "../workbook/dates";
import {
  formulaShapeKey,
  relocateFormula,
  remapExtent,
  renameSheetInFormula,
  shiftFormula,
  ShiftSpec,
} from "./a1Refs";
import { fail } from "./errors";
import {
  FormulaRefError,
  RefResolver,
  structuredSyntaxError,
  TableGeometry,
  translateFormula,
} from "./structuredRefs";

export type Scalar = string | number | boolean;

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export interface CellState {
  /** Formula text as written (English, may hold structured references). */
  formula?: string;
  /** Constant content. */
  value?: Scalar;
  numberFormat?: string;
  format?: CellFormat;
}

export interface ValidationState {
  rect: CellRect;
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

/**
 * A conditional format. The sheet's list is in priority order (index 0 is the top priority, where
 * ConditionalFormatCollection.add puts a new rule); the API's `ConditionalFormat.id` is that
 * position, not `key`, which only the in-memory Excel sees.
 */
export interface ConditionalFormatState {
  key: string;
  /** The areas the rule applies to (more than one when added through RangeAreas). */
  areas: CellRect[];
  type: string;
  settings: Record<string, unknown>;
}

export interface TableColumnState {
  id: number;
  name: string;
}

export interface SortFieldState {
  key: number;
  ascending: boolean;
}

/** The AutoFilter criteria the in-memory Excel evaluates (Values and Custom). */
export interface FilterCriteriaState {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: "And" | "Or";
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: CellRect;
  columns: TableColumnState[];
  style: string;
  nextColumnId: number;
  /** The last sort applied (TableSort.fields / matchCase). */
  sort: { fields: SortFieldState[]; matchCase: boolean };
  /** Filter buttons shown, and the criteria per column id. */
  autoFilter: { enabled: boolean; criteria: Map<number, FilterCriteriaState> };
}

export interface SheetState {
  id: string;
  name: string;
  hfId: number;
  cells: Map<number, CellState>;
  columnWidths: Map<number, number>;
  /** Hidden columns (Range.columnHidden), shifted with the columns like the widths. */
  hiddenColumns: Set<number>;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  frozenRows: number;
  frozenColumns: number;
  tabColor: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  charts: ChartState[];
  /** 0-based rows that are hidden (by a filter or Range.rowHidden). */
  hiddenRows: Set<number>;
  /** Page setup (ExcelApi 1.9 PageLayout): what a printout of the sheet looks like. */
  pageLayout: PageLayoutState;
}

export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  /** Excel.PaperType; a new sheet has Letter, as Excel in an en-US locale gives it. */
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: CellRect[] | null;
  /** Rows repeated at the top of each page. */
  printTitleRows: { row: number; rows: number } | null;
  /** Header and footer texts of every page (Excel's &P, &N, &D, &A codes as typed). */
  headersFooters: Record<
    "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter",
    string
  >;
}

export const defaultPageLayout = (): PageLayoutState => ({
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100 },
  printArea: null,
  printTitleRows: null,
  headersFooters: {
    leftHeader: "",
    centerHeader: "",
    rightHeader: "",
    leftFooter: "",
    centerFooter: "",
    rightFooter: "",
  },
});

/** A chart: its data as ranges on sheets, everything else as settings (title, axes, legend…). */
export interface ChartState {
  id: string;
  name: string;
  type: string;
  source: { sheet: SheetState; rect: CellRect };
  series: {
    name?: string;
    xValues?: { sheet: SheetState; rect: CellRect };
    values?: { sheet: SheetState; rect: CellRect };
  }[];
  settings: Record<string, unknown>;
  position?: [string, string];
}

export interface NamedItemState {
  name: string;
  /** A sheet reference (kept as object so renames follow) or a constant formula. */
  ref?: { sheet: SheetState; rect: CellRect };
  constant?: string;
  comment: string;
}

export type ChangeSource = "Local" | "Remote";

export type ChangeType =
  | "RangeEdited"
  | "RowInserted"
  | "RowDeleted"
  | "ColumnInserted"
  | "ColumnDeleted"
  | "CellInserted"
  | "CellDeleted";

export interface ChangedEvent {
  type: "WorksheetChanged";
  changeType: ChangeType;
  source: ChangeSource;
  worksheetId: string;
  address: string;
}

/**
 * Excel's ROUND: the number is first taken to 15 significant digits (what Excel shows and
 * computes with), then rounded half away from zero. HyperFormula rounds the binary value, so
 * 22.8/7.6/40 (0.07499999999999999) became 0.07 where Excel and LibreOffice give 0.08.
 */
export function excelRoundNumber(x: number, places: number): number {
  if (!Number.isFinite(x)) return x;
  const m = Math.pow(10, Math.trunc(places));
  const s = Number(x.toPrecision(15));
  const scaled = Number((Math.abs(s) * m).toPrecision(15));
  return (Math.sign(s) * Math.round(scaled)) / m || 0; // no -0
}
{
  type RoundFn = (ast: unknown, state: unknown) => unknown;
  type Plugin = {
    runFunction(
      args: unknown,
      state: unknown,
      metadata: unknown,
      fn: (x: number, p: number) => number,
    ): unknown;
    metadata(name: string): unknown;
  };
  const plugin = HyperFormula.getFunctionPlugin("ROUND") as unknown as
    { prototype: { round: RoundFn } } | undefined;
  if (plugin)
    plugin.prototype.round = function (this: Plugin, ast: unknown, state: unknown) {
      return this.runFunction(
        (ast as { args: unknown }).args,
        state,
        this.metadata("ROUND"),
        excelRoundNumber,
      );
    };
}

/**
 * TODAY() is not volatile here. Excel recomputes a volatile formula (and everything that depends
 * on it) at every change, which gives the same value all day; the engine would recompute the
 * reference date's thousands of dependents at every write and every sheet it loads. A workbook
 * here does not live past midnight.
 */
{
  const plugin = HyperFormula.getFunctionPlugin("TODAY") as unknown as
    { implementedFunctions: Record<string, { isVolatile?: boolean }> } | undefined;
  if (plugin?.implementedFunctions.TODAY) plugin.implementedFunctions.TODAY.isVolatile = false;
}

function newEngine(): HyperFormula {
  return HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    // Excel's 1900 date system, as serial numbers
    nullDate: { year: 1899, month: 12, day: 30 },
    leapYear1900: false,
    smartRounding: true,
    // Excel shows 15 significant digits; the default (10) would turn 3,000,000,999.99 into 3,000,001,000
    precisionRounding: 14,
    maxRows: 1048576,
    maxColumns: 16384,
  });
}

/** One engine for every book's syntax checks (they need no cells). */
let checker: HyperFormula | null = null;
const syntaxChecker = () => (checker ??= newEngine());

const key = (row: number, col: number) => row * MAX_COLS + col;
/** Stands for the formula cell's row number in a cached translation (never typed in a formula). */
const ROW_TOKEN = "\u0001";
export const rowOf = (k: number) => Math.floor(k / MAX_COLS);
export const colOf = (k: number) => k % MAX_COLS;

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;
const NAME_RE = /^[A-Za-z_\\\u00C0-\u024F][A-Za-z0-9_.\\\u00C0-\u024F]*$/;

export class Book {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NamedItemState[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: CellRect } | null = null;
  /** The formula engine, made when it is first needed: making one costs ~30 ms and most books never need it. */
  private engine: HyperFormula | null = null;
  private engineSheets = 0;
  private counter = 0;
  /** Formula cells whose A1 translation depends on tables or names, with their last translation. */
  private symbolic = new Map<SheetState, Map<number, string>>();
  private geometryDirty = false;
  /**
   * Sheets whose cells are in the engine. A sheet goes in when a formula value is read from it or
   * from a sheet whose formulas refer to it, with everything it refers to in turn; until then a
   * write only changes the book's own state. Computing a test's workbook used to cost a second and
   * more for sheets no assertion reads (`lazy: false` loads every sheet as it is added).
   */
  private readonly loaded = new Set<SheetState>();
  /** Sheets a loaded formula refers to that are not loaded yet: loaded before the next value is read. */
  private readonly toLoad = new Set<SheetState>();
  private sheetNamesChanged = false;
  private readonly lazy: boolean;
  private readonly listeners = new Map<string, Set<(e: ChangedEvent) => void>>();
  private readonly bookListeners = new Set<() => void>();
  /**
   * Excel's AutoCorrect option "Fill formulas in tables to create calculated columns", which
   * also applies to writes from the API. Tests may switch it off.
   */
  calculatedColumnAutoFill = true;

  /**
   * @param evaluateFormulas false keeps formulas as text only (no HyperFormula): for benchmarks
   * that measure what crosses the wire, not how fast a formula engine recalculates.
   */
  constructor(
    private readonly evaluateFormulas = true,
    options: { lazy?: boolean } = {},
  ) {
    this.lazy = options.lazy ?? true;
  }

  private get hf(): HyperFormula {
    if (!this.engine) {
      this.engine = newEngine();
      for (const sheet of this.sheets) this.registerSheet(sheet);
    }
    return this.engine;
  }

  /** The engine gets every sheet, empty until it is loaded, so that names and renames go through it. */
  private registerSheet(sheet: SheetState): void {
    const hf = this.engine!;
    // a name no sheet can have (Excel forbids "*"), renamed at once
    const hfName = hf.addSheet(`*${++this.engineSheets}`);
    sheet.hfId = hf.getSheetId(hfName)!;
    hf.renameSheet(sheet.hfId, sheet.name);
  }

  /**
   * A deep copy of the book's cells, tables and names (tests build a workbook once and give each
   * case its own copy). Listeners are not copied. The engine's state is not ours to clone: with
   * `evaluate` the copy gets a new formula engine, loaded in one call per sheet when its values
   * are first read (far cheaper than the cell-by-cell writes that built the original).
   */
  copy(options: { evaluate?: boolean; lazy?: boolean } = {}): Book {
    const evaluate = options.evaluate ?? false;
    const copy = new Book(evaluate, { lazy: options.lazy ?? this.lazy });
    // one structuredClone keeps the references between sheets, tables, names and charts
    const state = structuredClone({
      sheets: this.sheets,
      tables: this.tables,
      names: this.names,
    });
    for (const sheet of state.sheets) {
      // the copy's engine, once made, knows its own sheets
      sheet.hfId = -1;
      copy.sheets.push(sheet);
    }
    copy.tables.push(...state.tables);
    copy.names.push(...state.names);
    copy.activeSheetId = this.activeSheetId;
    copy.selection = this.selection ? structuredClone(this.selection) : null;
    copy.counter = this.counter;
    copy.calculatedColumnAutoFill = this.calculatedColumnAutoFill;
    if (evaluate && !copy.lazy) for (const sheet of copy.sheets) copy.loadSheetIntoEngine(sheet);
    return copy;
  }

  /** How many sheets are in the formula engine (tests of the lazy loading). */
  loadedSheetCount(): number {
    return this.loaded.size;
  }

  private isLoaded(sheet: SheetState): boolean {
    return this.evaluateFormulas && this.loaded.has(sheet);
  }

  /** Loads a sheet and everything its formulas refer to, transitively. */
  private ensureLoaded(sheet: SheetState): void {
    if (!this.evaluateFormulas || this.loaded.has(sheet)) return;
    this.toLoad.add(sheet);
    this.loadPending();
  }

  private loadPending(): void {
    while (this.toLoad.size) {
      const [next] = this.toLoad;
      this.toLoad.delete(next);
      if (!this.loaded.has(next) && this.sheets.includes(next)) this.loadSheetIntoEngine(next);
    }
  }

  /**
   * Queues the unloaded sheets a formula's text names (as the engine reads it: `Name!` or
   * `'Name'!`, any case). A name inside a string literal loads a sheet for nothing: harmless.
   */
  private noteReferences(text: string): void {
    if (this.loaded.size === this.sheets.length) return;
    const lower = text.toLowerCase();
    if (!lower.includes("!")) return;
    for (const sheet of this.sheets) {
      if (this.loaded.has(sheet) || this.toLoad.has(sheet)) continue;
      const name = sheet.name.toLowerCase();
      if (lower.includes(`${name}!`) || lower.includes(`'${name.replace(/'/g, "''")}'!`))
        this.toLoad.add(sheet);
    }
  }

  /** Every cell of a sheet into the engine in one call (the sheet is empty in the engine). */
  private loadSheetIntoEngine(sheet: SheetState): void {
    this.loaded.add(sheet);
    const content: (Scalar | null)[][] = [];
    for (const [k, cell] of sheet.cells) {
      if (cell.formula === undefined && cell.value === undefined) continue;
      const row = rowOf(k);
      const col = colOf(k);
      const cells = (content[row] ??= []);
      if (cell.formula !== undefined) {
        const text = this.translated(sheet, row, col, cell.formula);
        this.noteReferences(text);
        cells[col] = text;
      } else cells[col] = engineValue(cell.value as Scalar);
    }
    // the engine wants no holes: blank cells are null
    for (let r = 0; r < content.length; r++) {
      const cells = (content[r] ??= []);
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    }
    this.suspend();
    // not setSheetContent: it clears the sheet first, and clearing marks every ROW()/ROWS()
    // formula of every sheet for recomputation (each sheet loaded later would compute them again)
    if (content.length) this.hf.setCellContents({ sheet: sheet.hfId, row: 0, col: 0 }, content);
  }

  nextId(prefix: string): string {
    this.counter += 1;
    return `{${prefix}-${this.counter}}`;
  }

  // ---- sheets -------------------------------------------------------------------------------

  findSheet(nameOrId: string): SheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  checkSheetName(name: string, except?: SheetState): void {
    if (!name || name.length > 31 || INVALID_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
      fail("InvalidArgument", `The sheet name "${name}" is not valid.`);
    }
    const other = this.findSheet(name);
    if (other && other !== except) fail("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }

  addSheet(name?: string): SheetState {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.checkSheetName(sheetName);
    const sheet: SheetState = {
      id: this.nextId("sheet"),
      name: sheetName,
      hfId: -1,
      cells: new Map(),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      validations: [],
      conditionalFormats: [],
      charts: [],
      hiddenRows: new Set(),
      pageLayout: defaultPageLayout(),
      frozenRows: 0,
      frozenColumns: 0,
      tabColor: "",
      visibility: "Visible",
    };
    this.sheets.push(sheet);
    if (this.engine) this.registerSheet(sheet);
    if (!this.lazy && this.evaluateFormulas) {
      this.loaded.add(sheet);
      void this.hf; // made now, with this sheet
    }
    this.sheetNamesChanged = true;
    this.activeSheetId ??= sheet.id;
    this.geometryChanged();
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.checkSheetName(name, sheet);
    const before = sheet.name;
    sheet.name = name;
    this.engine?.renameSheet(sheet.hfId, name);
    // Excel rewrites every formula that names the sheet; the engine has renamed the references of
    // the sheets it holds already, the others are loaded with the new text
    this.rewriteFormulas((_s, _r, _c, f) => renameSheetInFormula(f, before, name), "all");
    this.rewriteNameFormulas((f) => renameSheetInFormula(f, before, name));
    this.sheetNamesChanged = true;
    this.geometryChanged();
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1)
      fail("InvalidOperation", "A workbook must keep at least one visible sheet.");
    this.engine?.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    for (let i = this.names.length - 1; i >= 0; i--)
      if (this.names[i].ref?.sheet === sheet) this.names.splice(i, 1);
    this.symbolic.delete(sheet);
    this.loaded.delete(sheet);
    this.toLoad.delete(sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
    this.geometryChanged();
  }

  moveSheet(sheet: SheetState, position: number): void {
    const from = this.sheets.indexOf(sheet);
    if (position < 0 || position >= this.sheets.length)
      fail("InvalidArgument", "Sheet position out of range.");
    this.sheets.splice(from, 1);
    this.sheets.splice(position, 0, sheet);
  }

  // ---- cells --------------------------------------------------------------------------------

  cell(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.cells.get(key(row, col));
  }

  private cellForWrite(sheet: SheetState, row: number, col: number): CellState {
    const k = key(row, col);
    let c = sheet.cells.get(k);
    if (!c) {
      c = {};
      sheet.cells.set(k, c);
    }
    return c;
  }

  /**
   * Writes a block the way Range.values / Range.formulas do: null leaves a cell alone, "" clears
   * it, "=…" is a formula, a leading apostrophe forces text, and other text is parsed like typed
   * input (numbers, TRUE/FALSE) unless the cell's number format is Text ("@").
   */
  writeContents(sheet: SheetState, rect: CellRect, data: unknown[][]): void {
    const hfBlock: (Scalar | null | undefined)[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const rowIn = data[r];
      const hfRow: (Scalar | null | undefined)[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const input = rowIn[c];
        if (input === null || input === undefined) {
          hfRow.push(undefined);
          continue;
        }
        const row = rect.row + r;
        const col = rect.col + c;
        const existing = this.cell(sheet, row, col);
        const parsed = parseInput(input, existing?.numberFormat === "@");
        const k = key(row, col);
        if (parsed.kind === "empty") {
          if (existing) {
            delete existing.formula;
            delete existing.value;
            if (existing.numberFormat === undefined && existing.format === undefined) sheet.cells.delete(k);
          }
          this.symbolic.get(sheet)?.delete(k);
          hfRow.push(null);
        } else if (parsed.kind === "formula") {
          const syntax = structuredSyntaxError(parsed.formula);
          if (syntax) fail("InvalidArgument", `There's a problem with this formula: ${syntax}.`);
          const cell = this.cellForWrite(sheet, row, col);
          if (cell.formula === parsed.formula) {
            hfRow.push(undefined); // the same formula again: nothing changes
            continue;
          }
          cell.formula = parsed.formula;
          delete cell.value;
          hfRow.push(this.translated(sheet, row, col, parsed.formula));
        } else {
          const cell = this.cellForWrite(sheet, row, col);
          delete cell.formula;
          cell.value = parsed.value;
          this.symbolic.get(sheet)?.delete(k);
          hfRow.push(typeof parsed.value === "string" ? `'${parsed.value}` : parsed.value);
        }
      }
      hfBlock.push(hfRow);
    }
    this.pushToEngine(sheet, rect, hfBlock);
  }

  private pushToEngine(sheet: SheetState, rect: CellRect, block: (Scalar | null | undefined)[][]): void {
    // one call for a block without gaps: HyperFormula's cost is per call
    if (block.every((row) => row.every((v) => v !== undefined))) {
      if (block.length && block[0].length)
        this.hfWrite(sheet, rect.row, rect.col, block as (Scalar | null)[][]);
      return;
    }
    // HyperFormula has no "leave alone": write contiguous runs of defined cells per row
    for (let r = 0; r < block.length; r++) {
      const row = block[r];
      let c = 0;
      while (c < row.length) {
        if (row[c] === undefined) {
          c++;
          continue;
        }
        let end = c;
        while (end < row.length && row[end] !== undefined) end++;
        this.hfWrite(sheet, rect.row + r, rect.col + c, [row.slice(c, end) as (Scalar | null)[]]);
        c = end;
      }
    }
  }

  private pendingEval = false;
  private hfWrite(sheet: SheetState, row: number, col: number, content: (Scalar | null)[][]): void {
    if (!this.isLoaded(sheet)) return;
    for (const cells of content)
      for (const v of cells) if (typeof v === "string" && v.startsWith("=")) this.noteReferences(v);
    this.suspend();
    this.hf.setCellContents({ sheet: sheet.hfId, row, col }, content);
  }

  private suspend(): void {
    if (!this.pendingEval) {
      this.hf.suspendEvaluation();
      this.pendingEval = true;
    }
  }

  /** Copies of the cells of a block (undefined for an empty cell). */
  snapshotCells(sheet: SheetState, rect: CellRect): (CellState | undefined)[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => {
        const cell = this.cell(sheet, rect.row + r, rect.col + c);
        return cell ? cloneCell(cell) : undefined;
      }),
    );
  }

  /**
   * Replaces a block of cells exactly (contents, number formats and formats), as moving cells
   * does; validations and conditional formats stay where they are.
   */
  private putCells(sheet: SheetState, row: number, col: number, cells: (CellState | undefined)[][]): void {
    const block: (Scalar | null)[][] = [];
    for (let r = 0; r < cells.length; r++) {
      const hfRow: (Scalar | null)[] = [];
      for (let c = 0; c < cells[r].length; c++) {
        const src = cells[r][c];
        const k = key(row + r, col + c);
        if (!src || isEmptyCell(src)) {
          sheet.cells.delete(k);
          this.symbolic.get(sheet)?.delete(k);
          hfRow.push(null);
          continue;
        }
        sheet.cells.set(k, cloneCell(src));
        if (src.formula !== undefined) hfRow.push(this.translated(sheet, row + r, col + c, src.formula));
        else {
          this.symbolic.get(sheet)?.delete(k);
          hfRow.push(src.value === undefined ? null : engineValue(src.value));
        }
      }
      block.push(hfRow);
    }
    if (block.length && block[0].length)
      this.pushToEngine(sheet, { row, col, rows: block.length, cols: block[0].length }, block);
  }

  /** Sends every cell of a sheet to the engine again (after cells moved). */
  private repushSheet(sheet: SheetState): void {
    this.symbolic.delete(sheet);
    if (!this.isLoaded(sheet)) return;
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    this.suspend();
    this.hf.clearSheet(sheet.hfId);
    let i = 0;
    while (i < keys.length) {
      const row = rowOf(keys[i]);
      const col = colOf(keys[i]);
      const run: (Scalar | null)[] = [];
      let j = i;
      while (j < keys.length && keys[j] === keys[i] + (j - i) && rowOf(keys[j]) === row) {
        const cell = sheet.cells.get(keys[j])!;
        if (cell.formula !== undefined) run.push(this.translated(sheet, row, col + (j - i), cell.formula));
        else run.push(cell.value === undefined ? null : engineValue(cell.value));
        j++;
      }
      this.hfWrite(sheet, row, col, [run]);
      i = j;
    }
  }

  /** Rewrites formula text in every cell of the workbook; changed cells go to the engine again. */
  private rewriteFormulas(
    fn: (sheet: SheetState, row: number, col: number, formula: string) => string,
    skipEngine?: SheetState | "all",
  ): void {
    for (const sheet of this.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const next = fn(sheet, rowOf(k), colOf(k), cell.formula);
        if (next === cell.formula) continue;
        cell.formula = next;
        if (skipEngine !== "all" && sheet !== skipEngine && this.isLoaded(sheet))
          this.hfWrite(sheet, rowOf(k), colOf(k), [[this.translated(sheet, rowOf(k), colOf(k), next)]]);
      }
    }
  }

  /** Rewrites the formula of every name defined by a formula (not by a range). */
  private rewriteNameFormulas(fn: (formula: string) => string): void {
    for (const n of this.names) if (n.constant !== undefined) n.constant = fn(n.constant);
  }

  private translated(sheet: SheetState, row: number, col: number, formula: string): string {
    // nobody reads the A1 translation of a sheet the engine does not hold: skip its cost (it was
    // most of a test's time); the sheet is translated when it is loaded
    if (!this.isLoaded(sheet)) return formula;
    let map = this.symbolic.get(sheet);
    const { template, symbolic } = this.translationTemplate(sheet, row, col, formula);
    const text = symbolic ? template.split(ROW_TOKEN).join(String(row + 1)) : template;
    if (symbolic) {
      if (!map) this.symbolic.set(sheet, (map = new Map()));
      map.set(key(row, col), text);
    } else map?.delete(key(row, col));
    return text;
  }

  /**
   * A formula's translation with this-row references left as ROW_TOKEN. A table repeats one
   * formula in every row, so between two geometry changes each distinct formula of a column is
   * translated once (translation was most of a large test's time).
   */
  private translationTemplate(
    sheet: SheetState,
    row: number,
    col: number,
    formula: string,
  ): { template: string; symbolic: boolean } {
    const bare = formula.includes("[") ? (this.resolver.tableAt(sheet.name, row, col)?.name ?? "") : "";
    const cacheKey = `${sheet.name}\u0000${col}\u0000${bare}\u0000${formula}`;
    let hit = this.translations.get(cacheKey);
    if (!hit) {
      try {
        const t = translateFormula(formula, { sheetName: sheet.name, row, col }, this.resolver, {
          rowToken: ROW_TOKEN,
        });
        hit = { template: t.text, symbolic: t.symbolic };
      } catch (e) {
        if (!(e instanceof FormulaRefError)) throw e;
        hit = { template: "=#REF!", symbolic: true };
      }
      if (this.translations.size >= 50_000) this.translations.clear();
      this.translations.set(cacheKey, hit);
    }
    return hit;
  }
  private readonly translations = new Map<string, { template: string; symbolic: boolean }>();

  /** Brings the engine up to date; called before any value is read. */
  evaluate(): void {
    if (this.geometryDirty) {
      this.geometryDirty = false;
      for (const [sheet, map] of this.symbolic) {
        for (const [k, previous] of [...map]) {
          const cell = sheet.cells.get(k);
          if (!cell?.formula) {
            map.delete(k);
            continue;
          }
          const text = this.translated(sheet, rowOf(k), colOf(k), cell.formula);
          // only cells whose references moved go back to the engine
          if (text !== previous) this.hfWrite(sheet, rowOf(k), colOf(k), [[text]]);
        }
      }
    }
    if (this.sheetNamesChanged) {
      // a loaded formula may name a sheet that has only now been added or renamed to that name
      this.sheetNamesChanged = false;
      // (in the text as typed, and in the translation, where names and tables are expanded)
      if (this.loaded.size && this.loaded.size < this.sheets.length)
        for (const sheet of this.loaded) {
          for (const cell of sheet.cells.values()) if (cell.formula) this.noteReferences(cell.formula);
          for (const text of this.symbolic.get(sheet)?.values() ?? []) this.noteReferences(text);
        }
    }
    this.loadPending();
    if (this.pendingEval) {
      this.pendingEval = false;
      this.hf.resumeEvaluation();
    }
  }

  /** False when Excel would reject the formula text (syntax only; English function names). */
  isValidFormula(formula: string): boolean {
    return formula.startsWith("=") && syntaxChecker().validateFormula(formula);
  }

  /**
   * The value of a formula that refers to no cell, as a conditional format's rule computes it in
   * every cell it covers (e.g. `=N("…")=0` is TRUE); undefined when formulas are not evaluated.
   */
  constantFormulaValue(sheet: SheetState, formula: string): Scalar | undefined {
    if (!this.evaluateFormulas || !this.isValidFormula(formula)) return undefined;
    this.ensureLoaded(sheet);
    this.noteReferences(formula);
    this.evaluate();
    const v = this.hf.calculateFormula(formula, sheet.hfId);
    if (Array.isArray(v)) return undefined;
    if (v !== null && typeof v === "object") return "value" in v ? String(v.value) : undefined;
    return v as Scalar;
  }

  /** Value as Range.values reports it: computed for formulas, "" for empty, "#DIV/0!" for errors. */
  value(sheet: SheetState, row: number, col: number): Scalar {
    const cell = this.cell(sheet, row, col);
    if (!cell) return "";
    if (cell.formula === undefined) return cell.value ?? "";
    if (!this.evaluateFormulas) return "#N/A";
    this.ensureLoaded(sheet);
    this.evaluate();
    const v = this.hf.getCellValue({ sheet: sheet.hfId, row, col });
    if (v === null || v === undefined) return 0; // a formula returning an empty reference shows 0
    if (typeof v === "object") return String((v as { value: unknown }).value);
    return v as Scalar;
  }

  formula(sheet: SheetState, row: number, col: number): Scalar {
    const cell = this.cell(sheet, row, col);
    if (!cell) return "";
    if (cell.formula !== undefined) return cell.formula;
    return cell.value ?? "";
  }

  markGeometryChanged(): void {
    this.geometryChanged();
  }

  /** Tables, names or sheets changed: every translation must be made again. */
  private geometryChanged(): void {
    this.geometryDirty = true;
    this.translations.clear();
  }

  /** The used cells' bounding box inside `within` (Range.getUsedRange), or null. */
  usedRectWithin(sheet: SheetState, within: CellRect, valuesOnly: boolean): CellRect | null {
    const box = new Bounds();
    for (const [k, cell] of sheet.cells) {
      const used =
        !valuesOnly || cell.formula !== undefined || (cell.value !== undefined && cell.value !== "");
      if (used && rectContains(within, rowOf(k), colOf(k))) box.take(rowOf(k), colOf(k));
    }
    if (!valuesOnly)
      for (const t of this.tables) {
        if (t.sheet !== sheet) continue;
        const top = Math.max(t.rect.row, within.row);
        const left = Math.max(t.rect.col, within.col);
        const bottom = Math.min(t.rect.row + t.rect.rows, within.row + within.rows) - 1;
        const right = Math.min(t.rect.col + t.rect.cols, within.col + within.cols) - 1;
        if (top <= bottom && left <= right) {
          box.take(top, left);
          box.take(bottom, right);
        }
      }
    return box.rect();
  }

  usedRect(sheet: SheetState, valuesOnly: boolean): CellRect | null {
    const box = new Bounds();
    for (const [k, cell] of sheet.cells) {
      if (valuesOnly && cell.formula === undefined && cell.value === undefined) continue;
      box.take(rowOf(k), colOf(k));
    }
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      box.take(t.rect.row, t.rect.col);
      box.take(t.rect.row + t.rect.rows - 1, t.rect.col + t.rect.cols - 1);
    }
    return box.rect();
  }

  clear(sheet: SheetState, rect: CellRect, what: "All" | "Contents" | "Formats"): void {
    const block: (Scalar | null | undefined)[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: (Scalar | null | undefined)[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const k = key(rect.row + r, rect.col + c);
        const cell = sheet.cells.get(k);
        if (!cell) {
          row.push(undefined);
          continue;
        }
        if (what !== "Formats") {
          delete cell.formula;
          delete cell.value;
          this.symbolic.get(sheet)?.delete(k);
          row.push(null);
        } else row.push(undefined);
        if (what !== "Contents") {
          delete cell.numberFormat;
          delete cell.format;
        }
        if (cell.formula === undefined && cell.value === undefined && !cell.numberFormat && !cell.format) {
          sheet.cells.delete(k);
        }
      }
      block.push(row);
    }
    this.pushToEngine(sheet, rect, block);
    if (what !== "Contents") {
      sheet.validations = sheet.validations.filter((v) => !rectsOverlap(v.rect, rect));
      // the cleared cells leave the rule (here: whole areas that overlap them)
      sheet.conditionalFormats = sheet.conditionalFormats.flatMap((v) => {
        const areas = v.areas.filter((a) => !rectsOverlap(a, rect));
        if (areas.length === v.areas.length) return [v];
        return areas.length ? [{ ...v, areas }] : [];
      });
    }
  }

  setNumberFormat(sheet: SheetState, rect: CellRect, formats: unknown[][]): void {
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        const f = formats[r][c];
        if (f === null || f === undefined) continue;
        this.cellForWrite(sheet, rect.row + r, rect.col + c).numberFormat = String(f);
      }
    }
  }

  setFormat(sheet: SheetState, rect: CellRect, patch: CellFormat | null): void {
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        if (patch === null) {
          const cell = this.cell(sheet, rect.row + r, rect.col + c);
          if (cell) delete cell.format?.fill;
          continue;
        }
        const cell = this.cellForWrite(sheet, rect.row + r, rect.col + c);
        cell.format = { ...cell.format, ...patch };
      }
    }
  }

  // ---- tables -------------------------------------------------------------------------------

  findTable(nameOrId: string): TableState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.id === nameOrId || t.name.toLowerCase() === lower);
  }

  checkTableName(name: string, except?: TableState): void {
    if (
      !NAME_RE.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[rRcC]$/.test(name) ||
      name.length > 255
    ) {
      fail("InvalidArgument", `The table name "${name}" is not valid.`);
    }
    const lower = name.toLowerCase();
    const clash =
      this.tables.some((t) => t !== except && t.name.toLowerCase() === lower) ||
      this.names.some((n) => n.name.toLowerCase() === lower);
    if (clash) fail("ItemAlreadyExists", `The name "${name}" is already in use.`);
  }

  addTable(sheet: SheetState, rect: CellRect, hasHeaders: boolean): TableState {
    if (this.tables.some((t) => t.sheet === sheet && rectsOverlap(t.rect, rect))) {
      fail("InvalidArgument", "A table cannot overlap another table.");
    }
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`) || this.names.some((x) => x.name.toLowerCase() === `table${n}`)) n++;
    let area = rect;
    if (!hasHeaders) {
      // Excel inserts a header row above the data with Column1…N
      area = { ...rect, row: rect.row - 1, rows: rect.rows + 1 };
      if (area.row < 0) fail("InvalidArgument", "There is no room for a header row.");
      this.writeContents(sheet, { ...area, rows: 1 }, [
        Array.from({ length: rect.cols }, (_, i) => `Column${i + 1}`),
      ]);
    }
    if (area.rows === 1) area = { ...area, rows: 2 }; // a table always has a data row
    const columns: TableColumnState[] = [];
    const seen = new Set<string>();
    for (let c = 0; c < area.cols; c++) {
      let name = String(this.value(sheet, area.row, area.col + c)).trim() || `Column${c + 1}`;
      let base = name;
      let k = 2;
      while (seen.has(name.toLowerCase())) name = `${base}${k++}`;
      base = name;
      seen.add(name.toLowerCase());
      columns.push({ id: c + 1, name });
      // Excel writes the (de-duplicated) header text into the header cells as text
      this.writeContents(sheet, { row: area.row, col: area.col + c, rows: 1, cols: 1 }, [[`'${name}`]]);
    }
    const table: TableState = {
      id: this.nextId("table"),
      name: `Table${n}`,
      sheet,
      rect: area,
      columns,
      style: "TableStyleMedium2",
      nextColumnId: columns.length + 1,
      sort: { fields: [], matchCase: false },
      autoFilter: { enabled: true, criteria: new Map() },
    };
    this.tables.push(table);
    this.geometryChanged();
    return table;
  }

  renameTable(table: TableState, name: string): void {
    this.checkTableName(name, table);
    const old = table.name;
    table.name = name;
    // formulas and names that named the table follow the rename, as in Excel; those the engine
    // holds are translated again (they depend on a table), the others are loaded with the new text
    const rename = identRenamer(old, name);
    this.rewriteFormulas((_s, _r, _c, f) => rename(f), "all");
    this.rewriteNameFormulas(rename);
    this.geometryChanged();
  }

  deleteTable(table: TableState): void {
    this.clear(table.sheet, table.rect, "All");
    this.tables.splice(this.tables.indexOf(table), 1);
    this.geometryChanged();
  }

  /**
   * Inserts rows at the end of (or inside) a table's body (ListRows.Add). When the cells under
   * the table are not empty, the cells under the table's columns shift down (cells beside the
   * table stay), as Excel does.
   */
  addTableRows(table: TableState, index: number | null, values: unknown[][] | null, count: number): void {
    const body = this.dataRows(table);
    const at = index === null || index === undefined || index < 0 ? body : index;
    if (at > body) fail("InvalidArgument", "Row index beyond the end of the table.");
    const sheet = table.sheet;
    const blankOnlyRow = body === 1 && this.rowIsBlank(table, table.rect.row + 1);
    const inserted = blankOnlyRow ? Math.max(0, count - 1) : count;
    const band = { from: table.rect.col, to: table.rect.col + table.rect.cols };
    const firstDataRow = table.rect.row + 1;
    const startRow = blankOnlyRow ? firstDataRow : firstDataRow + at;
    // calculated columns, as they are before the new rows exist
    const calc = table.columns.map((_, c) => (blankOnlyRow ? undefined : this.calculatedFormula(table, c)));
    const before = { top: firstDataRow, rows: body, end: table.rect.row + table.rect.rows };
    if (inserted > 0) {
      const below = { row: before.end, col: table.rect.col, rows: inserted, cols: table.rect.cols };
      const occupied =
        this.areaHasContent(sheet, below) ||
        this.tables.some((t) => t !== table && t.sheet === sheet && rectsOverlap(t.rect, below));
      if (occupied) this.shiftCells(sheet, { axis: "row", at: before.end, count: inserted, band });
      // move rows after the insertion point down (within the table's columns)
      if (at < body) {
        const tail = body - at;
        const snapshot = this.snapshotCells(sheet, {
          row: startRow,
          col: band.from,
          rows: tail,
          cols: band.to - band.from,
        });
        this.putCells(sheet, startRow + inserted, band.from, snapshot);
        this.putCells(
          sheet,
          startRow,
          band.from,
          Array.from({ length: inserted }, () => Array(band.to - band.from).fill(undefined)),
        );
      }
      table.rect = { ...table.rect, rows: table.rect.rows + inserted };
      this.geometryChanged();
      this.extendTableFormats(table, before, startRow, inserted);
    }
    const block: unknown[][] = [];
    for (let r = 0; r < count; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < table.rect.cols; c++) {
        const v = values?.[r]?.[c];
        const f = calc[c];
        row.push(
          v === null || v === undefined || v === ""
            ? f
              ? relocateFormula(f.formula, startRow + r - f.row, 0)
              : ""
            : v,
        );
      }
      block.push(row);
    }
    this.writeContents(
      sheet,
      { row: startRow, col: table.rect.col, rows: count, cols: table.rect.cols },
      block,
    );
  }

  private areaHasContent(sheet: SheetState, rect: CellRect): boolean {
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++)
        if (hasContent(this.cell(sheet, rect.row + r, rect.col + c))) return true;
    return false;
  }

  /**
   * The formula of a calculated column: the same formula (in R1C1 terms, so `=B2*2` in row 2 and
   * `=B3*2` in row 3 count as one) in every body row. Returns it with the row it was read from.
   */
  calculatedFormula(table: TableState, colIndex: number): { formula: string; row: number } | undefined {
    const col = table.rect.col + colIndex;
    let shape: string | undefined;
    let found: { formula: string; row: number } | undefined;
    for (let r = table.rect.row + 1; r < table.rect.row + table.rect.rows; r++) {
      const f = this.cell(table.sheet, r, col)?.formula;
      if (f === undefined) return undefined;
      const k = formulaShapeKey(f, r, col);
      if (shape !== undefined && k !== shape) return undefined;
      shape = k;
      found ??= { formula: f, row: r };
    }
    return found;
  }

  /**
   * New body rows take what covers the whole body of a column: data validation and conditional
   * formats that end at the old last row grow, and a number format shared by the whole body is
   * copied to the new cells.
   */
  private extendTableFormats(
    table: TableState,
    before: { top: number; rows: number; end: number },
    firstNew: number,
    added: number,
  ): void {
    const sheet = table.sheet;
    const within = (r: CellRect) =>
      r.col >= table.rect.col &&
      r.col + r.cols <= table.rect.col + table.rect.cols &&
      r.row <= before.top &&
      r.row >= table.rect.row &&
      r.row + r.rows === before.end;
    for (const v of sheet.validations) if (within(v.rect)) v.rect = { ...v.rect, rows: v.rect.rows + added };
    for (const cf of sheet.conditionalFormats)
      cf.areas = cf.areas.map((a) => (within(a) ? { ...a, rows: a.rows + added } : a));
    for (let c = 0; c < table.rect.cols; c++) {
      const col = table.rect.col + c;
      // a column's number format and cell format (fill, font), when uniform over the body, carry
      // over to the new rows, as Excel extends a table's formats when it grows
      let nf: string | undefined;
      let fmt: string | undefined;
      let nfUniform = true;
      let fmtUniform = true;
      for (let r = before.top; r < before.top + before.rows; r++) {
        // the moved tail now sits below the new rows
        const row = r >= firstNew ? r + added : r;
        const cell = this.cell(sheet, row, col);
        const f = cell?.numberFormat;
        if (f === undefined || (nf !== undefined && f !== nf)) nfUniform = false;
        else nf = f;
        const g = cell?.format ? JSON.stringify(cell.format) : undefined;
        if (g === undefined || (fmt !== undefined && g !== fmt)) fmtUniform = false;
        else fmt = g;
        if (!nfUniform && !fmtUniform) break;
      }
      for (let r = firstNew; r < firstNew + added; r++) {
        if (nfUniform && nf !== undefined) this.cellForWrite(sheet, r, col).numberFormat ??= nf;
        if (fmtUniform && fmt !== undefined) {
          const cell = this.cellForWrite(sheet, r, col);
          cell.format ??= JSON.parse(fmt) as CellFormat;
        }
      }
    }
  }

  dataRows(table: TableState): number {
    return table.rect.rows - 1;
  }

  private rowIsBlank(table: TableState, row: number): boolean {
    for (let c = 0; c < table.rect.cols; c++) {
      const cell = this.cell(table.sheet, row, table.rect.col + c);
      if (cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== "")))
        return false;
    }
    return true;
  }

  /** ListRow.delete: the rows go, the rows under them in the table move up. */
  deleteTableRows(table: TableState, index: number, count: number): void {
    const body = this.dataRows(table);
    if (index < 0 || index + count > body) fail("InvalidArgument", "Rows out of range.");
    const first = table.rect.row + 1 + index;
    const tail = body - index - count;
    const cols = table.rect.cols;
    const snapshot = this.snapshotCells(table.sheet, {
      row: first + count,
      col: table.rect.col,
      rows: tail,
      cols,
    });
    const blanks = Array.from({ length: Math.min(count, body - index) }, () => Array(cols).fill(undefined));
    this.putCells(table.sheet, first, table.rect.col, [...snapshot, ...blanks]);
    const remaining = Math.max(1, body - count);
    table.rect = { ...table.rect, rows: remaining + 1 };
    this.geometryChanged();
  }

  // ---- structure: insert/delete with shifting, sort, convert to range ----------------------

  /** Range.insert: whole rows/columns, or cells shifted down/right within the range's band. */
  insertCells(sheet: SheetState, rect: CellRect, shift: "Down" | "Right"): void {
    if (shift === "Down") {
      if (rect.rows >= MAX_ROWS) fail("InvalidArgument", "Whole columns cannot be shifted down.");
      this.shiftCells(sheet, {
        axis: "row",
        at: rect.row,
        count: rect.rows,
        band: { from: rect.col, to: rect.col + rect.cols },
      });
    } else if (shift === "Right") {
      if (rect.cols >= MAX_COLS) fail("InvalidArgument", "Whole rows cannot be shifted right.");
      this.shiftCells(sheet, {
        axis: "col",
        at: rect.col,
        count: rect.cols,
        band: { from: rect.row, to: rect.row + rect.rows },
      });
    } else fail("InvalidArgument", `Unknown shift direction ${String(shift)}.`);
  }

  /** Range.delete: whole rows/columns, or cells shifted up/left within the range's band. */
  deleteCells(sheet: SheetState, rect: CellRect, shift: "Up" | "Left"): void {
    if (shift === "Up") {
      if (rect.rows >= MAX_ROWS) fail("InvalidArgument", "Whole columns cannot be shifted up.");
      this.shiftCells(sheet, {
        axis: "row",
        at: rect.row,
        count: -rect.rows,
        band: { from: rect.col, to: rect.col + rect.cols },
      });
    } else if (shift === "Left") {
      if (rect.cols >= MAX_COLS) fail("InvalidArgument", "Whole rows cannot be shifted left.");
      this.shiftCells(sheet, {
        axis: "col",
        at: rect.col,
        count: -rect.cols,
        band: { from: rect.row, to: rect.row + rect.rows },
      });
    } else fail("InvalidArgument", `Unknown shift direction ${String(shift)}.`);
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) rows or columns at `at`, moving the cells of the
   * band after them. Tables, validations, conditional formats, names, charts, hidden rows,
   * column widths and A1 references in formulas (from any sheet) follow; tables that the point
   * falls inside grow or shrink. Structured references are left as written (they are translated
   * again from the new table geometry). Refuses (InsertDeleteConflict) to cut through a table.
   */
  shiftCells(sheet: SheetState, spec: ShiftSpec): void {
    if (spec.count === 0) return;
    const rowAxis = spec.axis === "row";
    const max = rowAxis ? MAX_ROWS : MAX_COLS;
    const n = Math.abs(spec.count);
    const insert = spec.count > 0;
    const mainOf = (r: CellRect): [number, number] => (rowAxis ? [r.row, r.rows] : [r.col, r.cols]);
    const crossOf = (r: CellRect): [number, number] => (rowAxis ? [r.col, r.cols] : [r.row, r.rows]);
    const inBand = (r: CellRect) => {
      const [s, l] = crossOf(r);
      return s >= spec.band.from && s + l <= spec.band.to;
    };
    const touchesBand = (r: CellRect) => {
      const [s, l] = crossOf(r);
      return s < spec.band.to && s + l > spec.band.from;
    };
    const withMain = (r: CellRect, start: number, len: number): CellRect =>
      rowAxis ? { ...r, row: start, rows: len } : { ...r, col: start, cols: len };
    const remap = (r: CellRect): CellRect | null | "same" => {
      if (!inBand(r)) return "same";
      const [s, l] = mainOf(r);
      const m = remapExtent(s, l, spec.at, spec.count, max);
      if (!m) return null;
      return m.start === s && m.len === l ? "same" : withMain(r, m.start, m.len);
    };
    const conflict = () =>
      fail(
        "InsertDeleteConflict",
        "This won't work because it would move cells in a table on your worksheet.",
      );

    // 1. check first: a refused shift changes nothing
    const tables = this.tables.filter((t) => t.sheet === sheet);
    for (const t of tables) {
      const [m0, ml] = mainOf(t.rect);
      if (!touchesBand(t.rect) || m0 + ml <= spec.at) continue;
      if (!inBand(t.rect)) conflict();
      if (!insert && rowAxis && spec.at <= m0 && spec.at + n > m0 && spec.at + n < m0 + ml) conflict();
    }
    if (insert) {
      for (const [k, cell] of sheet.cells) {
        const main = rowAxis ? rowOf(k) : colOf(k);
        const cross = rowAxis ? colOf(k) : rowOf(k);
        if (
          cross >= spec.band.from &&
          cross < spec.band.to &&
          main >= spec.at &&
          main + n >= max &&
          hasContent(cell)
        )
          fail("InvalidOperation", "Cells with content would be pushed off the sheet.");
      }
    }

    // what the new cells take: calculated columns of a table that grows, and (as Excel's
    // "format same as above/left") the formats of the cells before the insertion point
    const calcFill: { col: number; f: { formula: string; row: number } }[] = [];
    const formatsBefore: { cross: number; numberFormat?: string; format?: CellFormat }[] = [];
    if (insert) {
      for (const t of tables) {
        const [m0, ml] = mainOf(t.rect);
        if (!rowAxis || !inBand(t.rect) || spec.at <= m0 || spec.at >= m0 + ml) continue;
        t.columns.forEach((_, c) => {
          const f = this.calculatedFormula(t, c);
          if (f) calcFill.push({ col: t.rect.col + c, f });
        });
      }
      const headerRows = new Set(tables.map((t) => t.rect.row));
      if (spec.at > 0 && !(rowAxis && headerRows.has(spec.at - 1))) {
        for (const [k, cell] of sheet.cells) {
          const main = rowAxis ? rowOf(k) : colOf(k);
          const cross = rowAxis ? colOf(k) : rowOf(k);
          if (main !== spec.at - 1 || cross < spec.band.from || cross >= spec.band.to) continue;
          if (cell.numberFormat === undefined && cell.format === undefined) continue;
          formatsBefore.push({ cross, numberFormat: cell.numberFormat, format: cell.format });
        }
      }
    }

    // 2. cells
    const moved = new Map<number, CellState>();
    for (const [k, cell] of sheet.cells) {
      let r = rowOf(k);
      let c = colOf(k);
      const main = rowAxis ? r : c;
      const cross = rowAxis ? c : r;
      if (cross >= spec.band.from && cross < spec.band.to && main >= spec.at) {
        let next: number;
        if (insert) next = main + n;
        else if (main < spec.at + n) continue;
        else next = main - n;
        if (next >= max) continue;
        if (rowAxis) r = next;
        else c = next;
      }
      moved.set(key(r, c), cell);
    }
    sheet.cells = moved;

    // 3. tables
    const headersToWrite: { row: number; col: number; name: string }[] = [];
    for (const t of tables) {
      const [m0, ml] = mainOf(t.rect);
      if (!touchesBand(t.rect) || m0 + ml <= spec.at) continue;
      if (!rowAxis) {
        // columns inside the table become table columns, or stop being ones
        if (insert && spec.at > m0 && spec.at < m0 + ml) {
          const idx = spec.at - m0;
          const fresh: TableColumnState[] = [];
          for (let i = 0; i < n; i++) {
            let k = 1;
            const taken = (nm: string) =>
              [...t.columns, ...fresh].some((x) => x.name.toLowerCase() === nm.toLowerCase());
            while (taken(`Column${k}`)) k++;
            fresh.push({ id: t.nextColumnId++, name: `Column${k}` });
            headersToWrite.push({ row: t.rect.row, col: spec.at + i, name: `Column${k}` });
          }
          t.columns.splice(idx, 0, ...fresh);
        } else if (!insert) {
          const d0 = Math.max(spec.at, m0) - m0;
          const d1 = Math.min(spec.at + n, m0 + ml) - m0;
          if (d1 > d0) {
            for (const c of t.columns.slice(d0, d1)) t.autoFilter.criteria.delete(c.id);
            t.columns.splice(d0, d1 - d0);
          }
        }
      }
      const m = remapExtent(m0, ml, spec.at, spec.count, max);
      if (!m || (!rowAxis && t.columns.length === 0)) {
        this.tables.splice(this.tables.indexOf(t), 1);
        continue;
      }
      // a table keeps a body row even when all of its rows went
      t.rect = withMain(t.rect, m.start, rowAxis ? Math.max(2, m.len) : m.len);
    }
    for (const h of headersToWrite) this.cellForWrite(sheet, h.row, h.col).value = h.name;

    // 4. validations and conditional formats on this sheet
    sheet.validations = sheet.validations.flatMap((v) => {
      const r = remap(v.rect);
      if (r === null) return [];
      if (r !== "same") v.rect = r;
      return [v];
    });
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((v) => {
      v.areas = v.areas.flatMap((a) => {
        const r = remap(a);
        return r === null ? [] : r === "same" ? [a] : [r];
      });
      return v.areas.length ? [v] : [];
    });

    // 5. names, charts, hidden rows, column widths
    for (const item of this.names) {
      if (item.ref?.sheet === sheet) {
        const r = remap(item.ref.rect);
        if (r === null) {
          delete item.ref;
          item.constant = "=#REF!";
        } else if (r !== "same") item.ref = { sheet, rect: r };
      } else if (item.constant) item.constant = shiftFormula(item.constant, "", sheet.name, spec);
    }
    for (const s of this.sheets) {
      for (const chart of s.charts) {
        const move = (ref?: { sheet: SheetState; rect: CellRect }) => {
          if (!ref || ref.sheet !== sheet) return ref;
          const r = remap(ref.rect);
          return r === null ? undefined : r === "same" ? ref : { sheet, rect: r };
        };
        chart.source = move(chart.source) ?? chart.source;
        for (const series of chart.series) {
          series.values = move(series.values);
          series.xValues = move(series.xValues);
        }
      }
      // formulas in validation rules and conditional formats that point at this sheet
      const fix = (node: unknown): unknown => {
        if (typeof node === "string")
          return node.startsWith("=") ? shiftFormula(node, s.name, sheet.name, spec) : node;
        if (Array.isArray(node)) return node.map(fix);
        if (node && typeof node === "object")
          return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fix(v)]));
        return node;
      };
      for (const v of s.validations) v.rule = fix(v.rule) as Record<string, unknown>;
      for (const cf of s.conditionalFormats) cf.settings = fix(cf.settings) as Record<string, unknown>;
    }
    const wholeBand = spec.band.from === 0 && spec.band.to >= (rowAxis ? MAX_COLS : MAX_ROWS);
    if (wholeBand) {
      const remapIndex = (i: number) => (i < spec.at ? i : insert ? i + n : i < spec.at + n ? -1 : i - n);
      if (rowAxis)
        sheet.hiddenRows = new Set([...sheet.hiddenRows].map(remapIndex).filter((i) => i >= 0 && i < max));
      else {
        sheet.columnWidths = new Map(
          [...sheet.columnWidths]
            .map(([i, w]) => [remapIndex(i), w] as [number, number])
            .filter(([i]) => i >= 0 && i < max),
        );
        sheet.hiddenColumns = new Set(
          [...sheet.hiddenColumns].map(remapIndex).filter((i) => i >= 0 && i < max),
        );
      }
    }

    // 6. A1 references in formulas, then the engine
    this.rewriteFormulas((s, _r, _c, f) => shiftFormula(f, s.name, sheet.name, spec), sheet);
    this.repushSheet(sheet);
    this.geometryChanged();
    for (const fmt of formatsBefore) {
      for (let i = 0; i < n; i++) {
        const cell = rowAxis
          ? this.cellForWrite(sheet, spec.at + i, fmt.cross)
          : this.cellForWrite(sheet, fmt.cross, spec.at + i);
        if (fmt.numberFormat !== undefined) cell.numberFormat = fmt.numberFormat;
        if (fmt.format !== undefined) cell.format = { ...fmt.format };
      }
    }
    for (const { col, f } of calcFill) {
      const block = Array.from({ length: n }, (_, i) => [relocateFormula(f.formula, spec.at + i - f.row, 0)]);
      this.writeContents(sheet, { row: spec.at, col, rows: n, cols: 1 }, block);
    }
  }

  /**
   * Sorts a table's body rows as whole rows (values, formulas, number formats, formats), stable,
   * in Excel's order: numbers, text (case-insensitive unless matchCase), logicals, errors;
   * blanks last either way. Rows hidden by a filter stay where they are. Relative A1 references
   * in moved formulas move with their row; structured references stay as written.
   */
  sortTableBy(table: TableState, fields: { key: number; ascending?: boolean }[], matchCase = false): void {
    if (!Array.isArray(fields) || fields.length === 0)
      fail("InvalidArgument", "Sort needs at least one field.");
    const keys = fields.map((f) => {
      if (!Number.isInteger(f.key) || f.key < 0 || f.key >= table.columns.length)
        fail("InvalidArgument", `The sort key ${f.key} is outside the table.`);
      return { key: f.key, ascending: f.ascending ?? true };
    });
    const { sheet } = table;
    const col = table.rect.col;
    const cols = table.rect.cols;
    const positions: number[] = [];
    for (let r = table.rect.row + 1; r < table.rect.row + table.rect.rows; r++)
      if (!sheet.hiddenRows.has(r)) positions.push(r);
    const rows = positions.map((r) => ({
      row: r,
      cells: this.snapshotCells(sheet, { row: r, col, rows: 1, cols })[0],
      keys: keys.map((k) => this.sortKey(sheet, r, col + k.key)),
    }));
    rows.sort((a, b) => {
      for (let i = 0; i < keys.length; i++) {
        const d = compareForSort(a.keys[i], b.keys[i], keys[i].ascending, matchCase);
        if (d !== 0) return d;
      }
      return 0;
    });
    rows.forEach((src, i) => {
      const to = positions[i];
      if (src.row === to) return;
      const cells = src.cells.map((c) =>
        c?.formula !== undefined ? { ...c, formula: relocateFormula(c.formula, to - src.row, 0) } : c,
      );
      this.putCells(sheet, to, col, [cells]);
    });
    table.sort = { fields: keys, matchCase };
  }

  /** For tests: a co-author sorts a table by one column (a Remote change). */
  sortTable(
    table: TableState | string,
    columnIndex: number,
    ascending = true,
    source: ChangeSource = "Remote",
  ): void {
    const t =
      typeof table === "string"
        ? (this.findTable(table) ?? fail("ItemNotFound", `No table ${table}.`))
        : table;
    this.sortTableBy(t, [{ key: columnIndex, ascending }]);
    this.evaluate();
    this.emitChanged(t.sheet, sheetAddress(t.sheet.name, t.rect), source);
  }

  private sortKey(sheet: SheetState, row: number, col: number): SortKey {
    const v = this.value(sheet, row, col);
    if (v === "" && !this.cell(sheet, row, col)?.formula) return { rank: 4, v: "" };
    if (typeof v === "number") return { rank: 0, v };
    if (typeof v === "boolean") return { rank: 2, v: v ? 1 : 0 };
    if (this.cell(sheet, row, col)?.formula && ERROR_RE.test(v)) return { rank: 3, v };
    return { rank: 1, v };
  }

  /**
   * Table.convertToRange: the table goes, its cells stay. Structured references to it anywhere
   * in the workbook (cells and names) become A1 references, as Excel rewrites them.
   */
  convertTableToRange(table: TableState): CellRect {
    const geometry = this.tableGeometry(table);
    const lower = table.name.toLowerCase();
    const resolver: RefResolver = {
      table: (name) => (name.toLowerCase() === lower ? geometry : null),
      tableAt: (sheetName, row, col) =>
        sheetName === table.sheet.name && rectContains(table.rect, row, col) ? geometry : null,
      name: () => null,
    };
    const toA1 = (formula: string, sheetName: string, row: number, col: number, local: boolean) => {
      try {
        return translateFormula(formula, { sheetName, row, col }, resolver, {
          keepUnknownTables: true,
          keepNames: true,
          localSheet: local ? sheetName : undefined,
        }).text;
      } catch (e) {
        if (e instanceof FormulaRefError) return formula;
        throw e;
      }
    };
    this.rewriteFormulas((s, r, c, f) => toA1(f, s.name, r, c, true));
    for (const item of this.names) {
      if (!item.constant) continue;
      const text = toA1(item.constant, "", 0, 0, false);
      if (text === item.constant) continue;
      const { sheet: sheetName, local } = splitSheetAddress(text.slice(1));
      const rect = sheetName !== null ? parseRect(local) : null;
      const target = sheetName !== null ? this.findSheet(sheetName) : undefined;
      if (rect && target) {
        delete item.constant;
        item.ref = { sheet: target, rect };
      } else item.constant = text;
    }
    this.tables.splice(this.tables.indexOf(table), 1);
    this.geometryChanged();
    return table.rect;
  }

  // ---- AutoFilter (tables) --------------------------------------------------------------------

  /** AutoFilter.apply on a table: sets a column's criteria (if given) and hides the rows that fail. */
  applyTableFilter(table: TableState, columnIndex?: number, criteria?: FilterCriteriaState): void {
    table.autoFilter.enabled = true;
    if (columnIndex !== undefined && columnIndex !== null && criteria) {
      const column =
        table.columns[columnIndex] ?? fail("InvalidArgument", "The column index is outside the table.");
      if (criteria.filterOn !== "Values" && criteria.filterOn !== "Custom")
        fail("NotImplemented", `In-memory Excel: filterOn "${criteria.filterOn}" is not modelled.`);
      if (criteria.filterOn === "Values" && !Array.isArray(criteria.values))
        fail("InvalidArgument", "A Values filter needs values.");
      if (criteria.filterOn === "Custom" && typeof criteria.criterion1 !== "string")
        fail("InvalidArgument", "A Custom filter needs criterion1.");
      table.autoFilter.criteria.set(column.id, structuredClone(criteria));
    }
    this.reapplyTableFilter(table);
  }

  /** Hides the body rows that fail the criteria and shows the others (AutoFilter.reapply). */
  reapplyTableFilter(table: TableState): void {
    const { sheet } = table;
    for (let r = table.rect.row + 1; r < table.rect.row + table.rect.rows; r++) {
      let visible = true;
      for (const [id, crit] of table.autoFilter.criteria) {
        const c = table.columns.findIndex((x) => x.id === id);
        if (c >= 0 && !passesFilter(this.value(sheet, r, table.rect.col + c), crit)) {
          visible = false;
          break;
        }
      }
      if (visible) sheet.hiddenRows.delete(r);
      else sheet.hiddenRows.add(r);
    }
  }

  /** clearCriteria (columnIndex undefined), clearColumnCriteria, or remove (enabled = false). */
  clearTableFilter(table: TableState, columnIndex?: number, remove = false): void {
    if (columnIndex === undefined) table.autoFilter.criteria.clear();
    else {
      const column =
        table.columns[columnIndex] ?? fail("InvalidArgument", "The column index is outside the table.");
      table.autoFilter.criteria.delete(column.id);
    }
    if (remove) table.autoFilter.enabled = false;
    this.reapplyTableFilter(table);
  }

  addTableColumn(
    table: TableState,
    index: number | null,
    name: string | null,
    values: unknown[][] | null,
  ): TableColumnState {
    const at = index ?? table.columns.length;
    if (at !== table.columns.length)
      fail("InvalidArgument", "In-memory Excel: columns can only be added at the end.");
    const col = table.rect.col + table.rect.cols;
    const area = { row: table.rect.row, col, rows: table.rect.rows, cols: 1 };
    if (this.tables.some((t) => t !== table && t.sheet === table.sheet && rectsOverlap(t.rect, area))) {
      fail("InvalidOperation", "The table would overlap another table.");
    }
    for (let r = 0; r < table.rect.rows; r++) {
      const cell = this.cell(table.sheet, table.rect.row + r, col);
      if (cell && (cell.formula !== undefined || cell.value !== undefined)) {
        fail(
          "InvalidOperation",
          "In-memory Excel: the column right of the table is not empty (shifting is not modelled).",
        );
      }
    }
    let colName = name ?? (values ? String(values[0][0]) : `Column${table.columns.length + 1}`);
    while (table.columns.some((c) => c.name.toLowerCase() === colName.toLowerCase())) colName += "2";
    const column = { id: table.nextColumnId++, name: colName };
    table.columns.push(column);
    table.rect = { ...table.rect, cols: table.rect.cols + 1 };
    this.writeContents(table.sheet, { row: table.rect.row, col, rows: 1, cols: 1 }, [[`'${colName}`]]);
    if (values && values.length > 1) {
      this.writeContents(
        table.sheet,
        { row: table.rect.row + 1, col, rows: values.length - 1, cols: 1 },
        values.slice(1),
      );
    }
    this.geometryChanged();
    return column;
  }

  renameTableColumn(table: TableState, column: TableColumnState, name: string): void {
    const idx = table.columns.indexOf(column);
    column.name = name;
    this.writeContents(table.sheet, { row: table.rect.row, col: table.rect.col + idx, rows: 1, cols: 1 }, [
      [`'${name}`],
    ]);
    this.geometryChanged();
  }

  /** Excel keeps header cells and column names in step: typing over a header renames the column. */
  syncHeadersFromCells(sheet: SheetState, rect: CellRect): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet || !rectsOverlap(t.rect, { ...rect })) continue;
      if (rect.row > t.rect.row || rect.row + rect.rows <= t.rect.row) continue;
      t.columns.forEach((col, i) => {
        const v = String(this.value(sheet, t.rect.row, t.rect.col + i)).trim();
        if (v && v !== col.name) {
          col.name = v;
          this.geometryChanged();
        } else if (!v) {
          this.writeContents(sheet, { row: t.rect.row, col: t.rect.col + i, rows: 1, cols: 1 }, [
            [`'${col.name}`],
          ]);
        }
      });
    }
  }

  /**
   * AutoExpansion: a block written just below a table, overlapping its columns, is taken into
   * it (calculated columns, whole-column validation, conditional formats and number formats
   * follow); a header written just right of the header row adds a column. `data` is what was
   * written (null = cell left alone); without it any write counts.
   */
  autoExpandTables(sheet: SheetState, rect: CellRect, data?: unknown[][]): void {
    const written = (r: number, c: number) => {
      if (!data) return true;
      const v = data[r - rect.row]?.[c - rect.col];
      return v !== null && v !== undefined && v !== "";
    };
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      const bottom = t.rect.row + t.rect.rows;
      const right = t.rect.col + t.rect.cols;
      const c0 = Math.max(rect.col, t.rect.col);
      const c1 = Math.min(rect.col + rect.cols, right);
      if (rect.row === bottom && c0 < c1) {
        let any = false;
        for (let r = rect.row; r < rect.row + rect.rows && !any; r++)
          for (let c = c0; c < c1 && !any; c++) any = written(r, c);
        const area = { row: bottom, col: t.rect.col, rows: rect.rows, cols: t.rect.cols };
        const blocked = this.tables.some((o) => o !== t && o.sheet === sheet && rectsOverlap(o.rect, area));
        if (any && !blocked && bottom + rect.rows <= MAX_ROWS) this.growTableRows(t, rect.rows);
      }
      if (
        rect.row <= t.rect.row &&
        rect.row + rect.rows > t.rect.row &&
        rect.col <= right &&
        rect.col + rect.cols > right
      ) {
        let added = 0;
        for (let c = right; c < rect.col + rect.cols && c < MAX_COLS; c++) {
          const text = String(this.value(sheet, t.rect.row, c)).trim();
          if (!written(t.rect.row, c) || !text) break;
          const area = { row: t.rect.row, col: c, rows: t.rect.rows, cols: 1 };
          if (this.tables.some((o) => o !== t && o.sheet === sheet && rectsOverlap(o.rect, area))) break;
          let name = text;
          let n = 2;
          while (t.columns.some((x) => x.name.toLowerCase() === name.toLowerCase())) name = `${text}${n++}`;
          t.columns.push({ id: t.nextColumnId++, name });
          this.writeContents(sheet, { row: t.rect.row, col: c, rows: 1, cols: 1 }, [[`'${name}`]]);
          added++;
        }
        if (added) {
          t.rect = { ...t.rect, cols: t.rect.cols + added };
          this.geometryChanged();
        }
      }
    }
  }

  /** Takes `added` rows under a table into its body, as AutoExpansion does. */
  private growTableRows(t: TableState, added: number): void {
    const before = { top: t.rect.row + 1, rows: t.rect.rows - 1, end: t.rect.row + t.rect.rows };
    const calc = t.columns.map((_, c) => this.calculatedFormula(t, c));
    t.rect = { ...t.rect, rows: t.rect.rows + added };
    this.geometryChanged();
    this.extendTableFormats(t, before, before.end, added);
    calc.forEach((f, c) => {
      if (!f) return;
      const col = t.rect.col + c;
      const block: (string | null)[][] = [];
      for (let r = before.end; r < before.end + added; r++)
        block.push([
          hasContent(this.cell(t.sheet, r, col)) ? null : relocateFormula(f.formula, r - f.row, 0),
        ]);
      this.writeContents(t.sheet, { row: before.end, col, rows: added, cols: 1 }, block);
    });
  }

  /**
   * Calculated-column AutoCorrect: a write that puts one formula into body cells of a table
   * column whose other body cells are blank or formulas fills the whole body with it.
   */
  autoFillCalculatedColumns(sheet: SheetState, rect: CellRect, data: unknown[][]): void {
    if (!this.calculatedColumnAutoFill) return;
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      const top = t.rect.row + 1;
      const end = t.rect.row + t.rect.rows;
      const r0 = Math.max(rect.row, top);
      const r1 = Math.min(rect.row + rect.rows, end);
      if (r0 >= r1) continue;
      const c0 = Math.max(rect.col, t.rect.col);
      const c1 = Math.min(rect.col + rect.cols, t.rect.col + t.rect.cols);
      for (let col = c0; col < c1; col++) {
        const writtenRows = new Set<number>();
        let source: { formula: string; row: number } | undefined;
        let shape: string | undefined;
        let ok = true;
        for (let r = r0; r < r1 && ok; r++) {
          const input = data[r - rect.row]?.[col - rect.col];
          if (input === null || input === undefined) continue;
          writtenRows.add(r);
          const f = this.cell(sheet, r, col)?.formula;
          const k = f === undefined ? undefined : formulaShapeKey(f, r, col);
          if (k === undefined || (shape !== undefined && k !== shape)) ok = false;
          else {
            shape = k;
            source ??= { formula: f!, row: r };
          }
        }
        if (!ok || !source) continue;
        for (let r = top; r < end && ok; r++) {
          if (writtenRows.has(r)) continue;
          const cell = this.cell(sheet, r, col);
          if (cell?.formula === undefined && cell?.value !== undefined) ok = false;
        }
        if (!ok) continue;
        const block: (string | null)[][] = [];
        for (let r = top; r < end; r++) {
          const f = this.cell(sheet, r, col)?.formula;
          block.push([
            writtenRows.has(r) || (f !== undefined && formulaShapeKey(f, r, col) === shape)
              ? null
              : relocateFormula(source.formula, r - source.row, 0),
          ]);
        }
        if (block.some((b) => b[0] !== null))
          this.writeContents(sheet, { row: top, col, rows: end - top, cols: 1 }, block);
      }
    }
  }

  tableGeometry(t: TableState): TableGeometry {
    return { name: t.name, sheetName: t.sheet.name, rect: t.rect, columns: t.columns.map((c) => c.name) };
  }

  readonly resolver: RefResolver = {
    table: (name) => {
      const t = this.findTable(name);
      return t && t.name.toLowerCase() === name.toLowerCase() ? this.tableGeometry(t) : null;
    },
    tableAt: (sheetName, row, col) => {
      const t = this.tables.find(
        (x) =>
          x.sheet.name === sheetName &&
          row >= x.rect.row &&
          row < x.rect.row + x.rect.rows &&
          col >= x.rect.col &&
          col < x.rect.col + x.rect.cols,
      );
      return t ? this.tableGeometry(t) : null;
    },
    name: (name) => {
      const n = this.findName(name);
      if (!n) return null;
      return n.ref ? this.refText(n.ref) : n.constant!.replace(/^=/, "");
    },
  };

  // ---- names --------------------------------------------------------------------------------

  findName(name: string): NamedItemState | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  refText(ref: { sheet: SheetState; rect: CellRect }): string {
    const { rect } = ref;
    const a = `$${columnLetters(rect.col)}$${rect.row + 1}`;
    const b = `$${columnLetters(rect.col + rect.cols - 1)}$${rect.row + rect.rows}`;
    const q = `'${ref.sheet.name.replace(/'/g, "''")}'`;
    return rect.rows === 1 && rect.cols === 1 ? `${q}!${a}` : `${q}!${a}:${b}`;
  }

  addName(name: string, reference: string, comment: string): NamedItemState {
    if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      fail("InvalidArgument", `The name "${name}" is not valid.`);
    if (this.findName(name) || this.findTable(name))
      fail("ItemAlreadyExists", `The name "${name}" already exists.`);
    const text = reference.startsWith("=") ? reference.slice(1) : reference;
    const { sheet, local } = splitSheetAddress(text);
    const rect = sheet !== null ? parseRect(local) : null;
    let item: NamedItemState;
    if (sheet !== null && rect) {
      const s = this.findSheet(sheet);
      if (!s) fail("InvalidReference", `There is no sheet "${sheet}".`);
      item = { name, ref: { sheet: s!, rect }, comment };
    } else {
      item = { name, constant: `=${text}`, comment };
    }
    this.names.push(item);
    this.geometryChanged();
    return item;
  }

  deleteName(item: NamedItemState): void {
    this.names.splice(this.names.indexOf(item), 1);
    this.geometryChanged();
  }

  // ---- events -------------------------------------------------------------------------------

  onChanged(sheetId: string, handler: (e: ChangedEvent) => void): () => void {
    let set = this.listeners.get(sheetId);
    if (!set) this.listeners.set(sheetId, (set = new Set()));
    set.add(handler);
    return () => set!.delete(handler);
  }

  emitChanged(
    sheet: SheetState,
    address: string,
    source: ChangeSource,
    changeType: ChangeType = "RangeEdited",
  ): void {
    const handlers = this.listeners.get(sheet.id);
    if (handlers?.size) {
      const event: ChangedEvent = {
        type: "WorksheetChanged",
        changeType,
        source,
        worksheetId: sheet.id,
        address,
      };
      for (const h of handlers) setTimeout(() => h(event), 0);
    }
    for (const l of this.bookListeners) l();
  }

  /** For the preview grid: called after every sync and every user edit. */
  subscribe(listener: () => void): () => void {
    this.bookListeners.add(listener);
    return () => this.bookListeners.delete(listener);
  }

  notify(): void {
    for (const l of this.bookListeners) l();
  }
}

const ERROR_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|CYCLE!|ERROR!)$/;

interface SortKey {
  rank: number;
  v: string | number;
}

const collatorFold = new Intl.Collator("en", { sensitivity: "accent", numeric: false });
const collatorCase = new Intl.Collator("en", { sensitivity: "variant", caseFirst: "lower" });

/** Excel's sort order: numbers < text < logicals < errors, blanks last in both directions. */
function compareForSort(a: SortKey, b: SortKey, ascending: boolean, matchCase: boolean): number {
  if (a.rank === 4 || b.rank === 4) return a.rank === b.rank ? 0 : a.rank === 4 ? 1 : -1;
  let d: number;
  if (a.rank !== b.rank) d = a.rank - b.rank;
  else if (typeof a.v === "number" && typeof b.v === "number") d = a.v - b.v;
  else d = (matchCase ? collatorCase : collatorFold).compare(String(a.v), String(b.v));
  return ascending ? d : -d;
}

function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") re += ".*";
    else if (ch === "?") re += ".";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

function cellText(v: Scalar): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

/** One Custom criterion such as "=x", ">50", "<>*s" against a cell's value. */
function passesCriterion(v: Scalar, criterion: string): boolean {
  const m = /^(<>|>=|<=|=|>|<)?(.*)$/s.exec(criterion)!;
  const op = m[1] ?? "=";
  const operand = m[2];
  const num = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  if (op === "=" || op === "<>") {
    let eq: boolean;
    if (operand === "") eq = v === "";
    else if (num !== null && typeof v === "number") eq = v === num;
    else eq = wildcard(operand).test(cellText(v));
    return op === "=" ? eq : !eq;
  }
  if (v === "") return false;
  let d: number;
  if (num !== null && typeof v === "number") d = v - num;
  else if (num !== null || typeof v === "number") return false;
  else d = collatorFold.compare(cellText(v), operand);
  return op === ">" ? d > 0 : op === ">=" ? d >= 0 : op === "<" ? d < 0 : d <= 0;
}

function passesFilter(v: Scalar, c: FilterCriteriaState): boolean {
  if (c.filterOn === "Values") {
    const text = cellText(v).toLowerCase();
    return (c.values ?? []).some((x) => String(x).toLowerCase() === text);
  }
  const one = passesCriterion(v, c.criterion1 ?? "");
  if (c.criterion2 === undefined || c.criterion2 === "") return one;
  const two = passesCriterion(v, c.criterion2);
  return c.operator === "Or" ? one || two : one && two;
}

function cloneCell(c: CellState): CellState {
  const out: CellState = {};
  if (c.formula !== undefined) out.formula = c.formula;
  if (c.value !== undefined) out.value = c.value;
  if (c.numberFormat !== undefined) out.numberFormat = c.numberFormat;
  if (c.format !== undefined) out.format = { ...c.format };
  return out;
}

function isEmptyCell(c: CellState): boolean {
  return (
    c.formula === undefined && c.value === undefined && c.numberFormat === undefined && c.format === undefined
  );
}

const hasContent = (c: CellState | undefined): boolean =>
  c !== undefined && (c.formula !== undefined || c.value !== undefined);

/** A constant as HyperFormula must receive it: text is quoted so that it is never parsed. */
function engineValue(v: Scalar): Scalar {
  return typeof v === "string" ? `'${v}` : v;
}

/** A function that renames a table or name in a formula's text (not inside its string literals). */
function identRenamer(from: string, to: string): (formula: string) => string {
  const re = new RegExp(`(^|[^A-Za-z0-9_.])${from.replace(/[.\\]/g, "\\$&")}(?=\\[|[^A-Za-z0-9_.(]|$)`, "gi");
  const lower = from.toLowerCase();
  return (formula) =>
    formula.toLowerCase().includes(lower)
      ? formula
          .split(/("(?:[^"]|"")*")/)
          .map((part, i) => (i % 2 ? part : part.replace(re, (_m, pre: string) => `${pre}${to}`)))
          .join("")
      : formula;
}

type Parsed = { kind: "empty" } | { kind: "formula"; formula: string } | { kind: "value"; value: Scalar };

const NUMBER_RE = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT_RE = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How Excel (en-US parsing, as the API uses) takes a value written to a cell. */
export function parseInput(input: unknown, textFormat: boolean): Parsed {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", "Numbers must be finite.");
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") fail("InvalidArgument", `Unsupported cell value of type ${typeof input}.`);
  const s = input as string;
  if (s === "") return { kind: "empty" };
  // the apostrophe is Excel's quote prefix, also in Text-formatted cells
  if (s.startsWith("'")) return { kind: "value", value: s.slice(1) };
  if (textFormat) return { kind: "value", value: s };
  if (s.startsWith("=") && s.length > 1) return { kind: "formula", formula: s };
  if (NUMBER_RE.test(s)) return { kind: "value", value: Number(s) };
  if (PERCENT_RE.test(s)) return { kind: "value", value: Number(s.replace("%", "")) / 100 };
  if (/^(true|false)$/i.test(s.trim())) return { kind: "value", value: s.trim().toLowerCase() === "true" };
  const d = ISO_DATE.exec(s.trim());
  if (d) return { kind: "value", value: dateSerial(Number(d[1]), Number(d[2]), Number(d[3])) };
  // like typing: a leading + - @ starts a formula
  if (/^[+\-@]/.test(s) && s.length > 1)
    return { kind: "formula", formula: `=${s.startsWith("@") ? s.slice(1) : s}` };
  return { kind: "value", value: s };
}

/** The bounding box of the cells taken so far (null when none). */
class Bounds {
  private r0 = Infinity;
  private c0 = Infinity;
  private r1 = -1;
  private c1 = -1;
  take(r: number, c: number): void {
    this.r0 = Math.min(this.r0, r);
    this.c0 = Math.min(this.c0, c);
    this.r1 = Math.max(this.r1, r);
    this.c1 = Math.max(this.c1, c);
  }
  rect(): CellRect | null {
    if (this.r1 < 0) return null;
    return { row: this.r0, col: this.c0, rows: this.r1 - this.r0 + 1, cols: this.c1 - this.c0 + 1 };
  }
}
