/**
 * A second, strict reader: openpyxl (what pandas.read_excel uses) opens the exported workbooks and
 * every sheet, table (with header cells equal to its column names), defined name, data validation
 * and conditional format the specs call for is there, without a warning (openpyxl warns when it
 * drops content). Needs Debian's python3-openpyxl, run by /usr/bin/python3 (the python3 on PATH
 * may be another one without it); CI installs it.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { columnLetters } from "../../src/workbook/address";
import { settingValidations } from "../../src/workbook/settingRules";
import { seedRows, SETTING_ROWS, SPEC_BY_KEY } from "../../src/workbook/specs";
import { Exported, expected, exportWorkbooks } from "./exported";

const PYTHON = "/usr/bin/python3";
const READ = path.join(__dirname, "openpyxl_read.py");

interface Validation {
  type: string;
  operator: string | null;
  errorStyle: string | null;
  allowBlank: boolean;
  showErrorMessage: boolean;
  showInputMessage: boolean;
  promptTitle: string | null;
  prompt: string | null;
  errorTitle: string | null;
  error: string | null;
  sqref: string;
  formula1: string | null;
  formula2: string | null;
}
interface Read {
  openpyxl: string;
  warnings: string[];
  definedNames: { name: string; value: string; localSheetId: number | null }[];
  sheets: {
    name: string;
    tables: { name: string; displayName: string; ref: string; columns: string[]; header: unknown[] }[];
    validations: Validation[];
    conditionalFormats: { sqref: string; rules: { type: string; priority: number }[] }[];
  }[];
}

const TYPE: Record<string, string> = {
  wholeNumber: "whole",
  decimal: "decimal",
  list: "list",
  date: "date",
  textLength: "textLength",
  custom: "custom",
  time: "time",
};
const OPERATOR: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

let exported: Exported[];
let read: Record<string, Read>;
beforeAll(async () => {
  exported = await exportWorkbooks();
  let out: string;
  try {
    out = execFileSync(PYTHON, [READ, ...exported.map((x) => x.file)], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    throw new Error(`openpyxl could not read the workbooks (apt-get install -y python3-openpyxl): ${e}`);
  }
  read = JSON.parse(out);
});

const cases = ["nl-example", "en-example", "nl-empty"];
const each = (name: string, fn: (x: Exported, r: Read) => void) =>
  test.each(cases)(`%s: ${name}`, (label) => {
    const x = exported.find((e) => e.label === label)!;
    fn(x, read[x.file]);
  });

/** "B4:B25" → [column, first row, last row]. */
const span = (ref: string) => {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
  return { first: m[1], top: Number(m[2]), last: m[3], bottom: Number(m[4]) };
};
const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

each("opens without a warning", (_, r) => {
  expect(r.warnings).toEqual([]);
});

each("every sheet and defined name survives", (x, r) => {
  const want = expected(x.lang);
  expect(r.sheets.map((s) => s.name).sort()).toEqual([...want.sheets].sort());
  expect(r.definedNames.map((n) => n.name)).toEqual(want.names);
  const sheet = x.lang === "nl" ? "Teammatrix" : "'Team matrix'";
  expect(r.definedNames[0].value).toBe(`${sheet}!$A$3`);
});

each("every table survives, its header cells equal to its column names", (x, r) => {
  const want = expected(x.lang);
  const tables = r.sheets.flatMap((s) => s.tables.map((t) => ({ ...t, sheet: s.name })));
  expect(tables.map((t) => t.name).sort()).toEqual(want.tables.map((t) => t.name).sort());
  for (const spec of want.tables) {
    const t = tables.find((u) => u.name === spec.name)!;
    expect({ name: t.name, sheet: t.sheet, columns: t.columns }).toEqual({
      name: spec.name,
      sheet: spec.sheet,
      columns: spec.headers,
    });
    expect(t.displayName).toBe(t.name);
    // Excel repairs a table whose header cells differ from its column names
    expect(t.header).toEqual(t.columns);
    expect(new Set(t.columns.map((c) => c.toLowerCase())).size).toBe(t.columns.length);
  }
  // tables on one sheet do not overlap
  for (const s of r.sheets)
    for (const a of s.tables)
      for (const b of s.tables) {
        if (a === b) continue;
        const p = span(a.ref);
        const q = span(b.ref);
        const apart =
          colIndex(p.last) < colIndex(q.first) ||
          colIndex(q.last) < colIndex(p.first) ||
          p.bottom < q.top ||
          q.bottom < p.top;
        expect({ a: a.ref, b: b.ref, apart }).toEqual({ a: a.ref, b: b.ref, apart: true });
      }
});

