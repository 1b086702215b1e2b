/**
 * Generates or upgrades the analysis sheets without touching anything a user typed.
 * Round trips: 3 reads + 1 write, plus chunks when a column with user values must be
 * written cell by cell (each chunk below the 5 MB payload limit).
 */
import {
  CellRect,
  columnLetters,
  parseRect,
  quoteSheetName,
  rectAddress,
  splitSheetAddress,
} from "../workbook/address";
import { headerMatches, LANGUAGE_NAME, WbLang } from "../workbook/lang";
import { MATRIX, matrixBlocks, MATRIX_TITLES } from "../workbook/matrix";
import { CHARTS } from "../workbook/prioritySpecs";
import {
  COMPUTED_FILL,
  FLAG_COLORS,
  FormulaBuilder,
  LIST_NAMES,
  Scale,
  refersAbove,
  rowFormula,
  seedRows,
  SPEC_BY_KEY,
  TABLE_SPECS,
  InstrumentKey,
  TableKey,
  TableSpec,
} from "../workbook/specs";
import { cellInput } from "../workbook/cellText";
import { chunkRows } from "./chunks";

export type GenerateMessage =
  | { kind: "sheetNameTaken"; wanted: string; used: string; table: string }
  | { kind: "foreignTable"; table: string; sheet: string }
  | { kind: "nameClash"; table: string }
  | { kind: "columnRestored"; table: string; column: string }
  | { kind: "keptUserCells"; table: string; column: string; count: number };

export interface GenerateResult {
  lang: WbLang;
  createdTables: string[];
  addedColumns: number;
  messages: GenerateMessage[];
  syncs?: number;
}

interface TableSnap {
  sheetName: string;
  headers: string[];
  row: number;
  col: number;
  bodyRows: number;
}

export interface Snapshot {
  lang: WbLang | null;
  sheetNames: string[];
  names: Map<string, string>; // lower-case name -> formula
  tables: Partial<Record<TableKey, TableSnap | "foreign">>;
  allTableNames: Set<string>;
  /** Constant (user-typed) cells in our computed columns: key `${table}/${header}` -> body row indexes. */
  constants: Map<string, Set<number>>;
  matrix: { sheetName: string; row: number; col: number; formulas: unknown[][] } | null;
  /** Every chart in the workbook: lower-case name → its sheet. */
  chartNames: Map<string, string>;
  /** Keys present in the tables that start with seed rows (settings, weights). */
  seedKeys: Map<TableKey, Set<string>>;
}

const SEEDED: TableKey[] = ["settings", "weights"];

