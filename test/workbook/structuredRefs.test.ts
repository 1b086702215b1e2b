/**
 * Structured references in the one form Excel accepts for any header: double brackets, with
 * `'`, `[`, `]` and `#` escaped. The in-memory Excel rejects what Excel rejects (a single-bracket
 * column name with a special character), so a formula in the wrong form fails these tests.
 */
import { createFakeExcel } from "../../src/fake-excel";
import { canonicalFormula, columnRef, sameFormula, thisRowRef } from "../../src/workbook/formulaText";
import { toFileFormula } from "../../scripts/xlsxExport";
import { FormulaBuilder, TABLE_SPECS } from "../../src/workbook/specs";
import { SPECIAL_CHARACTERS } from "../../src/selftest/checks";

/** Microsoft's list of characters that need the column specifier in brackets, plus space and %. */
const SPECIAL = SPECIAL_CHARACTERS;

test("a header with any special character works in the double-bracket form and fails in the single-bracket form", async () => {
  const fake = createFakeExcel();
  const sheet = fake.book.addSheet("Blad1");
  const headers = SPECIAL.map((c, i) => `K${i}${c}x`);
  fake.book.writeContents(sheet, { row: 0, col: 0, rows: 1, cols: headers.length }, [
    headers.map((h) => `'${h}`),
  ]);
  fake.book.writeContents(sheet, { row: 1, col: 0, rows: 2, cols: headers.length }, [
    headers.map((_, i) => i + 1),
    headers.map((_, i) => 10 * (i + 1)),
  ]);
  const t = fake.book.addTable(sheet, { row: 0, col: 0, rows: 3, cols: headers.length }, true);
  fake.book.renameTable(t, "T");
  expect(t.columns.map((c) => c.name)).toEqual(headers);
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    headers.forEach((h, i) => {
      ws.getRangeByIndexes(5, i, 1, 1).formulas = [[`=SUM(${columnRef("T", h)})`]];
    });
    await ctx.sync();
  });
  headers.forEach((_, i) =>
    expect([SPECIAL[i], fake.book.value(sheet, 5, i)]).toEqual([SPECIAL[i], 11 * (i + 1)]),
  );
  // this row's cell, from a column added to the table
  const added = fake.book.addTableColumn(t, null, "Som", null);
  void added;
  await fake.Excel.run(async (ctx) => {
    const body = ctx.workbook.tables.getItem("T").columns.getItem("Som").getDataBodyRange();
    body.formulas = [
      [`=${headers.map((h) => thisRowRef("T", h)).join("+")}`],
      [`=${headers.map((h) => thisRowRef("T", h)).join("+")}`],
    ];
    await ctx.sync();
  });
  const n = headers.length;
  expect(fake.book.value(sheet, 1, n)).toBe((n * (n + 1)) / 2);
  // the single-bracket form is refused for every character but space and %
  for (const [i, h] of headers.entries()) {
    const single = `=SUM(T[${h}])`;
    const attempt = fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").getRange("A9").formulas = [[single]];
      await ctx.sync();
    });
    if (SPECIAL[i] === " " || SPECIAL[i] === "%") await expect(attempt).resolves.toBeUndefined();
    else await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  }
});

test("every formula the specs generate is in the accepted form, in both languages", () => {
  for (const lang of ["nl", "en"] as const) {
    const f = new FormulaBuilder(lang);
    for (const spec of TABLE_SPECS)
      for (const c of spec.columns) {
        if (!c.formula) continue;
        const formula = c.formula(f);
        // no single-bracket column name with a special character
        const bad = /[A-Za-z_]\w*\[(?![[@#])[^\]]*[-/,:.#'"{}$^&*+=<>]/.exec(formula);
        expect([spec.name, c.key, bad?.[0] ?? null]).toEqual([spec.name, c.key, null]);
      }
  }
});

test("the canonical form sees Excel's way of showing a formula back as the same formula", () => {
  const ours =
    '=IF(AND(ISNUMBER(VTO_Gaps[@[Vereist niveau nu]]),ISNUMBER(VTO_Gaps[@[Huidig niveau]])),MAX(0,VTO_Gaps[@[Vereist niveau nu]]-VTO_Gaps[@[Huidig niveau]]),"")';
  const shown =
    '=IF(AND(ISNUMBER([@[Vereist niveau nu]]),ISNUMBER([@[Huidig niveau]])),MAX(0,[@[Vereist niveau nu]]-[@[Huidig niveau]]),"")';
  expect(sameFormula(shown, ours, "VTO_Gaps")).toBe(true);
  expect(sameFormula(shown.replace("MAX(0", "MAX(1"), ours, "VTO_Gaps")).toBe(false);
  expect(canonicalFormula("=SUM(T[[Col-1]])")).toBe(canonicalFormula("=sum( T[Col-1] )"));
  expect(canonicalFormula("=T[[#This Row],[A]]", "T")).toBe(canonicalFormula("=[@A]", "T"));
  expect(canonicalFormula('=T[@A]&" X "')).not.toBe(canonicalFormula('=T[@A]&" x "'));
  // the .xlsx form of this row's cell, also with escaped characters
  expect(toFileFormula("=T[@[a'[b']]]+1")).toBe("T[[#This Row],[a'[b']]]+1");
});
