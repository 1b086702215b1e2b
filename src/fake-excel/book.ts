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
  parseRect,
  rectsOverlap,
  splitSheetAddress,
} from "../workbook/address";
import { dateSerial } from "../workbook/dates";
import { fail } from "./errors";
import { FormulaRefError, RefResolver, TableGeometry, translateFormula } from "./structuredRefs";

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

export interface ConditionalFormatState {
  id: string;
  rect: CellRect;
  type: string;
  settings: Record<string, unknown>;
}

export interface TableColumnState {
  id: number;
  name: string;
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: CellRect;
  columns: TableColumnState[];
  style: string;
  nextColumnId: number;
}

export interface SheetState {
  id: string;
  name: string;
  hfId: number;
  cells: Map<number, CellState>;
  columnWidths: Map<number, number>;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  frozenRows: number;
  frozenColumns: number;
  tabColor: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  charts: ChartState[];
}

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

export interface ChangedEvent {
  type: "WorksheetChanged";
  changeType: "RangeEdited";
  source: ChangeSource;
  worksheetId: string;
  address: string;
}

const key = (row: number, col: number) => row * MAX_COLS + col;
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
  private readonly hf: HyperFormula;
  private counter = 0;
  /** Formula cells whose A1 translation depends on tables or names, with their last translation. */
  private symbolic = new Map<SheetState, Map<number, string>>();
  private geometryDirty = false;
  private readonly listeners = new Map<string, Set<(e: ChangedEvent) => void>>();
  private readonly bookListeners = new Set<() => void>();

  /**
   * @param evaluateFormulas false keeps formulas as text only (no HyperFormula): for benchmarks
   * that measure what crosses the wire, not how fast a formula engine recalculates.
   */
  constructor(private readonly evaluateFormulas = true) {
    this.hf = HyperFormula.buildEmpty({
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
    const hfName = this.hf.addSheet(`s${this.counter + 1}_${this.sheets.length}`);
    const sheet: SheetState = {
      id: this.nextId("sheet"),
      name: sheetName,
      hfId: this.hf.getSheetId(hfName)!,
      cells: new Map(),
      columnWidths: new Map(),
      validations: [],
      conditionalFormats: [],
      charts: [],
      frozenRows: 0,
      frozenColumns: 0,
      tabColor: "",
      visibility: "Visible",
    };
    this.hf.renameSheet(sheet.hfId, sheetName);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    this.geometryDirty = true;
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.checkSheetName(name, sheet);
    sheet.name = name;
    this.hf.renameSheet(sheet.hfId, name);
    this.geometryDirty = true;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1)
      fail("InvalidOperation", "A workbook must keep at least one visible sheet.");
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    for (let i = this.names.length - 1; i >= 0; i--)
      if (this.names[i].ref?.sheet === sheet) this.names.splice(i, 1);
    this.symbolic.delete(sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
    this.geometryDirty = true;
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
    if (!this.evaluateFormulas) return;
    if (!this.pendingEval) {
      this.hf.suspendEvaluation();
      this.pendingEval = true;
    }
    this.hf.setCellContents({ sheet: sheet.hfId, row, col }, content);
  }

  private translated(sheet: SheetState, row: number, col: number, formula: string): string {
    let map = this.symbolic.get(sheet);
    let text: string;
    let symbolic = true;
    try {
      const t = translateFormula(formula, { sheetName: sheet.name, row, col }, this.resolver);
      text = t.text;
      symbolic = t.symbolic;
    } catch (e) {
      if (!(e instanceof FormulaRefError)) throw e;
      text = "=#REF!";
    }
    if (symbolic) {
      if (!map) this.symbolic.set(sheet, (map = new Map()));
      map.set(key(row, col), text);
    } else map?.delete(key(row, col));
    return text;
  }

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
    if (this.pendingEval) {
      this.pendingEval = false;
      this.hf.resumeEvaluation();
    }
  }

  /** Value as Range.values reports it: computed for formulas, "" for empty, "#DIV/0!" for errors. */
  value(sheet: SheetState, row: number, col: number): Scalar {
    const cell = this.cell(sheet, row, col);
    if (!cell) return "";
    if (cell.formula === undefined) return cell.value ?? "";
    if (!this.evaluateFormulas) return "#N/A";
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
    this.geometryDirty = true;
  }

  usedRect(sheet: SheetState, valuesOnly: boolean): CellRect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of sheet.cells) {
      if (valuesOnly && cell.formula === undefined && cell.value === undefined) continue;
      const r = rowOf(k);
      const c = colOf(k);
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
    }
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      r0 = Math.min(r0, t.rect.row);
      c0 = Math.min(c0, t.rect.col);
      r1 = Math.max(r1, t.rect.row + t.rect.rows - 1);
      c1 = Math.max(c1, t.rect.col + t.rect.cols - 1);
    }
    if (r1 < 0) return null;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
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
      sheet.conditionalFormats = sheet.conditionalFormats.filter((v) => !rectsOverlap(v.rect, rect));
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
    };
    this.tables.push(table);
    this.geometryDirty = true;
    return table;
  }

  renameTable(table: TableState, name: string): void {
    this.checkTableName(name, table);
    const old = table.name;
    table.name = name;
    // formulas that named the table follow the rename, as in Excel
    for (const [sheet, map] of this.symbolic) {
      for (const k of map.keys()) {
        const cell = sheet.cells.get(k);
        if (cell?.formula) cell.formula = renameIdent(cell.formula, old, name);
      }
    }
    this.geometryDirty = true;
  }

  deleteTable(table: TableState): void {
    this.clear(table.sheet, table.rect, "All");
    this.tables.splice(this.tables.indexOf(table), 1);
    this.geometryDirty = true;
  }

  /** Inserts rows at the end of (or inside) a table's body, shifting nothing outside the table. */
  addTableRows(table: TableState, index: number | null, values: unknown[][] | null, count: number): void {
    const body = this.dataRows(table);
    const at = index === null || index === undefined || index < 0 ? body : index;
    if (at > body) fail("InvalidArgument", "Row index beyond the end of the table.");
    const blankOnlyRow = body === 1 && this.rowIsBlank(table, table.rect.row + 1);
    const inserted = blankOnlyRow && at >= 0 ? Math.max(0, count - 1) : count;
    const below = {
      row: table.rect.row + table.rect.rows,
      col: table.rect.col,
      rows: inserted,
      cols: table.rect.cols,
    };
    if (inserted > 0) {
      for (let r = 0; r < inserted; r++) {
        for (let c = 0; c < below.cols; c++) {
          const cell = this.cell(table.sheet, below.row + r, below.col + c);
          if (cell && (cell.formula !== undefined || cell.value !== undefined)) {
            fail(
              "InvalidOperation",
              "In-memory Excel: the rows below the table are not empty (shifting cells is not modelled).",
            );
          }
        }
      }
      if (this.tables.some((t) => t !== table && t.sheet === table.sheet && rectsOverlap(t.rect, below))) {
        fail("InvalidOperation", "The table would overlap another table.");
      }
    }
    const firstDataRow = table.rect.row + 1;
    // move rows after the insertion point down (within the table's columns)
    const startRow = blankOnlyRow ? firstDataRow : firstDataRow + at;
    if (inserted > 0 && at < body) {
      const tail = body - at;
      const snapshot: CellState[][] = [];
      for (let r = 0; r < tail; r++) {
        const row: CellState[] = [];
        for (let c = 0; c < table.rect.cols; c++)
          row.push({ ...this.cell(table.sheet, startRow + r, table.rect.col + c) });
        snapshot.push(row);
      }
      this.clear(
        table.sheet,
        { row: startRow, col: table.rect.col, rows: tail, cols: table.rect.cols },
        "All",
      );
      this.writeRaw(table.sheet, startRow + inserted, table.rect.col, snapshot);
    }
    table.rect = { ...table.rect, rows: table.rect.rows + inserted };
    this.geometryDirty = true;
    // calculated columns: a column whose body is one formula fills new rows with it
    const calc = this.calculatedColumns(table, startRow, count);
    const block: unknown[][] = [];
    for (let r = 0; r < count; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < table.rect.cols; c++) {
        const v = values?.[r]?.[c];
        row.push(v === null || v === undefined || v === "" ? (calc[c] ?? "") : v);
      }
      block.push(row);
    }
    this.writeContents(
      table.sheet,
      { row: startRow, col: table.rect.col, rows: count, cols: table.rect.cols },
      block,
    );
  }

  private writeRaw(sheet: SheetState, row: number, col: number, cells: CellState[][]): void {
    const block: unknown[][] = cells.map((r) =>
      r.map((c) =>
        c.formula !== undefined
          ? c.formula
          : c.value === undefined
            ? ""
            : typeof c.value === "string"
              ? `'${c.value}`
              : c.value,
      ),
    );
    for (let r = 0; r < cells.length; r++) {
      for (let c = 0; c < cells[r].length; c++) {
        const src = cells[r][c];
        if (src.numberFormat !== undefined || src.format !== undefined) {
          const cell = this.cellForWrite(sheet, row + r, col + c);
          cell.numberFormat = src.numberFormat;
          cell.format = src.format;
        }
      }
    }
    this.writeContents(sheet, { row, col, rows: cells.length, cols: cells[0]?.length ?? 0 }, block);
  }

  private calculatedColumns(table: TableState, skipFrom: number, skipCount: number): (string | undefined)[] {
    const out: (string | undefined)[] = [];
    for (let c = 0; c < table.rect.cols; c++) {
      let formula: string | undefined;
      let uniform = true;
      for (let r = table.rect.row + 1; r < table.rect.row + table.rect.rows; r++) {
        if (r >= skipFrom && r < skipFrom + skipCount) continue;
        const f = this.cell(table.sheet, r, table.rect.col + c)?.formula;
        if (f === undefined || (formula !== undefined && f !== formula) || /\$?[A-Z]{1,3}\$?\d/.test(f)) {
          uniform = false;
          break;
        }
        formula = f;
      }
      out.push(uniform ? formula : undefined);
    }
    return out;
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

  deleteTableRows(table: TableState, index: number, count: number): void {
    const body = this.dataRows(table);
    if (index < 0 || index + count > body) fail("InvalidArgument", "Rows out of range.");
    const first = table.rect.row + 1 + index;
    const tail = body - index - count;
    const snapshot: CellState[][] = [];
    for (let r = 0; r < tail; r++) {
      const row: CellState[] = [];
      for (let c = 0; c < table.rect.cols; c++)
        row.push({ ...this.cell(table.sheet, first + count + r, table.rect.col + c) });
      snapshot.push(row);
    }
    this.clear(
      table.sheet,
      { row: first, col: table.rect.col, rows: body - index, cols: table.rect.cols },
      "All",
    );
    if (tail > 0) this.writeRaw(table.sheet, first, table.rect.col, snapshot);
    const remaining = Math.max(1, body - count);
    table.rect = { ...table.rect, rows: remaining + 1 };
    this.geometryDirty = true;
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
    this.geometryDirty = true;
    return column;
  }

  renameTableColumn(table: TableState, column: TableColumnState, name: string): void {
    const idx = table.columns.indexOf(column);
    column.name = name;
    this.writeContents(table.sheet, { row: table.rect.row, col: table.rect.col + idx, rows: 1, cols: 1 }, [
      [`'${name}`],
    ]);
    this.geometryDirty = true;
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
          this.geometryDirty = true;
        } else if (!v) {
          this.writeContents(sheet, { row: t.rect.row, col: t.rect.col + i, rows: 1, cols: 1 }, [
            [`'${col.name}`],
          ]);
        }
      });
    }
  }

  /** A range written just below a table, spanning its columns, is taken into it (AutoExpansion). */
  autoExpandTables(sheet: SheetState, rect: CellRect): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      const bottom = t.rect.row + t.rect.rows;
      if (rect.row !== bottom || rect.col > t.rect.col || rect.col + rect.cols < t.rect.col + 1) continue;
      if (rect.col + rect.cols < t.rect.col + 1) continue;
      const intersects = rect.col < t.rect.col + t.rect.cols && rect.col + rect.cols > t.rect.col;
      if (!intersects) continue;
      t.rect = { ...t.rect, rows: t.rect.rows + rect.rows };
      this.geometryDirty = true;
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
    this.geometryDirty = true;
    return item;
  }

  deleteName(item: NamedItemState): void {
    this.names.splice(this.names.indexOf(item), 1);
    this.geometryDirty = true;
  }

  // ---- events -------------------------------------------------------------------------------

  onChanged(sheetId: string, handler: (e: ChangedEvent) => void): () => void {
    let set = this.listeners.get(sheetId);
    if (!set) this.listeners.set(sheetId, (set = new Set()));
    set.add(handler);
    return () => set!.delete(handler);
  }

  emitChanged(sheet: SheetState, address: string, source: ChangeSource): void {
    const handlers = this.listeners.get(sheet.id);
    if (handlers?.size) {
      const event: ChangedEvent = {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
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

function renameIdent(formula: string, from: string, to: string): string {
  const re = new RegExp(`(^|[^A-Za-z0-9_.])${from.replace(/[.\\]/g, "\\$&")}(?=\\[|[^A-Za-z0-9_.(]|$)`, "gi");
  return formula.replace(re, (_m, pre: string) => `${pre}${to}`);
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
