/**
 * Writes the analysis workbook to an .xlsx from the same sheet specs the add-in applies (not a
 * second description): tables, formulas, validation, formats. Dev tool (ExcelJS); used by
 * `npm run example-workbook` and by the LibreOffice formula test.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../src/workbook/address";
import type { ExampleData } from "../src/workbook/example";
import { EXAMPLE_ORGANISATION } from "../src/workbook/example";
import { Text, WbLang } from "../src/workbook/lang";
import { competenceRow, employeeRow, gapRow, teamRow } from "../src/workbook/rows";
import {
  COMPUTED_FILL,
  FormulaBuilder,
  HEAT_COLORS,
  LIST_NAMES,
  MATRIX,
  SETTING_ROWS,
  TABLE_SPECS,
  TableKey,
} from "../src/workbook/specs";

const DIAGNOSIS_SPARE = 10;

/** Office.js formula text → the form stored in .xlsx files. */
export function toFileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/(\w+)\[@\[([^\]]+)\]\]/g, "$1[[#This Row],[$2]]");
}

/** Cell text as written through Office.js (a leading apostrophe marks text) → the stored value. */
const stored = (v: string | number | boolean) =>
  typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function listRule(source: string): string {
  // names with structured references are not portable through ExcelJS; INDIRECT is
  const name = Object.values(LIST_NAMES).find((n) => `=${n.name}` === source);
  return name ? `INDIRECT("${name.ref.slice(1)}")` : `"${source}"`;
}

export async function buildXlsx(lang: WbLang, data: ExampleData | null, year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const f = new FormulaBuilder(lang);
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const rowsOf: Partial<Record<TableKey, (string | number | boolean)[][]>> = {
    teams: (data?.teams ?? [""]).map(teamRow),
    competences: data?.competences.map((c) => competenceRow(c, lang)),
    employees: data?.employees.map(employeeRow),
    gaps: data?.gaps.map((g) => gapRow(g, lang)),
    settings: SETTING_ROWS.map((r) => [
      r.key,
      r.label[lang],
      r.key === "organisation" && data ? EXAMPLE_ORGANISATION : r.value(lang, year),
      r.help[lang],
    ]),
  };
  const competenceCount = Math.max(1, data?.competences.length ?? 1);
  for (const spec of TABLE_SPECS) {
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
      spec.key === "diagnosis" ? competenceCount + DIAGNOSIS_SPARE : (rowsOf[spec.key]?.length ?? 1) || 1;
    const rows = Array.from({ length: count }, (_, r) =>
      spec.columns.map((c, i) => {
        if (c.formula) return { formula: toFileFormula(c.formula(f)) };
        const v = rowsOf[spec.key]?.[r]?.[i];
        return v === undefined || v === "" ? null : stored(v);
      }),
    );
    const top = spec.anchor.row + 1; // 1-based header row
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
    const heat =
      spec.key === "gaps"
        ? ["gap", "futureGap"]
        : spec.key === "diagnosis"
          ? ["averageGap", "averageFutureGap"]
          : [];
    for (const key of heat) {
      const i = spec.columns.findIndex((c) => c.key === key);
      const letter = columnLetters(spec.anchor.col + i);
      ws.addConditionalFormatting({
        ref: `${letter}${top + 1}:${letter}${top + count}`,
        rules: [
          {
            type: "colorScale",
            priority: 1,
            cfvo: [
              { type: "num", value: 0 },
              { type: "num", value: 1 },
              { type: "num", value: 4 },
            ],
            color: [
              { argb: argb(HEAT_COLORS.low) },
              { argb: argb(HEAT_COLORS.mid) },
              { argb: argb(HEAT_COLORS.high) },
            ],
          } as ExcelJS.ConditionalFormattingRule,
        ],
      });
    }
  }
  writeMatrix(wb, f, lang, (data?.teams.length ?? 1) + 5, competenceCount + 10);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeMatrix(
  wb: ExcelJS.Workbook,
  f: FormulaBuilder,
  lang: WbLang,
  teams: number,
  competences: number,
) {
  const ws = wb.addWorksheet(MATRIX.sheet[lang], { views: [{ state: "frozen", xSplit: 1 }] });
  ws.getCell("A1").value = MATRIX.title[lang];
  ws.getCell("A1").font = { bold: true };
  const src = f.setting("diagnosis_source");
  const block = (top: number, title: Text, cell: (crit: string) => string, fmt: string) => {
    ws.getCell(top, 1).value = title[lang];
    ws.getRow(top).font = { bold: true };
    for (let j = 1; j <= competences; j++) {
      ws.getCell(top, 1 + j).value = {
        formula: toFileFormula(`IFERROR(INDEX(${f.col("competences", "id")},${j})&"","")`),
      } as ExcelJS.CellFormulaValue;
    }
    for (let i = 1; i <= teams; i++) {
      const r = top + i;
      ws.getCell(r, 1).value = {
        formula: toFileFormula(`IFERROR(INDEX(${f.col("teams", "team")},${i})&"","")`),
      } as ExcelJS.CellFormulaValue;
      for (let j = 1; j <= competences; j++) {
        const teamRef = `$A${r}`;
        const compRef = `${columnLetters(j)}$${top}`;
        const crit = `${f.col("gaps", "team")},${teamRef},${f.col("gaps", "competenceId")},${compRef},${f.col("gaps", "assessor")},${src}`;
        const c = ws.getCell(r, 1 + j);
        c.value = {
          formula: toFileFormula(`IF(OR(${teamRef}="",${compRef}=""),"",${cell(crit)})`),
        } as ExcelJS.CellFormulaValue;
        c.numFmt = fmt;
      }
    }
  };
  const gapTop = MATRIX.anchor.row + 1;
  block(
    gapTop,
    MATRIX.gapTitle,
    (crit) =>
      `IFERROR(SUMIFS(${f.col("gaps", "gap")},${crit})/COUNTIFS(${crit},${f.col("gaps", "gap")},">=0"),"")`,
    "0.00",
  );
  block(
    gapTop + teams + 3,
    MATRIX.coverageTitle,
    (crit) =>
      `IFERROR(COUNTIFS(${crit},${f.col("gaps", "gap")},0)/COUNTIFS(${crit},${f.col("gaps", "gap")},">=0"),"")`,
    "0%",
  );
  wb.definedNames.add(`'${MATRIX.sheet[lang]}'!$A$${gapTop}`, MATRIX.name);
}
