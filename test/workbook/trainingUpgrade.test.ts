/**
 * Upgrading a workbook made before the training register (issue 12 items 3 and 4): the register,
 * the certificate view, the new settings, the catalogue's certificate columns, the employees' hour
 * columns and the gap register's certificate rule are added; the diagnosis' earlier "at level"
 * formula is recognised as ours and replaced; the training hours someone typed stay exactly as
 * typed (and win over the register's); nothing is kept as a user's formula.
 */
import { generate } from "../../src/excel/generate";
import { exampleData } from "../../src/workbook/example";
import { FormulaBuilder, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { TRAINING_SETTING_ROWS } from "../../src/workbook/trainingSpecs";
import { tableRows } from "../helpers/book";
import { verifyTrainingAgainstReference } from "../helpers/verifyTraining";
import { filledWorkbook, withEngine } from "../helpers/exampleBook";

const OPTS = { lang: "nl" as const, year: 2026 };
/** The diagnosis' "at level" as the previous version wrote it (a frozen copy, not the specs' legacy list). */
const AT_LEVEL_BEFORE =
  '=IF(VTO_Diagnosis[@[Competentie-ID]]="","",COUNTIFS(VTO_Gaps[[Sleutel diagnose]],TRIM(INDEX(VTO_Settings[[Waarde]],MATCH("diagnosis_source",VTO_Settings[[Sleutel]],0))&"")&"¦"&VTO_Diagnosis[@[Competentie-ID]],VTO_Gaps[[Kloof]],0))';
/** The columns this version added to existing tables. */
const NEW_COLUMNS: [TableKey, string[]][] = [
  ["competences", ["certificate", "certPos", "certKey"]],
  ["employees", ["registerHours", "hoursLast12"]],
  ["gaps", ["levelCounts"]],
];

test("a workbook from before the training register is upgraded; typed training hours stay and count", async () => {
  const data = exampleData({ employees: 6, gapRows: 12, year: 2026, today: new Date(2026, 4, 20) });
  // the earlier version is rebuilt and regenerated with the engine off; the result computes after
  let fake = await filledWorkbook({ ...data, training: [] }, OPTS, { engine: false });
  let book = fake.book;
  const header = (key: TableKey, column: string) =>
    SPEC_BY_KEY[key].columns.find((c) => c.key === column)!.header.nl;
  const columnOf = (key: TableKey, column: string) => {
    const t = book.findTable(SPEC_BY_KEY[key].name)!;
    return t.rect.col + t.columns.findIndex((c) => c.name === header(key, column));
  };

  // the previous version: no register, no certificate view, no new columns or settings, the old
  // "at level" formula, and training hours typed by hand
  for (const [key, columns] of NEW_COLUMNS)
    for (const column of columns) {
      const t = book.findTable(SPEC_BY_KEY[key].name)!;
      book.deleteCells(
        t.sheet,
        { row: t.rect.row, col: columnOf(key, column), rows: t.rect.rows, cols: 1 },
        "Left",
      );
    }
  for (const name of ["VTO_Training", "VTO_Certificates"]) book.deleteSheet(book.findTable(name)!.sheet);
  const settings = book.findTable("VTO_Settings")!;
  const keys = tableRows(book, "VTO_Settings").map((r) => r["Sleutel"]);
  for (const k of TRAINING_SETTING_ROWS.map((r) => r.key).reverse())
    book.deleteTableRows(settings, keys.indexOf(k), 1);
  const diag = book.findTable("VTO_Diagnosis")!;
  for (let r = 0; r < diag.rect.rows - 1; r++)
    book.writeContents(
      diag.sheet,
      { row: diag.rect.row + 1 + r, col: columnOf("diagnosis", "atLevel"), rows: 1, cols: 1 },
      [[AT_LEVEL_BEFORE]],
    );
  const employees = book.findTable("VTO_Employees")!;
  const typed = data.employees.map((_, i) => (i % 2 ? 12.5 + i : ""));
  typed.forEach((v, i) =>
    book.writeContents(
      employees.sheet,
      { row: employees.rect.row + 1 + i, col: columnOf("employees", "trainingHours"), rows: 1, cols: 1 },
      [[v]],
    ),
  );
  expect(book.findTable("VTO_Training")).toBeUndefined();
  expect(tableRows(book, "VTO_Employees")[0]).not.toHaveProperty(header("employees", "registerHours"));

  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages.filter((m) => m.kind === "keptUserCells")).toEqual([]);
  expect(result.createdTables).toEqual(expect.arrayContaining(["VTO_Training", "VTO_Certificates"]));
  fake = withEngine(fake);
  book = fake.book;
  // typed hours exactly as typed
  expect(tableRows(book, "VTO_Employees").map((r) => r[header("employees", "trainingHours")])).toEqual(typed);
  // the new settings are back with their defaults, the diagnosis holds the current formula
  expect(tableRows(book, "VTO_Settings").map((r) => r["Sleutel"])).toEqual(expect.arrayContaining(keys));
  const f = new FormulaBuilder("nl");
  const diagAfter = book.findTable("VTO_Diagnosis")!;
  const want = SPEC_BY_KEY.diagnosis.columns.find((c) => c.key === "atLevel")!.formula!(f);
  for (let r = 0; r < diagAfter.rect.rows - 1; r++)
    expect(book.formula(diagAfter.sheet, diagAfter.rect.row + 1 + r, columnOf("diagnosis", "atLevel"))).toBe(
      want,
    );
  // and the values: typed hours win, the empty register gives 0, no certificate is required yet
  verifyTrainingAgainstReference(
    { table: (name) => tableRows(book, name) },
    {
      ...data,
      training: [],
      competences: data.competences.map((c) => ({ ...c, certificate: undefined })),
      employees: data.employees.map((e, i) => ({
        ...e,
        trainingHours: typed[i] === "" ? null : (typed[i] as number),
      })),
      settingValues: {},
    },
  );
}, 120000);
