/**
 * The charts beside the statutory plan: the plan's net cost per quarter and the days per FTE against
 * the target, on the whole columns of their data tables (VTO_PlanQuarters, VTO_PlanDays), created
 * once, found again by name, pointed at the columns again when a table grows, their look kept. The
 * values themselves are checked against the reference with the statutory plan (planVerify.ts: the
 * in-memory Excel in plan.test.ts, LibreOffice in plan.slow.test.ts).
 */
import { generate } from "../../src/excel/generate";
import { Book, createFakeExcel } from "../../src/fake-excel";
import type { WbLang } from "../../src/workbook/lang";
import { PLAN_CHARTS } from "../../src/workbook/planSpecs";
import { SPEC_BY_KEY } from "../../src/workbook/specs";
import { specColumn } from "../helpers/book";

async function fresh(lang: WbLang) {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => generate(ctx as never, { lang, year: 2026 }));
  return fake;
}

test.each(["nl", "en"] as WbLang[])(
  "charts beside the statutory plan: on the tables' whole columns, found again by name, re-pointed when a table grows (%s)",
  async (lang) => {
    const fake = await fresh(lang);
    const sheet = fake.book.findSheet(SPEC_BY_KEY.statutory.sheet[lang])!;
    expect(sheet.charts.map((c) => [c.name, c.type])).toEqual([
      ["VTO_ChartPlanQuarters", "ColumnClustered"],
      ["VTO_ChartDaysPerFte", "BarClustered"],
    ]);
    expect(sheet.charts[0].settings.title).toEqual({ text: PLAN_CHARTS.quarters.title[lang] });
    const column = (table: string, key: string) => {
      const t = fake.book.findTable(table)!;
      const spec = Object.values(SPEC_BY_KEY).find((s) => s.name === table)!;
      const i = specColumn(fake.book, spec.key, key, lang) - t.rect.col;
      return {
        sheet: t.sheet.name,
        rect: { row: t.rect.row + 1, col: t.rect.col + i, rows: t.rect.rows - 1, cols: 1 },
      };
    };
    const data = () =>
      sheet.charts.map((c) => [
        { sheet: c.series[0].xValues!.sheet.name, rect: c.series[0].xValues!.rect },
        { sheet: c.series[0].values!.sheet.name, rect: c.series[0].values!.rect },
      ]);
    const expected = () => [
      [column("VTO_PlanQuarters", "label"), column("VTO_PlanQuarters", "netCost")],
      [column("VTO_PlanDays", "label"), column("VTO_PlanDays", "value")],
    ];
    expect(data()).toEqual(expected());
    expect(fake.book.findTable("VTO_PlanQuarters")!.rect.rows).toBe(5);
    // not printed with the statutory plan: its print area is the statutory table's columns only
    expect(sheet.pageLayout.printArea).toEqual([
      { row: 0, col: 0, rows: 1048576, cols: SPEC_BY_KEY.statutory.columns.length },
    ]);

    // a user restyles a chart; a workbook of a version whose quarter table had a row less
    sheet.charts[0].settings.title = { text: "Mijn titel" };
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("VTO_PlanQuarters").rows.getItemAt(3).delete();
      await ctx.sync();
    });
    expect(fake.book.findTable("VTO_PlanQuarters")!.rect.rows).toBe(4);
    await fake.Excel.run((ctx) => generate(ctx as never, { lang, year: 2026 }));
    // the missing row seeded again by key, the chart found by name (no second one) and re-pointed
    expect(fake.book.findTable("VTO_PlanQuarters")!.rect.rows).toBe(5);
    expect(sheet.charts.map((c) => c.name)).toEqual(["VTO_ChartPlanQuarters", "VTO_ChartDaysPerFte"]);
    expect(sheet.charts[0].settings.title).toEqual({ text: "Mijn titel" });
    expect(data()).toEqual(expected());
    // unchanged: the same two charts, their look and data as they were
    await fake.Excel.run((ctx) => generate(ctx as never, { lang, year: 2026 }));
    expect(sheet.charts.map((c) => [c.name, c.settings.title])).toEqual([
      ["VTO_ChartPlanQuarters", { text: "Mijn titel" }],
      ["VTO_ChartDaysPerFte", { text: PLAN_CHARTS.days.title[lang] }],
    ]);
    expect(data()).toEqual(expected());
  },
);

test("a chart of two series whose second series a user removed: updating the sheets keeps working and leaves the chart as the user left it", async () => {
  const fake = await fresh("nl");
  const chart = () => fake.book.sheets.flatMap((s) => s.charts).find((c) => c.name === "VTO_EquityChart")!;
  expect(chart().series).toHaveLength(2);
  const first = { ...chart().series[0] };
  chart().series.pop();
  // teams beyond the equity table's spare rows: the table grows, its chart is pointed at it again
  await fake.Excel.run(async (ctx) => {
    const teams = ctx.workbook.tables.getItem("VTO_Teams");
    const header = teams.getHeaderRowRange().load("columnCount");
    await ctx.sync();
    const row = (i: number) => [`Team ${i}`, ...Array.from({ length: header.columnCount - 1 }, () => "")];
    teams.rows.add(
      undefined,
      Array.from({ length: 15 }, (_, i) => row(i)),
    );
    await ctx.sync();
  });
  const rowsBefore = fake.book.findTable("VTO_Equity")!.rect.rows;
  const result = await fake.Excel.run((ctx) => generate(ctx as never, { lang: "nl", year: 2026 }));
  expect(fake.book.findTable("VTO_Equity")!.rect.rows).toBeGreaterThan(rowsBefore);
  expect(result.messages).toEqual([]);
  expect(chart().series).toHaveLength(1);
  // the first series follows the grown table
  const t = fake.book.findTable("VTO_Equity")!;
  expect(chart().series[0].values!.rect.rows).toBe(t.rect.rows - 1);
  expect(chart().series[0].values!.rect.col).toBe(first.values!.rect.col);
  expect(chart().series[0].xValues!.rect.col).toBe(first.xValues!.rect.col);
});
