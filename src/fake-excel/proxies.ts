/** The Excel JavaScript API subset the add-in uses, as proxies over the in-memory Book. */
import type { ChartState } from "./book";
import {
  CellRect,
  MAX_COLS,
  MAX_ROWS,
  parseRect,
  sheetAddress,
  splitSheetAddress,
} from "../workbook/address";
import {
  Book,
  PageLayoutState,
  CellFormat,
  ChangedEvent,
  ConditionalFormatState,
  FilterCriteriaState,
  NamedItemState,
  Scalar,
  SheetState,
  TableColumnState,
  TableState,
} from "./book";
import { ClientCollection, ClientObject, LoadSpec, propsOf } from "./clientObject";
import { Ctx, rangeAddress } from "./context";
import { fail, FakeOfficeError } from "./errors";

type Lazy<T> = () => T;

function memo<T>(f: Lazy<T>): Lazy<T> {
  let done = false;
  let v: T;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v;
  };
}

function nullable<T>(f: Lazy<T | undefined | null>): { get: Lazy<T>; isNull: Lazy<boolean> } {
  const m = memo(f);
  return {
    get: () => m() ?? fail("ItemNotFound", "The requested resource doesn't exist."),
    isNull: () => m() === undefined || m() === null,
  };
}

interface RangeTarget {
  sheet: SheetState;
  rect: CellRect;
}

function structureChange(rect: CellRect, shift: string): ChangedEvent["changeType"] {
  const inserted = shift === "Down" || shift === "Right";
  if (rect.cols === MAX_COLS) return inserted ? "RowInserted" : "RowDeleted";
  if (rect.rows === MAX_ROWS) return inserted ? "ColumnInserted" : "ColumnDeleted";
  return inserted ? "CellInserted" : "CellDeleted";
}

function checkDims(rect: CellRect, data: unknown, prop: string): unknown[][] {
  if (
    !Array.isArray(data) ||
    data.length !== rect.rows ||
    data.some((r) => !Array.isArray(r) || r.length !== rect.cols)
  ) {
    // a single value is broadcast to the whole range, as Office.js does
    if (!Array.isArray(data)) return Array.from({ length: rect.rows }, () => Array(rect.cols).fill(data));
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: expected ${rect.rows}×${rect.cols}).`,
    );
  }
  return data as unknown[][];
}

function cap(rect: CellRect, book: Book, sheet: SheetState): CellRect {
  // whole-column/row addresses are capped to the used area when read, to keep payloads sane
  if (rect.rows < MAX_ROWS && rect.cols < MAX_COLS) return rect;
  const used = book.usedRect(sheet, false);
  if (!used) return { ...rect, rows: Math.min(rect.rows, 1), cols: Math.min(rect.cols, 1) };
  const rows = rect.rows === MAX_ROWS ? Math.max(1, used.row + used.rows - rect.row) : rect.rows;
  const cols = rect.cols === MAX_COLS ? Math.max(1, used.col + used.cols - rect.col) : rect.cols;
  return { ...rect, rows, cols };
}

// ---- workbook -------------------------------------------------------------------------------

export class Workbook extends ClientObject {
  protected readonly _scalars = ["name"] as const;
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  constructor(ctx: Ctx) {
    super(ctx, "wb");
    this.worksheets = new WorksheetCollection(ctx, "wb.sheets");
    this.tables = new TableCollection(ctx, "wb.tables", null);
    this.names = new NamedItemCollection(ctx, "wb.names");
  }
  protected _read(prop: string): unknown {
    if (prop === "name") return "Book1.xlsx";
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get name(): string {
    return this._get("name");
  }
  getSelectedRange(): Range {
    return new Range(this.ctx, "wb.selection", () => {
      const sel = this.ctx.book.selection;
      const sheet =
        this.ctx.book.findSheet(sel?.sheetId ?? this.ctx.book.activeSheetId ?? "") ?? this.ctx.book.sheets[0];
      return { sheet, rect: sel?.rect ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
  getActiveCell(): Range {
    return new Range(this.ctx, "wb.activeCell", () => {
      const sel = this.ctx.book.selection;
      const sheet =
        this.ctx.book.findSheet(sel?.sheetId ?? this.ctx.book.activeSheetId ?? "") ?? this.ctx.book.sheets[0];
      const r = sel?.rect ?? { row: 0, col: 0, rows: 1, cols: 1 };
      return { sheet, rect: { row: r.row, col: r.col, rows: 1, cols: 1 } };
    });
  }
}

// ---- worksheets -----------------------------------------------------------------------------

export class EventHandlerResult {
  constructor(
    private readonly ctx: Ctx,
    private readonly off: () => void,
  ) {}
  /** The context to continue with Excel.run(result.context, …) to remove the handler. */
  get context(): Ctx {
    return this.ctx;
  }
  remove(): void {
    this.ctx.enqueue({ payload: { m: "removeHandler" }, run: () => this.off() });
  }
}

type Handler = (e: ChangedEvent) => Promise<unknown> | void;

class ChangedEventSlot {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheets: () => SheetState[],
  ) {}
  add(handler: Handler): EventHandlerResult {
    const offs: (() => void)[] = [];
    this.ctx.enqueue({
      payload: { m: "addHandler", e: "onChanged" },
      run: () => {
        for (const s of this.sheets()) offs.push(this.ctx.book.onChanged(s.id, (e) => void handler(e)));
      },
    });
    return new EventHandlerResult(this.ctx, () => offs.forEach((o) => o()));
  }
}

export class WorksheetCollection extends ClientCollection<Worksheet> {
  readonly onChanged: ChangedEventSlot;
  constructor(ctx: Ctx, path: string) {
    super(ctx, path);
    this.onChanged = new ChangedEventSlot(ctx, () => ctx.book.sheets);
  }
  protected _list(): Worksheet[] {
    return this.ctx.book.sheets.map((s) => new Worksheet(this.ctx, `ws(${s.id})`, () => s));
  }
  add(name?: string): Worksheet {
    let created: SheetState | undefined;
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [name] },
      run: () => void (created = this.ctx.book.addSheet(name)),
    });
    return new Worksheet(
      this.ctx,
      `ws(new ${name})`,
      () => created ?? fail("ItemNotFound", "The sheet was not created."),
    );
  }
  getItem(key: string): Worksheet {
    return new Worksheet(
      this.ctx,
      `ws(${key})`,
      () => this.ctx.book.findSheet(key) ?? fail("ItemNotFound", `The worksheet "${key}" doesn't exist.`),
    );
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.ctx, `ws?(${key})`, () => this.ctx.book.findSheet(key), true);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.ctx,
      "ws(active)",
      () => this.ctx.book.findSheet(this.ctx.book.activeSheetId ?? "") ?? this.ctx.book.sheets[0],
    );
  }
}

export class Worksheet extends ClientObject {
  protected readonly _scalars = ["name", "id", "position", "visibility", "tabColor"] as const;
  private readonly target: ReturnType<typeof nullable<SheetState>>;
  readonly tables: TableCollection;
  readonly charts: ChartCollection;
  readonly freezePanes: FreezePanes;
  readonly onChanged: ChangedEventSlot;
  readonly pageLayout: PageLayout;
  constructor(ctx: Ctx, path: string, find: () => SheetState | undefined, isNullable = false) {
    const target = nullable(find);
    super(ctx, path, isNullable);
    this.target = target;
    this.pageLayout = new PageLayout(ctx, `${path}.page`, () => this.target.get());
    this.tables = new TableCollection(ctx, `${path}.tables`, () => this.target.get());
    this.charts = new ChartCollection(ctx, `${path}.charts`, () => this.target.get());
    this.freezePanes = new FreezePanes(ctx, `${path}.freeze`, () => this.target.get());
    this.onChanged = new ChangedEventSlot(ctx, () => [this.target.get()]);
  }
  protected override _isNull(): boolean {
    return this.target.isNull();
  }
  /** @internal */ _sheet(): SheetState {
    return this.target.get();
  }
  protected _read(prop: string): unknown {
    const s = this.target.get();
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.ctx.book.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
    }
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this.ctx.book.renameSheet(this.target.get(), v));
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, () => this.ctx.book.moveSheet(this.target.get(), v));
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v, () => void (this.target.get().visibility = v as SheetState["visibility"]));
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set("tabColor", v, () => void (this.target.get().tabColor = v));
  }
  getRange(address?: string): Range {
    return new Range(this.ctx, `${this.path}.range(${address ?? ""})`, () => {
      const sheet = this.target.get();
      if (!address) return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const named = this.ctx.book.findName(address);
      if (named?.ref) return { sheet: named.ref.sheet, rect: named.ref.rect };
      const rect = parseRect(splitSheetAddress(address).local);
      return { sheet, rect: rect ?? fail("InvalidArgument", `The address "${address}" is not valid.`) };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, `${this.path}.rangeByIdx(${row},${col},${rows},${cols})`, () => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
        fail("InvalidArgument", "The range indexes are out of bounds.");
      }
      return { sheet: this.target.get(), rect: { row, col, rows, cols } };
    });
  }
  getCell(row: number, col: number): Range {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  /**
   * ExcelApi 1.9: areas given as "A1:B2,D5" (or separated by ";"); the whole sheet without an
   * address. Very long addresses fail as Excel was seen to fail them (office-js #5198).
   */
  getRanges(address?: string): RangeAreas {
    return new RangeAreas(
      this.ctx,
      `${this.path}.ranges(${address ?? ""})`,
      () => {
        const sheet = this.target.get();
        if (!address) return { sheet, areas: [{ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }] };
        return { sheet, areas: parseAreas(this.ctx.book, sheet, address) };
      },
      false,
    );
  }
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.ctx, `${this.path}.used`, () => {
      const sheet = this.target.get();
      return {
        sheet,
        rect: this.ctx.book.usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
      };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.ctx,
      `${this.path}.used?`,
      () => {
        const sheet = this.target.get();
        const rect = this.ctx.book.usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : undefined;
      },
      true,
    );
  }
  activate(): void {
    this._call("activate", [], () => void (this.ctx.book.activeSheetId = this.target.get().id));
  }
  delete(): void {
    this._call("delete", [], () => this.ctx.book.deleteSheet(this.target.get()));
  }
}

