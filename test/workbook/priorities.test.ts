/** Priority formulas in the in-memory Excel equal the TypeScript reference on random workbooks (200 in the slow suite). */
import fc from "fast-check";
import { cellAddress } from "../../src/workbook/address";
import type { ExampleData } from "../../src/workbook/example";
import { tableRows } from "../helpers/book";
import { filledWorkbook } from "../helpers/exampleBook";
import { randomPriorityData } from "../helpers/randomPriorities";
import { verifyPrioritiesAgainstReference } from "../helpers/verify";

const build = (data: ExampleData) => filledWorkbook(data, { lang: "nl", year: 2026 });

test("randomized priority workbooks: scores, ranks and the plan equal the reference", async () => {
  await fc.assert(
    fc.asyncProperty(randomPriorityData, async (data) => {
      const fake = await build(data);
      verifyPrioritiesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
    }),
    { numRuns: runs(6, 200) },
  );
}, 900000);

// ---- the edge workbook: every tie-break level, every boundary, IDs written every which way ----------

import { generate } from "../../src/excel/generate";
import {
  NEED_STATUS,
  RANKING_SHORT,
  RANKING_SHORT_WARNING,
  RANKING_SHORT_WARNING_MANY,
  RANKING_SHORT_WARNING_ONE,
  SUBSIDY_EXCEEDS,
} from "../../src/workbook/lang";
import { EDGE_BUDGET, EDGE_ORDER, EDGE_PLAN, edgeData } from "../helpers/priorityEdges";
import { runs } from "../helpers/slow";

type Fake = Awaited<ReturnType<typeof build>>;
const rowsOf = (fake: Fake, name = "VTO_Priorities") => tableRows(fake.book, name);
const order = (fake: Fake) =>
  rowsOf(fake)
    .filter((r) => typeof r["Rang"] === "number")
    .sort((a, b) => (a["Rang"] as number) - (b["Rang"] as number))
    .map((r) => r["Leervraag-sleutel"]);
const byKey = (fake: Fake, key: string, nth = 0) =>
  rowsOf(fake).filter((r) => r["Leervraag-sleutel"] === key)[nth];

test("edge workbook: formulas equal the reference and the order, plan and statuses worked out by hand", async () => {
  const data = edgeData();
  const fake = await build(data);
  verifyPrioritiesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
  expect(order(fake)).toEqual(EDGE_ORDER);
  const planned = rowsOf(fake).filter((r) => r["In plan"] === "ja");
  expect(planned.map((r) => r["Leervraag-sleutel"]).sort()).toEqual([...EDGE_PLAN].sort());
  expect(byKey(fake, "LV07")["Cumulatieve kost plan (€)"]).toBe(EDGE_BUDGET);
  expect(planned.reduce((t, r) => t + (r["Nettokost (€)"] as number), 0)).toBe(EDGE_BUDGET);
  // the case: both rows of LV12 are duplicates, nothing is ranked twice, no hole in Rangorde
  expect([byKey(fake, "LV12", 0)["Status"], byKey(fake, "LV12", 1)["Status"]]).toEqual([
    NEED_STATUS.duplicate.nl,
    NEED_STATUS.duplicate.nl,
  ]);
  const walk = rowsOf(fake, "VTO_Ranking");
  expect(walk.slice(0, EDGE_ORDER.length).every((r) => r["Rij in Prioriteiten"] !== "")).toBe(true);
  // numeric and padded IDs found their questions
  expect(byKey(fake, "7")["Leervraag"]).toBe("Vraag 7");
  expect(byKey(fake, "8")["Leervraag"]).toBe("Vraag 8");
  expect(byKey(fake, "LV01")["Leervraag"]).toBe("Vraag LV01");
  // statuses and the remark
  expect(byKey(fake, "LV13")["Status"]).toBe(NEED_STATUS.costsMissing.nl);
  expect(byKey(fake, "LV13")["Nettokost (€)"]).toBe("");
  expect(byKey(fake, "LV17")["Status"]).toBe(NEED_STATUS.scoresInvalid.nl);
  expect(byKey(fake, "LV09")["Opmerking"]).toBe(SUBSIDY_EXCEEDS.nl);
  expect(byKey(fake, "LV09")["Nettokost (€)"]).toBe(0);
  expect([byKey(fake, "LV19")["Nettokost (€)"], byKey(fake, "LV19")["Opmerking"]]).toEqual([0, ""]);
  // the weights show their fixed directions
  const weights = rowsOf(fake, "VTO_Weights");
  expect(weights.find((r) => r["Sleutel"] === "investment")!["Richting"]).toMatch(/^kost \(vast\)/);
  expect(weights.filter((r) => String(r["Richting"]).startsWith("baat (vast)"))).toHaveLength(6);
}, 120000);

test("edge workbook with weights at 90 %: the status keeps each row's own problem", async () => {
  const data = edgeData(true);
  const fake = await build(data);
  verifyPrioritiesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
  const wi = NEED_STATUS.weightsInvalid.nl;
  expect(byKey(fake, "LV02")["Status"]).toBe(wi);
  expect(byKey(fake, "LV11")["Status"]).toBe(`${wi}; ${NEED_STATUS.notFeasible.nl}`);
  expect(byKey(fake, "LV14")["Status"]).toBe(`${wi}; ${NEED_STATUS.costsMissing.nl}`);
  expect(byKey(fake, "LV16")["Status"]).toBe(`${wi}; ${NEED_STATUS.scoresInvalid.nl}`);
  expect(byKey(fake, "LV16")["Gewogen score"]).toBe(wi);
}, 120000);