/** Which workbook language a name's value denotes. */
function langFrom(formula: string | undefined): WbLang | null {
  if (!formula) return null;
  const v = formula.replace(/^=/, "").replace(/"/g, "").trim().toLowerCase();
  return v === "nl" || v === "en" ? v : null;
}

export async function readSnapshot(context: Excel.RequestContext): Promise<Snapshot> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name,formula");
  await context.sync();

  const existing = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const geometry = TABLE_SPECS.filter((s) => existing.has(s.name.toLowerCase())).map((spec) => {
    const table = wb.tables.getItem(spec.name);
    return {
      spec,
      table,
      sheet: table.worksheet.load("name"),
      header: table.getHeaderRowRange().load("values,rowIndex,columnIndex"),
      body: table.getDataBodyRange().load(SEEDED.includes(spec.key) ? "rowCount,values" : "rowCount"),
    };
  });
  const nameMap = new Map(names.items.map((n) => [n.name.toLowerCase(), n.formula]));
  const matrixRef = nameMap.get(MATRIX.name.toLowerCase());
  const matrixAt = matrixRef ? splitSheetAddress(matrixRef.replace(/^=/, "")) : null;
  const matrixSheet = matrixAt?.sheet ? sheets.items.find((s) => s.name === matrixAt.sheet) : undefined;
  const matrixRect = matrixAt ? parseRect(matrixAt.local.replace(/\$/g, "")) : null;
  const matrixRange =
    matrixSheet && matrixRect
      ? matrixSheet.getRangeByIndexes(matrixRect.row, matrixRect.col, 200, 200).load("formulas")
      : null;
  const charts = sheets.items.map((s) => s.charts.load("items/name"));
  await context.sync();

  // a workbook without the language name (e.g. the exported example file): its headers tell
  const headerLang = (): WbLang | null => {
    for (const g of geometry) {
      for (const h of g.header.values[0]) {
        const col = g.spec.columns.find((c) => headerMatches(h, c.header) && c.header.nl !== c.header.en);
        if (col) return String(h).trim().toLowerCase() === col.header.nl.toLowerCase() ? "nl" : "en";
      }
    }
    return null;
  };
  const snap: Snapshot = {
    lang: langFrom(nameMap.get(LANGUAGE_NAME.toLowerCase())) ?? headerLang(),
    sheetNames: sheets.items.map((s) => s.name),
    names: nameMap,
    tables: {},
    allTableNames: existing,
    constants: new Map(),
    chartNames: new Map(
      charts.flatMap((c, i) => c.items.map((x) => [x.name.toLowerCase(), sheets.items[i].name] as const)),
    ),
    seedKeys: new Map(
      geometry
        .filter((g) => SEEDED.includes(g.spec.key))
        .map((g) => [g.spec.key, new Set(g.body.values.map((r) => String(r[0]).trim()))]),
    ),
    matrix:
      matrixSheet && matrixRect && matrixRange
        ? {
            sheetName: matrixSheet.name,
            row: matrixRect.row,
            col: matrixRect.col,
            formulas: matrixRange.formulas,
          }
        : null,
  };
  const probes: { key: string; areas: Excel.RangeAreas }[] = [];
  for (const g of geometry) {
    const headers = g.header.values[0].map(String);
    const ours = g.spec.columns.some((c) => headers.some((h) => headerMatches(h, c.header)));
    if (!ours) {
      snap.tables[g.spec.key] = "foreign";
      continue;
    }
    snap.tables[g.spec.key] = {
      sheetName: g.sheet.name,
      headers,
      row: g.header.rowIndex,
      col: g.header.columnIndex,
      bodyRows: g.body.rowCount,
    };
    for (const c of g.spec.columns) {
      if (!c.formula) continue;
      const header = headers.find((h) => headerMatches(h, c.header));
      if (!header) continue;
      const areas = g.table.columns
        .getItem(header)
        .getDataBodyRange()
        .getSpecialCellsOrNullObject("Constants");
      areas.load("address");
      probes.push({ key: `${g.spec.key}/${c.key}`, areas });
    }
  }
  if (probes.length) {
    await context.sync();
    for (const p of probes) {
      if (p.areas.isNullObject) continue;
      const [table] = p.key.split("/");
      const snapT = snap.tables[table as TableKey] as TableSnap;
      const rows = new Set<number>();
      for (const part of p.areas.address.split(",")) {
        const rect = parseRect(splitSheetAddress(part).local);
        if (rect) for (let r = 0; r < rect.rows; r++) rows.add(rect.row + r - snapT.row - 1);
      }
      snap.constants.set(p.key, rows);
    }
  }
  return snap;
}

/** A new sheet of ours with its title in A1; a name taken by someone else's sheet gets a suffix. */
function addOwnSheet(
  wb: Excel.Workbook,
  wanted: string,
  title: string,
  table: string,
  takenSheets: Set<string>,
  result: GenerateResult,
): { sheet: Excel.Worksheet; name: string } {
  const name = uniqueSheetName(wanted, takenSheets);
  if (name !== wanted) result.messages.push({ kind: "sheetNameTaken", wanted, used: name, table });
  takenSheets.add(name.toLowerCase());
  const sheet = wb.worksheets.add(name);
  sheet.getRange("A1").values = [[title]];
  sheet.getRange("A1").format.font.bold = true;
  return { sheet, name };
}

function uniqueSheetName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted.slice(0, 26)} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Creates and upgrades everything; returns what it did and what it left alone. */
export interface GenerateOptions {
  lang: WbLang;
  year: number;
  /** Instrument sheets to add; those already in the workbook are upgraded whatever this says. */
  instruments?: InstrumentKey[];
}

