/**
 * Office.js's vocabulary → OOXML's in the export: data-validation rules (kinds, operators, alert
 * styles, dates, lists) and formulas (the _xlfn. prefix of functions newer than Excel 2007).
 */
import { dataValidationXml, toFileFormula } from "../../scripts/xlsxExport";

const text = { title: "Datum", prompt: 'Een "datum" & <tijd>\nnieuwe regel', error: "Fout" };
const dv = (rule: Record<string, Record<string, unknown>>, alertStyle?: string) =>
  dataValidationXml("D4:D9", rule, text, alertStyle);
const attrs = (xml: string) =>
  Object.fromEntries([...xml.matchAll(/ (\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const formulas = (xml: string) => [...xml.matchAll(/<formula\d>([^<]*)<\/formula\d>/g)].map((m) => m[1]);

test("operators and alert styles in OOXML's words", () => {
  const ops: [string, string][] = [
    ["Between", "between"],
    ["NotBetween", "notBetween"],
    ["EqualTo", "equal"],
    ["NotEqualTo", "notEqual"],
    ["GreaterThan", "greaterThan"],
    ["LessThan", "lessThan"],
    ["GreaterThanOrEqualTo", "greaterThanOrEqual"],
    ["LessThanOrEqualTo", "lessThanOrEqual"],
  ];
  for (const [office, ooxml] of ops) {
    const xml = dv({ decimal: { formula1: 0, formula2: 1, operator: office } });
    expect(attrs(xml)).toMatchObject({ type: "decimal", operator: ooxml, errorStyle: "stop" });
    expect(formulas(xml)).toEqual(ooxml.endsWith("etween") ? ["0", "1"] : ["0"]);
  }
  expect(attrs(dv({ wholeNumber: { formula1: 0, formula2: 4, operator: "Between" } }))).toMatchObject({
    type: "whole",
  });
  for (const [office, ooxml] of [
    ["Stop", "stop"],
    ["Warning", "warning"],
    ["Information", "information"],
  ])
    expect(attrs(dv({ decimal: { formula1: 0, operator: "GreaterThan" } }, office)).errorStyle).toBe(ooxml);
  expect(() => dv({ decimal: { formula1: 0, operator: "GreaterThanOrEqual" } })).toThrow(/operator/);
  expect(() => dv({ decimal: { formula1: 0, operator: "GreaterThan" } }, "Error")).toThrow(/Unknown/);
});

test("dates as serial numbers or formulas, never NaN", () => {
  const xml = dv({ date: { formula1: "2000-01-01", formula2: "=TODAY()", operator: "Between" } });
  expect(formulas(xml)).toEqual(["36526", "TODAY()"]);
  expect(formulas(dv({ date: { formula1: "1900-03-01", operator: "GreaterThan" } }))).toEqual(["61"]);
  expect(formulas(dv({ date: { formula1: "2026-06-30T12:00", operator: "LessThan" } }))).toEqual(["46203.5"]);
  expect(formulas(dv({ time: { formula1: "18:00", operator: "LessThan" } }))).toEqual(["0.75"]);
  expect(() => dv({ date: { formula1: "01/02/2000", operator: "GreaterThan" } })).toThrow(/ISO 8601/);
  expect(() => dv({ date: { formula1: "2000-02-30", operator: "GreaterThan" } })).toThrow(/range/);
  expect(() => dv({ decimal: { formula1: NaN, operator: "GreaterThan" } })).toThrow(/operand/);
  expect(() => dv({ decimal: { operator: "GreaterThan" } })).toThrow(/operand/);
});

test("lists: typed choices quoted, a source formula as it is; custom rules", () => {
  expect(formulas(dv({ list: { inCellDropDown: true, source: 'ja,nee,"misschien"' } }))).toEqual([
    '"ja,nee,""misschien"""',
  ]);
  const indirect = dv({ list: { inCellDropDown: true, source: '=INDIRECT("VTO_Teams[[Team]]")' } });
  expect(formulas(indirect)).toEqual(['INDIRECT("VTO_Teams[[Team]]")']);
  expect(attrs(indirect).operator).toBeUndefined();
  // showDropDown="1" would hide the in-cell drop-down
  expect(attrs(indirect).showDropDown).toBeUndefined();
  expect(() => dv({ list: { source: "x".repeat(256) } })).toThrow(/255/);
  expect(formulas(dv({ custom: { formula: "=ISNUMBER(D4)" } }))).toEqual(["ISNUMBER(D4)"]);
});

test("messages are escaped and kept within Excel's limits", () => {
  const xml = dv({ decimal: { formula1: 0, operator: "GreaterThan" } });
  expect(attrs(xml)).toMatchObject({
    prompt: "Een &quot;datum&quot; &amp; &lt;tijd&gt;&#10;nieuwe regel",
    promptTitle: "Datum",
    errorTitle: "Datum",
    error: "Fout",
    allowBlank: "1",
    showInputMessage: "1",
    showErrorMessage: "1",
    sqref: "D4:D9",
  });
  const rule = { decimal: { formula1: 0, operator: "GreaterThan" } };
  expect(() => dataValidationXml("A1", rule, { ...text, prompt: "x".repeat(256) })).toThrow(/255/);
  expect(() => dataValidationXml("A1", rule, { ...text, error: "x".repeat(226) })).toThrow(/225/);
  expect(() => dataValidationXml("A1", rule, { ...text, title: "x".repeat(33) })).toThrow(/32/);
  expect(() => dataValidationXml("A1", rule, { ...text, error: "\u0001" })).toThrow(/XML/);
});

test("functions newer than Excel 2007 get _xlfn., but not in strings or column names", () => {
  expect(toFileFormula("=IFNA(MAXIFS(T[a],T[b],1),0)")).toBe("_xlfn.IFNA(_xlfn.MAXIFS(T[a],T[b],1),0)");
  expect(toFileFormula("=IF(x,STDEV.S(A1:A3))")).toBe("IF(x,_xlfn.STDEV.S(A1:A3))");
  expect(toFileFormula("=_xlfn.IFNA(1,2)")).toBe("_xlfn.IFNA(1,2)");
  expect(toFileFormula('="IFNA(" & T[@[Days(x)]] & DAYS(1,2)')).toBe(
    '"IFNA(" & T[[#This Row],[Days(x)]] & _xlfn.DAYS(1,2)',
  );
  expect(toFileFormula('=INDEX(T[a\'[b\'](1)],1)&"""IFS("')).toBe('INDEX(T[a\'[b\'](1)],1)&"""IFS("');
  expect(() => toFileFormula("=XLOOKUP(1,A:A,B:B)")).toThrow(/design/);
  expect(toFileFormula("=IFERROR(COUNTIFS(A:A,1),0)")).toBe("IFERROR(COUNTIFS(A:A,1),0)");
});
