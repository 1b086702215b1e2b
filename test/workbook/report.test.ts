/**
 * The report sheet (Rapport / Report): its formulas in the in-memory Excel (HyperFormula) equal the
 * reference (src/domain/report.ts) on the example organisation, an empty workbook and random
 * workbooks aimed at ties and boundaries; a small wrong change in a report formula fails.
 */
import fc from "fast-check";
import { generate } from "../../src/excel/generate";
import { createFakeExcel } from "../../src/fake-excel";
import { ExampleData, exampleData } from "../../src/workbook/example";
import type { WbLang } from "../../src/workbook/lang";
import { REPORT } from "../../src/workbook/report";
import { tableRows } from "../helpers/book";
import { randomReportData } from "../helpers/randomReport";
import { verifyReport } from "../helpers/reportVerify";
import { filledWorkbook } from "../helpers/exampleBook";
import { runs, SLOW } from "../helpers/slow";
import { cellAddress } from "../../src/workbook/address";
import { reportCells } from "../../src/workbook/report";

async function build(data: ExampleData | null, lang: WbLang = "nl") {
  if (data) return filledWorkbook(data, { lang, year: 2026 });
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => generate(ctx as never, { lang, year: 2026 }));
  return fake;
}
type Fake = Awaited<ReturnType<typeof build>>;

const cellOf = (fake: Fake, lang: WbLang) => {
  const sheet = fake.book.sheets.find((s) => s.name === REPORT.sheet[lang])!;
  return (row: number, col: number) => fake.book.value(sheet, row, col) ?? "";
};
const rankingRows = (fake: Fake) => tableRows(fake.book, "VTO_Ranking").length;

test.each((SLOW ? ["nl", "en"] : ["nl"]) as WbLang[])(
  "the example organisation's report equals the reference (%s)",
  async (lang) => {
    // the fast suite: a smaller staff (every part of the report still has data); the slow one: all 60
    const data = exampleData({ year: 2026, lang, ...(SLOW ? {} : { employees: 20 }) });
    const fake = await build(data, lang);
    verifyReport(cellOf(fake, lang), data, { lang, rankingRows: rankingRows(fake) });
  },
  SLOW ? 120000 : 30000,
);

test.each(["nl", "en"] as const)(
  "an empty workbook's report says what to fill in (%s)",
  async (lang) => {
    const fake = await build(null, lang);
    verifyReport(cellOf(fake, lang), null, { lang, rankingRows: rankingRows(fake) });
  },
  SLOW ? 120000 : 30000,
);

test(
  "random workbooks (ties, a budget used up to the cent, empty registers): the report equals the reference",
  async () => {
    await fc.assert(
      fc.asyncProperty(randomReportData, async (data) => {
        const fake = await build(data);
        verifyReport(cellOf(fake, "nl"), data, { rankingRows: rankingRows(fake) });
      }),
      { numRuns: runs(3, 40), seed: 20261201 },
    );
  },
  SLOW ? 120000 : 30000,
);

/** Small wrong changes in report formulas: each one must make the check fail. */
const MUTATIONS: [string, (f: string) => string][] = [
  ["critical not first", (f) => f.replace("*200000+", "*0+")],
  ["insufficient before not in house", (f) => f.replace(")*100000+", ")*-1+")],
  ["budget left added", (f) => f.replace(/(\)-\$K\$)/, ")+$K$")],
  [
    "to review not a real need",
    (f) => f.replace(/\+\(VTO_Questions\[\[Oordeel\]\]="Echte VTO-behoefte \(te bekijken\)"\)\)/g, ")"),
  ],
  ["headcount counts blank IDs", (f) => f.replace('[[Sleutel]]<>"")*1)', '[[Sleutel]]="")*1)')],
  [
    "off by one in the top",
    (f) =>
      f.replace(
        /INDEX\(VTO_Ranking\[\[Gewogen score\]\],(\d+)\)/,
        (_m, k) => `INDEX(VTO_Ranking[[Gewogen score]],${Number(k) + 1})`,
      ),
  ],
  ["risk list on critical", (f) => f.replace('[[Risico]]="RISICO")', '[[Kritisch]]="ja")')],
  ["overflow miscounted", (f) => f.replace("-10)&", "-9)&")],
];

