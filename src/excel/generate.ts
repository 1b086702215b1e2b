/**
 * Generates or upgrades the analysis sheets: read → plan → apply → verify.
 * Reads: 2 syncs for the inventory and the geometry, then the areas the plan may write and the
 * computed columns in pieces under 3 MB. The plan (src/workbook/generatePlan.ts) writes only
 * cells the add-in owns; it is applied in syncs under 4 MB, guarded writes check in the same
 * batch that the cells still hold what was read, and anything changed meanwhile is put back.
 */
import { CellRect, parseRect, splitSheetAddress } from "../workbook/address";
import {
  CellStore,
  ColumnScan,
  ColumnScanner,
  GenerateMessage,
  GenerateOptions,
  planGenerate,
  planReads,
  SheetSnap,
  Snapshot,
  TableSnap,
} from "../workbook/generatePlan";
import { LANGUAGE_NAME, WbLang } from "../workbook/lang";
import { packBatches } from "../workbook/plan";
import { SPEC_BY_KEY, TableKey } from "../workbook/specs";
import { applyPlan } from "./applyPlan";
import { readAreas } from "./readAreas";

export type { GenerateMessage, GenerateOptions } from "../workbook/generatePlan";

export interface GenerateResult {
  lang: WbLang;
  createdTables: string[];
  addedColumns: number;
  messages: GenerateMessage[];
  syncs?: number;
}

/**
 * Tables whose bodies are read with the geometry: the seeded ones (settings, weights and the
 * statutory plan's rows: rows a later version adds are appended by key), the catalogue (the
 * certificate view's size) and the function profiles (the equity groups' size: their functions).
 */
const SEEDED: TableKey[] = [
  "settings",
  "weights",
  "competences",
  "statutory",
  "profiles",
  "planQuarters",
  "planDays",
];

const rectOf = (address: string): CellRect | null =>
  parseRect(splitSheetAddress(address).local.replace(/\$/g, ""));

/** Phases 1 and 2: sheets, tables, names, charts; table geometry; the seeded tables' bodies. */
export async function readSnapshot(context: Excel.RequestContext): Promise<Snapshot> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name,formula");
  await context.sync();

  const sheetReads = sheets.items.map((s) => ({
    sheet: s,
    used: s.getUsedRangeOrNullObject(true).load("address"),
    charts: s.charts.load("items/name,items/chartType"),
    layout: s.pageLayout.load("orientation,zoom,paperSize"),
    printArea: s.pageLayout.getPrintAreaOrNullObject().load("address"),
    titleRows: s.pageLayout.getPrintTitleRowsOrNullObject().load("address"),
    headersFooters: s.pageLayout.headersFooters.defaultForAllPages.load(
      "leftHeader,centerHeader,rightHeader,leftFooter,centerFooter,rightFooter",
    ),
  }));
  const seeded = new Set(SEEDED.map((k) => SPEC_BY_KEY[k].name.toLowerCase()));
  const tableReads = tables.items.map((t) => ({
    table: t,
    sheet: t.worksheet.load("name"),
    header: t.getHeaderRowRange().load("values,rowIndex,columnIndex"),
    body: t.getDataBodyRange().load(seeded.has(t.name.toLowerCase()) ? "rowCount,formulas" : "rowCount"),
    filter: t.autoFilter.load("isDataFiltered"),
  }));
  await context.sync();

  const nameMap = new Map(names.items.map((n) => [n.name.toLowerCase(), n.formula]));
  const snap: Snapshot = {
    lang: null,
    sheets: sheetReads.map((s): SheetSnap => ({
      name: s.sheet.name,
      used: s.used.isNullObject ? null : rectOf(s.used.address),
      charts: s.charts.items.map((c) => ({ name: c.name, type: String(c.chartType) })),
      page: {
        orientation: String(s.layout.orientation),
        paperSize: String(s.layout.paperSize),
        zoom: { ...s.layout.zoom },
        printArea: s.printArea.isNullObject ? "" : s.printArea.address,
        titleRows: s.titleRows.isNullObject ? "" : s.titleRows.address,
        headersFooters: {
          leftHeader: s.headersFooters.leftHeader,
          centerHeader: s.headersFooters.centerHeader,
          rightHeader: s.headersFooters.rightHeader,
          leftFooter: s.headersFooters.leftFooter,
          centerFooter: s.headersFooters.centerFooter,
          rightFooter: s.headersFooters.rightFooter,
        },
      },
    })),
    tables: tableReads.map((t): TableSnap => ({
      name: t.table.name,
      sheet: t.sheet.name,
      rect: {
        row: t.header.rowIndex,
        col: t.header.columnIndex,
        rows: t.body.rowCount + 1,
        cols: t.header.values[0].length,
      },
      headers: t.header.values[0].map(String),
      filtered: Boolean(t.filter.isDataFiltered),
    })),
    names: nameMap,
    seedBodies: Object.fromEntries(
      tableReads
        .filter((t) => seeded.has(t.table.name.toLowerCase()))
        .map((t) => [
          SEEDED.find((k) => SPEC_BY_KEY[k].name.toLowerCase() === t.table.name.toLowerCase())!,
          t.body.formulas,
        ]),
    ),
  };
  const lang = (nameMap.get(LANGUAGE_NAME.toLowerCase()) ?? "").replace(/^=|"/g, "").trim();
  snap.lang = lang === "nl" || lang === "en" ? lang : null;
  return snap;
}

