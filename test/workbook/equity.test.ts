/**
 * The Billijkheid sheet (VTO_Equity, VTO_EquityStaff) and the register's 24-month key, evaluated in
 * the in-memory Excel, equal the reference (src/domain/equity.ts) on the edges worked out by hand,
 * on the example organisation and on random registers; the warning above the groups speaks up
 * when teams outgrow the table.
 */
import fc from "fast-check";
import { exampleData } from "../../src/workbook/example";
import { contents, tableRows } from "../helpers/book";
import { FormulaBuilder, SPEC_BY_KEY } from "../../src/workbook/specs";
import { filledWorkbook } from "../helpers/exampleBook";
import { equityEdgeData } from "../helpers/equityEdges";
import { randomEquityData } from "../helpers/randomEquity";
import { verifyEquityAgainstReference } from "../helpers/verifyEquity";
import { runs, slowTest } from "../helpers/slow";
import type { FakeExcel } from "../../src/fake-excel";
import type { ExampleData } from "../../src/workbook/example";
import { FIXED_GROUPS, profileFunctions } from "../../src/domain/equity";
import { EQUITY_SPARE } from "../../src/workbook/equitySpecs";
import { runCheck } from "../../src/excel/check";
import { generate } from "../../src/excel/generate";

const computed = (fake: FakeExcel) => ({
  table: (name: string) => tableRows(fake.book, name),
  above: (name: string) => {
    const t = fake.book.findTable(name)!;
    return fake.book.value(t.sheet, t.rect.row - 1, t.rect.col);
  },
});

test("the edges worked out by hand equal the reference, each score threshold hit exactly", async () => {
  const data = equityEdgeData();
  const fake = await filledWorkbook(data, { lang: "nl", year: 2026 });
  const { groups } = verifyEquityAgainstReference(computed(fake), data);
  const rows = tableRows(fake.book, "VTO_Equity");
  const team = (name: string) => rows.find((r) => r["Soort groep"] === "Team" && r.Groep === name)!;
  expect(["A", "B", "C", "D", "E"].map((x) => team(x)["Index uren 24 m"])).toEqual([1.25, 1, 0.75, 0.5, 1.5]);
  expect(["A", "B", "C", "D", "E"].map((x) => team(x)["Voorgestelde score billijkheid"])).toEqual([
    1, 2, 3, 4, 1,
  ]);
  expect(rows[0]).toMatchObject({
    Groep: "Hele organisatie",
    "Personeel op peildatum": 10,
    "Uren 24 m": 100,
  });
  expect(groups.filter((g) => g !== null).length).toBeGreaterThan(15);
  const flagged = tableRows(fake.book, "VTO_EquityStaff").filter((r) => r.Signaal !== "");
  expect(flagged.map((r) => r["Medewerker-ID"])).toEqual(
    [1, 3, 5, 7].map((i) => String(data.employees[i].id)),
  );
}, 60000);

test("the example organisation (10 employees): the groups equal the reference and say something", async () => {
  const data = exampleData({ employees: 10, year: 2026, today: new Date(2026, 4, 20) });
  const fake = await filledWorkbook(data, { lang: "nl", year: 2026 });
  const { groups } = verifyEquityAgainstReference(computed(fake), data);
  const teams = groups.filter((g) => g?.kind === "team");
  expect(teams.length).toBe(data.teams.length);
  // meaningful: scores on both sides of the middle, someone without training
  expect(new Set(teams.map((g) => g!.score)).size).toBeGreaterThan(1);
  expect(groups[0]!.without24).toBeGreaterThan(0);
}, 60000);

/** Teams added below the team list: one more than the groups have room for. */
function outgrow(fake: FakeExcel, data: ExampleData) {
  const book = fake.book;
  const room = book.findTable("VTO_Equity")!.rect.rows - 1;
  const functions = profileFunctions(data.profiles ?? []).length;
  const teams = book.findTable("VTO_Teams")!;
  // every row of the team list has its group row (a blank one too)
  const extra = room - FIXED_GROUPS.length - (teams.rect.rows - 1) - functions + 1;
  const newTeams = Array.from({ length: extra }, (_, i) => [`Team ${i + 1}`, ""]);
  const below = { row: teams.rect.row + teams.rect.rows, col: teams.rect.col, rows: extra, cols: 2 };
  book.writeContents(teams.sheet, below, newTeams);
  book.autoExpandTables(teams.sheet, below, newTeams);
  return extra;
}

