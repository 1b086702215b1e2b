/**
 * The note above Prioriteiten (planSpecs.optimumNote), evaluated in the in-memory Excel on a filled
 * example (plan.test.ts: the example's needs with a small staff; in the slow suite also the whole
 * English example): it says which of "In plan" and "In budgetoptimum" to read — none marked,
 * marked and current (with the day markOptimum stamped), or stale once a score, the budget or a
 * mark changed, current again when changed back; markOptimum stamps the day and the reference's
 * fingerprint (optimumFingerprint), which the sheet's own formula must reproduce for the note to
 * say "current".
 */
import { markOptimum, readPlanView } from "../../src/excel/plan";
import { optimumFingerprint } from "../../src/domain/plan";
import type { FakeExcel } from "../../src/fake-excel";
import { dateSerial } from "../../src/workbook/dates";
import type { WbLang } from "../../src/workbook/lang";
import { OPTIMUM_NOTE } from "../../src/workbook/planSpecs";
import { SPEC_BY_KEY } from "../../src/workbook/specs";
import { tableRows } from "./book";

const DAY = new Date(2026, 2, 10); // 10 March 2026

type Fake = FakeExcel;

/** The note's value: the cell above the priorities table's first column. */
function note(fake: Fake): unknown {
  const t = fake.book.findTable("VTO_Priorities")!;
  return fake.book.value(t.sheet, t.rect.row - 1, t.rect.col);
}
const header = (table: "priorities" | "settings", key: string, lang: WbLang) =>
  SPEC_BY_KEY[table].columns.find((c) => c.key === key)!.header[lang];

/** Writes one cell of a table's body (row by index, column by key), as a user would. */
function edit(
  fake: Fake,
  table: "priorities" | "settings",
  row: number,
  key: string,
  lang: WbLang,
  v: unknown,
) {
  const t = fake.book.findTable(SPEC_BY_KEY[table].name)!;
  const col = SPEC_BY_KEY[table].columns.findIndex((c) => c.key === key);
  fake.book.writeContents(t.sheet, { row: t.rect.row + 1 + row, col: t.rect.col + col, rows: 1, cols: 1 }, [
    [v],
  ]);
}
const settingRow = (fake: Fake, key: string) =>
  tableRows(fake.book, "VTO_Settings").findIndex((r) => Object.values(r)[0] === key);
const settingValue = (fake: Fake, key: string, lang: WbLang) =>
  tableRows(fake.book, "VTO_Settings")[settingRow(fake, key)][header("settings", "value", lang)];

const current = (lang: WbLang, date: string) =>
  OPTIMUM_NOTE.currentBefore[lang] + date + OPTIMUM_NOTE.currentAfter[lang];
const stale = (lang: WbLang, date: string) =>
  OPTIMUM_NOTE.staleBefore[lang] + date + OPTIMUM_NOTE.staleAfter[lang];

/** The whole sequence on a workbook filled with the example (nothing marked in the optimum column). */
export async function verifyOptimumNote(fake: Fake, lang: WbLang): Promise<void> {
  expect(note(fake)).toBe(OPTIMUM_NOTE.none[lang]);
  const view = await fake.Excel.run((ctx) => readPlanView(ctx as never));
  const ids = view.optimum!.ids;
  expect(ids.length).toBeGreaterThan(0);
  const n = await fake.Excel.run((ctx) => markOptimum(ctx as never, ids, lang, DAY));
  expect(n).toBe(ids.length);
  // the stamp: the day as a date serial and the reference's fingerprint of what was marked
  expect(settingValue(fake, "optimum_date", lang)).toBe(dateSerial(2026, 3, 10));
  const chosen = new Set(ids);
  const want = optimumFingerprint({
    ranked: view.ranked.map((r) => ({
      score: r.score,
      netCost: r.netCost,
      hours: r.hours,
      inOptimum: chosen.has(r.questionId),
    })),
    budget: view.priorities.settings.budget,
    hoursCap: view.priorities.settings.hoursCap,
  });
  expect(settingValue(fake, "optimum_fingerprint", lang)).toBe(want);
  // the sheet's formula gives the same fingerprint: the note says current, with the day
  expect(note(fake)).toBe(current(lang, "10/3/2026"));

  // a score changes: out of date; changed back: current again
  const firstRanked = tableRows(fake.book, "VTO_Priorities").findIndex(
    (r) => r[header("priorities", "rank", lang)] === 1,
  );
  const scoreKey = "strategic";
  const before = tableRows(fake.book, "VTO_Priorities")[firstRanked][
    SPEC_BY_KEY.priorities.columns.find((c) => c.key === scoreKey)!.header[lang]
  ];
  edit(fake, "priorities", firstRanked, scoreKey, lang, before === 5 ? 4 : 5);
  expect(note(fake)).toBe(stale(lang, "10/3/2026"));
  edit(fake, "priorities", firstRanked, scoreKey, lang, before);
  expect(note(fake)).toBe(current(lang, "10/3/2026"));

  // the budget changes: out of date
  const budgetRow = settingRow(fake, "budget");
  const budget = settingValue(fake, "budget", lang) as number;
  edit(fake, "settings", budgetRow, "value", lang, budget + 1);
  expect(note(fake)).toBe(stale(lang, "10/3/2026"));
  edit(fake, "settings", budgetRow, "value", lang, budget);
  expect(note(fake)).toBe(current(lang, "10/3/2026"));

  // the optimum's marks changed by hand (one need unmarked): out of date
  const marked = tableRows(fake.book, "VTO_Priorities").findIndex(
    (r) => r[header("priorities", "optimum", lang)] !== "",
  );
  edit(fake, "priorities", marked, "optimum", lang, "");
  expect(note(fake)).toBe(stale(lang, "10/3/2026"));

  // a date that is no date: the note names an unknown date
  edit(fake, "settings", settingRow(fake, "optimum_date"), "value", lang, "gisteren");
  expect(note(fake)).toBe(stale(lang, OPTIMUM_NOTE.unknownDate[lang]));

  // nothing marked: back to the first text, whatever the stamp says
  for (const [i, r] of tableRows(fake.book, "VTO_Priorities").entries())
    if (r[header("priorities", "optimum", lang)] !== "") edit(fake, "priorities", i, "optimum", lang, "");
  expect(note(fake)).toBe(OPTIMUM_NOTE.none[lang]);

  // marked again after the budget changed: the new stamp is current
  edit(fake, "settings", budgetRow, "value", lang, 12000);
  const again = await fake.Excel.run((ctx) => readPlanView(ctx as never));
  fake.resetMetrics();
  await fake.Excel.run((ctx) => markOptimum(ctx as never, again.optimum!.ids, lang, new Date(2026, 10, 2)));
  expect(note(fake)).toBe(current(lang, "2/11/2026"));
  // read the priorities, write the optimum column (3), the two settings by key
  expect(fake.metrics.syncs).toBeLessThanOrEqual(9);
}