class FreezePanes {
  constructor(
    private readonly ctx: Ctx,
    private readonly path: string,
    private readonly sheet: () => SheetState,
  ) {}
  freezeRows(count = 1): void {
    this.ctx.enqueue({
      payload: { o: this.path, m: "freezeRows", a: [count] },
      run: () => void (this.sheet().frozenRows = count),
    });
  }
  freezeColumns(count = 1): void {
    this.ctx.enqueue({
      payload: { o: this.path, m: "freezeColumns", a: [count] },
      run: () => void (this.sheet().frozenColumns = count),
    });
  }
  unfreeze(): void {
    this.ctx.enqueue({
      payload: { o: this.path, m: "unfreeze" },
      run: () => {
        this.sheet().frozenRows = 0;
        this.sheet().frozenColumns = 0;
      },
    });
  }
}

// ---- ranges ---------------------------------------------------------------------------------

export class Range extends ClientObject {
  protected readonly _scalars = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
  ] as const;
  private readonly target: ReturnType<typeof nullable<RangeTarget>>;
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  readonly conditionalFormats: ConditionalFormatCollection;
  constructor(ctx: Ctx, path: string, find: () => RangeTarget | undefined, isNullable = false) {
    const target = nullable(find);
    super(ctx, path, isNullable);
    this.target = target;
    this.format = new RangeFormat(ctx, `${path}.format`, () => this.t());
    this.dataValidation = new DataValidation(ctx, `${path}.dv`, () => this.t());
    this.conditionalFormats = new ConditionalFormatCollection(ctx, `${path}.cf`, () => ({
      sheet: this.t().sheet,
      areas: [this.t().rect],
    }));
  }
  /** @internal where this range points, resolved when a queued operation runs */
  _target(): RangeTarget {
    return this.t();
  }
  /** @internal */
  _path(): string {
    return this.path;
  }
  protected override _isNull(): boolean {
    return this.target.isNull();
  }
  private t(): RangeTarget {
    return this.target.get();
  }
  protected _read(prop: string): unknown {
    const { sheet } = this.t();
    const book = this.ctx.book;
    const rect = cap(this.t().rect, book, sheet);
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => f(rect.row + r, rect.col + c)),
      );
    switch (prop) {
      case "address":
        return rangeAddress(sheet.name, this.t().rect);
      case "values":
        return grid((r, c) => book.value(sheet, r, c));
      case "text":
        return grid((r, c) => String(book.value(sheet, r, c)));
      case "formulas":
        return grid((r, c) => book.formula(sheet, r, c));
      case "numberFormat":
        return grid((r, c) => book.cell(sheet, r, c)?.numberFormat ?? "General");
      case "valueTypes":
        return grid((r, c) => {
          const v = book.value(sheet, r, c);
          if (v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return /^#[A-Z/0!?]+[!?A]?$/.test(v) && book.cell(sheet, r, c)?.formula ? "Error" : "String";
        });
      case "rowCount":
        return this.t().rect.rows;
      case "columnCount":
        return this.t().rect.cols;
      case "rowIndex":
        return this.t().rect.row;
      case "columnIndex":
        return this.t().rect.col;
      case "rowHidden": {
        const { rect: r } = this.t();
        return hiddenState(sheet.hiddenRows, r.row, Math.min(r.rows, MAX_ROWS - r.row));
      }
      case "columnHidden": {
        const { rect: r } = this.t();
        return hiddenState(sheet.hiddenColumns, r.col, Math.min(r.cols, MAX_COLS - r.col));
      }
    }
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  /** ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when mixed. */
  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(v: boolean) {
    this._set("rowHidden", v, () => {
      const { sheet, rect } = this.t();
      setHidden(sheet.hiddenRows, rect.row, Math.min(rect.rows, MAX_ROWS - rect.row), v);
      this.ctx.book.notify();
    });
  }
  /** ExcelApi 1.2: as rowHidden, for columns. */
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v, () => {
      const { sheet, rect } = this.t();
      setHidden(sheet.hiddenColumns, rect.col, Math.min(rect.cols, MAX_COLS - rect.col), v);
      this.ctx.book.notify();
    });
  }
  get address(): string {
    return this._get("address");
  }
  get values(): Scalar[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, () => this.write(v, "values"));
  }
  get formulas(): Scalar[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, () => this.write(v, "formulas"));
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, () => {
      const { sheet, rect } = this.t();
      this.ctx.book.setNumberFormat(sheet, rect, checkDims(rect, v, "numberFormat"));
    });
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  private write(v: unknown[][], prop: string): void {
    const { sheet, rect } = this.t();
    const data = checkDims(rect, v, prop);
    const book = this.ctx.book;
    book.writeContents(sheet, rect, data);
    book.syncHeadersFromCells(sheet, rect);
    book.autoExpandTables(sheet, rect, data);
    book.autoFillCalculatedColumns(sheet, rect, data);
    this.ctx.touch(sheet, rect);
  }
  /**
   * ExcelApi 1.1: inserts cells of this range's size, shifting the others down or right (whole
   * rows/columns: rows/columns inserted). Returns the new blank range.
   */
  insert(shift: "Down" | "Right"): Range {
    let area: RangeTarget | undefined;
    this._call("insert", [shift], () => {
      const { sheet, rect } = this.t();
      this.ctx.book.insertCells(sheet, rect, shift);
      area = { sheet, rect };
      this.ctx.touch(sheet, rect, structureChange(rect, shift));
    });
    return new Range(
      this.ctx,
      `${this.path}.inserted`,
      () => area ?? fail("ItemNotFound", "Nothing was inserted."),
    );
  }
  /** ExcelApi 1.1: deletes the cells, shifting the others up or left (whole rows/columns: removed). */
  delete(shift: "Up" | "Left"): void {
    this._call("delete", [shift], () => {
      const { sheet, rect } = this.t();
      this.ctx.book.deleteCells(sheet, rect, shift);
      this.ctx.touch(sheet, rect, structureChange(rect, shift));
    });
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, `${this.path}.ws`, () => this.t().sheet);
  }
  private sub(name: string, f: (t: RangeTarget) => CellRect): Range {
    return new Range(this.ctx, `${this.path}.${name}`, () => {
      const t = this.t();
      const rect = f(t);
      if (
        rect.row < 0 ||
        rect.col < 0 ||
        rect.rows < 1 ||
        rect.cols < 1 ||
        rect.row + rect.rows > MAX_ROWS ||
        rect.col + rect.cols > MAX_COLS
      ) {
        fail("InvalidArgument", "The resulting range is out of bounds.");
      }
      return { sheet: t.sheet, rect };
    });
  }
  getCell(row: number, col: number): Range {
    return this.sub(`cell(${row},${col})`, ({ rect }) => ({
      row: rect.row + row,
      col: rect.col + col,
      rows: 1,
      cols: 1,
    }));
  }
  getRow(row: number): Range {
    return this.sub(`row(${row})`, ({ rect }) => ({ ...rect, row: rect.row + row, rows: 1 }));
  }
  getColumn(col: number): Range {
    return this.sub(`col(${col})`, ({ rect }) => ({ ...rect, col: rect.col + col, cols: 1 }));
  }
  getOffsetRange(rows: number, cols: number): Range {
    return this.sub(`offset(${rows},${cols})`, ({ rect }) => ({
      ...rect,
      row: rect.row + rows,
      col: rect.col + cols,
    }));
  }
  getResizedRange(deltaRows: number, deltaCols: number): Range {
    return this.sub(`resize(${deltaRows},${deltaCols})`, ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaCols,
    }));
  }
  /** ExcelApi 1.4: the used cells' bounding box inside the range; a null object when none is used. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.ctx,
      `${this.path}.used?`,
      () => {
        const { sheet, rect } = this.t();
        const used = this.ctx.book.usedRectWithin(sheet, rect, valuesOnly);
        return used ? { sheet, rect: used } : undefined;
      },
      true,
    );
  }
  /** ExcelApi 1.2: the rows directly below the range. */
  getRowsBelow(count = 1): Range {
    return this.sub(`below(${count})`, ({ rect }) => ({ ...rect, row: rect.row + rect.rows, rows: count }));
  }
  /** ExcelApi 1.2: the columns directly right of the range. */
  getColumnsAfter(count = 1): Range {
    return this.sub(`after(${count})`, ({ rect }) => ({ ...rect, col: rect.col + rect.cols, cols: count }));
  }
  getLastRow(): Range {
    return this.sub("lastRow", ({ rect }) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }));
  }
  getEntireColumn(): Range {
    return this.sub("entireColumn", ({ rect }) => ({ ...rect, row: 0, rows: MAX_ROWS }));
  }
  getEntireRow(): Range {
    return this.sub("entireRow", ({ rect }) => ({ ...rect, col: 0, cols: MAX_COLS }));
  }
  getAbsoluteResizedRange(rows: number, cols: number): Range {
    return this.sub(`absResize(${rows},${cols})`, ({ rect }) => ({ ...rect, rows, cols }));
  }
  /** ExcelApi 1.9: the cells of one kind (constants, formulas, blanks) as areas, or a null object. */
  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas" | "Blanks"): RangeAreas {
    return new RangeAreas(this.ctx, `${this.path}.special(${cellType})`, () => {
      const { sheet, rect } = this.t();
      const book = this.ctx.book;
      const capped = cap(rect, book, sheet);
      const areas: CellRect[] = [];
      for (let c = 0; c < capped.cols; c++) {
        let start = -1;
        for (let r = 0; r <= capped.rows; r++) {
          const cell = r < capped.rows ? book.cell(sheet, capped.row + r, capped.col + c) : undefined;
          const hit =
            r < capped.rows &&
            (cellType === "Formulas"
              ? cell?.formula !== undefined
              : cellType === "Constants"
                ? cell?.formula === undefined && cell?.value !== undefined
                : cell?.formula === undefined && cell?.value === undefined);
          if (hit && start < 0) start = r;
          if (!hit && start >= 0) {
            areas.push({ row: capped.row + start, col: capped.col + c, rows: r - start, cols: 1 });
            start = -1;
          }
        }
      }
      return areas.length ? { sheet, areas } : undefined;
    });
  }
  select(): void {
    this._call("select", [], () => {
      const { sheet, rect } = this.t();
      this.ctx.book.activeSheetId = sheet.id;
      this.ctx.book.selection = { sheetId: sheet.id, rect };
      this.ctx.book.notify();
    });
  }
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this._call("clear", [applyTo], () => {
      const { sheet, rect } = this.t();
      this.ctx.book.clear(sheet, rect, applyTo);
      this.ctx.touch(sheet, rect);
    });
  }
}