export async function generate(
  context: Excel.RequestContext,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const snap = await readSnapshot(context);
  const lang = snap.lang ?? options.lang;
  const f = new FormulaBuilder(lang);
  const wb = context.workbook;
  const result: GenerateResult = { lang, createdTables: [], addedColumns: 0, messages: [] };
  const takenSheets = new Set(snap.sheetNames.map((s) => s.toLowerCase()));
  const createdSheets = new Map<string, Excel.Worksheet>();
  const sheetOfSpec = new Map<string, string>(); // spec.sheet.nl -> sheet used
  const skipped = new Set<TableKey>();
  const bodyRows: Partial<Record<TableKey, number>> = {};
  const headersOf: Partial<Record<TableKey, string[]>> = {};

  for (const spec of TABLE_SPECS) {
    const s = snap.tables[spec.key];
    if (s && s !== "foreign") sheetOfSpec.set(spec.sheet.nl, s.sheetName);
  }

  const countOf = (key: TableKey) => {
    const s = snap.tables[key];
    return s && s !== "foreign" ? s.bodyRows : 1;
  };
  const competenceCount = countOf("competences");
  const teamCount = countOf("teams");
  /** Rows a formulas-only table needs: its source table's rows plus spare rows. */
  const neededRows = (spec: TableSpec) =>
    spec.sizedBy ? countOf(spec.sizedBy.table) + spec.sizedBy.spare : 1;
  /** Seed rows (key first) placed in this run, per table: body row → key. */
  const seededNow = new Map<TableKey, Map<number, string>>();
  const seed = (key: TableKey) => seedRows(key, lang, options.year);

  let matrixSheet: MatrixSheet | null = null;
  for (const spec of TABLE_SPECS) {
    // the team matrix belongs right after the diagnosis; the sheets after it follow it
    if (!matrixSheet && spec.key === "questions")
      matrixSheet = matrixSheetOf(wb, snap, lang, takenSheets, result);
    const s = snap.tables[spec.key];
    if (spec.instrument && !s && !options.instruments?.includes(spec.instrument)) {
      skipped.add(spec.key);
      continue;
    }
    if (s === "foreign") {
      result.messages.push({ kind: "foreignTable", table: spec.name, sheet: "" });
      skipped.add(spec.key);
      continue;
    }
    if (!s && snap.names.has(spec.name.toLowerCase())) {
      result.messages.push({ kind: "nameClash", table: spec.name });
      skipped.add(spec.key);
      continue;
    }
    if (s) {
      upgradeTable(wb, spec, s, lang, result);
      headersOf[spec.key] = [
        ...s.headers,
        ...spec.columns
          .filter((c) => !s.headers.some((h) => headerMatches(h, c.header)))
          .map((c) => c.header[lang]),
      ];
      bodyRows[spec.key] = s.bodyRows;
      if (spec.sizedBy && s.bodyRows < neededRows(spec)) {
        const extra = neededRows(spec) - s.bodyRows;
        wb.tables.getItem(spec.name).rows.add(
          undefined,
          Array.from({ length: extra }, () => headersOf[spec.key]!.map(() => "")),
        );
        bodyRows[spec.key] = s.bodyRows + extra;
      }
      const rowsToSeed = seed(spec.key);
      const have = snap.seedKeys.get(spec.key);
      if (rowsToSeed && have) {
        // rows a newer version added (settings, criteria); existing values stay as they are
        const missing = rowsToSeed.filter((r) => !have.has(String(r[0])));
        if (missing.length) {
          wb.tables.getItem(spec.name).rows.add(undefined, missing.map(withoutFormulas));
          seededNow.set(spec.key, new Map(missing.map((r, i) => [s.bodyRows + i, String(r[0])])));
          bodyRows[spec.key] = s.bodyRows + missing.length;
        }
      }
      continue;
    }
    // a new table: on the sheet of its sibling, else on a (new) sheet of its own
    let sheetName = sheetOfSpec.get(spec.sheet.nl);
    let sheet: Excel.Worksheet;
    if (sheetName) {
      sheet = createdSheets.get(sheetName) ?? wb.worksheets.getItem(sheetName);
    } else {
      ({ sheet, name: sheetName } = addOwnSheet(
        wb,
        spec.sheet[lang],
        spec.title[lang],
        spec.name,
        takenSheets,
        result,
      ));
      createdSheets.set(sheetName, sheet);
      sheetOfSpec.set(spec.sheet.nl, sheetName);
      sheet.freezePanes.freezeRows(spec.anchor.row + 1);
    }
    if (spec.key === "teams")
      sheet.getCell(spec.anchor.row - 1, spec.anchor.col).values = [[spec.title[lang]]];
    if (spec.columns.some((c) => c.hint)) {
      // guiding questions above the headers; written once, at creation, so later edits stay
      const hints = sheet.getRangeByIndexes(spec.anchor.row - 1, spec.anchor.col, 1, spec.columns.length);
      hints.values = [spec.columns.map((c) => (c.hint ? cellInput(c.hint[lang]) : ""))];
      hints.format.wrapText = true;
      hints.format.font.italic = true;
      hints.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    }
    const rowsToSeed = seed(spec.key);
    const rows = rowsToSeed ? rowsToSeed.length : neededRows(spec);
    const headers = spec.columns.map((c) => c.header[lang]);
    const area: CellRect = {
      row: spec.anchor.row,
      col: spec.anchor.col,
      rows: rows + 1,
      cols: headers.length,
    };
    sheet.getRangeByIndexes(area.row, area.col, 1, headers.length).values = [headers.map((h) => `'${h}`)];
    const table = sheet.tables.add(`${quoteSheetName(sheetName)}!${rectAddress(area)}`, true);
    table.name = spec.name;
    table.style = "TableStyleMedium2";
    if (rowsToSeed) {
      // formulas come later, once every table they refer to exists
      table.getDataBodyRange().values = rowsToSeed.map(withoutFormulas);
      seededNow.set(spec.key, new Map(rowsToSeed.map((r, i) => [i, String(r[0])])));
    }
    spec.columns.forEach((c, i) => {
      sheet.getRangeByIndexes(area.row, area.col + i, 1, 1).format.columnWidth = c.width * 6.5;
    });
    result.createdTables.push(spec.name);
    headersOf[spec.key] = headers;
    bodyRows[spec.key] = rows;
  }

  // names that the validation lists and the language use
  for (const { name, ref } of Object.values(LIST_NAMES)) {
    if (!snap.names.has(name.toLowerCase())) wb.names.add(name, ref);
  }
  if (!snap.names.has(LANGUAGE_NAME.toLowerCase())) wb.names.add(LANGUAGE_NAME, `="${lang}"`);

  // where each table is, for formulas that refer to the row above
  const positionOf = (key: TableKey) => {
    const s = snap.tables[key];
    return s && s !== "foreign" ? { row: s.row, col: s.col } : SPEC_BY_KEY[key].anchor;
  };
  const columnOf = (key: TableKey, column: string) => {
    const spec = SPEC_BY_KEY[key];
    const text = spec.columns.find((c) => c.key === column)!.header;
    return positionOf(key).col + headersOf[key]!.findIndex((h) => headerMatches(h, text));
  };

  // seed rows placed in this run that hold formulas (e.g. the sum of the weights)
  for (const [key, placed] of seededNow) {
    const spec = SPEC_BY_KEY[key];
    const rowsToSeed = seed(key)!;
    const byKey = new Map(rowsToSeed.map((r) => [String(r[0]), r]));
    for (const [bodyRow, k] of placed) {
      const values = byKey.get(k)!;
      values.forEach((v, i) => {
        if (typeof v !== "string" || !v.startsWith("=")) return;
        const col = headersOf[key]!.findIndex((h) => headerMatches(h, spec.columns[i].header));
        if (col >= 0) wb.tables.getItem(spec.name).getDataBodyRange().getCell(bodyRow, col).formulas = [[v]];
      });
    }
  }

  // formulas, formats, validation, conditional formats of every table
  for (const spec of TABLE_SPECS) {
    if (skipped.has(spec.key)) continue;
    const table = wb.tables.getItem(spec.name);
    const headers = headersOf[spec.key]!;
    const rows = bodyRows[spec.key]!;
    for (const c of spec.columns) {
      const header = headers.find((h) => headerMatches(h, c.header));
      if (!header) continue;
      const body = table.columns.getItem(header).getDataBodyRange();
      if (c.numberFormat || c.text) body.numberFormat = (c.numberFormat ?? "@") as unknown as string[][];
      if (c.formula) {
        const formula = c.formula(f);
        const kept = snap.constants.get(`${spec.key}/${c.key}`);
        const perRow = refersAbove(formula);
        if ((!kept || kept.size === 0) && !perRow) {
          body.formulas = formula as unknown as string[][];
        } else {
          if (kept?.size)
            result.messages.push({
              kind: "keptUserCells",
              table: spec.name,
              column: header,
              count: kept.size,
            });
          const at = positionOf(spec.key);
          const column = Array.from({ length: rows }, (_, r) => [
            kept?.has(r) ? null : perRow ? rowFormula(formula, r, at.row, columnOf) : formula,
          ]);
          for (const part of chunkRows(column)) {
            table.columns
              .getItem(header)
              .getDataBodyRange()
              .getRow(part.start)
              .getResizedRange(part.rows.length - 1, 0).formulas = part.rows as unknown as string[][];
          }
        }
        body.format.fill.color = COMPUTED_FILL;
        body.format.font.italic = true;
      }
      if (c.validation) {
        const v = c.validation(lang);
        body.dataValidation.clear();
        body.dataValidation.rule = v.rule as Excel.DataValidationRule;
        body.dataValidation.prompt = {
          showPrompt: true,
          title: header.slice(0, 32),
          message: v.prompt[lang],
        };
        body.dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop" as Excel.DataValidationAlertStyle,
          title: header.slice(0, 32),
          message: v.error[lang],
        };
      }
    }
    for (const c of spec.columns) {
      if (!c.heat && !c.flag) continue;
      const header = headers.find((h) => headerMatches(h, c.header));
      if (!header) continue;
      const body = table.columns.getItem(header).getDataBodyRange();
      body.conditionalFormats.clearAll();
      if (c.heat) {
        body.conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType).colorScale.criteria =
          colorScale(c.heat);
      }
      if (c.flag) {
        const cf = body.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
        cf.textComparison.format.font.color = FLAG_COLORS.font;
        cf.textComparison.format.fill.color = FLAG_COLORS.fill;
        cf.textComparison.rule = {
          operator: "Contains" as Excel.ConditionalTextOperator,
          text: c.flag[lang],
        };
      }
    }
  }

  writeMatrix(
    matrixSheet ?? matrixSheetOf(wb, snap, lang, takenSheets, result),
    snap,
    lang,
    Math.max(teamCount, 1) + MATRIX.spareTeams,
    competenceCount + MATRIX.spareCompetences,
  );
  if (!skipped.has("priorities") && !skipped.has("ranking")) {
    const sheetName = sheetOfSpec.get(SPEC_BY_KEY.ranking.sheet.nl)!;
    addCharts(wb, createdSheets.get(sheetName) ?? wb.worksheets.getItem(sheetName), snap, lang, headersOf);
  }
  await context.sync();
  return result;
}

