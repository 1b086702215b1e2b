/**
 * Writes the analysis workbook to an .xlsx from the same sheet specs the add-in applies (not a
 * second description): tables, formulas, validation, formats. Dev tool (ExcelJS); used by
 * `npm run example-workbook` and by the LibreOffice formula test.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../src/workbook/address";
import type { ExampleData } from "../src/workbook/example";
import { EXAMPLE_ORGANISATION } from "../src/workbook/example";
import { WbLang } from "../src/workbook/lang";
import { cellInput } from "../src/workbook/cellText";
import type { Criterion } from "../src/domain/priorities";
import { MATRIX, matrixBlocks } from "../src/workbook/matrix";
import { exampleRows, teamRow } from "../src/workbook/rows";
import {
  COMPUTED_FILL,
  DIAGNOSIS_SPARE,
  FLAG_COLORS,
  FormulaBuilder,
  Scale,
  rowFormula,
  seedRows,
  SPEC_BY_KEY,
  TABLE_SPECS,
  TableKey,
} from "../src/workbook/specs";

/** Office.js formula text → the form stored in .xlsx files. */
export function toFileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/(\w+)\[@\[((?:'.|[^\]'])+)\]\]/g, "$1[[#This Row],[$2]]");
}

/** Cell text as written through Office.js (a leading apostrophe marks text) → the stored value. */
const stored = (v: string | number | boolean) =>
  typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function scaleRule(scale: Scale): ExcelJS.ConditionalFormattingRule {
  const points = [scale.min, ...(scale.mid ? [scale.mid] : []), scale.max];
  return {
    type: "colorScale",
    priority: 1,
    cfvo: points.map(([value]) => ({ type: "num", value })),
    color: points.map(([, color]) => ({ argb: argb(color) })),
  } as ExcelJS.ConditionalFormattingRule;
}

function listRule(source: string): string {
  // a list from a table column (INDIRECT on its structured reference), or the choices themselves
  return source.startsWith("=") ? source.slice(1) : `"${source}"`;
}

/**
 * @param only the tables to write (tests that need a few tables recalculate much faster); the
 *             team matrix comes with the diagnosis
 */