/** Whether rows (or columns) from..from+count are all hidden (true), none (false) or some (null). */
function hiddenState(hidden: Set<number>, from: number, count: number): boolean | null {
  let n = 0;
  for (const h of hidden) if (h >= from && h < from + count) n++;
  return n === 0 ? false : n === count ? true : null;
}

function setHidden(hidden: Set<number>, from: number, count: number, v: boolean): void {
  for (let i = from; i < from + count; i++) {
    if (v) hidden.add(i);
    else hidden.delete(i);
  }
}

class RangeFormat extends ClientObject {
  protected readonly _scalars = [
    "columnWidth",
    "rowHeight",
    "wrapText",
    "horizontalAlignment",
    "verticalAlignment",
  ] as const;
  readonly fill: RangeFill;
  readonly font: RangeFont;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly t: () => RangeTarget,
  ) {
    super(ctx, path);
    this.fill = new RangeFill(ctx, `${path}.fill`, t);
    this.font = new RangeFont(ctx, `${path}.font`, t);
  }
  protected _read(prop: string): unknown {
    const { sheet, rect } = this.t();
    if (prop === "columnWidth") {
      const w = new Set(
        Array.from({ length: rect.cols }, (_, c) => sheet.columnWidths.get(rect.col + c) ?? 48),
      );
      return w.size === 1 ? [...w][0] : null;
    }
    if (prop === "rowHeight") return 15;
    return uniformFormat(this.ctx.book, this.t(), (f) => f[prop as keyof CellFormat]);
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, () => {
      const { sheet, rect } = this.t();
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, v);
    });
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, () => this.ctx.book.setFormat(this.t().sheet, this.t().rect, { wrapText: v }));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v, () =>
      this.ctx.book.setFormat(this.t().sheet, this.t().rect, { horizontalAlignment: v }),
    );
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._set("verticalAlignment", v, () =>
      this.ctx.book.setFormat(this.t().sheet, this.t().rect, { verticalAlignment: v }),
    );
  }
  autofitColumns(): void {
    this._call("autofitColumns", [], () => {
      const { sheet, rect } = this.t();
      const capped = cap(rect, this.ctx.book, sheet);
      for (let c = 0; c < capped.cols; c++) {
        let max = 4;
        for (let r = 0; r < Math.min(capped.rows, 2000); r++) {
          max = Math.max(max, String(this.ctx.book.value(sheet, capped.row + r, capped.col + c)).length);
        }
        sheet.columnWidths.set(capped.col + c, Math.min(255, max * 6 + 8));
      }
    });
  }
  autofitRows(): void {
    this._call("autofitRows", [], () => undefined);
  }
}

function uniformFormat(book: Book, { sheet, rect }: RangeTarget, pick: (f: CellFormat) => unknown): unknown {
  let first: unknown = undefined;
  const rows = Math.min(rect.rows, 10000);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const v = pick(book.cell(sheet, rect.row + r, rect.col + c)?.format ?? {}) ?? null;
      if (r === 0 && c === 0) first = v;
      else if (v !== first) return null;
    }
  }
  return first;
}

class RangeFill extends ClientObject {
  protected readonly _scalars = ["color"] as const;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly t: () => RangeTarget,
  ) {
    super(ctx, path);
  }
  protected _read(): unknown {
    const v = uniformFormat(this.ctx.book, this.t(), (f) => f.fill);
    return v ?? (uniformFormat(this.ctx.book, this.t(), (f) => f.fill ?? "") === "" ? "#FFFFFF" : null);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, () =>
      this.ctx.book.setFormat(this.t().sheet, this.t().rect, { fill: v.toUpperCase() }),
    );
  }
  clear(): void {
    this._call("clear", [], () => this.ctx.book.setFormat(this.t().sheet, this.t().rect, null));
  }
}

class RangeFont extends ClientObject {
  protected readonly _scalars = ["bold", "italic", "color"] as const;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly t: () => RangeTarget,
  ) {
    super(ctx, path);
  }
  protected _read(prop: string): unknown {
    if (prop === "color") return uniformFormat(this.ctx.book, this.t(), (f) => f.fontColor ?? "#000000");
    if (prop === "bold") return uniformFormat(this.ctx.book, this.t(), (f) => f.bold ?? false);
    if (prop === "italic") return uniformFormat(this.ctx.book, this.t(), (f) => f.italic ?? false);
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, () => this.ctx.book.setFormat(this.t().sheet, this.t().rect, { bold: v }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v, () => this.ctx.book.setFormat(this.t().sheet, this.t().rect, { italic: v }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, () =>
      this.ctx.book.setFormat(this.t().sheet, this.t().rect, { fontColor: v.toUpperCase() }),
    );
  }
}

// ---- data validation ------------------------------------------------------------------------

const RULE_KINDS = ["wholeNumber", "decimal", "list", "date", "time", "textLength", "custom"];