test("an English workbook: statuses, remark and directions in English", async () => {
  const fake = await filledWorkbook(edgeData(), { lang: "en", year: 2026 }, { sheet: "Sheet1" });
  const rows = tableRows(fake.book, "VTO_Priorities");
  const at = (key: string, nth = 0) => rows.filter((r) => r["Question key"] === key)[nth];
  expect(at("LV12")["Status"]).toBe(NEED_STATUS.duplicate.en);
  expect(at("LV13")["Status"]).toBe(NEED_STATUS.costsMissing.en);
  expect(at("LV09")["Remark"]).toBe(SUBSIDY_EXCEEDS.en);
  expect(at("7")["Rank"]).toBe(4);
  expect(rows.filter((r) => r["In plan"] === "yes")).toHaveLength(EDGE_PLAN.length);
  expect(tableRows(fake.book, "VTO_Weights").find((r) => r["Key"] === "investment")!["Direction"]).toMatch(
    /^cost \(fixed\)/,
  );
}, 120000);

test("Rangorde too short: the needs past its last row say so in In plan; regenerating grows it", async () => {
  const data = edgeData();
  const fake = await build(data);
  const ranking = fake.book.findTable("VTO_Ranking")!;
  fake.book.deleteTableRows(ranking, 5, ranking.rect.rows - 1 - 5); // 5 rows left
  expect(rowsOf(fake, "VTO_Ranking")).toHaveLength(5);
  verifyPrioritiesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
  const past = rowsOf(fake).filter((r) => r["In plan"] === RANKING_SHORT.nl);
  expect(past.map((r) => r["Leervraag-sleutel"]).sort()).toEqual(EDGE_ORDER.slice(5).sort());
  expect(past.every((r) => r["Cumulatieve kost plan (€)"] === "")).toBe(true);
  // no #REF! or #VALUE! anywhere in the plan columns
  expect(rowsOf(fake).some((r) => String(r["In plan"]).startsWith("#"))).toBe(false);
  // the warning above the Rangorde table says how many do not fit
  const above = () => {
    const t = fake.book.findTable("VTO_Ranking")!;
    return fake.book.value(t.sheet, t.rect.row - 1, t.rect.col);
  };
  expect(EDGE_ORDER.length - 5).toBeGreaterThan(1);
  expect(above()).toBe(`${EDGE_ORDER.length - 5}${RANKING_SHORT_WARNING_MANY.nl}`);
  // one row short: the singular; none short: nothing
  const grow = (n: number) => {
    fake.book.addTableRows(fake.book.findTable("VTO_Ranking")!, null, null, n);
    fake.book.evaluate();
  };
  grow(EDGE_ORDER.length - 5 - 1);
  expect(above()).toBe(RANKING_SHORT_WARNING_ONE.nl);
  grow(1);
  expect(above()).toBe("");
  // a workbook with the earlier warning (one text for one and many): regenerating puts in the new one
  const t = fake.book.findTable("VTO_Ranking")!;
  const current = String(fake.book.formula(t.sheet, t.rect.row - 1, t.rect.col));
  const m = current.slice("=IF(".length, current.indexOf(">1,"));
  const earlier = `=IF(${m}>0,${m}&"${RANKING_SHORT_WARNING.nl}","")`;
  fake.userEdit(t.sheet.name, cellAddress(t.rect.row - 1, t.rect.col), [[earlier]]);
  expect(fake.book.formula(t.sheet, t.rect.row - 1, t.rect.col)).toBe(earlier);
  await fake.Excel.run((ctx) => generate(ctx as never, { lang: "nl", year: 2026 }));
  expect(above()).toBe("");
  expect(fake.book.formula(t.sheet, t.rect.row - 1, t.rect.col)).toBe(current);
  expect(rowsOf(fake, "VTO_Ranking").length).toBeGreaterThanOrEqual(data.priorities.length + 10);
  expect(rowsOf(fake).some((r) => r["In plan"] === RANKING_SHORT.nl)).toBe(false);
  verifyPrioritiesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
}, 120000);

test("a rank missing (a user's value in the rank column): the walk carries its total on, never restarts", async () => {
  const data = edgeData();
  const fake = await build(data);
  const t = fake.book.findTable("VTO_Priorities")!;
  const rankCol = t.rect.col + t.columns.findIndex((c) => c.name === "Rang");
  const r3 = rowsOf(fake).findIndex((r) => r["Rang"] === 3);
  fake.book.writeContents(t.sheet, { row: t.rect.row + 1 + r3, col: rankCol, rows: 1, cols: 1 }, [[99]]);
  const walk = rowsOf(fake, "VTO_Ranking");
  expect(walk[2]["Rij in Prioriteiten"]).toBe("");
  const totals = walk.map((r) => r["Cumulatief (€)"]).filter((v): v is number => typeof v === "number");
  totals.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(i ? totals[i - 1] : 0));
  expect(walk[2]["Cumulatief (€)"]).toBe(walk[1]["Cumulatief (€)"]);
  const planned = walk
    .filter((r) => r["In plan (1/0)"] === 1)
    .reduce((s, r) => s + (r["Nettokost (€)"] as number), 0);
  expect(planned).toBeLessThanOrEqual(EDGE_BUDGET);
  expect(Math.max(...totals)).toBeLessThanOrEqual(EDGE_BUDGET);
}, 120000);
