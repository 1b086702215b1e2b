/**
 * The workbooks the export tests check: the example organisation in Dutch and English and an empty
 * one, written by scripts/xlsxExport.ts to a temporary folder; and what the specs say they hold.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildXlsx } from "../../scripts/xlsxExport";
import { exampleData } from "../../src/workbook/example";
import { WbLang } from "../../src/workbook/lang";
import { MATRIX, matrixBlocks } from "../../src/workbook/matrix";
import { REPORT } from "../../src/workbook/report";
import { TABLE_SPECS } from "../../src/workbook/specs";
import { SLOW } from "../helpers/slow";

export interface Exported {
  label: string;
  lang: WbLang;
  file: string;
  buffer: Buffer;
}

export async function exportWorkbooks(): Promise<Exported[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-export-"));
  // the whole example organisation in the slow suite; a smaller staff (the same sheets, tables,
  // validations and formats) in the fast one
  const staff = SLOW ? {} : { employees: 12 };
  const data = exampleData({ year: 2026, ...staff });
  const cases: [string, WbLang, typeof data | null][] = [
    ["nl-example", "nl", data],
    ["en-example", "en", exampleData({ year: 2026, lang: "en", ...staff })],
    ["nl-empty", "nl", null],
  ];
  return Promise.all(
    cases.map(async ([label, lang, d]) => {
      const buffer = await buildXlsx(lang, d, 2026);
      const file = path.join(dir, `${label}.xlsx`);
      writeFileSync(file, buffer);
      return { label, lang, file, buffer };
    }),
  );
}

/** Sheets, tables, validations and conditional formats the specs call for in a language. */
export function expected(lang: WbLang) {
  const sheets = new Set<string>();
  for (const spec of TABLE_SPECS) {
    if (spec.key === "questions") sheets.add(MATRIX.sheet[lang]); // the matrix follows the diagnosis
    sheets.add(spec.sheet[lang]);
  }
  const tables = TABLE_SPECS.map((s) => ({
    name: s.name,
    sheet: s.sheet[lang],
    headers: s.columns.map((c) => c.header[lang]),
    validated: s.columns.flatMap((c, i) =>
      c.validation ? [{ index: i, rule: c.validation(lang).rule }] : [],
    ),
    formats: s.columns.filter((c) => c.heat || c.flag).length,
  }));
  sheets.add(REPORT.sheet[lang]); // the report comes last
  const matrixFormats = matrixBlocks(lang, 1, 1).filter((b) => b.scale).length;
  return { sheets: [...sheets], tables, matrixFormats, names: [MATRIX.name, REPORT.name] };
}