class DataValidation extends ClientObject {
  protected readonly _scalars = ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"] as const;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly t: () => RangeTarget,
  ) {
    super(ctx, path);
  }
  private covering() {
    const { sheet, rect } = this.t();
    return sheet.validations.find(
      (v) =>
        v.rect.row <= rect.row &&
        v.rect.col <= rect.col &&
        v.rect.row + v.rect.rows >= rect.row + rect.rows &&
        v.rect.col + v.rect.cols >= rect.col + rect.cols,
    );
  }
  private ensure() {
    const { sheet, rect } = this.t();
    let v = sheet.validations.find(
      (x) =>
        x.rect.row === rect.row &&
        x.rect.col === rect.col &&
        x.rect.rows === rect.rows &&
        x.rect.cols === rect.cols,
    );
    if (!v) {
      sheet.validations = sheet.validations.filter((x) => !overlaps(x.rect, rect));
      v = { rect, rule: {} };
      sheet.validations.push(v);
    }
    return v;
  }
  protected _read(prop: string): unknown {
    const v = this.covering();
    switch (prop) {
      case "rule":
        return v?.rule ?? {};
      case "prompt":
        return v?.prompt ?? { showPrompt: false, title: "", message: "" };
      case "errorAlert":
        return v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
      case "ignoreBlanks":
        return v?.ignoreBlanks ?? true;
      case "type": {
        const kind = v ? Object.keys(v.rule)[0] : undefined;
        return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "None";
      }
    }
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this._set("rule", rule, () => {
      const kinds = Object.keys(rule);
      if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0]))
        fail("InvalidArgument", "A data validation rule needs exactly one rule type.");
      const body = rule[kinds[0]] as Record<string, unknown>;
      if (kinds[0] === "list" && typeof body.source !== "string")
        fail("InvalidArgument", "A list rule needs a source.");
      if (kinds[0] === "custom" && typeof body.formula !== "string")
        fail("InvalidArgument", "A custom rule needs a formula.");
      this.ensure().rule = structuredClone(rule);
    });
  }
  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }
  set prompt(p: Record<string, unknown>) {
    this._set("prompt", p, () => {
      if (String(p.title ?? "").length > 32)
        fail("InvalidArgument", "A prompt title holds at most 32 characters.");
      if (String(p.message ?? "").length > 255)
        fail("InvalidArgument", "A prompt message holds at most 255 characters.");
      this.ensure().prompt = { ...p };
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }
  set errorAlert(p: Record<string, unknown>) {
    this._set("errorAlert", p, () => {
      if (String(p.title ?? "").length > 32)
        fail("InvalidArgument", "An error alert title holds at most 32 characters.");
      if (String(p.message ?? "").length > 225)
        fail("InvalidArgument", "An error alert message holds at most 225 characters.");
      this.ensure().errorAlert = { ...p };
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(b: boolean) {
    this._set("ignoreBlanks", b, () => void (this.ensure().ignoreBlanks = b));
  }
  get type(): string {
    return this._get("type");
  }
  clear(): void {
    this._call("clear", [], () => {
      const { sheet, rect } = this.t();
      sheet.validations = sheet.validations.filter((x) => !overlaps(x.rect, rect));
    });
  }
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

// ---- conditional formats --------------------------------------------------------------------

/** getRanges addresses longer than this fail (Excel failed some of about 8,200 characters). */
export const GET_RANGES_MAX_CHARS = 8192;

const CF_TYPES: Record<string, string> = {
  Custom: "custom",
  ColorScale: "colorScale",
  CellValue: "cellValue",
  DataBar: "dataBar",
  IconSet: "iconSet",
  ContainsText: "textComparison",
};

/** Scalar leaves of the settings tree: reading one that was not loaded throws, as in Office.js. */
const CF_LEAVES = new Set([
  "formula",
  "formulaLocal",
  "formulaR1C1",
  "color",
  "bold",
  "italic",
  "strikethrough",
  "underline",
  "style",
  "numberFormat",
]);

/** What a conditional-format collection covers: one sheet, one or more areas. */
interface AreasTarget {
  sheet: SheetState;
  areas: CellRect[];
}

type CfState = ConditionalFormatState;

const touchesAny = (cf: CfState, areas: CellRect[]) =>
  cf.areas.some((a) => areas.some((b) => overlaps(a, b)));

// A nested settings tree is untyped by nature (cf.custom.format.fill.color = …).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SettingsNode = any;

/** Settable nested object tree (chart.title.text = …); reads are not supported. */
function treeProxy(
  ctx: Ctx,
  path: string,
  root: () => Record<string, unknown>,
  keys: string[],
): SettingsNode {
  return new Proxy(
    {},
    {
      get(_t, prop: string) {
        if (prop === "toJSON") return () => structuredClone(root());
        if (prop === "load") return () => undefined;
        return treeProxy(ctx, `${path}.${prop}`, root, [...keys, prop]);
      },
      set(_t, prop: string, value: unknown) {
        ctx.enqueue({
          payload: { o: path, m: "set", p: prop, v: value },
          run: () => {
            let node = root();
            for (const k of keys) node = (node[k] ??= {}) as Record<string, unknown>;
            node[prop] = structuredClone(value);
          },
        });
        return true;
      },
    },
  );
}

/**
 * Nested object tree of a conditional format (cf.custom.rule.formula = …, cf.custom.format.fill.color
 * = …, cf.custom.rule.load("formula")): writes and loads are queued on the format they belong to.
 */
function settingsProxy(cf: ConditionalFormat, keys: string[]): SettingsNode {
  return new Proxy(
    {},
    {
      get(_t, prop, receiver) {
        if (typeof prop !== "string" || prop === "then") return undefined;
        if (prop === "toJSON") return () => cf._loadedUnder(keys);
        if (prop === "load")
          return (spec?: LoadSpec) => {
            cf._loadSettings(keys, propsOf(spec) ?? []);
            return receiver;
          };
        const path = [...keys, prop].join("/");
        if (cf._hasLoaded(path)) return cf._loadedValue(path);
        if (CF_LEAVES.has(prop)) {
          throw new FakeOfficeError(
            "PropertyNotLoaded",
            `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
          );
        }
        return settingsProxy(cf, [...keys, prop]);
      },
      set(_t, prop: string, value: unknown) {
        cf._setSetting(keys, prop, value);
        return true;
      },
    },
  );
}

/**
 * A conditional format. Like Excel's, it is addressed by its priority (its position among the
 * sheet's rules, which `id` reports): once other rules are added or deleted, a proxy obtained
 * earlier points at whatever rule is at that position now, or fails with ItemNotFound.
 */
class ConditionalFormat extends ClientObject {
  protected readonly _scalars = ["type", "id", "priority", "stopIfTrue"] as const;
  private readonly nested = new Map<string, unknown>();
  constructor(
    ctx: Ctx,
    path: string,
    /** The rule this proxy points at now (resolved whenever a queued operation runs). */
    private readonly resolve: () => { sheet: SheetState; state: CfState },
  ) {
    super(ctx, path);
  }
  private state(): CfState {
    return this.resolve().state;
  }
  /** The settings branch of the rule's type, or InvalidOperation (e.g. `custom` on a color scale). */
  private area(state: CfState, key: string): void {
    if (CF_TYPES[state.type] !== key) {
      fail("InvalidOperation", "This operation is not permitted for the current object.");
    }
  }
  private nestedValue(state: CfState, path: string[]): unknown {
    this.area(state, path[0]);
    let node: unknown = state.settings;
    for (const k of path)
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined;
    return node === undefined ? null : structuredClone(node);
  }
  protected _read(prop: string): unknown {
    const { sheet, state } = this.resolve();
    if (prop.includes("/")) return this.nestedValue(state, prop.split("/"));
    if (prop === "type") return state.type;
    if (prop === "id") return String(sheet.conditionalFormats.indexOf(state));
    if (prop === "priority") return sheet.conditionalFormats.indexOf(state);
    if (prop === "stopIfTrue") return (state.settings.stopIfTrue as boolean | undefined) ?? false;
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  override _publish(entries: [string, unknown][]): void {
    super._publish(entries.filter(([p]) => !p.includes("/")));
    for (const [p, v] of entries) if (p.includes("/")) this.nested.set(p, v);
  }
  override load(spec?: LoadSpec): this {
    const props = propsOf(spec);
    if (!props) return super.load(spec);
    const byParent = new Map<string, string[]>();
    for (const p of props.filter((x) => x.includes("/"))) {
      const cut = p.lastIndexOf("/");
      byParent.set(p.slice(0, cut), [...(byParent.get(p.slice(0, cut)) ?? []), p.slice(cut + 1)]);
    }
    for (const [parent, leaves] of byParent) this._loadSettings(parent.split("/"), leaves);
    const own = props.filter((x) => !x.includes("/"));
    return own.length ? super.load(own) : this;
  }
  /** @internal */ _hasLoaded(path: string): boolean {
    return this.nested.has(path);
  }
  /** @internal */ _loadedValue(path: string): unknown {
    return this.nested.get(path);
  }
  /** @internal */ _loadedUnder(keys: string[]): Record<string, unknown> {
    const prefix = `${keys.join("/")}/`;
    return Object.fromEntries(
      [...this.nested].filter(([p]) => p.startsWith(prefix)).map(([p, v]) => [p.slice(prefix.length), v]),
    );
  }
  /** @internal */ _loadSettings(keys: string[], props: string[]): void {
    let loaded: [string, unknown][] = [];
    this.ctx.enqueue({
      payload: { o: `${this.path}.${keys.join(".")}`, m: "load", a: props },
      run: () => {
        const state = this.state();
        loaded = props.map((p) => [[...keys, p].join("/"), this.nestedValue(state, [...keys, p])]);
        return () => loaded.forEach(([p, v]) => this.nested.set(p, v));
      },
      response: () => Object.fromEntries(loaded),
    });
  }
  /** @internal */ _setSetting(keys: string[], prop: string, value: unknown): void {
    this.nested.delete([...keys, prop].join("/"));
    this.ctx.enqueue({
      payload: { o: `${this.path}.${keys.join(".")}`, m: "set", p: prop, v: value },
      run: () => {
        const state = this.state();
        if (keys.length) this.area(state, keys[0]);
        if (keys[0] === "custom" && keys[1] === "rule" && prop === "formula") {
          if (typeof value !== "string" || !this.ctx.book.isValidFormula(value)) {
            fail("InvalidArgument", `The formula "${String(value)}" is not valid.`);
          }
        }
        let node = state.settings;
        for (const k of keys) node = (node[k] ??= {}) as Record<string, unknown>;
        node[prop] = structuredClone(value);
      },
    });
  }
  get type(): string {
    return this._get("type");
  }
  get id(): string {
    return this._get("id");
  }
  get priority(): number {
    return this._get("priority");
  }
  get custom() {
    return settingsProxy(this, ["custom"]);
  }
  get colorScale() {
    return settingsProxy(this, ["colorScale"]);
  }
  get cellValue() {
    return settingsProxy(this, ["cellValue"]);
  }
  get dataBar() {
    return settingsProxy(this, ["dataBar"]);
  }
  get iconSet() {
    return settingsProxy(this, ["iconSet"]);
  }
  get textComparison() {
    return settingsProxy(this, ["textComparison"]);
  }
  /** ExcelApi 1.9: the areas the rule applies to. */
  getRanges(): RangeAreas {
    return new RangeAreas(
      this.ctx,
      `${this.path}.ranges`,
      () => {
        const { sheet, state } = this.resolve();
        return { sheet, areas: state.areas };
      },
      false,
    );
  }
  delete(): void {
    this.ctx.enqueue({
      payload: { o: this.path, m: "delete", a: [] },
      run: () => {
        const { sheet, state } = this.resolve();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== state);
      },
    });
  }
}

class ConditionalFormatCollection extends ClientCollection<ConditionalFormat> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly t: () => AreasTarget,
  ) {
    super(ctx, path);
  }
  /** The rule at a priority (a position among the sheet's rules), if it touches this collection. */
  private atPriority(priority: number): ConditionalFormat {
    return new ConditionalFormat(this.ctx, `${this.path}[${priority}]`, () => {
      const { sheet, areas } = this.t();
      const state = sheet.conditionalFormats[priority];
      if (!state || !touchesAny(state, areas)) fail("ItemNotFound", `No conditional format ${priority}.`);
      return { sheet, state };
    });
  }
  protected _list(): ConditionalFormat[] {
    const { sheet, areas } = this.t();
    return sheet.conditionalFormats.flatMap((c, i) => (touchesAny(c, areas) ? [this.atPriority(i)] : []));
  }
  /** Adds a rule at the top priority (position 0): every existing rule's id moves up by one. */
  add(type: string): ConditionalFormat {
    let created: { sheet: SheetState; state: CfState } | undefined;
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [type] },
      run: () => {
        if (!CF_TYPES[type]) fail("InvalidArgument", `Unknown conditional format type ${type}.`);
        const { sheet, areas } = this.t();
        const state: CfState = { key: this.ctx.book.nextId("cf"), type, settings: {}, areas: [...areas] };
        sheet.conditionalFormats.unshift(state);
        created = { sheet, state };
      },
    });
    return new ConditionalFormat(
      this.ctx,
      `${this.path}.new`,
      () => created ?? fail("ItemNotFound", "Not created."),
    );
  }
  /** By id, which is the rule's priority: a stale id names whatever rule is there now. */
  getItem(id: string): ConditionalFormat {
    return this.atPriority(Number(id));
  }
  /** By index within this collection (the rules that touch its cells, in priority order). */
  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.ctx, `${this.path}.at(${index})`, () => {
      const { sheet, areas } = this.t();
      const state = sheet.conditionalFormats.filter((c) => touchesAny(c, areas))[index];
      return state ? { sheet, state } : fail("ItemNotFound", `No conditional format at ${index}.`);
    });
  }
  clearAll(): void {
    this.ctx.enqueue({
      payload: { o: this.path, m: "clearAll" },
      run: () => {
        const { sheet, areas } = this.t();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !touchesAny(c, areas));
      },
    });
  }
}

// ---- tables ---------------------------------------------------------------------------------

export class TableCollection extends ClientCollection<Table> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly sheet: (() => SheetState) | null,
  ) {
    super(ctx, path);
  }
  private scope(): TableState[] {
    const s = this.sheet?.();
    return this.ctx.book.tables.filter((t) => !s || t.sheet === s);
  }
  protected _list(): Table[] {
    return this.scope().map((t) => new Table(this.ctx, `tbl(${t.id})`, () => t));
  }
  add(address: string, hasHeaders: boolean): Table {
    let created: TableState | undefined;
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [address, hasHeaders] },
      run: () => {
        const { sheet: sheetName, local } = splitSheetAddress(address);
        const sheet = sheetName !== null ? this.ctx.book.findSheet(sheetName) : this.sheet?.();
        if (!sheet)
          fail(sheetName ? "ItemNotFound" : "InvalidArgument", `No sheet for the address "${address}".`);
        if (this.sheet && sheet !== this.sheet()) fail("InvalidArgument", "The address is on another sheet.");
        const rect = parseRect(local) ?? fail("InvalidArgument", `The address "${address}" is not valid.`);
        created = this.ctx.book.addTable(sheet!, rect, hasHeaders);
        this.ctx.touch(sheet!, created.rect);
      },
    });
    return new Table(
      this.ctx,
      `tbl(new ${address})`,
      () => created ?? fail("ItemNotFound", "The table was not created."),
    );
  }
  getItem(key: string): Table {
    return new Table(
      this.ctx,
      `tbl(${key})`,
      () => this.find(key) ?? fail("ItemNotFound", `The table "${key}" doesn't exist.`),
    );
  }
  getItemOrNullObject(key: string): Table {
    return new Table(this.ctx, `tbl?(${key})`, () => this.find(key), true);
  }
  getItemAt(index: number): Table {
    return new Table(
      this.ctx,
      `tbl[${index}]`,
      () => this.scope()[index] ?? fail("ItemNotFound", "No table at that index."),
    );
  }
  private find(key: string): TableState | undefined {
    const t = this.ctx.book.findTable(key);
    return t && this.scope().includes(t) ? t : undefined;
  }
}

export class Table extends ClientObject {
  protected readonly _scalars = ["name", "id", "style", "showTotals", "showHeaders"] as const;
  private readonly target: ReturnType<typeof nullable<TableState>>;
  readonly columns: TableColumnCollection;
  readonly rows: TableRowCollection;
  /** ExcelApi 1.2 */
  readonly sort: TableSort;
  /** ExcelApi 1.9 */
  readonly autoFilter: AutoFilter;
  constructor(ctx: Ctx, path: string, find: () => TableState | undefined, isNullable = false) {
    const target = nullable(find);
    super(ctx, path, isNullable);
    this.target = target;
    this.columns = new TableColumnCollection(ctx, `${path}.cols`, () => this.target.get());
    this.rows = new TableRowCollection(ctx, `${path}.rows`, () => this.target.get());
    this.sort = new TableSort(ctx, `${path}.sort`, () => this.target.get());
    this.autoFilter = new AutoFilter(ctx, `${path}.autoFilter`, () => this.target.get());
  }
  /** ExcelApi 1.2: the table becomes a plain range (structured references become A1). */
  convertToRange(): Range {
    let area: RangeTarget | undefined;
    this._call("convertToRange", [], () => {
      const t = this.target.get();
      area = { sheet: t.sheet, rect: this.ctx.book.convertTableToRange(t) };
      this.ctx.touch(area.sheet, area.rect);
    });
    return new Range(
      this.ctx,
      `${this.path}.converted`,
      () => area ?? fail("ItemNotFound", "Not converted."),
    );
  }
  protected override _isNull(): boolean {
    return this.target.isNull();
  }
  protected _read(prop: string): unknown {
    const t = this.target.get();
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "style":
        return t.style;
      case "showTotals":
        return false;
      case "showHeaders":
        return true;
    }
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this.ctx.book.renameTable(this.target.get(), v));
  }
  get id(): string {
    return this._get("id");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, () => void (this.target.get().style = v));
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, `${this.path}.ws`, () => this.target.get().sheet);
  }
  private range(name: string, f: (t: TableState) => CellRect): Range {
    return new Range(this.ctx, `${this.path}.${name}`, () => {
      const t = this.target.get();
      return { sheet: t.sheet, rect: f(t) };
    });
  }
  getRange(): Range {
    return this.range("range", (t) => t.rect);
  }
  getHeaderRowRange(): Range {
    return this.range("header", (t) => ({ ...t.rect, rows: 1 }));
  }
  getDataBodyRange(): Range {
    return this.range("body", (t) => ({ ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 }));
  }
  delete(): void {
    this._call("delete", [], () => this.ctx.book.deleteTable(this.target.get()));
  }
}

/** ExcelApi 1.2: sorting a table's rows. */
export class TableSort extends ClientObject {
  protected readonly _scalars = ["fields", "matchCase", "method"] as const;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly table: () => TableState,
  ) {
    super(ctx, path);
  }
  protected _read(prop: string): unknown {
    const t = this.table();
    if (prop === "fields") return t.sort.fields.map((f) => ({ ...f }));
    if (prop === "matchCase") return t.sort.matchCase;
    if (prop === "method") return "PinYin";
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get fields(): { key: number; ascending: boolean }[] {
    return this._get("fields");
  }
  get matchCase(): boolean {
    return this._get("matchCase");
  }
  get method(): string {
    return this._get("method");
  }
  apply(fields: { key: number; ascending?: boolean }[], matchCase = false, method?: string): void {
    const given = structuredClone(fields);
    this._call("apply", [given, matchCase, method ?? null], () => {
      const t = this.table();
      this.ctx.book.sortTableBy(t, given, matchCase);
      this.ctx.touch(t.sheet, { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 });
    });
  }
  /** Forgets the sort state (the rows stay as they are). */
  clear(): void {
    this._call("clear", [], () => void (this.table().sort = { fields: [], matchCase: false }));
  }
  reapply(): void {
    this._call("reapply", [], () => {
      const t = this.table();
      if (t.sort.fields.length) this.ctx.book.sortTableBy(t, t.sort.fields, t.sort.matchCase);
    });
  }
}

/** ExcelApi 1.9: a table's AutoFilter (Values and Custom criteria; rows that fail are hidden). */
export class AutoFilter extends ClientObject {
  protected readonly _scalars = ["enabled", "isDataFiltered", "criteria"] as const;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly table: () => TableState,
  ) {
    super(ctx, path);
  }
  protected _read(prop: string): unknown {
    const t = this.table();
    if (prop === "enabled") return t.autoFilter.enabled;
    if (prop === "isDataFiltered") return t.autoFilter.criteria.size > 0;
    if (prop === "criteria")
      return t.columns.map((c) => structuredClone(t.autoFilter.criteria.get(c.id) ?? { filterOn: "Custom" }));
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get enabled(): boolean {
    return this._get("enabled");
  }
  get isDataFiltered(): boolean {
    return this._get("isDataFiltered");
  }
  get criteria(): FilterCriteriaState[] {
    return this._get("criteria");
  }
  /** `columnIndex` counts from the first column of `range` (the table's range, or an address). */
  apply(range: Range | string, columnIndex?: number, criteria?: FilterCriteriaState): void {
    const given = criteria === undefined ? undefined : structuredClone(criteria);
    const rangeArg = typeof range === "string" ? range : range._path();
    this._call("apply", [rangeArg, columnIndex ?? null, given ?? null], () => {
      const t = this.table();
      let firstCol = t.rect.col;
      if (typeof range === "string") {
        const { sheet, local } = splitSheetAddress(range);
        const rect = parseRect(local) ?? fail("InvalidArgument", `The address "${range}" is not valid.`);
        if (sheet !== null && this.ctx.book.findSheet(sheet) !== t.sheet)
          fail("InvalidArgument", "The range is not on the table's sheet.");
        firstCol = rect.col;
      } else {
        const target = range._target();
        if (target.sheet !== t.sheet) fail("InvalidArgument", "The range is not on the table's sheet.");
        firstCol = target.rect.col;
      }
      const index =
        columnIndex === undefined || columnIndex === null ? undefined : firstCol + columnIndex - t.rect.col;
      if (index !== undefined && (index < 0 || index >= t.columns.length))
        fail("InvalidArgument", "The column index is outside the table.");
      this.ctx.book.applyTableFilter(t, index, given);
      this.ctx.book.notify();
    });
  }
  clearCriteria(): void {
    this._call("clearCriteria", [], () => this.ctx.book.clearTableFilter(this.table()));
  }
  clearColumnCriteria(columnIndex: number): void {
    this._call("clearColumnCriteria", [columnIndex], () =>
      this.ctx.book.clearTableFilter(this.table(), columnIndex),
    );
  }
  reapply(): void {
    this._call("reapply", [], () => this.ctx.book.reapplyTableFilter(this.table()));
  }
  remove(): void {
    this._call("remove", [], () => this.ctx.book.clearTableFilter(this.table(), undefined, true));
  }
  getRange(): Range {
    return new Range(this.ctx, `${this.path}.range`, () => {
      const t = this.table();
      return { sheet: t.sheet, rect: t.rect };
    });
  }
  getRangeOrNullObject(): Range {
    return new Range(
      this.ctx,
      `${this.path}.range?`,
      () => {
        const t = this.table();
        return t.autoFilter.enabled ? { sheet: t.sheet, rect: t.rect } : undefined;
      },
      true,
    );
  }
}

class TableColumnCollection extends ClientCollection<TableColumn> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly table: () => TableState,
  ) {
    super(ctx, path);
  }
  protected _list(): TableColumn[] {
    const t = this.table();
    return t.columns.map((c) => new TableColumn(this.ctx, `${this.path}(${c.id})`, t, () => c));
  }
  private find(key: string | number): TableColumnState | undefined {
    const t = this.table();
    if (typeof key === "number") return t.columns.find((c) => c.id === key);
    const lower = key.toLowerCase();
    return t.columns.find((c) => c.name.toLowerCase() === lower || String(c.id) === key);
  }
  getItem(key: string | number): TableColumn {
    return new TableColumn(
      this.ctx,
      `${this.path}(${key})`,
      null,
      () => this.find(key) ?? fail("ItemNotFound", `The column "${key}" doesn't exist.`),
      this.table,
    );
  }
  getItemOrNullObject(key: string | number): TableColumn {
    return new TableColumn(this.ctx, `${this.path}?(${key})`, null, () => this.find(key), this.table, true);
  }
  getItemAt(index: number): TableColumn {
    return new TableColumn(
      this.ctx,
      `${this.path}[${index}]`,
      null,
      () => this.table().columns[index] ?? fail("ItemNotFound", "No column at that index."),
      this.table,
    );
  }
  add(index?: number | null, values?: unknown[][] | null, name?: string): TableColumn {
    let created: TableColumnState | undefined;
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [index ?? null, values ?? null, name ?? null] },
      run: () => {
        const t = this.table();
        if (values && values.length !== t.rect.rows)
          fail("InvalidArgument", "The values must cover the header and every row.");
        created = this.ctx.book.addTableColumn(t, index ?? null, name ?? null, values ?? null);
        this.ctx.touch(t.sheet, { ...t.rect, col: t.rect.col + t.rect.cols - 1, cols: 1 });
      },
    });
    return new TableColumn(
      this.ctx,
      `${this.path}.new`,
      null,
      () => created ?? fail("ItemNotFound", "Not created."),
      this.table,
    );
  }
}