/**
 * Value for money (weighted score against net cost) and the ranked scores, beside the ranking.
 * Their data are whole table columns, which Excel extends as the tables grow; each update also
 * points an existing chart (found by name) at the current columns, leaving its look as the user
 * made it.
 */
function addCharts(
  wb: Excel.Workbook,
  sheet: Excel.Worksheet,
  snap: Snapshot,
  lang: WbLang,
  headersOf: Partial<Record<TableKey, string[]>>,
) {
  const column = (key: TableKey, col: string) => {
    const text = SPEC_BY_KEY[key].columns.find((c) => c.key === col)!.header;
    const header = headersOf[key]!.find((h) => headerMatches(h, text))!;
    return wb.tables.getItem(SPEC_BY_KEY[key].name).columns.getItem(header).getDataBodyRange();
  };
  const existing = (name: string) => {
    const on = snap.chartNames.get(name.toLowerCase());
    return on ? wb.worksheets.getItem(on).charts.getItem(name) : null;
  };
  const data = {
    value: { x: column("priorities", "netCost"), y: column("priorities", "score") },
    ranking: { x: column("ranking", "title"), y: column("ranking", "score") },
  };
  for (const key of ["value", "ranking"] as const) {
    const spec = CHARTS[key];
    let chart = existing(spec.name);
    if (!chart) {
      chart = sheet.charts.add(spec.type as Excel.ChartType, data[key].y, "Columns" as Excel.ChartSeriesBy);
      chart.name = spec.name;
      chart.title.text = spec.title[lang];
      chart.legend.visible = false;
      if (key === "value") {
        chart.axes.categoryAxis.title.text = CHARTS.value.x[lang];
        chart.axes.valueAxis.title.text = CHARTS.value.y[lang];
      } else chart.axes.categoryAxis.reversePlotOrder = true; // rank 1 on top
      chart.setPosition(spec.at[0], spec.at[1]);
    }
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(data[key].x);
    series.setValues(data[key].y);
  }
}