test(
  "a small wrong change in a report formula fails the check",
  async () => {
    const data = exampleData({ employees: 20, year: 2026 });
    const fake = await build(data);
    const rows = rankingRows(fake);
    verifyReport(cellOf(fake, "nl"), data, { rankingRows: rows });
    const cells = reportCells("nl");
    for (const [name, mutate] of MUTATIONS) {
      const changed = cells.filter((c) => c.v.startsWith("=") && mutate(c.v) !== c.v);
      expect([name, changed.length > 0]).toEqual([name, true]);
      const write = (pick: (c: (typeof cells)[number]) => string) =>
        fake.Excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(REPORT.sheet.nl);
          for (const c of changed) ws.getRange(cellAddress(c.row, c.col)).formulas = [[pick(c)]];
          await ctx.sync();
        });
      await write((c) => mutate(c.v));
      expect([
        name,
        (() => {
          try {
            verifyReport(cellOf(fake, "nl"), data, { rankingRows: rows });
            return "passed";
          } catch {
            return "failed";
          }
        })(),
      ]).toEqual([name, "failed"]);
      await write((c) => c.v);
    }
    verifyReport(cellOf(fake, "nl"), data, { rankingRows: rows });
  },
  SLOW ? 60000 : 30000,
);

// ---- ownership: the report's cells are ours only while they hold our content -------------------

import { bookState } from "../helpers/book";
import { cell as cellIn, empty, filled, OPTS, type } from "../helpers/ownership";
import { reportRect, ROWS } from "../../src/workbook/report";

test(
  "a value or formula typed in the report is kept and reported; regenerating is idempotent",
  async () => {
    const fake = await filled();
    const gen = () => fake.Excel.run((ctx) => generate(ctx as never, OPTS));
    const status = cellAddress(REPORT.anchor.row + ROWS.gapStatus, 0);
    const org = cellAddress(REPORT.anchor.row + ROWS.keyFirst, 2);
    await type(fake, "Rapport", status, "Bespreken op de ondernemingsraad van maart");
    await type(fake, "Rapport", org, "=1+1");
    const before = bookState(fake.book);
    const result = await gen();
    expect(result.messages).toContainEqual({
      kind: "keptReportCells",
      count: 2,
      cells: [`Rapport!${org}`, `Rapport!${status}`],
    });
    expect(cellIn(fake, "Rapport", REPORT.anchor.row + ROWS.gapStatus, 0)).toBe(
      "Bespreken op de ondernemingsraad van maart",
    );
    expect(cellIn(fake, "Rapport", REPORT.anchor.row + ROWS.keyFirst, 2)).toBe("=1+1");
    // nothing else changed, and running again changes nothing either
    expect(bookState(fake.book)).toBe(before);
    await gen();
    expect(bookState(fake.book)).toBe(before);
  },
  SLOW ? 60000 : 30000,
);

test(
  "upgrading a workbook made before the report adds it, the same as a fresh one",
  async () => {
    const fresh = await empty();
    await fresh.Excel.run((ctx) => generate(ctx as never, OPTS));
    const clean = fresh.book.sheets.find((s) => s.name === "Rapport")!;
    const want = reportCells("nl").map((c) => [c.row, c.col, cellIn(fresh, "Rapport", c.row, c.col)]);
    expect(clean.charts.map((c) => c.name)).toEqual(["VTO_ChartReportValue", "VTO_ChartReportCoverage"]);
    // an earlier version's workbook: no report sheet, no name
    const old = await empty();
    await old.Excel.run((ctx) => generate(ctx as never, OPTS));
    await old.Excel.run(async (ctx) => {
      ctx.workbook.names.getItem(REPORT.name).delete();
      ctx.workbook.worksheets.getItem("Rapport").delete();
      await ctx.sync();
    });
    expect(old.book.sheets.some((s) => s.name === "Rapport")).toBe(false);
    await old.Excel.run((ctx) => generate(ctx as never, OPTS));
    const got = reportCells("nl").map((c) => [c.row, c.col, cellIn(old, "Rapport", c.row, c.col)]);
    expect(got).toEqual(want);
    expect(old.book.sheets.find((s) => s.name === "Rapport")!.charts.map((c) => c.name)).toEqual([
      "VTO_ChartReportValue",
      "VTO_ChartReportCoverage",
    ]);
    // printed on one page, over the report only
    const page = old.book.sheets.find((s) => s.name === "Rapport")!.pageLayout;
    expect([page.orientation, page.zoom]).toEqual([
      "Landscape",
      { horizontalFitToPages: 1, verticalFitToPages: 1 },
    ]);
    void reportRect;
  },
  SLOW ? 60000 : 30000,
);