export class TableColumn extends ClientObject {
  protected readonly _scalars = ["name", "id", "index", "values"] as const;
  private readonly target: ReturnType<typeof nullable<TableColumnState>>;
  private readonly tableOf: () => TableState;
  constructor(
    ctx: Ctx,
    path: string,
    table: TableState | null,
    find: () => TableColumnState | undefined,
    tableFn?: () => TableState,
    isNullable = false,
  ) {
    const target = nullable(find);
    super(ctx, path, isNullable);
    this.target = target;
    this.tableOf = tableFn ?? (() => table!);
  }
  protected override _isNull(): boolean {
    return this.target.isNull();
  }
  private idx(): number {
    return this.tableOf().columns.indexOf(this.target.get());
  }
  protected _read(prop: string): unknown {
    const c = this.target.get();
    const t = this.tableOf();
    switch (prop) {
      case "name":
        return c.name;
      case "id":
        return c.id;
      case "index":
        return this.idx();
      case "values":
        return Array.from({ length: t.rect.rows }, (_, r) => [
          this.ctx.book.value(t.sheet, t.rect.row + r, t.rect.col + this.idx()),
        ]);
    }
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this.ctx.book.renameTableColumn(this.tableOf(), this.target.get(), v));
  }
  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get values(): Scalar[][] {
    return this._get("values");
  }
  private range(name: string, f: (t: TableState, col: number) => CellRect): Range {
    return new Range(this.ctx, `${this.path}.${name}`, () => {
      const t = this.tableOf();
      return { sheet: t.sheet, rect: f(t, t.rect.col + this.idx()) };
    });
  }
  getDataBodyRange(): Range {
    return this.range("body", (t, col) => ({ row: t.rect.row + 1, col, rows: t.rect.rows - 1, cols: 1 }));
  }
  getHeaderRowRange(): Range {
    return this.range("header", (t, col) => ({ row: t.rect.row, col, rows: 1, cols: 1 }));
  }
  getRange(): Range {
    return this.range("range", (t, col) => ({ row: t.rect.row, col, rows: t.rect.rows, cols: 1 }));
  }
}

