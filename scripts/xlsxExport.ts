/**
 * Writes the analysis workbook to an .xlsx from the same sheet specs the add-in applies (not a
 * second description): tables, formulas, validation, formats. Dev tool (ExcelJS); used by
 * `npm run example-workbook` and by the LibreOffice formula test. The file must be valid OOXML
 * (ECMA-376 transitional): test/export/ checks it against the schemas and opens it with openpyxl.
 */
import ExcelJS from "exceljs";
// ExcelJS's own zip library (a dependency of exceljs): the data validations are written into the
// package after ExcelJS (see writeDataValidations)
import JSZip from "jszip";
import { columnLetters } from "../src/workbook/address";
import type { ExampleData } from "../src/workbook/example";
import { EXAMPLE_ORGANISATION } from "../src/workbook/example";
import { WbLang, YES } from "../src/workbook/lang";
import { cellInput } from "../src/workbook/cellText";
import type { Criterion } from "../src/domain/priorities";
import { profileFunctions } from "../src/domain/equity";
import { MATRIX, matrixBlocks } from "../src/workbook/matrix";
import { REPORT, reportCells, reportPrintRect } from "../src/workbook/report";
import { desiredPage, headersFooters, printAreaAddress, SheetTables } from "../src/workbook/printPlan";
import { settingNumberFormats, settingValidations } from "../src/workbook/settingRules";
import type { PagePlan } from "../src/workbook/plan";
import type { CellRect } from "../src/workbook/address";
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
  SETTING_ROWS,
  TABLE_SPECS,
  TableKey,
} from "../src/workbook/specs";

/**
 * Functions newer than Excel 2007 that .xlsx files store with the `_xlfn.` prefix (Excel shows
 * #NAME? without it). Microsoft's list ("_xlfn. prefix is displayed in front of a formula"),
 * without the dynamic-array functions, which design.md rules out (see FORBIDDEN).
 */
export const XLFN = new Set(
  (
    "ACOT ACOTH AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND " +
    "BITLSHIFT BITOR BITRSHIFT BITXOR CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV " +
    "CHISQ.INV.RT CHISQ.TEST COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P " +
    "COVARIANCE.S CSC CSCH DAYS DECIMAL ERF.PRECISE ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT F.INV " +
    "F.INV.RT F.TEST FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT " +
    "FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV " +
    "GAMMALN.PRECISE GAUSS HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN " +
    "ISFORMULA ISOWEEKNUM LOGNORM.DIST LOGNORM.INV MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT " +
    "NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION " +
    "PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST " +
    "QUARTILE.EXC QUARTILE.INC RANK.AVG RANK.EQ RRI SEC SECH SHEET SHEETS SKEW.P STDEV.P STDEV.S SWITCH " +
    "T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TEXTJOIN UNICHAR UNICODE VAR.P VAR.S WEBSERVICE " +
    "WEIBULL.DIST WORKDAY.INTL XOR Z.TEST"
  ).split(" "),
);
/** Functions design.md rules out (LibreOffice 7.4 lacks them; some need more than `_xlfn.`). */
export const FORBIDDEN = new Set(
  "LET LAMBDA XLOOKUP XMATCH FILTER SORT SORTBY UNIQUE SEQUENCE RANDARRAY ANCHORARRAY".split(" "),
);

/**
 * A formula split into code and the parts no function name can be in: string literals ("…", with
 * "" inside) and bracketed structured references (nested, with ' escaping the next character).
 */
function codeParts(formula: string): { text: string; code: boolean }[] {
  const parts: { text: string; code: boolean }[] = [];
  let i = 0;
  let start = 0;
  const push = (end: number, code: boolean) => {
    if (end > start) parts.push({ text: formula.slice(start, end), code });
    start = end;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      push(i, true);
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"'))
        i += formula[i] === '"' ? 2 : 1;
      push(++i, false);
    } else if (ch === "[") {
      push(i, true);
      let depth = 0;
      do {
        if (formula[i] === "'") i++;
        else if (formula[i] === "[") depth++;
        else if (formula[i] === "]") depth--;
        i++;
      } while (depth > 0 && i < formula.length);
      push(i, false);
    } else i++;
  }
  push(formula.length, true);
  return parts;
}