/** A seed row as values: formula cells blank (formulas are written once every table exists). */
const withoutFormulas = (row: (string | number | boolean)[]) =>
  row.map((v) => (typeof v === "string" && v.startsWith("=") ? "" : v));

function upgradeTable(
  wb: Excel.Workbook,
  spec: TableSpec,
  s: TableSnap,
  lang: WbLang,
  result: GenerateResult,
) {
  const table = wb.tables.getItem(spec.name);
  for (const c of spec.columns) {
    if (s.headers.some((h) => headerMatches(h, c.header))) continue;
    table.columns.add(null as unknown as number, null as unknown as string[][], c.header[lang]);
    result.addedColumns += 1;
    result.messages.push({ kind: "columnRestored", table: spec.name, column: c.header[lang] });
  }
}

interface MatrixSheet {
  sheet: Excel.Worksheet;
  at: { row: number; col: number };
}

/** The team matrix sheet: found through its name, else added (with the name pointing at it). */
function matrixSheetOf(
  wb: Excel.Workbook,
  snap: Snapshot,
  lang: WbLang,
  takenSheets: Set<string>,
  result: GenerateResult,
): MatrixSheet {
  const at = snap.matrix ? { row: snap.matrix.row, col: snap.matrix.col } : MATRIX.anchor;
  if (snap.matrix) return { sheet: wb.worksheets.getItem(snap.matrix.sheetName), at };
  const { sheet, name } = addOwnSheet(
    wb,
    MATRIX.sheet[lang],
    MATRIX.title[lang],
    MATRIX.name,
    takenSheets,
    result,
  );
  sheet.freezePanes.freezeColumns(1);
  if (!snap.names.has(MATRIX.name.toLowerCase())) {
    wb.names.add(MATRIX.name, `=${quoteSheetName(name)}!$${columnLetters(at.col)}$${at.row + 1}`);
  }
  return { sheet, at };
}

