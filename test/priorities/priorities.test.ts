/** The Prioriteren services against the in-memory Excel: read, weights, new needs, optimum. */
import {
  addNeeds,
  readPriorities,
  updateSheets,
  writeOptimum,
  writeWeights,
} from "../../src/excel/priorities";
import { CRITERIA, Criterion } from "../../src/domain/priorities";
import { rankOrderCentroid, roundWeights } from "../../src/domain/weights";
import { exampleData } from "../../src/workbook/example";
import { tableRows } from "../helpers/book";
import { filledWorkbook } from "../helpers/exampleBook";

const OPTS = { lang: "nl" as const, year: 2026 };

/** The example's questions and priorities; a small staff keeps the gap formulas (not under test) quick. */
const DATA = exampleData({ employees: 10, gapRows: 10, year: 2026 });
const example = () => filledWorkbook(DATA, OPTS);
const read = (fake: Awaited<ReturnType<typeof example>>) =>
  fake.Excel.run((ctx) => readPriorities(ctx as never));
const sheetRanks = (fake: Awaited<ReturnType<typeof example>>) =>
  tableRows(fake.book, "VTO_Priorities")
    .filter((r) => r["Rang"] !== "")
    .sort((a, b) => (a["Rang"] as number) - (b["Rang"] as number))
    .map((r) => r["Leervraag-ID"]);

test("the pane's ranking is the sheet's; excluded needs are listed with their status; the optimum is within budget", async () => {
  const fake = await example();
  const view = await read(fake);
  expect(view.ranked.map((n) => n.questionId)).toEqual(sheetRanks(fake));
  expect(view.ranked).toHaveLength(5);
  expect(view.unranked).toEqual([{ row: 5, questionId: "LV13", status: "notRealNeed", rowProblem: null }]);
  expect(view.beyondRanking).toEqual([]);
  expect(view.rankingRows).toBeGreaterThanOrEqual(16);
  expect(view.missing).toEqual([]);
  expect(view.sensitivity).toHaveLength(7);
  const opt = view.optimum!;
  expect(opt.cost).toBeLessThanOrEqual(25000);
  expect(opt.score).toBeGreaterThanOrEqual(opt.plan.score);
  const planned = tableRows(fake.book, "VTO_Priorities")
    .filter((r) => r["In plan"] === "ja")
    .map((r) => r["Leervraag-ID"]);
  expect(opt.plan.ids.sort()).toEqual(planned.sort());
});

test("writing weights (rank-order centroid) takes 3 syncs (geometry, keys, write) and the workbook re-ranks by itself", async () => {
  const fake = await example();
  const ranks: Criterion[] = [
    "strategic",
    "urgency",
    "success",
    "efficiency",
    "feasibility",
    "equity",
    "investment",
  ];
  const roc = roundWeights(rankOrderCentroid(7));
  const weights = Object.fromEntries(ranks.map((c, i) => [c, roc[i]])) as Record<Criterion, number>;
  fake.resetMetrics();
  await fake.Excel.run((ctx) => writeWeights(ctx as never, weights));
  expect(fake.metrics.syncs).toBe(3);
  const rows = tableRows(fake.book, "VTO_Weights");
  expect(rows.map((r) => r["Gewicht"])).toEqual(CRITERIA.map((c) => weights[c]));
  const settings = tableRows(fake.book, "VTO_Settings");
  expect(settings.find((r) => r["Sleutel"] === "weights_check")!["Waarde"]).toBe("in orde: 100 %");
  const view = await read(fake);
  expect(view.settings.weights.strategic.weight).toBe(0.37);
  expect(view.ranked.map((n) => n.questionId)).toEqual(sheetRanks(fake));
});

test("weights that do not sum to 100 %: no rank anywhere, a clear text in the score column", async () => {
  const fake = await example();
  const weights = Object.fromEntries(CRITERIA.map((c) => [c, 0.1])) as Record<Criterion, number>;
  await fake.Excel.run((ctx) => writeWeights(ctx as never, weights));
  const rows = tableRows(fake.book, "VTO_Priorities");
  expect(rows.slice(0, 5).map((r) => [r["Gewogen score"], r["Rang"]])).toEqual(
    Array(5).fill(["gewichten ≠ 100 %", ""]),
  );
  const settings = tableRows(fake.book, "VTO_Settings");
  expect(settings.find((r) => r["Sleutel"] === "weights_check")!["Waarde"]).toBe("gewichten ≠ 100 %");
  const view = await read(fake);
  expect(view.weightsValid).toBe(false);
  expect(view.ranked).toEqual([]);
});