/** Office.js formula text → the form stored in .xlsx files. */
export function toFileFormula(formula: string): string {
  return codeParts(
    formula.replace(/^=/, "").replace(/(\w+)\[@\[((?:'.|[^\]'])+)\]\]/g, "$1[[#This Row],[$2]]"),
  )
    .map(({ text, code }) =>
      code
        ? text.replace(/(^|[^\w.])([A-Za-z][\w.]*)(?=\()/g, (m, before: string, name: string) => {
            const upper = name.toUpperCase();
            if (FORBIDDEN.has(upper)) throw new Error(`${name} is not allowed in formulas (design.md)`);
            return XLFN.has(upper) ? `${before}_xlfn.${name}` : m;
          })
        : text,
    )
    .join("");
}

/** Cell text as written through Office.js (a leading apostrophe marks text) → the stored value. */
const stored = (v: string | number | boolean) =>
  typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Conditional-format priorities: 1, 2, … within a sheet, as Excel numbers them. */
function priorities() {
  const last = new Map<string, number>();
  return (ws: ExcelJS.Worksheet) => last.set(ws.name, (last.get(ws.name) ?? 0) + 1).get(ws.name)!;
}

function scaleRule(scale: Scale, priority: number): ExcelJS.ConditionalFormattingRule {
  const points = [scale.min, ...(scale.mid ? [scale.mid] : []), scale.max];
  return {
    type: "colorScale",
    priority,
    cfvo: points.map(([value]) => ({ type: "num", value })),
    color: points.map(([, color]) => ({ argb: argb(color) })),
  } as ExcelJS.ConditionalFormattingRule;
}

const xmlText = (v: string) => {
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/.test(v))
    throw new Error(`Not allowed in XML: ${JSON.stringify(v)}`);
  return v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
};
const xmlAttr = (v: string) =>
  xmlText(v).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");

/** Office.js DataValidationRule kinds → OOXML's ST_DataValidationType (ECMA-376 Part 1, 18.18.21). */
const DV_TYPE: Record<string, string> = {
  wholeNumber: "whole",
  decimal: "decimal",
  textLength: "textLength",
  date: "date",
  time: "time",
  list: "list",
  custom: "custom",
};
/** Office.js DataValidationOperator → ST_DataValidationOperator (18.18.22). */
const DV_OPERATOR: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
/** Office.js DataValidationAlertStyle → ST_DataValidationErrorStyle (18.18.18). */
const DV_ERROR_STYLE: Record<string, string> = {
  Stop: "stop",
  Warning: "warning",
  Information: "information",
};
/** What Excel accepts in a validation's messages and in a list typed into the rule. */
const DV_LIMITS = { title: 32, prompt: 255, error: 225, list: 255 };

const DAY = 86400000;
/** An ISO 8601 date (and time) as Excel's serial number (1900 date system, from 1 March 1900). */
function dateSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`Not an ISO 8601 date: ${iso}`);
  const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => Number(x ?? 0));
  const t = Date.UTC(y, mo - 1, d, h, mi, sec);
  if (new Date(t).getUTCDate() !== d || t < Date.UTC(1900, 2, 1))
    throw new Error(`Date out of range: ${iso}`);
  return (t - Date.UTC(1899, 11, 30)) / DAY;
}

/** A rule's operand (Office.js: a number, a formula "=…", or for dates and times ISO text). */
function operand(kind: string, x: unknown): string {
  if (typeof x === "number" && Number.isFinite(x)) return String(x);
  if (typeof x === "string") {
    if (x.startsWith("=")) return toFileFormula(x);
    if (/^-?\d+(\.\d+)?$/.test(x)) return x;
    if (kind === "date") return String(dateSerial(x));
    if (kind === "time") return String(dateSerial(`1900-03-01T${x}`) - dateSerial("1900-03-01"));
  }
  throw new Error(`Cannot write ${JSON.stringify(x)} as an operand of a ${kind} rule`);
}

