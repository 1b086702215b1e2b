/**
 * Upgrading a workbook made before the question keys, the fixed directions and the new statuses:
 * every computed cell that still holds an earlier version's formula (the `legacy` lists) gets the
 * current one, the new columns (question keys, remark) are added at the tables' ends, the
 * direction column's old default "baat" becomes the fixed direction — and nothing is kept as a
 * user's. Then the values equal the reference, numeric and padded IDs included.
 */
import { generate } from "../../src/excel/generate";
import { FormulaBuilder, rowFormula, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { columnLetters } from "../../src/workbook/address";
import { specColumn, tableRows } from "../helpers/book";
import { edgeData } from "../helpers/priorityEdges";
import { verifyPrioritiesAgainstReference } from "../helpers/verify";
import { exampleData } from "../../src/workbook/example";
import V1 from "../fixtures/formulas-v1.nl.json";
import { filledWorkbook, withEngine } from "../helpers/exampleBook";
import type { FakeExcel } from "../../src/fake-excel";

const OPTS = { lang: "nl" as const, year: 2026 };

/** With the engine off: generate reads formulas, not values; the values are computed on a copy (withEngine). */
async function build() {
  const base = exampleData({ employees: 2, gapRows: 1, year: 2026 });
  const data = { ...edgeData(), pyramid: base.pyramid, gilbert: base.gilbert };
  const fake = await filledWorkbook(data, OPTS, { engine: false });
  return { fake, data };
}
const computed = (fake: FakeExcel) => {
  const book = withEngine(fake).book;
  return { table: (name: string) => tableRows(book, name) };
};

test("an earlier version's workbook is upgraded: legacy formulas and the old default direction become ours, new columns are added", async () => {
  const { fake, data } = await build();
  const f = new FormulaBuilder("nl");
  const book = fake.book;
  const columnOf = (key: TableKey, column: string) => specColumn(book, key, column);
  let typed = 0;
  // every column whose formula changed gets the previous version's formula (a frozen copy, not the
  // specs' legacy lists: a legacy entry missing there must show) in every body cell
  for (const [key, columns] of Object.entries(V1) as [TableKey, Record<string, string>][]) {
    if (!SPEC_BY_KEY[key]) continue;
    const t = book.findTable(SPEC_BY_KEY[key].name)!;
    for (const [column, formula] of Object.entries(columns)) {
      const c = columnOf(key, column);
      for (let r = 0; r < t.rect.rows - 1; r++) {
        const old = rowFormula(formula, r, t.rect.row, columnOf);
        book.writeContents(t.sheet, { row: t.rect.row + 1 + r, col: c, rows: 1, cols: 1 }, [[old]]);
        typed++;
      }
    }
  }
  expect(typed).toBeGreaterThan(100);
  // the weights' direction column held the list value "baat" (the default) before it was computed
  const w = book.findTable("VTO_Weights")!;
  const dir = columnOf("weights", "direction");
  for (let r = 0; r < w.rect.rows - 1; r++)
    book.writeContents(w.sheet, { row: w.rect.row + 1 + r, col: dir, rows: 1, cols: 1 }, [["baat"]]);
  // the new columns did not exist: the key columns and the remark go (they are the tables' last)
  for (const [key, count] of [
    ["priorities", 2],
    ["questions", 1],
  ] as const) {
    const t = book.findTable(SPEC_BY_KEY[key].name)!;
    book.deleteCells(
      t.sheet,
      { row: t.rect.row, col: t.rect.col + t.rect.cols - count, rows: t.rect.rows, cols: count },
      "Left",
    );
  }
  expect(tableRows(book, "VTO_Priorities")[0]).not.toHaveProperty("Leervraag-sleutel");

  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages.filter((m) => m.kind === "keptUserCells")).toEqual([]);
  // every computed cell holds the current formula again
  for (const key of ["priorities", "ranking", "pyramid", "gilbert", "weights", "questions"] as TableKey[]) {
    const t = book.findTable(SPEC_BY_KEY[key].name)!;
    for (const col of SPEC_BY_KEY[key].columns) {
      if (!col.formula) continue;
      const c = columnOf(key, col.key);
      for (let r = 0; r < t.rect.rows - 1; r++) {
        const want = rowFormula(col.formula(f), r, t.rect.row, columnOf);
        const got = book.formula(t.sheet, t.rect.row + 1 + r, c);
        expect([key, col.key, r, got]).toEqual([key, col.key, r, want.replace(/⟦.*?⟧/g, "")]);
      }
    }
  }
  expect(columnLetters(columnOf("priorities", "key"))).toBeTruthy();
  verifyPrioritiesAgainstReference(computed(fake), data);
}, 180000);

test("a direction someone chose ('kost') is kept as theirs and reported; the formulas ignore it", async () => {
  const { fake, data } = await build();
  const book = fake.book;
  const w = book.findTable("VTO_Weights")!;
  const col = w.rect.col + w.columns.findIndex((c) => c.name === "Richting");
  const urgency = tableRows(book, "VTO_Weights").findIndex((r) => r["Sleutel"] === "urgency");
  book.writeContents(w.sheet, { row: w.rect.row + 1 + urgency, col, rows: 1, cols: 1 }, [["kost"]]);
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages).toContainEqual(
    expect.objectContaining({ kind: "keptUserCells", table: "VTO_Weights", column: "Richting", count: 1 }),
  );
  expect(tableRows(book, "VTO_Weights")[urgency]["Richting"]).toBe("kost");
  // the ranking is the one with urgency as a benefit
  verifyPrioritiesAgainstReference(computed(fake), data);
}, 180000);