class TableRowCollection extends ClientCollection<TableRow> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly table: () => TableState,
  ) {
    super(ctx, path);
  }
  protected _list(): TableRow[] {
    const t = this.table();
    return Array.from(
      { length: t.rect.rows - 1 },
      (_, i) => new TableRow(this.ctx, `${this.path}[${i}]`, t, i),
    );
  }
  get count(): number {
    throw new Error("Use rows.getCount() or load('count') — not modelled as a property here.");
  }
  add(index?: number | null, values?: unknown[][] | unknown[]): void {
    const rows =
      values === undefined
        ? null
        : Array.isArray(values[0])
          ? (values as unknown[][])
          : [values as unknown[]];
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [index ?? null, rows] },
      run: () => {
        const t = this.table();
        if (rows && rows.some((r) => r.length !== t.columns.length)) {
          fail("InvalidArgument", "Each added row must have one value per table column.");
        }
        const before = t.rect.rows;
        this.ctx.book.addTableRows(t, index ?? null, rows, rows?.length ?? 1);
        this.ctx.touch(t.sheet, {
          ...t.rect,
          row: t.rect.row + before - 1,
          rows: Math.max(1, t.rect.rows - before + 1),
        });
      },
    });
  }
  getItemAt(index: number): TableRow {
    return new TableRow(this.ctx, `${this.path}[${index}]`, null, index, this.table);
  }
}