/**
 * One <dataValidation> (ECMA-376 Part 1, 18.3.1.32) from an Office.js rule, as the add-in applies it
 * (src/excel/applyPlan.ts: blanks allowed, input message and a Stop alert, both titled).
 * Vocabularies differ: Office.js "GreaterThanOrEqualTo" and "Stop" are OOXML's
 * "greaterThanOrEqual" and "stop", and a date is a serial number or a formula.
 */
export function dataValidationXml(
  sqref: string,
  rule: Record<string, Record<string, unknown>>,
  text: { title: string; prompt: string; error: string },
  alertStyle = "Stop",
): string {
  const entries = Object.entries(rule);
  if (entries.length !== 1) throw new Error(`A rule has exactly one kind: ${Object.keys(rule)}`);
  const [kind, body] = entries[0];
  const type = DV_TYPE[kind];
  const errorStyle = DV_ERROR_STYLE[alertStyle];
  if (!type || !errorStyle) throw new Error(`Unknown validation ${kind} / ${alertStyle}`);
  for (const [what, limit] of [
    ["title", DV_LIMITS.title],
    ["prompt", DV_LIMITS.prompt],
    ["error", DV_LIMITS.error],
  ] as const)
    if (text[what].length > limit)
      throw new Error(`Validation ${what} over ${limit} characters: ${text[what]}`);
  let formulae: string[];
  let operator: string | undefined;
  if (kind === "list") {
    // a list from a table column (INDIRECT on its structured reference), or the choices themselves
    const source = String(body.source);
    if (!source.startsWith("=") && source.length > DV_LIMITS.list)
      throw new Error(`A typed list is at most ${DV_LIMITS.list} characters: ${source}`);
    formulae = [source.startsWith("=") ? toFileFormula(source) : `"${source.replace(/"/g, '""')}"`];
  } else if (kind === "custom") {
    formulae = [operand(kind, body.formula)];
  } else {
    operator = DV_OPERATOR[String(body.operator ?? "Between")];
    if (!operator) throw new Error(`Unknown operator ${String(body.operator)}`);
    const two = operator === "between" || operator === "notBetween";
    formulae = (two ? [body.formula1, body.formula2] : [body.formula1]).map((x) => operand(kind, x));
  }
  const attrs: [string, string | undefined][] = [
    ["type", type],
    ["errorStyle", errorStyle],
    ["operator", operator],
    ["allowBlank", "1"],
    ["showInputMessage", "1"],
    ["showErrorMessage", "1"],
    ["errorTitle", text.title],
    ["error", text.error],
    ["promptTitle", text.title],
    ["prompt", text.prompt],
    ["sqref", sqref],
  ];
  return (
    `<dataValidation${attrs.map(([k, v]) => (v === undefined ? "" : ` ${k}="${xmlAttr(v)}"`)).join("")}>` +
    formulae.map((f, i) => `<formula${i + 1}>${xmlText(f)}</formula${i + 1}>`).join("") +
    `</dataValidation>`
  );
}

/** Elements that follow <dataValidations> in a worksheet (CT_Worksheet's sequence). */
const AFTER_VALIDATIONS =
  "hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties " +
  "cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF picture oleObjects controls " +
  "webPublishItems tableParts extLst";

/**
 * Writes each sheet's data validations into the package ExcelJS wrote. ExcelJS cannot write them
 * itself: it turns every operand of a date rule into `new Date(operand)` (a formula such as
 * TODAY() becomes NaN), and passes the rest through without mapping Office.js's vocabulary.
 */
