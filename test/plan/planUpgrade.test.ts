/**
 * Upgrading to the training plan (issue 13 items 1-2): a workbook made before the plan gets
 * Opleidingsplan, Wettelijk opleidingsplan, the plan's settings with their defaults and the note
 * above Prioriteiten, with every typed value kept (a text typed where the note goes stays); a
 * workbook with the plan of the previous version (no realised hours, a statutory row fewer) gets
 * the new column on every row and the statutory row appended, its typed plan rows unchanged.
 * In-memory Excel without formula evaluation (the formulas' values: plan.test.ts).
 */
import { generate } from "../../src/excel/generate";
import type { FakeExcel } from "../../src/fake-excel";
import { PLAN_SETTING_ROWS, STATUTORY_ROWS } from "../../src/workbook/planSpecs";
import { FormulaBuilder, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { contents, specColumn, tableRows } from "../helpers/book";
import { empty, filled, OPTS, type } from "../helpers/ownership";

const header = (key: TableKey, column: string) =>
  SPEC_BY_KEY[key].columns.find((c) => c.key === column)!.header.nl;

/** Every constant (typed value) of the workbook, by sheet and cell. */
function constants(fake: FakeExcel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of contents(fake.book)) if (!(typeof v === "string" && v.startsWith("="))) out.set(k, v);
  return out;
}
const noteCell = (fake: FakeExcel) => {
  const t = fake.book.findTable("VTO_Priorities")!;
  return { sheet: t.sheet, row: t.rect.row - 1, col: t.rect.col };
};

test("a workbook from before the plan gets the plan's sheets, settings and note; every typed value stays", async () => {
  const fake = await filled();
  const book = fake.book;
  for (const name of ["VTO_Plan", "VTO_PlanStatutory"]) book.deleteSheet(book.findTable(name)!.sheet);
  const settings = book.findTable("VTO_Settings")!;
  const keys = () => tableRows(book, "VTO_Settings").map((r) => r["Sleutel"]);
  for (const k of PLAN_SETTING_ROWS.map((r) => r.key).reverse())
    book.deleteTableRows(settings, keys().indexOf(k), 1);
  const note = noteCell(fake);
  book.clear(note.sheet, { row: note.row, col: note.col, rows: 1, cols: 1 }, "Contents");
  // the user's own edits of that version
  const prio = book.findTable("VTO_Priorities")!;
  const noteCol = specColumn(book, "priorities", "note");
  book.writeContents(prio.sheet, { row: prio.rect.row + 1, col: noteCol, rows: 1, cols: 1 }, [
    ["=eerst met het team bespreken"],
  ]);
  type(fake, "Instellingen", `C${5 + keys().indexOf("budget") - 1}`, 31000);
  expect(book.findTable("VTO_Plan")).toBeUndefined();
  expect(keys()).not.toContain("fte_reference");
  const before = constants(fake);

  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages.filter((m) => m.kind === "keptUserCells")).toEqual([]);
  expect(result.createdTables).toEqual(expect.arrayContaining(["VTO_Plan", "VTO_PlanStatutory"]));
  // every typed value where it was
  const after = constants(fake);
  const changed = [...before].filter(([k, v]) => after.get(k) !== v);
  expect(changed).toEqual([]);
  // the plan's settings with their defaults, the statutory rows, the note's formula
  const values = Object.fromEntries(tableRows(book, "VTO_Settings").map((r) => [r["Sleutel"], r["Waarde"]]));
  expect(values).toMatchObject({
    union_delegation: "nee",
    days_per_fte: 5,
    fte_reference: "",
    budget: 31000,
  });
  expect(tableRows(book, "VTO_PlanStatutory").map((r) => r["Sleutel"])).toEqual(
    STATUTORY_ROWS.map((r) => r.key),
  );
  const f = new FormulaBuilder("nl");
  expect(book.formula(note.sheet, note.row, note.col)).toBe(SPEC_BY_KEY.priorities.warning!(f));
  // the plan table: one blank row, ready for the pane to fill
  expect(tableRows(book, "VTO_Plan")).toHaveLength(1);
}, 60000);