test("teams outgrowing the groups: the checker says so at the sheet, regenerating grows the table", async () => {
  const data = equityEdgeData();
  const fake = await filledWorkbook(data, { lang: "nl", year: 2026 }, { engine: false });
  const check = async () =>
    (await fake.Excel.run((ctx) => runCheck(ctx as never, { today: new Date(2026, 4, 20) }))).findings
      .filter((x) => x.rule === "sheetTooSmall" && x.address.startsWith("Billijkheid"))
      .map((x) => [x.address, x.message]);
  expect(await check()).toEqual([]);
  const before = fake.book.findTable("VTO_Equity")!.rect.rows;
  // the chart: share of staff against share of hours (24 months) on the group names, two series
  const chart = () => {
    const sheet = fake.book.findSheet("Billijkheid")!;
    const c = sheet.charts.find((x) => x.name === "VTO_EquityChart")!;
    const t = fake.book.findTable("VTO_Equity")!;
    const col = (header: string) => t.rect.col + t.columns.findIndex((x) => x.name === header);
    return {
      type: c.type,
      names: c.series.map((x) => x.name),
      columns: c.series.map((x) => [x.xValues!.rect.col, x.values!.rect.col]),
      want: [
        [col("Groep"), col("Aandeel personeel")],
        [col("Groep"), col("Aandeel uren 24 m")],
      ],
      rows: c.series.map((x) => [x.xValues!.rect.rows, x.values!.rect.rows]),
      body: t.rect.rows - 1,
      legend: c.settings.legend,
    };
  };
  const c0 = chart();
  expect(c0.type).toBe("BarClustered");
  expect(c0.names).toEqual(["Aandeel personeel", "Aandeel uren 24 m"]);
  expect(c0.columns).toEqual(c0.want);
  expect(c0.rows).toEqual([
    [c0.body, c0.body],
    [c0.body, c0.body],
  ]);
  expect(c0.legend).toEqual({ visible: true });
  const extra = outgrow(fake, data);
  expect(await check()).toEqual([
    [
      "Billijkheid!A2",
      "Billijkheid!A2: 1 team(s) of functie(s) staan niet op het blad Billijkheid. Werk de analysebladen bij: Start \u2192 Analysebladen aanmaken of bijwerken.",
    ],
  ]);
  await fake.Excel.run((ctx) => generate(ctx as never, { lang: "nl", year: 2026 }));
  expect(await check()).toEqual([]);
  // the fixed groups, every team row, the profiles' functions and the spare rows
  const teamRows = fake.book.findTable("VTO_Teams")!.rect.rows - 1;
  expect(teamRows).toBe(data.teams.length + extra);
  expect(fake.book.findTable("VTO_Equity")!.rect.rows - 1).toBe(
    FIXED_GROUPS.length + teamRows + profileFunctions(data.profiles ?? []).length + EQUITY_SPARE,
  );
  // the chart follows the grown table
  const c1 = chart();
  expect(c1.rows).toEqual([
    [c1.body, c1.body],
    [c1.body, c1.body],
  ]);
  expect(c1.names).toEqual(c0.names);
  expect(fake.book.findSheet("Billijkheid")!.charts.length).toBe(1);
  expect(before - 1).toBeLessThan(
    FIXED_GROUPS.length + teamRows + profileFunctions(data.profiles ?? []).length,
  );
}, 60000);