/** Everything generate plans from: the snapshot, the areas it may write, the computed columns. */
export interface PlanInputs {
  snap: Snapshot;
  store: CellStore;
  scans: Map<string, ColumnScan>;
  syncs: number;
}

export async function readForPlan(
  context: Excel.RequestContext,
  options: GenerateOptions & { onProgress?: (done: number, total: number) => void },
): Promise<PlanInputs> {
  const snap = await readSnapshot(context);
  let syncs = 2;
  // phase 3: the areas the plan may write, and what every computed cell holds
  const reads = planReads(snap, options);
  const store = new CellStore();
  const scanners = new Map<string, ColumnScanner>();
  syncs += await readAreas(
    context,
    [
      ...reads.areas.map((a) => ({
        target: a,
        rows: a.rect.rows,
        cols: a.rect.cols,
        cellBytes: 120,
        onRows: (offset: number, formulas: unknown[][]) =>
          store.put(
            a.sheet,
            { ...a.rect, row: a.rect.row + offset, rows: formulas.length },
            formulas as never,
          ),
      })),
      ...reads.columns.map((c) => {
        const scanner = new ColumnScanner(c);
        scanners.set(`${c.spec}|${c.column}`.toLowerCase(), scanner);
        return {
          target: { table: c.table, column: c.header },
          rows: c.rows,
          cols: 1,
          cellBytes: c.cellBytes,
          onRows: (offset: number, formulas: unknown[][]) => scanner.add(offset, formulas as never),
        };
      }),
    ],
    options.onProgress,
  );
  return { snap, store, scans: new Map([...scanners].map(([k, sc]) => [k, sc.scan])), syncs };
}

export async function generate(
  context: Excel.RequestContext,
  options: GenerateOptions & { onProgress?: (done: number, total: number) => void },
): Promise<GenerateResult> {
  const { snap, store, scans, syncs: read } = await readForPlan(context, options);
  let syncs = read;
  const plan = planGenerate(snap, store, scans, options);
  const applied = await applyPlan(context, packBatches(plan.ops), options.onProgress);
  syncs += applied.syncs;
  const messages = [...plan.messages];
  if (applied.breaches.length)
    messages.push({ kind: "changedMeanwhile", cells: applied.breaches.slice(0, 20).map((b) => b.address) });
  return {
    lang: plan.lang,
    createdTables: plan.createdTables,
    addedColumns: plan.addedColumns,
    messages,
    syncs,
  };
}