each("every data validation survives, in OOXML's vocabulary, over its table column", (x, r) => {
  const want = expected(x.lang);
  let count = 0;
  for (const s of r.sheets) {
    const specs = want.tables.filter((t) => t.sheet === s.name);
    const wanted = specs.flatMap((spec) => {
      const table = s.tables.find((t) => t.name === spec.name)!;
      const { first, top, bottom } = span(table.ref);
      return spec.validated.map(({ index, rule }) => {
        const [kind, body] = Object.entries(rule)[0];
        const column = columnLetters(colIndex(first) + index);
        return {
          // openpyxl writes a one-cell range as that cell
          sqref: bottom === top + 1 ? `${column}${bottom}` : `${column}${top + 1}:${column}${bottom}`,
          type: TYPE[kind],
          operator: kind === "list" ? null : OPERATOR[String(body.operator)],
          title: spec.headers[index].slice(0, 32),
        };
      });
    });
    // the settings: each value cell has the validation of its key
    const settings = s.tables.find((t) => t.name === "VTO_Settings");
    if (settings) {
      const { first, top } = span(settings.ref);
      const value = columnLetters(
        colIndex(first) + SPEC_BY_KEY.settings.columns.findIndex((c) => c.key === "value"),
      );
      const keys = seedRows("settings", x.lang, 2026)!.map((r) => String(r[0]));
      for (const { key, validation } of settingValidations(x.lang)) {
        const [kind, body] = Object.entries(validation.rule)[0];
        const row = keys.indexOf(key);
        if (row < 0) continue;
        wanted.push({
          sqref: `${value}${top + 1 + row}`,
          type: TYPE[kind],
          operator: kind === "list" || kind === "custom" ? null : OPERATOR[String(body.operator)],
          title: (SETTING_ROWS.find((r) => r.key === key)?.label[x.lang] ?? key).slice(0, 32),
        });
      }
    }
    expect(s.validations.length).toBe(wanted.length);
    count += wanted.length;
    for (const w of wanted) {
      const v = s.validations.find((u) => u.sqref === w.sqref);
      expect(v && { sqref: v.sqref, type: v.type, operator: v.operator }).toEqual({
        sqref: w.sqref,
        type: w.type,
        operator: w.operator,
      });
      expect(v).toMatchObject({
        errorStyle: "stop",
        allowBlank: true,
        showErrorMessage: true,
        showInputMessage: true,
        promptTitle: w.title,
        errorTitle: w.title,
      });
      expect(v!.prompt).toBeTruthy();
      expect(v!.error).toBeTruthy();
      for (const f of [v!.formula1, v!.formula2]) expect(String(f)).not.toMatch(/NaN|undefined|^=/);
      // dates from 2000: not in the future (ratings, interviews), or up to 2100 (the training register);
      // an employee's start and end date from 1950 (18264: long careers)
      if (w.type === "date") {
        expect(["36526", "18264"]).toContain(String(v!.formula1));
        expect(["TODAY()", "73415"]).toContain(String(v!.formula2));
      }
      if (w.type === "list") expect(v!.formula1).toMatch(/^(INDIRECT\("VTO_\w+\[\[[^"]+\]\]"\)|"[^"]+")$/);
    }
  }
  expect(count).toBe(
    want.tables.reduce((n, t) => n + t.validated.length, 0) +
      settingValidations(x.lang).filter((v) =>
        seedRows("settings", x.lang, 2026)!.some((r) => r[0] === v.key),
      ).length,
  );
});

each("every conditional format survives", (x, r) => {
  const want = expected(x.lang);
  const rules = (sheet: string) =>
    r.sheets.find((s) => s.name === sheet)!.conditionalFormats.flatMap((cf) => cf.rules);
  const bySheet = new Map<string, number>();
  for (const t of want.tables) bySheet.set(t.sheet, (bySheet.get(t.sheet) ?? 0) + t.formats);
  const matrix = x.lang === "nl" ? "Teammatrix" : "Team matrix";
  bySheet.set(matrix, want.matrixFormats);
  for (const [sheet, n] of bySheet) {
    expect({ sheet, rules: rules(sheet).length }).toEqual({ sheet, rules: n });
    expect(rules(sheet).map((u) => u.priority)).toEqual(rules(sheet).map((_, i) => i + 1));
  }
});