class TableRow extends ClientObject {
  protected readonly _scalars = ["index", "values"] as const;
  private readonly tableOf: () => TableState;
  constructor(
    ctx: Ctx,
    path: string,
    table: TableState | null,
    private readonly i: number,
    tableFn?: () => TableState,
  ) {
    super(ctx, path);
    this.tableOf = tableFn ?? (() => table!);
  }
  private rect(): CellRect {
    const t = this.tableOf();
    if (this.i < 0 || this.i >= t.rect.rows - 1) fail("ItemNotFound", "No row at that index.");
    return { row: t.rect.row + 1 + this.i, col: t.rect.col, rows: 1, cols: t.rect.cols };
  }
  protected _read(prop: string): unknown {
    const t = this.tableOf();
    const rect = this.rect();
    if (prop === "index") return this.i;
    if (prop === "values")
      return [
        Array.from({ length: rect.cols }, (_, c) => this.ctx.book.value(t.sheet, rect.row, rect.col + c)),
      ];
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get index(): number {
    return this._get("index");
  }
  get values(): Scalar[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, () => {
      const t = this.tableOf();
      const rect = this.rect();
      const data = checkDims(rect, v, "values");
      this.ctx.book.writeContents(t.sheet, rect, data);
      this.ctx.book.autoFillCalculatedColumns(t.sheet, rect, data);
      this.ctx.touch(t.sheet, rect);
    });
  }
  getRange(): Range {
    return new Range(this.ctx, `${this.path}.range`, () => ({
      sheet: this.tableOf().sheet,
      rect: this.rect(),
    }));
  }
  delete(): void {
    this._call("delete", [], () => {
      const t = this.tableOf();
      this.rect();
      this.ctx.book.deleteTableRows(t, this.i, 1);
      this.ctx.touch(t.sheet, t.rect);
    });
  }
}

// ---- named items ----------------------------------------------------------------------------

export class NamedItemCollection extends ClientCollection<NamedItem> {
  protected _list(): NamedItem[] {
    return this.ctx.book.names.map((n) => new NamedItem(this.ctx, `name(${n.name})`, () => n));
  }
  add(name: string, reference: string, comment = ""): NamedItem {
    let created: NamedItemState | undefined;
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [name, reference, comment] },
      run: () => void (created = this.ctx.book.addName(name, reference, comment)),
    });
    return new NamedItem(
      this.ctx,
      `name(new ${name})`,
      () => created ?? fail("ItemNotFound", "Not created."),
    );
  }
  getItem(name: string): NamedItem {
    return new NamedItem(
      this.ctx,
      `name(${name})`,
      () => this.ctx.book.findName(name) ?? fail("ItemNotFound", `The name "${name}" doesn't exist.`),
    );
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.ctx, `name?(${name})`, () => this.ctx.book.findName(name), true);
  }
}

export class NamedItem extends ClientObject {
  protected readonly _scalars = ["name", "type", "value", "formula", "comment", "visible"] as const;
  private readonly target: ReturnType<typeof nullable<NamedItemState>>;
  constructor(ctx: Ctx, path: string, find: () => NamedItemState | undefined, isNullable = false) {
    const target = nullable(find);
    super(ctx, path, isNullable);
    this.target = target;
  }
  protected override _isNull(): boolean {
    return this.target.isNull();
  }
  protected _read(prop: string): unknown {
    const n = this.target.get();
    const book = this.ctx.book;
    switch (prop) {
      case "name":
        return n.name;
      case "comment":
        return n.comment;
      case "visible":
        return true;
      case "formula":
        return n.ref ? `=${book.refText(n.ref)}` : n.constant;
      case "type": {
        if (n.ref) return "Range";
        const c = n.constant!.slice(1);
        if (/^".*"$/.test(c)) return "String";
        if (/^-?\d+(\.\d+)?$/.test(c)) return "Double";
        if (/^(TRUE|FALSE)$/i.test(c)) return "Boolean";
        return "Error";
      }
      case "value": {
        if (n.ref) return book.refText(n.ref).replace(/'([^']+)'!/, "$1!");
        const c = n.constant!.slice(1);
        if (/^".*"$/.test(c)) return c.slice(1, -1).replace(/""/g, '"');
        if (/^-?\d+(\.\d+)?$/.test(c)) return Number(c);
        return c;
      }
    }
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(f: string) {
    this._set("formula", f, () => {
      const n = this.target.get();
      const book = this.ctx.book;
      book.deleteName(n);
      const fresh = book.addName(n.name, f, n.comment);
      Object.assign(n, { ref: fresh.ref, constant: fresh.constant });
      book.names.splice(book.names.indexOf(fresh), 1, n);
    });
  }
  get comment(): string {
    return this._get("comment");
  }
  getRange(): Range {
    return new Range(this.ctx, `${this.path}.range`, () => {
      const n = this.target.get();
      return n.ref
        ? { sheet: n.ref.sheet, rect: n.ref.rect }
        : fail("InvalidOperation", "This name does not refer to a range.");
    });
  }
  getRangeOrNullObject(): Range {
    return new Range(
      this.ctx,
      `${this.path}.range?`,
      () => {
        const n = this.target.get();
        return n.ref ? { sheet: n.ref.sheet, rect: n.ref.rect } : undefined;
      },
      true,
    );
  }
  delete(): void {
    this._call("delete", [], () => this.ctx.book.deleteName(this.target.get()));
  }
}

/** "A1:B2,D5" or "A1;Blad1!D5" on one sheet, as getRanges and getIntersection take them. */
function parseAreas(book: Book, sheet: SheetState, address: string): CellRect[] {
  const invalid = () =>
    fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  if (address.length > GET_RANGES_MAX_CHARS) invalid();
  return address.split(/[,;]/).map((part) => {
    const { sheet: named, local } = splitSheetAddress(part.trim());
    if (named !== null && book.findSheet(named) !== sheet) invalid();
    return parseRect(local) ?? invalid();
  });
}

/** The few RangeAreas members the add-in uses. */
export class RangeAreas extends ClientObject {
  protected readonly _scalars = ["address", "areaCount", "cellCount"] as const;
  private readonly target: ReturnType<typeof nullable<{ sheet: SheetState; areas: CellRect[] }>>;
  /** ExcelApi 1.9: the conditional formats that touch any of the areas; add() applies to all of them. */
  readonly conditionalFormats: ConditionalFormatCollection;
  constructor(
    ctx: Ctx,
    path: string,
    find: () => { sheet: SheetState; areas: CellRect[] } | undefined,
    isNullable = true,
  ) {
    const target = nullable(find);
    super(ctx, path, isNullable);
    this.target = target;
    this.conditionalFormats = new ConditionalFormatCollection(ctx, `${path}.cf`, () => this.target.get());
  }
  protected override _isNull(): boolean {
    return this.target.isNull();
  }
  protected _read(prop: string): unknown {
    const { sheet, areas } = this.target.get();
    if (prop === "address") return areas.map((a) => sheetAddress(sheet.name, a)).join(",");
    if (prop === "areaCount") return areas.length;
    if (prop === "cellCount") return areas.reduce((n, a) => n + a.rows * a.cols, 0);
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get address(): string {
    return this._get("address");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  /** ExcelApi 1.9: the cells shared with an address on the same sheet; ItemNotFound when none. */
  getIntersection(address: string): RangeAreas {
    return new RangeAreas(
      this.ctx,
      `${this.path}.intersect(${address})`,
      () => {
        const { sheet, areas } = this.target.get();
        const other = parseAreas(this.ctx.book, sheet, address);
        const shared = areas.flatMap((a) => other.flatMap((b) => intersection(a, b) ?? []));
        return shared.length
          ? { sheet, areas: shared }
          : fail("ItemNotFound", "The ranges do not intersect.");
      },
      false,
    );
  }
}

function intersection(a: CellRect, b: CellRect): CellRect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

// ---- charts (data ranges and settings; nothing is drawn) ------------------------------------

const CHART_TYPES = new Set(["XYScatter", "BarClustered", "ColumnClustered", "Line", "Pie"]);

class ChartCollection extends ClientCollection<Chart> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
  }
  protected _list(): Chart[] {
    return this.sheet().charts.map((c) => new Chart(this.ctx, `${this.path}[${c.id}]`, () => c));
  }
  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    let created: ChartState | undefined;
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [type, sourceData._path(), seriesBy] },
      run: () => {
        if (!CHART_TYPES.has(type)) fail("InvalidArgument", `Unknown chart type ${type}.`);
        const source = sourceData._target();
        const id = this.ctx.book.nextId("chart");
        created = { id, name: `Chart ${id}`, type, source, series: [{}], settings: {} };
        this.sheet().charts.push(created);
      },
    });
    return new Chart(this.ctx, `${this.path}.new`, () => created ?? fail("ItemNotFound", "Not created."));
  }
  getItem(name: string): Chart {
    return new Chart(
      this.ctx,
      `${this.path}[${name}]`,
      () => this.find(name) ?? fail("ItemNotFound", `No chart ${name}.`),
    );
  }
  getItemOrNullObject(name: string): Chart {
    return new Chart(this.ctx, `${this.path}[${name}]?`, () => this.find(name), true);
  }
  private find(name: string): ChartState | undefined {
    return this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
  }
}