export async function buildXlsx(
  lang: WbLang,
  data: ExampleData | null,
  year: number,
  only?: TableKey[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const f = new FormulaBuilder(lang);
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const rowsOf: Partial<Record<TableKey, (string | number | boolean)[][]>> = {
    ...(data ? exampleRows(data, lang) : { teams: [teamRow("")] }),
    settings: seedRows("settings", lang, year)!.map((r) => {
      const key = String(r[0]);
      const given =
        data?.settingValues?.[key] ?? (key === "organisation" && data ? EXAMPLE_ORGANISATION : undefined);
      return given === undefined ? r : [r[0], r[1], cellInput(given), r[3]];
    }),
    weights: seedRows("weights", lang, year)!.map((r) => {
      const given = data?.weightValues?.[String(r[0]) as Criterion];
      return given ? [r[0], r[1], cellInput(given[0] as string), cellInput(given[1]), r[4]] : r;
    }),
  };
  const countOf = (key: TableKey) => Math.max(1, rowsOf[key]?.length ?? 1);
  const competenceCount = Math.max(1, data?.competences.length ?? 1);
  for (const spec of TABLE_SPECS.filter((t) => !only || only.includes(t.key))) {
    // the team matrix follows the diagnosis, as in the add-in
    if (spec.key === "questions" && (!only || only.includes("diagnosis")))
      writeMatrix(
        wb,
        lang,
        (data?.teams.length ?? 1) + MATRIX.spareTeams,
        competenceCount + MATRIX.spareCompetences,
      );
    let ws = sheets.get(spec.sheet.nl);
    if (!ws) {
      ws = wb.addWorksheet(spec.sheet[lang], { views: [{ state: "frozen", ySplit: spec.anchor.row + 1 }] });
      ws.getCell("A1").value = spec.title[lang];
      ws.getCell("A1").font = { bold: true };
      sheets.set(spec.sheet.nl, ws);
    } else {
      ws.getCell(spec.anchor.row, spec.anchor.col + 1).value = spec.title[lang];
    }
    const count =
      spec.key === "diagnosis"
        ? competenceCount + DIAGNOSIS_SPARE
        : spec.sizedBy
          ? countOf(spec.sizedBy.table) + spec.sizedBy.spare
          : countOf(spec.key);
    const columnOf = (table: TableKey, column: string) =>
      SPEC_BY_KEY[table].anchor.col + SPEC_BY_KEY[table].columns.findIndex((c) => c.key === column);
    const rows = Array.from({ length: count }, (_, r) =>
      spec.columns.map((c, i) => {
        if (c.formula)
          return { formula: toFileFormula(rowFormula(c.formula(f), r, spec.anchor.row, columnOf)) };
        const v = rowsOf[spec.key]?.[r]?.[i];
        if (typeof v === "string" && v.startsWith("=")) return { formula: toFileFormula(v) };
        return v === undefined || v === "" ? null : stored(v);
      }),
    );
    const top = spec.anchor.row + 1; // 1-based header row
    spec.columns.forEach((c, i) => {
      if (!c.hint) return;
      const cell = ws!.getCell(top - 1, spec.anchor.col + 1 + i);
      cell.value = c.hint[lang];
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.font = { italic: true };
    });
    const left = spec.anchor.col + 1;
    ws.addTable({
      name: spec.name,
      ref: `${columnLetters(spec.anchor.col)}${top}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: spec.columns.map((c) => ({ name: c.header[lang], filterButton: true })),
      rows,
    });
    spec.columns.forEach((c, i) => {
      const col = left + i;
      ws!.getColumn(col).width = c.width;
      const range = `${columnLetters(col - 1)}${top + 1}:${columnLetters(col - 1)}${top + count}`;
      for (let r = top + 1; r <= top + count; r++) {
        const cell = ws!.getCell(r, col);
        if (c.numberFormat || c.text) cell.numFmt = c.numberFormat ?? "@";
        if (c.formula)
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(COMPUTED_FILL) } };
      }
      if (c.validation) {
        const v = c.validation(lang);
        const [kind, body] = Object.entries(v.rule)[0];
        const common = {
          allowBlank: true,
          showInputMessage: true,
          promptTitle: c.header[lang].slice(0, 32),
          prompt: v.prompt[lang],
          showErrorMessage: true,
          errorStyle: "error",
          errorTitle: c.header[lang].slice(0, 32),
          error: v.error[lang],
        };
        const op = String(body.operator ?? "Between");
        const operator = op.charAt(0).toLowerCase() + op.slice(1);
        const formulae =
          kind === "list"
            ? [listRule(String(body.source))]
            : [body.formula1, body.formula2]
                .filter((x) => x !== undefined)
                .map((x) =>
                  typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x)
                    ? `DATE(${x.replace(/-0?/g, ",")})`
                    : typeof x === "string"
                      ? x.replace(/^=/, "")
                      : x,
                );
        const type = kind === "wholeNumber" ? "whole" : kind;
        (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(
          range,
          {
            type,
            ...(kind === "list" ? {} : { operator }),
            formulae,
            ...common,
          },
        );
      }
    });
    spec.columns.forEach((c, i) => {
      const letter = columnLetters(spec.anchor.col + i);
      const ref = `${letter}${top + 1}:${letter}${top + count}`;
      if (c.heat) ws!.addConditionalFormatting({ ref, rules: [scaleRule(c.heat)] });
      if (c.flag) {
        ws!.addConditionalFormatting({
          ref,
          rules: [
            {
              type: "containsText",
              operator: "containsText",
              text: c.flag[lang],
              priority: 1,
              style: {
                font: { color: { argb: argb(FLAG_COLORS.font) } },
                fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(FLAG_COLORS.fill) } },
              },
            } as ExcelJS.ConditionalFormattingRule,
          ],
        });
      }
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeMatrix(wb: ExcelJS.Workbook, lang: WbLang, teams: number, competences: number) {
  const ws = wb.addWorksheet(MATRIX.sheet[lang], { views: [{ state: "frozen", xSplit: 1 }] });
  ws.getCell("A1").value = MATRIX.title[lang];
  ws.getCell("A1").font = { bold: true };
  for (const block of matrixBlocks(lang, teams, competences)) {
    block.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(block.top + 1 + r, block.left + 1 + c);
        cell.value = r === 0 && c === 0 ? v : ({ formula: toFileFormula(v) } as ExcelJS.CellFormulaValue);
        if (r === 0) cell.font = { bold: true };
        else if (c > 0) cell.numFmt = block.numberFormat;
      }),
    );
    if (block.scale) {
      const rows = block.cells.length;
      const cols = block.cells[0].length;
      const first = `${columnLetters(block.left + 1)}${block.top + 2}`;
      const last = `${columnLetters(block.left + cols - 1)}${block.top + rows}`;
      ws.addConditionalFormatting({ ref: `${first}:${last}`, rules: [scaleRule(block.scale)] });
    }
  }
  wb.definedNames.add(`'${MATRIX.sheet[lang]}'!$A$${MATRIX.anchor.row + 1}`, MATRIX.name);
}
