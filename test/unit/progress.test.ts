/** The Start panel's steps, computed from the workbook. */
import { goToTable, readProgress } from "../../src/excel/progress";
import { fillExample } from "../../src/excel/exampleData";
import { generate } from "../../src/excel/generate";
import { Book, createFakeExcel } from "../../src/fake-excel";
import { exampleData } from "../../src/workbook/example";

const OPTS = { lang: "nl" as const, year: 2026 };

test("before, between and after: the steps follow what the workbook holds", async () => {
  const fake = createFakeExcel(new Book(true));
  fake.book.addSheet("Blad1");
  const before = await fake.Excel.run((ctx) => readProgress(ctx as never));
  expect(before.lang).toBeNull();
  expect(before.steps.map((s) => [s.key, s.state])).toEqual([
    ["settings", "missing"],
    ["competences", "missing"],
    ["employees", "missing"],
    ["ratings", "missing"],
    ["check", "open"],
    ["questions", "missing"],
    ["priorities", "missing"],
    ["plan", "open"],
  ]);
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  const empty = await fake.Excel.run((ctx) => readProgress(ctx as never));
  expect(empty.lang).toBe("nl");
  expect(empty.steps.filter((s) => s.state === "todo").map((s) => s.key)).toEqual([
    "settings",
    "competences",
    "employees",
    "ratings",
    "questions",
    "priorities",
  ]);
  // after generating, the organisation's name is where to start
  await fake.Excel.run((ctx) => goToTable(ctx as never, "VTO_Settings"));
  const settings = fake.book.findTable("VTO_Settings")!;
  expect(fake.book.selection).toEqual({
    sheetId: settings.sheet.id,
    rect: { row: settings.rect.row + 1, col: settings.rect.col + 2, rows: 1, cols: 1 },
  });
  const data = exampleData({ employees: 6, gapRows: 12, year: 2026 });
  await fake.Excel.run((ctx) => fillExample(ctx as never, data, OPTS));
  const full = await fake.Excel.run((ctx) => readProgress(ctx as never));
  const count = Object.fromEntries(full.steps.map((s) => [s.key, [s.state, s.count, s.of]]));
  expect(count.settings).toEqual(["done", 1, undefined]);
  expect(count.competences).toEqual(["done", data.competences.length, undefined]);
  expect(count.employees).toEqual(["done", data.employees.length, undefined]);
  expect(count.ratings[1]).toBe(data.gaps.filter((g) => typeof g.current === "number").length);
  expect(count.questions[2]).toBe(data.questions.length);
  expect(count.questions[1]).toBeGreaterThan(0);
  expect(count.priorities[1]).toBeGreaterThan(0);
});