test("a text typed where the note goes is the user's and stays", async () => {
  // an empty workbook is enough (a fill of the example takes seconds)
  const fake = await empty();
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  const note = noteCell(fake);
  fake.book.writeContents(note.sheet, { row: note.row, col: note.col, rows: 1, cols: 1 }, [
    ["mijn opmerking"],
  ]);
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(fake.book.formula(note.sheet, note.row, note.col)).toBe("mijn opmerking");
}, 60000);

test("the previous version's plan (no realised hours, a statutory row fewer): the column and the row are added, typed plan rows kept", async () => {
  const fake = await filled();
  const book = fake.book;
  const plan = book.findTable("VTO_Plan")!;
  const colOf = (key: string) => specColumn(book, "plan", key);
  // typed by the user: an action of their own, a quarter, a provider with a formula-like text
  book.writeContents(plan.sheet, { row: plan.rect.row + 1, col: colOf("action"), rows: 1, cols: 1 }, [
    ["Eigen actie"],
  ]);
  book.writeContents(plan.sheet, { row: plan.rect.row + 2, col: colOf("quarter"), rows: 1, cols: 1 }, [[3]]);
  book.writeContents(plan.sheet, { row: plan.rect.row + 2, col: colOf("provider"), rows: 1, cols: 1 }, [
    ["+32 9 123 45 67"],
  ]);
  book.deleteCells(
    plan.sheet,
    { row: plan.rect.row, col: colOf("realisedHours"), rows: plan.rect.rows, cols: 1 },
    "Left",
  );
  const statutory = book.findTable("VTO_PlanStatutory")!;
  const skeys = () => tableRows(book, "VTO_PlanStatutory").map((r) => r["Sleutel"]);
  book.deleteTableRows(statutory, skeys().indexOf("plan_by"), 1);
  book.deleteTableRows(statutory, skeys().indexOf("gender"), 1);
  expect(tableRows(book, "VTO_Plan")[0]).not.toHaveProperty(header("plan", "realisedHours"));
  const before = constants(fake);
  const planBefore = tableRows(book, "VTO_Plan");

  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages.filter((m) => m.kind === "keptUserCells")).toEqual([]);
  const after = constants(fake);
  expect([...before].filter(([k, v]) => after.get(k) !== v)).toEqual([]);
  // the plan's rows as they were, with the new column holding its formula on every row
  const rows = tableRows(book, "VTO_Plan");
  expect(rows).toHaveLength(planBefore.length);
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(planBefore[i])) expect([i, k, r[k]]).toEqual([i, k, v]);
  });
  const f = new FormulaBuilder("nl");
  const want = SPEC_BY_KEY.plan.columns.find((c) => c.key === "realisedHours")!.formula!(f);
  const t = book.findTable("VTO_Plan")!;
  const col = specColumn(book, "plan", "realisedHours");
  for (let r = 1; r < t.rect.rows; r++) expect(book.formula(t.sheet, t.rect.row + r, col)).toBe(want);
  // the statutory rows a later version adds are appended (keys and labels), their value the column's formula
  expect([...skeys()].sort()).toEqual(STATUTORY_ROWS.map((r) => r.key).sort());
  const st = book.findTable("VTO_PlanStatutory")!;
  const valueCol = specColumn(book, "statutory", "value");
  const valueFormula = SPEC_BY_KEY.statutory.columns.find((c) => c.key === "value")!.formula!(f);
  for (let r = 1; r < st.rect.rows; r++)
    expect(book.formula(st.sheet, st.rect.row + r, valueCol)).toBe(valueFormula);
  const labels = Object.fromEntries(
    tableRows(book, "VTO_PlanStatutory").map((r) => [r["Sleutel"], r["Onderdeel"]]),
  );
  expect(labels.plan_by).toBe("Opleidingsplan klaar uiterlijk");
}, 60000);
