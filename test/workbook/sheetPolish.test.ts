/**
 * What the sheets show a reader: amounts in euro and shares as percentages on Instellingen, the
 * English keys hidden (the labels are read instead), a status that reads as a sentence after its
 * colon — in the add-in and in the .xlsx export, and upgraded in workbooks made before.
 */
import ExcelJS from "exceljs";
import { generate } from "../../src/excel/generate";
import { Book, createFakeExcel } from "../../src/fake-excel";
import type { WbLang } from "../../src/workbook/lang";
import { SPEC_BY_KEY, rowFormula, TableKey } from "../../src/workbook/specs";
import { exampleData } from "../../src/workbook/example";
import { buildXlsx } from "../../scripts/xlsxExport";
import { specColumn, tableRows } from "../helpers/book";
import V2 from "../fixtures/status-v2.nl.json";
import { filledWorkbook } from "../helpers/exampleBook";

/** What each setting's value cell must show, stated here (not taken from the code under test). */
const EURO = { nl: '"€ "#,##0', en: '"€"#,##0' };
const WANTED: Record<string, (lang: WbLang) => string> = {
  budget: (l) => EURO[l],
  invest_band_1: (l) => EURO[l],
  invest_band_2: (l) => EURO[l],
  invest_band_3: (l) => EURO[l],
  invest_band_4: (l) => EURO[l],
  hourly_cost: (l) => `${EURO[l]}.00`,
  coverage_in_house: () => "0%",
  weights_total: () => "0.0%",
};

async function generated(lang: WbLang) {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => generate(ctx as never, { lang, year: 2026 }));
  return fake.book;
}

const columnOf = specColumn;

test.each(["nl", "en"] as const)(
  "Instellingen (%s): value cells formatted by their key, key columns hidden, labels shown",
  async (lang) => {
    const book = await generated(lang);
    const t = book.findTable("VTO_Settings")!;
    const keyCol = columnOf(book, "settings", "key", lang);
    const valueCol = columnOf(book, "settings", "value", lang);
    const formats: Record<string, string | null> = {};
    for (let r = t.rect.row + 1; r < t.rect.row + t.rect.rows; r++) {
      const key = String(book.value(t.sheet, r, keyCol));
      formats[key] = book.cell(t.sheet, r, valueCol)?.numberFormat ?? null;
    }
    for (const [key, want] of Object.entries(WANTED)) expect([key, formats[key]]).toEqual([key, want(lang)]);
    // the others keep the general format (a year is no amount)
    expect(formats.analysis_year ?? "General").toMatch(/^(General|)$/);

    const hidden = t.sheet.hiddenColumns;
    const weightsKey = columnOf(book, "weights", "key", lang);
    expect([hidden.has(keyCol), hidden.has(weightsKey)]).toEqual([true, true]);
    expect([
      hidden.has(columnOf(book, "settings", "label", lang)),
      hidden.has(valueCol),
      hidden.has(columnOf(book, "weights", "criterion", lang)),
    ]).toEqual([false, false, false]);
  },
);

test.each(["nl", "en"] as const)("the export (%s) formats and hides the same", async (lang) => {
  const wb = new ExcelJS.Workbook();
  // a small staff: the settings are under test, not the registers
  const data = exampleData({ year: 2026, lang, employees: 2, gapRows: 1 });
  await wb.xlsx.load((await buildXlsx(lang, data, 2026)) as never);
  const spec = SPEC_BY_KEY.settings;
  const ws = wb.getWorksheet(spec.sheet[lang])!;
  const keyCol = spec.anchor.col + 1;
  const valueCol = spec.anchor.col + 1 + spec.columns.findIndex((c) => c.key === "value");
  const found: Record<string, string> = {};
  for (let r = spec.anchor.row + 2; r <= ws.rowCount; r++) {
    const key = ws.getCell(r, keyCol).value;
    if (typeof key === "string" && key) found[key] = ws.getCell(r, valueCol).numFmt ?? "";
  }
  for (const [key, want] of Object.entries(WANTED)) expect([key, found[key]]).toEqual([key, want(lang)]);
  expect(ws.getColumn(keyCol).hidden).toBe(true);
  expect(ws.getColumn(keyCol + 1).hidden).toBe(false);
  const weights = SPEC_BY_KEY.weights;
  expect(ws.getColumn(weights.anchor.col + 1).hidden).toBe(true);
});

test("a workbook with the previous status formula is upgraded: the verdict after the colon starts in lower case", async () => {
  const OPTS = { lang: "nl" as const, year: 2026 };
  // a small staff keeps the gap formulas quick; the questions and needs are the full example's
  const fake = await filledWorkbook(exampleData({ employees: 8, year: 2026 }), OPTS);
  const book = fake.book;
  const t = book.findTable("VTO_Priorities")!;
  const status = columnOf(book, "priorities", "status");
  const at = (key: TableKey, column: string) => columnOf(book, key, column);
  for (let r = 0; r < t.rect.rows - 1; r++)
    book.writeContents(t.sheet, { row: t.rect.row + 1 + r, col: status, rows: 1, cols: 1 }, [
      [rowFormula(V2.status, r, t.rect.row, at)],
    ]);
  book.evaluate();
  const before = tableRows(book, "VTO_Priorities").map((r) => r["Status"]);
  expect(before).toContain("uitgesloten: Geen VTO-behoefte");

  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages.filter((m) => m.kind === "keptUserCells")).toEqual([]);
  const after = tableRows(book, "VTO_Priorities").map((r) => r["Status"]);
  expect(after).toEqual(
    before.map((s) => (s === "uitgesloten: Geen VTO-behoefte" ? "uitgesloten: geen VTO-behoefte" : s)),
  );
});