test("a workbook from before the Billijkheid sheet gets it and the register's 24-month key; nothing typed changes", async () => {
  const data = equityEdgeData();
  const fake = await filledWorkbook(data, { lang: "nl", year: 2026 }, { engine: false });
  const book = fake.book;
  // the previous version: no Billijkheid sheet, no 24-month key in the register
  book.deleteSheet(book.findTable("VTO_Equity")!.sheet);
  const reg = book.findTable("VTO_Training")!;
  const key24 = reg.columns.findIndex((c) => c.name === "Sleutel uren 24 maanden");
  book.deleteCells(
    reg.sheet,
    { row: reg.rect.row, col: reg.rect.col + key24, rows: reg.rect.rows, cols: 1 },
    "Left",
  );
  // and a user's own text right of the register
  book.writeContents(
    reg.sheet,
    { row: reg.rect.row + 1, col: reg.rect.col + reg.rect.cols + 2, rows: 1, cols: 1 },
    [["mijn notitie"]],
  );
  const before = contents(book);
  const result = await fake.Excel.run((ctx) => generate(ctx as never, { lang: "nl", year: 2026 }));
  expect(result.messages.filter((m) => m.kind === "keptUserCells")).toEqual([]);
  expect(result.createdTables).toEqual(expect.arrayContaining(["VTO_Equity", "VTO_EquityStaff"]));
  const after = contents(book);
  // every cell that held something holds the same (the key column went where it was: right of the
  // register, the user's note is not in its way)
  const changed = [...before].filter(([k, v]) => after.get(k) !== v).map(([k]) => k);
  expect(changed).toEqual([]);
  const t = book.findTable("VTO_Training")!;
  const col = t.columns.findIndex((c) => c.name === "Sleutel uren 24 maanden");
  expect(col).toBeGreaterThanOrEqual(0);
  expect(book.formula(t.sheet, t.rect.row + 1, t.rect.col + col)).toBe(
    SPEC_BY_KEY.training.columns.find((c) => c.key === "hoursKey24")!.formula!(new FormulaBuilder("nl")),
  );
  expect(book.findSheet("Billijkheid")!.charts.map((c) => c.name)).toEqual(["VTO_EquityChart"]);
}, 60000);

test("a chart left unnamed by a batch applied in part is adopted: one chart, both series", async () => {
  const fake = await filledWorkbook(equityEdgeData(), { lang: "nl", year: 2026 }, { engine: false });
  const sheet = fake.book.findSheet("Billijkheid")!;
  sheet.charts = [];
  // what a failure after charts.add leaves: an unnamed bar chart with its first series only
  await fake.Excel.run(async (ctx) => {
    const ws = (ctx as unknown as Excel.RequestContext).workbook.worksheets.getItem("Billijkheid");
    const c = ws.charts.add(
      "BarClustered" as Excel.ChartType,
      ws.getRange("E4:E10"),
      "Columns" as Excel.ChartSeriesBy,
    );
    c.name = "Chart 3"; // as Excel names a new chart
    await ctx.sync();
  });
  expect(sheet.charts.map((c) => [c.name, c.series.length])).toEqual([[expect.stringMatching(/^Chart /), 1]]);
  await fake.Excel.run((ctx) => generate(ctx as never, { lang: "nl", year: 2026 }));
  expect(sheet.charts.map((c) => [c.name, c.series.map((x) => x.name)])).toEqual([
    ["VTO_EquityChart", ["Aandeel personeel", "Aandeel uren 24 m"]],
  ]);
}, 60000);

slowTest(
  "teams outgrowing the groups: the warning above them says how many do not fit",
  async () => {
    const data = equityEdgeData();
    const fake = await filledWorkbook(data, { lang: "nl", year: 2026 });
    expect(computed(fake).above("VTO_Equity")).toBe("");
    outgrow(fake, data);
    expect(computed(fake).above("VTO_Equity")).toBe(
      "1 team(s) of functie(s) staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
    );
  },
  120000,
);

slowTest(
  "the whole example organisation in English equals the reference",
  async () => {
    const data = exampleData({ year: 2026, today: new Date(2026, 4, 20), lang: "en" });
    const fake = await filledWorkbook(data, { lang: "en", year: 2026 });
    verifyEquityAgainstReference(computed(fake), data, "en");
  },
  240000,
);

test("random registers, staff and settings: the formulas equal the reference", async () => {
  await fc.assert(
    fc.asyncProperty(randomEquityData, async (data: ExampleData) => {
      const fake = await filledWorkbook(data, { lang: "nl", year: 2026 }, { engine: true });
      verifyEquityAgainstReference(computed(fake), data);
    }),
    { numRuns: runs(1, 20) },
  );
}, 300000);