async function writeDataValidations(xlsx: Buffer, bySheet: Map<string, string[]>): Promise<Buffer> {
  if (bySheet.size === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing from the package`);
    return file.async("string");
  };
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`)
      .exec(tag)?.[1]
      ?.replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const targets = new Map(
    [...(await read("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\s[^>]*>/g)].map((m) => [
      attr(m[0], "Id"),
      attr(m[0], "Target")!.replace(/^\/?(xl\/)?/, "xl/"),
    ]),
  );
  const parts = new Map(
    [...(await read("xl/workbook.xml")).matchAll(/<sheet\s[^>]*>/g)].map((m) => [
      attr(m[0], "name"),
      targets.get(attr(m[0], "r:id")),
    ]),
  );
  for (const [sheet, rules] of bySheet) {
    const path = parts.get(sheet);
    if (!path) throw new Error(`No part for sheet ${sheet}`);
    const xml = await read(path);
    if (xml.includes("<dataValidations")) throw new Error(`${path} already has data validations`);
    const next = new RegExp(`<(?:${AFTER_VALIDATIONS.split(" ").join("|")})[\\s/>]`).exec(xml);
    const at = next ? next.index : xml.lastIndexOf("</worksheet>");
    const block = `<dataValidations count="${rules.length}">${rules.join("")}</dataValidations>`;
    zip.file(path, xml.slice(0, at) + block + xml.slice(at));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
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
        data?.settingValues?.[key] ??
        (key === "organisation" && data ? (data.organisation ?? EXAMPLE_ORGANISATION) : undefined);
      return given === undefined ? r : [r[0], r[1], cellInput(given), r[3]];
    }),
    // the statutory plan's rows: key, label, (value: the column's formula), explanation
    statutory: seedRows("statutory", lang, year)!,
    // the sociale balans' lines: key, code, description, (value: a formula), their type, measure, gender group
    socialBalance: seedRows("socialBalance", lang, year)!,
    // the charts' data beside the statutory plan: keys (label and value are the columns' formulas)
    planQuarters: seedRows("planQuarters", lang, year)!,
    planDays: seedRows("planDays", lang, year)!,
    weights: seedRows("weights", lang, year)!.map((r) => {
      const given = data?.weightValues?.[String(r[0]) as Criterion];
      return given ? [r[0], r[1], cellInput(given[0] as string), cellInput(given[1]), r[4]] : r;
    }),
  };
  const priority = priorities();
  const validations = new Map<string, string[]>();
  const validationsOf = (sheet: string) => validations.get(sheet) ?? validations.set(sheet, []).get(sheet)!;
  const countOf = (key: TableKey) => Math.max(1, rowsOf[key]?.length ?? 1);
  const competenceCount = Math.max(1, data?.competences.length ?? 1);
  // what each sheet holds, for its page setup (as the add-in sets it: printPlan.ts)
  const printed = new Map<ExcelJS.Worksheet, SheetTables>();
  const printedOf = (ws: ExcelJS.Worksheet) =>
    printed.get(ws) ?? printed.set(ws, { sheet: ws.name, tables: [], areas: [] }).get(ws)!;
  for (const spec of TABLE_SPECS.filter((t) => !only || only.includes(t.key))) {
    // the team matrix follows the diagnosis, as in the add-in
    if (spec.key === "questions" && (!only || only.includes("diagnosis"))) {
      const matrix = writeMatrix(
        wb,
        lang,
        (data?.teams.length ?? 1) + MATRIX.spareTeams,
        competenceCount + MATRIX.spareCompetences,
      );
      printedOf(matrix.ws).areas.push(matrix.rect);
    }
    let ws = sheets.get(spec.sheet.nl);
    if (!ws) {
      ws = wb.addWorksheet(spec.sheet[lang], { views: [{ state: "frozen", ySplit: spec.anchor.row + 1 }] });
      ws.getCell("A1").value = spec.title[lang];
      ws.getCell("A1").font = { bold: true };
      sheets.set(spec.sheet.nl, ws);
    } else {
      ws.getCell(spec.anchor.row, spec.anchor.col + 1).value = spec.title[lang];
    }
    // the certificate view: employees × the competences that require a certificate
    const certified = (data?.competences ?? []).filter(
      (c) =>
        c.certificate === true ||
        (typeof c.certificate === "string" && c.certificate.trim().toLowerCase() === YES[lang]),
    ).length;
    const count =
      spec.key === "diagnosis"
        ? competenceCount + DIAGNOSIS_SPARE
        : spec.sizedBy
          ? countOf(spec.sizedBy.table) * (spec.sizedBy.timesCertified ? certified : 1) +
            (spec.sizedBy.plusFunctions ? profileFunctions(data?.profiles ?? []).length : 0) +
            spec.sizedBy.spare
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
    // the warning above a sized table (Diagnose, Rangorde): a formula that speaks up without the add-in
    if (spec.warning) {
      const cell = ws.getCell(top - 1, left);
      cell.value = { formula: toFileFormula(spec.warning(f)) } as ExcelJS.CellFormulaValue;
      cell.font = { bold: true };
    }
    if (!spec.notPrinted)
      printedOf(ws).tables.push({
        rect: { row: spec.anchor.row, col: spec.anchor.col, rows: count + 1, cols: spec.columns.length },
        width: spec.columns.reduce((n, c) => n + c.width, 0),
      });
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
      if (c.hidden) ws!.getColumn(col).hidden = true;
      const range = `${columnLetters(col - 1)}${top + 1}:${columnLetters(col - 1)}${top + count}`;
      for (let r = top + 1; r <= top + count; r++) {
        const cell = ws!.getCell(r, col);
        if (c.numberFormat || c.text) cell.numFmt = c.numberFormat ?? "@";
        if (c.formula)
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(COMPUTED_FILL) } };
      }
      if (c.validation) {
        const v = c.validation(lang);
        const title = c.header[lang].slice(0, 32);
        validationsOf(ws!.name).push(
          dataValidationXml(range, v.rule, { title, prompt: v.prompt[lang], error: v.error[lang] }),
        );
      }
    });
    if (spec.key === "settings") {
      // each setting's value cell gets the validation of its key, as generate sets it
      const valueCol = spec.anchor.col + spec.columns.findIndex((c) => c.key === "value");
      const keys = (rowsOf.settings ?? []).map((r) => String(r[0]));
      for (const { key, format } of settingNumberFormats(lang)) {
        const r = keys.indexOf(key);
        if (r >= 0) ws!.getCell(top + 1 + r, valueCol + 1).numFmt = format;
      }
      for (const { key, validation } of settingValidations(lang)) {
        const r = keys.indexOf(key);
        if (r < 0) continue;
        const address = `${columnLetters(valueCol)}${top + 1 + r}`;
        validationsOf(ws!.name).push(
          dataValidationXml(address, validation.rule, {
            title: (SETTING_ROWS.find((x) => x.key === key)?.label[lang] ?? key).slice(0, 32),
            prompt: validation.prompt[lang],
            error: validation.error[lang],
          }),
        );
      }
    }
    spec.columns.forEach((c, i) => {
      const letter = columnLetters(spec.anchor.col + i);
      const ref = `${letter}${top + 1}:${letter}${top + count}`;
      if (c.heat) ws!.addConditionalFormatting({ ref, rules: [scaleRule(c.heat, priority(ws!))] });
      if (c.flag) {
        ws!.addConditionalFormatting({
          ref,
          rules: [
            {
              type: "containsText",
              operator: "containsText",
              text: c.flag[lang],
              priority: priority(ws!),
              // the formula ExcelJS would write, with the text's quotes doubled
              formulae: [`NOT(ISERROR(SEARCH("${c.flag[lang].replace(/"/g, '""')}",${letter}${top + 1})))`],
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
  const organisation = String(rowsOf.settings?.find((r) => r[0] === "organisation")?.[2] ?? "").replace(
    /^'/,
    "",
  );
  const hf = headersFooters(lang, organisation, year);
  // the report reads every register: written with the whole workbook
  if (!only) {
    const report = writeReport(wb, lang);
    printed.set(report, { sheet: report.name, tables: [], areas: [reportPrintRect()], onePage: true });
  }
  for (const [ws, tables] of printed) setPage(ws, desiredPage(tables, hf));
  return writeDataValidations(Buffer.from(await wb.xlsx.writeBuffer()), validations);
}

/** A4, one page wide, the header row on every page, header and footer: as the add-in sets it. */
function setPage(ws: ExcelJS.Worksheet, page: PagePlan) {
  const h = page.headersFooters;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: page.paperSize === "A4" ? 9 : undefined, // 9 = A4 in SpreadsheetML
    orientation: page.landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: page.onePage ? 1 : 0,
    // ExcelJS puts "$" before each part: "A$1:L$55" becomes the absolute $A$1:$L$55
    printArea: printAreaAddress(page.printArea).replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    ...(page.titleRows
      ? { printTitlesRow: `${page.titleRows.row + 1}:${page.titleRows.row + page.titleRows.rows}` }
      : {}),
  };
  ws.headerFooter = {
    oddHeader: `&L${h.leftHeader}&C${h.centerHeader}&R${h.rightHeader}`,
    oddFooter: `&L${h.leftFooter}&C${h.centerFooter}&R${h.rightFooter}`,
  };
}

/** The report sheet (report.ts): its cells, formats, widths and name, as generate writes them. */
function writeReport(wb: ExcelJS.Workbook, lang: WbLang): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(REPORT.sheet[lang]);
  ws.getCell("A1").value = REPORT.title[lang];
  ws.getCell("A1").font = { bold: true };
  REPORT.widths.forEach((w, i) => (ws.getColumn(REPORT.anchor.col + 1 + i).width = w));
  REPORT.helperWidths.forEach((w, i) => (ws.getColumn(REPORT.helperCol + 1 + i).width = w));
  for (const x of reportCells(lang)) {
    const cell = ws.getCell(x.row + 1, x.col + 1);
    cell.value = x.v.startsWith("=") ? ({ formula: toFileFormula(x.v) } as ExcelJS.CellFormulaValue) : x.v;
    if (x.style === "section" || x.style === "header") cell.font = { bold: true };
    else if (x.style === "status") cell.font = { italic: true };
    if (x.numberFormat) cell.numFmt = x.numberFormat;
  }
  wb.definedNames.add(
    `'${REPORT.sheet[lang]}'!$${columnLetters(REPORT.anchor.col)}$${REPORT.anchor.row + 1}`,
    REPORT.name,
  );
  return ws;
}

function writeMatrix(
  wb: ExcelJS.Workbook,
  lang: WbLang,
  teams: number,
  competences: number,
): { ws: ExcelJS.Worksheet; rect: CellRect } {
  const ws = wb.addWorksheet(MATRIX.sheet[lang], { views: [{ state: "frozen", xSplit: 1 }] });
  const priority = priorities();
  ws.getCell("A1").value = MATRIX.title[lang];
  ws.getCell("A1").font = { bold: true };
  ws.getColumn(MATRIX.anchor.col + 1).width = MATRIX.teamWidth;
  for (let c = 1; c <= competences; c++)
    ws.getColumn(MATRIX.anchor.col + 1 + c).width = MATRIX.competenceWidth;
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
      ws.addConditionalFormatting({ ref: `${first}:${last}`, rules: [scaleRule(block.scale, priority(ws))] });
    }
  }
  wb.definedNames.add(`'${MATRIX.sheet[lang]}'!$A$${MATRIX.anchor.row + 1}`, MATRIX.name);
  const blocks = matrixBlocks(lang, teams, competences);
  const last = blocks[blocks.length - 1];
  return {
    ws,
    rect: {
      row: MATRIX.anchor.row,
      col: MATRIX.anchor.col,
      rows: last.top + last.cells.length - MATRIX.anchor.row,
      cols: competences + 1,
    },
  };
}
