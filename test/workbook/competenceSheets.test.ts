/**
 * The competence sheets across versions and sizes: an earlier version's workbook (its gap and
 * diagnosis formulas, no key columns, the first matrix layout with the leftovers of the empty
 * layout before the example) is upgraded to exactly what a fresh workbook holds; sized sheets warn
 * when their source outgrows them, the checker says so, and regenerating grows them; each
 * setting's value cell carries its own validation, found by key.
 */
import { fillExample } from "../../src/excel/exampleData";
import { generate } from "../../src/excel/generate";
import { runCheck } from "../../src/excel/check";
import { Book, createFakeExcel, FakeExcel } from "../../src/fake-excel";
import { exampleData } from "../../src/workbook/example";
import { FormulaBuilder, rowFormula, SETTING_ROWS, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { BLOCK_HEADER_ROWS, MATRIX, matrixBlocks, matrixBlocksV1 } from "../../src/workbook/matrix";
import { settingValidation } from "../../src/workbook/settingRules";
import { tableRows } from "../helpers/book";
import { filledWorkbook, withEngine } from "../helpers/exampleBook";
import { verifyAgainstReference } from "../helpers/verify";
import { randomData } from "../helpers/randomData";
import fc from "fast-check";

const OPTS = { lang: "nl" as const, year: 2026 };
const TODAY = new Date(2026, 10, 28);

async function build(
  data = exampleData({ employees: 8, gapRows: 30, year: 2026, today: TODAY }),
  evaluate = true,
) {
  return { fake: await filledWorkbook(data, OPTS, { engine: evaluate }), data };
}

const columnOf = (fake: FakeExcel) => (key: TableKey, column: string) => {
  const t = fake.book.findTable(SPEC_BY_KEY[key].name)!;
  const header = SPEC_BY_KEY[key].columns.find((c) => c.key === column)!.header.nl;
  return t.rect.col + t.columns.findIndex((c) => c.name === header);
};

/** Every filled cell of a sheet: row:col → content. */
function sheetCells(fake: FakeExcel, name: string): Map<string, unknown> {
  const s = fake.book.findSheet(name)!;
  const out = new Map<string, unknown>();
  for (const [k, c] of s.cells)
    if (c.formula !== undefined || (c.value !== undefined && c.value !== ""))
      out.set(`${Math.floor(k / 16384)}:${k % 16384}`, c.formula ?? c.value);
  return out;
}

/** The cells of the matrix sheet that are bold. */
function boldCells(fake: FakeExcel, name: string): string[] {
  const s = fake.book.findSheet(name)!;
  return [...s.cells]
    .filter(([, c]) => c.format?.bold === true)
    .map(([k]) => `${Math.floor(k / 16384)}:${k % 16384}`)
    .sort();
}

function matrixViewer(fake: FakeExcel) {
  const matrix = fake.book.findSheet("Teammatrix")!;
  const diag = fake.book.findTable("VTO_Diagnosis")!;
  return {
    table: (name: string) => tableRows(fake.book, name),
    matrix: (r: number, c: number) => fake.book.value(matrix, r, c),
    above: () => fake.book.value(diag.sheet, diag.rect.row - 1, diag.rect.col),
  };
}

/** Writes a layout as the first version did: blocks of IDs and teams, headers bold. */
function writeV1(fake: FakeExcel, teams: number, competences: number) {
  const s = fake.book.findSheet("Teammatrix")!;
  for (const b of matrixBlocksV1("nl", teams, competences)) {
    const rows = [b.header, ...b.rows];
    fake.book.writeContents(s, { row: b.top, col: 0, rows: rows.length, cols: rows[0].length }, rows);
    fake.book.setFormat(s, { row: b.top, col: 0, rows: 1, cols: rows[0].length }, { bold: true });
  }
}

test("an earlier version's workbook is upgraded to what a fresh one holds, values equal to the reference", async () => {
  const data = fc.sample(randomData, { numRuns: 1, seed: 7 })[0];
  // formulas and cells with the engine off (generate reads formulas, not values); values computed on a copy
  const fresh = await build(data, false);
  const { fake } = await build(data, false);
  const book = fake.book;
  const f = new FormulaBuilder("nl");
  const at = columnOf(fake);
  // the computed columns hold the previous formulas
  let typed = 0;
  for (const key of ["gaps", "diagnosis"] as TableKey[]) {
    const t = book.findTable(SPEC_BY_KEY[key].name)!;
    for (const col of SPEC_BY_KEY[key].columns) {
      if (!col.legacy?.length) continue;
      for (let r = 0; r < t.rect.rows - 1; r++) {
        const old = rowFormula(col.legacy[0](f), r, t.rect.row, at);
        book.writeContents(t.sheet, { row: t.rect.row + 1 + r, col: at(key, col.key), rows: 1, cols: 1 }, [
          [old],
        ]);
        typed++;
      }
    }
  }
  expect(typed).toBeGreaterThan(100);
  // the key columns did not exist (the tables' last columns), nor the warnings
  const gaps = book.findTable("VTO_Gaps")!;
  book.deleteCells(
    gaps.sheet,
    { row: gaps.rect.row, col: gaps.rect.col + gaps.rect.cols - 3, rows: gaps.rect.rows, cols: 3 },
    "Left",
  );
  const emp = book.findTable("VTO_Employees")!;
  book.deleteCells(
    emp.sheet,
    { row: emp.rect.row, col: emp.rect.col + emp.rect.cols - 1, rows: emp.rect.rows, cols: 1 },
    "Left",
  );
  const diag = book.findTable("VTO_Diagnosis")!;
  book.writeContents(diag.sheet, { row: diag.rect.row - 1, col: 0, rows: 1, cols: 1 }, [[""]]);
  // the matrix as the first version left it: a larger layout once, the empty layout (6 teams, 11
  // competences), then the example's layout over it, which left the others' rows and bold behind
  const m = book.findSheet("Teammatrix")!;
  book.clear(m, { row: 1, col: 0, rows: 300, cols: 80 }, "All");
  writeV1(fake, 20, 40); // a larger team list and catalogue once
  writeV1(fake, 6, 11);
  writeV1(fake, data.teams.length + MATRIX.spareTeams, data.competences.length + MATRIX.spareCompetences);
  // the user's own notes on the sheet stay
  book.writeContents(m, { row: 90, col: 0, rows: 1, cols: 2 }, [["Opmerking", "=1+2"]]);
  book.writeContents(m, { row: 20, col: 40, rows: 1, cols: 1 }, [["'Beoordeeld"]]);
  const layoutName = book.findName("VTO_Layout");
  if (layoutName) book.deleteName(layoutName);

  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages.filter((x) => x.kind === "keptUserCells" || x.kind === "keptMatrixCells")).toEqual(
    [],
  );
  // every computed cell holds the current formula, every value is the reference's
  for (const key of ["gaps", "diagnosis", "employees"] as TableKey[]) {
    const t = book.findTable(SPEC_BY_KEY[key].name)!;
    expect(t.columns.map((c) => c.name)).toEqual(SPEC_BY_KEY[key].columns.map((c) => c.header.nl));
    for (const col of SPEC_BY_KEY[key].columns) {
      if (!col.formula) continue;
      for (let r = 0; r < t.rect.rows - 1; r++) {
        const want = rowFormula(col.formula(f), r, t.rect.row, at);
        expect([key, col.key, r, book.formula(t.sheet, t.rect.row + 1 + r, at(key, col.key))]).toEqual([
          key,
          col.key,
          r,
          want,
        ]);
      }
    }
  }
  verifyAgainstReference(matrixViewer(withEngine(fake)), data);
  // the matrix sheet holds exactly a fresh workbook's cells, and the user's notes; bold only on headers
  const want = sheetCells(fresh.fake, "Teammatrix");
  want.set("90:0", "Opmerking");
  want.set("90:1", "=1+2");
  want.set("20:40", "Beoordeeld");
  expect(sheetCells(fake, "Teammatrix")).toEqual(want);
  expect(boldCells(fake, "Teammatrix")).toEqual(boldCells(fresh.fake, "Teammatrix"));
  // and a second run changes nothing
  const again = sheetCells(fake, "Teammatrix");
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(sheetCells(fake, "Teammatrix")).toEqual(again);
}, 120000);

