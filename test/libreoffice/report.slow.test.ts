/**
 * Third leg for the report sheet: the exported workbook recalculated by LibreOffice (forced, see
 * ../shared/tools/recalc-xlsx and recalcMany) shows what the reference computes — on the example
 * organisation (Dutch and English), an empty workbook and random workbooks aimed at ties, budgets
 * used up to the cent and empty registers.
 */
import fc from "fast-check";
import * as XLSX from "xlsx";
import { buildXlsx } from "../../scripts/xlsxExport";
import { ExampleData, exampleData } from "../../src/workbook/example";
import type { WbLang } from "../../src/workbook/lang";
import { REPORT } from "../../src/workbook/report";
import { randomReportData } from "../helpers/randomReport";
import { recalcMany } from "../helpers/recalcMany";
import { verifyReport } from "../helpers/reportVerify";

function cells(wb: XLSX.WorkBook, lang: WbLang) {
  const sheet = wb.Sheets[REPORT.sheet[lang]];
  return (row: number, col: number) => {
    const c = sheet[XLSX.utils.encode_cell({ r: row, c: col })];
    return c === undefined ? "" : c.v;
  };
}

/** Rows of the exported Rangorde table: the needs plus 10 (at least 1 + 10). */
const rankingRows = (data: ExampleData | null) => Math.max(1, data?.priorities.length ?? 1) + 10;

test("LibreOffice: the report of the example (nl, en) and of an empty workbook equals the reference", async () => {
  const cases: [WbLang, ExampleData | null][] = [
    ["nl", exampleData({ year: 2026 })],
    ["en", exampleData({ year: 2026, lang: "en" })],
    ["nl", null],
    ["en", null],
  ];
  const files = await Promise.all(cases.map(([lang, d]) => buildXlsx(lang, d, 2026)));
  recalcMany(files).forEach((file, i) => {
    const [lang, d] = cases[i];
    verifyReport(cells(XLSX.readFile(file), lang), d, { lang, rankingRows: rankingRows(d) });
  });
}, 300000);

test("LibreOffice agrees with the reference on 40 random report workbooks", async () => {
  const data = fc.sample(randomReportData, { numRuns: 40, seed: 20261202 });
  const files = await Promise.all(data.map((d) => buildXlsx("nl", d, 2026)));
  recalcMany(files).forEach((file, i) => {
    verifyReport(cells(XLSX.readFile(file), "nl"), data[i], { rankingRows: rankingRows(data[i]) });
  });
}, 900000);