class Chart extends ClientObject {
  protected readonly _scalars = ["name", "chartType"] as const;
  private readonly target: ReturnType<typeof nullable<ChartState>>;
  readonly series: ChartSeriesCollection;
  constructor(ctx: Ctx, path: string, find: () => ChartState | undefined, isNullable = false) {
    const target = nullable(find);
    super(ctx, path, isNullable);
    this.target = target;
    this.series = new ChartSeriesCollection(ctx, `${path}.series`, () => this.target.get());
  }
  protected override _isNull(): boolean {
    return this.target.isNull();
  }
  protected _read(prop: string): unknown {
    const c = this.target.get();
    if (prop === "name") return c.name;
    if (prop === "chartType") return c.type;
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get chartType(): string {
    return this._get("chartType");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => void (this.target.get().name = v));
  }
  private area(key: string): SettingsNode {
    return treeProxy(this.ctx, `${this.path}.${key}`, () => this.target.get().settings, [key]);
  }
  get title() {
    return this.area("title");
  }
  get axes() {
    return this.area("axes");
  }
  get legend() {
    return this.area("legend");
  }
  setPosition(start: string, end: string): void {
    this._call("setPosition", [start, end], () => void (this.target.get().position = [start, end]));
  }
  delete(): void {
    this._call("delete", [], () => {
      const c = this.target.get();
      const sheet = this.ctx.book.sheets.find((s) => s.charts.includes(c))!;
      sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
}

class ChartSeriesCollection extends ClientCollection<ChartSeries> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly chart: () => ChartState,
  ) {
    super(ctx, path);
  }
  protected _list(): ChartSeries[] {
    return this.chart().series.map((_, i) => this.getItemAt(i));
  }
  getItemAt(i: number): ChartSeries {
    return new ChartSeries(
      this.ctx,
      `${this.path}[${i}]`,
      () => this.chart().series[i] ?? fail("ItemNotFound", `No series ${i}.`),
    );
  }
  /** A new series, last (ExcelApi 1.7); its data is set on it afterwards. */
  add(name?: string): ChartSeries {
    let index = -1;
    this.ctx.enqueue({
      payload: { o: this.path, m: "add", a: [name ?? null] },
      run: () => {
        const list = this.chart().series;
        list.push(name === undefined ? {} : { name });
        index = list.length - 1;
      },
    });
    return new ChartSeries(
      this.ctx,
      `${this.path}.new`,
      () => this.chart().series[index] ?? fail("ItemNotFound", "Not created."),
    );
  }
}

class ChartSeries extends ClientObject {
  protected readonly _scalars = ["name"] as const;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly state: () => ChartState["series"][number],
  ) {
    super(ctx, path);
  }
  protected _read(prop: string): unknown {
    if (prop === "name") return this.state().name ?? "";
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => void (this.state().name = v));
  }
  setXAxisValues(range: Range): void {
    this._call("setXAxisValues", [range._path()], () => void (this.state().xValues = range._target()));
  }
  setValues(range: Range): void {
    this._call("setValues", [range._path()], () => void (this.state().values = range._target()));
  }
}

// ---- page layout (ExcelApi 1.9) -------------------------------------------------------------------

const HEADER_FOOTER_KEYS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** A range or an address on the page layout's own sheet, as rectangles. */
function rectsOf(ctx: Ctx, sheet: SheetState, what: unknown): CellRect[] {
  if (typeof what === "string") {
    return what.split(",").map((part) => {
      const { sheet: other, local } = splitSheetAddress(part.trim());
      if (other !== null && other.toLowerCase() !== sheet.name.toLowerCase())
        fail("InvalidArgument", "The print area must be on the same sheet.");
      return parseRect(local.replace(/\$/g, "")) ?? fail("InvalidArgument", `Not an address: ${part}`);
    });
  }
  if (what instanceof Range) {
    const t = what._target();
    if (t.sheet !== sheet) fail("InvalidArgument", "The range must be on the same sheet.");
    return [t.rect];
  }
  return fail("InvalidArgument", "Expected a range or an address.");
}

/** Excel.PaperType values the in-memory Excel accepts (a subset: the common sizes). */
const PAPER_TYPES = new Set([
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Letter",
  "LetterSmall",
  "Legal",
  "Executive",
]);

export class PageLayout extends ClientObject {
  protected readonly _scalars = ["orientation", "zoom", "paperSize"] as const;
  readonly headersFooters: { defaultForAllPages: HeaderFooter };
  constructor(
    ctx: Ctx,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
    this.headersFooters = { defaultForAllPages: new HeaderFooter(ctx, `${path}.hf`, sheet) };
  }
  protected _read(prop: string): unknown {
    const p = this.sheet().pageLayout;
    if (prop === "orientation") return p.orientation;
    if (prop === "paperSize") return p.paperSize;
    if (prop === "zoom") return { ...p.zoom };
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v, () => {
      if (v !== "Portrait" && v !== "Landscape") fail("InvalidArgument", `Unknown orientation ${v}.`);
      this.sheet().pageLayout.orientation = v as PageLayoutState["orientation"];
    });
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v, () => {
      if (!PAPER_TYPES.has(v)) fail("InvalidArgument", `Unknown paper size ${v}.`);
      this.sheet().pageLayout.paperSize = v;
    });
  }
  get zoom(): PageLayoutState["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: PageLayoutState["zoom"]) {
    this._set("zoom", v, () => {
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && v.scale !== undefined) fail("InvalidArgument", "Scale and fit to pages exclude each other.");
      this.sheet().pageLayout.zoom = { ...v };
    });
  }
  setPrintArea(area: unknown): void {
    this._call("setPrintArea", [String(area instanceof Range ? area._path() : area)], () => {
      this.sheet().pageLayout.printArea = rectsOf(this.ctx, this.sheet(), area);
    });
  }
  setPrintTitleRows(rows: unknown): void {
    this._call("setPrintTitleRows", [String(rows instanceof Range ? rows._path() : rows)], () => {
      const [r] = rectsOf(this.ctx, this.sheet(), rows);
      this.sheet().pageLayout.printTitleRows = { row: r.row, rows: r.rows };
    });
  }
  getPrintAreaOrNullObject(): RangeAreas {
    return new RangeAreas(this.ctx, `${this.path}.printArea`, () => {
      const s = this.sheet();
      return s.pageLayout.printArea ? { sheet: s, areas: s.pageLayout.printArea } : undefined;
    });
  }
  getPrintTitleRowsOrNullObject(): Range {
    return new Range(
      this.ctx,
      `${this.path}.titleRows`,
      () => {
        const s = this.sheet();
        const t = s.pageLayout.printTitleRows;
        return t ? { sheet: s, rect: { row: t.row, col: 0, rows: t.rows, cols: MAX_COLS } } : undefined;
      },
      true,
    );
  }
}

export class HeaderFooter extends ClientObject {
  protected readonly _scalars = HEADER_FOOTER_KEYS;
  // accessors defined in the constructor (load before reading, queued writes)
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
  constructor(
    ctx: Ctx,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, path);
    for (const key of HEADER_FOOTER_KEYS) {
      Object.defineProperty(this, key, {
        get: () => this._get(key),
        set: (v: string) =>
          this._set(key, v, () => {
            if (String(v).length > 255)
              fail("InvalidArgument", "A header or footer holds at most 255 characters.");
            this.sheet().pageLayout.headersFooters[key] = String(v);
          }),
      });
    }
  }
  protected _read(prop: string): unknown {
    if ((HEADER_FOOTER_KEYS as readonly string[]).includes(prop))
      return this.sheet().pageLayout.headersFooters[prop as (typeof HEADER_FOOTER_KEYS)[number]];
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }
}