test("a new real need is offered, added with its formulas, and the ranking table grows with it", async () => {
  const fake = await example();
  // LV13 becomes a real need: the wish is now yes
  fake.userEdit("Leervragen", "I16", [["'ja"]]);
  let view = await read(fake);
  expect(view.unranked).toEqual([]); // its row now counts, but its scores are there already
  // a question without a row: LV09 gets a wish
  fake.userEdit("Leervragen", "I12", [["'ja"]]);
  view = await read(fake);
  expect(view.missing).toEqual([{ id: "LV09", title: "Privacy bij contacten met familie" }]);
  await fake.Excel.run((ctx) => addNeeds(ctx as never, ["LV09"], "nl", 2026));
  const rows = tableRows(fake.book, "VTO_Priorities");
  expect(rows[rows.length - 1]).toMatchObject({
    "Leervraag-ID": "LV09",
    Leervraag: "Privacy bij contacten met familie",
    Status: "scores onvolledig of buiten 1–5",
    Rang: "",
  });
  expect(tableRows(fake.book, "VTO_Ranking").length).toBeGreaterThanOrEqual(rows.length + 10);
  expect((await read(fake)).missing).toEqual([]);
});

test("the optimum is written only to its own column, by question ID, in 3 syncs", async () => {
  const fake = await example();
  const view = await read(fake);
  fake.resetMetrics();
  const n = await fake.Excel.run((ctx) => writeOptimum(ctx as never, view.optimum!.ids, "nl"));
  expect(fake.metrics.syncs).toBe(3);
  expect(n).toBe(view.optimum!.ids.length);
  const marked = tableRows(fake.book, "VTO_Priorities")
    .filter((r) => r["In budgetoptimum"] === "ja")
    .map((r) => r["Leervraag-ID"]);
  expect(marked.sort()).toEqual([...view.optimum!.ids].sort());
});

test("a budget of 0: still ranked, only free needs fit, and the optimum is empty", async () => {
  const fake = await example();
  const settings = fake.book.findTable("VTO_Settings")!;
  const budgetRow = tableRows(fake.book, "VTO_Settings").findIndex((r) => r["Sleutel"] === "budget");
  fake.book.writeContents(
    settings.sheet,
    { row: settings.rect.row + 1 + budgetRow, col: settings.rect.col + 2, rows: 1, cols: 1 },
    [[0]],
  );
  const view = await read(fake);
  expect(view.ranked).toHaveLength(5);
  expect(view.ranked.every((n) => n.inPlan === false)).toBe(true);
  expect(view.optimum!.ids).toEqual([]);
  expect(
    tableRows(fake.book, "VTO_Priorities")
      .slice(0, 5)
      .every((r) => r["In plan"] === "nee"),
  ).toBe(true);
});

test("the pane finds questions by normalised ID (padded, zero-width, numeric) and agrees with the sheet", async () => {
  const fake = await example();
  fake.userEdit("Prioriteiten", "A4", [["' LV01\u200B"]]);
  fake.userEdit("Leervragen", "A5", [[2]]); // LV02 is now question 2, a number
  fake.userEdit("Prioriteiten", "A5", [["'2 "]]);
  const view = await read(fake);
  expect(view.unranked).toEqual([{ row: 5, questionId: "LV13", status: "notRealNeed", rowProblem: null }]);
  expect(view.ranked.map((n) => n.questionId)).toEqual(
    sheetRanks(fake).map((id) =>
      String(id)
        .replace(/\u200B/g, "")
        .trim(),
    ),
  );
  expect(view.ranked.find((n) => n.questionId === "2")!.title).toBe(
    "Medicatie veilig klaarzetten en toedienen",
  );
  expect(view.missing).toEqual([]);
  // the optimum is written by ID, whatever way the ID is written
  await fake.Excel.run((ctx) => writeOptimum(ctx as never, ["LV01", "2"], "nl"));
  const marked = tableRows(fake.book, "VTO_Priorities").filter((r) => r["In budgetoptimum"] === "ja");
  expect(marked.map((r) => r["Leervraag-sleutel"]).sort()).toEqual(["2", "LV01"]);
});

test("Rangorde too short: the pane names the needs past it, and updating the sheets grows the table", async () => {
  const fake = await example();
  const ranking = fake.book.findTable("VTO_Ranking")!;
  fake.book.deleteTableRows(ranking, 3, ranking.rect.rows - 1 - 3);
  let view = await read(fake);
  expect(view.rankingRows).toBe(3);
  expect(view.beyondRanking).toHaveLength(2);
  expect(view.beyondRanking).toEqual(
    tableRows(fake.book, "VTO_Priorities")
      .filter((r) => r["In plan"] === "Rangorde te kort")
      .map((r) => r["Leervraag-ID"]),
  );
  // the pane's plan is the sheet's: the needs past Rangorde are not in it
  expect(view.ranked.filter((n) => n.inPlan === null)).toHaveLength(2);
  await fake.Excel.run((ctx) => updateSheets(ctx as never, "nl", 2026));
  view = await read(fake);
  expect(view.beyondRanking).toEqual([]);
  expect(view.rankingRows).toBeGreaterThanOrEqual(16);
});