/** The team × competence matrices (see workbook/matrix.ts). */
function writeMatrix(
  { sheet, at }: MatrixSheet,
  snap: Snapshot,
  lang: WbLang,
  teams: number,
  competences: number,
) {
  for (const block of matrixBlocks(lang, teams, competences, at)) {
    // keep whatever a user typed over the matrix (a constant where a formula would go)
    const existing = snap.matrix?.formulas;
    const safe = block.cells.map((row, r) =>
      row.map((v, c) => {
        if (r === 0 && c === 0) return `'${v}`;
        const cur = existing?.[block.top - at.row + r]?.[c];
        const typed =
          cur !== undefined && cur !== "" && !String(cur).startsWith("=") && !MATRIX_TITLES.has(String(cur));
        return typed ? null : v;
      }),
    );
    const rows = block.cells.length;
    const cols = block.cells[0].length;
    sheet.getRangeByIndexes(block.top, block.left, rows, cols).formulas = safe as string[][];
    sheet.getRangeByIndexes(block.top, block.left, 1, cols).format.font.bold = true;
    const cells = sheet.getRangeByIndexes(block.top + 1, block.left + 1, rows - 1, cols - 1);
    cells.numberFormat = block.numberFormat as unknown as string[][];
    cells.conditionalFormats.clearAll();
    if (block.scale) {
      const cf = cells.conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
      cf.colorScale.criteria = colorScale(block.scale);
    }
  }
}

const NUMBER = "Number" as Excel.ConditionalFormatColorCriterionType;

export function colorScale(scale: Scale): Excel.ConditionalColorScaleCriteria {
  const point = ([v, color]: [number, string]) => ({ formula: String(v), type: NUMBER, color });
  return {
    minimum: point(scale.min),
    ...(scale.mid ? { midpoint: point(scale.mid) } : {}),
    maximum: point(scale.max),
  };
}