test("after the example fill the matrix holds its layout only: no team names of the first empty layout, bold on headers only", async () => {
  const { fake, data } = await build(exampleData({ year: 2026, today: TODAY }), false);
  const teams = data.teams.length + MATRIX.spareTeams;
  const comps = data.competences.length + MATRIX.spareCompetences;
  const blocks = matrixBlocks("nl", teams, comps);
  const inside = new Set<string>();
  const headers = new Set<string>();
  for (const b of blocks)
    b.cells.forEach((row, r) =>
      row.forEach((_, c) => {
        inside.add(`${b.top + r}:${b.left + c}`);
        if (r === 0) headers.add(`${b.top + r}:${b.left + c}`);
      }),
    );
  const stray = [...sheetCells(fake, "Teammatrix").keys()].filter((k) => !inside.has(k));
  expect(stray).toEqual([]);
  expect(boldCells(fake, "Teammatrix").filter((k) => !headers.has(k))).toEqual([]);
  // the names a reader follows: competence names under the IDs, a wide first column
  const s = fake.book.findSheet("Teammatrix")!;
  expect(fake.book.formula(s, blocks[1].top + 1, 1)).toMatch(
    /^=IF\(B\$\d+="","",IFERROR\(INDEX\(VTO_Competences\[\[Naam\]\],1\)/,
  );
  expect(s.columnWidths.get(0)).toBe(MATRIX.teamWidth * 6.5);
  expect(blocks[1].headerRows).toBe(BLOCK_HEADER_ROWS);
});

test("Diagnose and Teammatrix warn when the catalogue or the team list outgrows them, the checker says so, regenerating grows them", async () => {
  const { fake, data } = await build();
  const book = fake.book;
  const check = async () =>
    (await fake.Excel.run((ctx) => runCheck(ctx as never, { today: TODAY }))).findings
      .filter((x) => x.rule === "sheetTooSmall")
      .map((x) => [x.rule, x.address]);
  const view = matrixViewer(fake);
  expect(view.above()).toBe("");
  expect(view.matrix(MATRIX.anchor.row - 1, 0)).toBe("");
  expect(await check()).toEqual([]);
  // the catalogue grows to one competence more than the diagnosis has rows; the team list to one
  // team more than the matrix has room for
  const diagRows = book.findTable("VTO_Diagnosis")!.rect.rows - 1;
  const comps = book.findTable("VTO_Competences")!;
  const extra = diagRows - (comps.rect.rows - 1) + 1;
  const rows = Array.from({ length: extra }, (_, i) => [
    `'CX${i + 1}`,
    `Nieuwe competentie ${i + 1}`,
    "kennis",
    "",
    "nee",
    "",
  ]);
  const below = { row: comps.rect.row + comps.rect.rows, col: comps.rect.col, rows: extra, cols: 6 };
  book.writeContents(comps.sheet, below, rows);
  book.autoExpandTables(comps.sheet, below, rows);
  const teams = book.findTable("VTO_Teams")!;
  const room = data.teams.length + MATRIX.spareTeams;
  const newTeams = Array.from({ length: room - data.teams.length + 1 }, (_, i) => [`Team ${i + 1}`, ""]);
  const tBelow = {
    row: teams.rect.row + teams.rect.rows,
    col: teams.rect.col,
    rows: newTeams.length,
    cols: 2,
  };
  book.writeContents(teams.sheet, tBelow, newTeams);
  book.autoExpandTables(teams.sheet, tBelow, newTeams);
  // the catalogue now has one competence more than the diagnosis rows: the warnings show
  expect(view.above()).toBe(
    "1 competentie(s) uit de catalogus staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
  );
  expect(view.matrix(MATRIX.anchor.row - 1, 0)).toBe(
    `Niet alle teams en competenties passen in deze matrix (${room + 1} teams, ${diagRows + 1} competenties; plaats voor ${room} en ${data.competences.length + MATRIX.spareCompetences}): werk de analysebladen bij met VTO-analyse (Start).`,
  );
  expect(await check()).toEqual([
    ["sheetTooSmall", "Diagnose!A2"],
    ["sheetTooSmall", "Teammatrix!A2"],
  ]);
  // one row fewer: no warning (the boundary)
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(view.above()).toBe("");
  expect(view.matrix(MATRIX.anchor.row - 1, 0)).toBe("");
  expect(await check()).toEqual([]);
  const diag = tableRows(book, "VTO_Diagnosis");
  expect(diag.map((r) => r["Competentie-ID"])).toContain(`CX${extra}`);
  expect(diag.length).toBe(diagRows + 1 + 10);
  const grown = matrixBlocks("nl", room + 1 + MATRIX.spareTeams, 1);
  expect(view.matrix(grown[1].top + BLOCK_HEADER_ROWS + room, 0)).toBe(
    `Team ${room - data.teams.length + 1}`,
  );
}, 120000);

test("the diagnosis warns exactly when the catalogue has one row more than it", async () => {
  const { fake } = await build(exampleData({ employees: 2, gapRows: 2, year: 2026, today: TODAY }));
  const book = fake.book;
  const diag = book.findTable("VTO_Diagnosis")!;
  const comps = book.findTable("VTO_Competences")!;
  const gap = diag.rect.rows - comps.rect.rows; // rows to add before the diagnosis is full
  const add = (n: number) => {
    const t = book.findTable("VTO_Competences")!;
    const rows = Array.from({ length: n }, () => ["'CY", "x", "kennis", "", "nee", ""]);
    const at = { row: t.rect.row + t.rect.rows, col: t.rect.col, rows: n, cols: 6 };
    book.writeContents(t.sheet, at, rows);
    book.autoExpandTables(t.sheet, at, rows);
  };
  add(gap);
  expect(book.value(diag.sheet, diag.rect.row - 1, 0)).toBe("");
  add(1);
  expect(book.value(diag.sheet, diag.rect.row - 1, 0)).toMatch(/^1 competentie/);
});

test("each setting's value cell carries its own validation, found by key, also in a sorted settings table", async () => {
  const { fake } = await build(exampleData({ employees: 2, gapRows: 2, year: 2026, today: TODAY }), false);
  const book = fake.book;
  const rulesByKey = () => {
    const t = book.findTable("VTO_Settings")!;
    const out = new Map<string, unknown>();
    for (let r = 1; r < t.rect.rows; r++) {
      const key = String(book.value(t.sheet, t.rect.row + r, t.rect.col));
      const v = t.sheet.validations.find(
        (x) =>
          x.rect.row <= t.rect.row + r &&
          x.rect.row + x.rect.rows > t.rect.row + r &&
          x.rect.col <= t.rect.col + 2 &&
          x.rect.col + x.rect.cols > t.rect.col + 2,
      );
      out.set(key, v?.rule);
    }
    return out;
  };
  const check = () => {
    const got = rulesByKey();
    for (const r of SETTING_ROWS)
      expect([r.key, got.get(r.key)]).toEqual([r.key, settingValidation(r.key, "nl")?.rule]);
  };
  check();
  // a user sorted the table; the next layout finds each cell by its key again
  const t = book.findTable("VTO_Settings")!;
  book.sortTable(t, 1, true);
  book.deleteName(book.findName("VTO_Layout")!);
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  check();
});

test("an English workbook computes the same gaps, diagnosis and matrix as a Dutch one", async () => {
  const data = fc.sample(randomData, { numRuns: 1, seed: 11 })[0];
  const nl = await build(data);
  const en = createFakeExcel(new Book(true));
  en.book.addSheet("Sheet1");
  const english = {
    ...data,
    settingValues: {
      ...data.settingValues,
      diagnosis_source: { zelf: "self", leidinggevende: "manager", extern: "external" }[
        String(data.settingValues!.diagnosis_source)
      ]!,
    },
  };
  await en.Excel.run((ctx) => fillExample(ctx as never, english, { lang: "en", year: 2026 }));
  const values = (fake: FakeExcel, name: string) =>
    tableRows(fake.book, name).map((r) => Object.values(r).filter((v) => typeof v === "number"));
  for (const name of ["VTO_Gaps", "VTO_Diagnosis", "VTO_Employees"])
    expect([name, values(en, name)]).toEqual([name, values(nl.fake, name)]);
  const sheet = (fake: FakeExcel, n: string) => fake.book.findSheet(n)!;
  const numbers = (fake: FakeExcel, n: string) =>
    [...sheet(fake, n).cells.keys()]
      .sort((a, b) => a - b)
      .map((k) => fake.book.value(sheet(fake, n), Math.floor(k / 16384), k % 16384))
      .filter((v) => typeof v === "number");
  expect(numbers(en, "Team matrix")).toEqual(numbers(nl.fake, "Teammatrix"));
  expect(tableRows(en.book, "VTO_Diagnosis")[0]["Verdict"]).toMatch(
    /^(in house|insufficiently in house|not in house|not assessed)$/,
  );
  expect(en.book.value(sheet(en, "Team matrix"), MATRIX.anchor.row + 1, 0)).toBe("Team");
}, 120000);
