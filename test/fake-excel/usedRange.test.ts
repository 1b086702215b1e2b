/**
 * Range.getUsedRangeOrNullObject (ExcelApi 1.4) in the in-memory Excel, and what appendRows uses
 * it for: knowing whether the rows below a table are free without reading them (a 100,000-row
 * append would otherwise read a response over Excel on the web's 5 MB limit).
 */
import { appendRows } from "../../src/excel/appendRows";
import { generate } from "../../src/excel/generate";
import { Book, createFakeExcel } from "../../src/fake-excel";
import { tableRows } from "../helpers/book";

test("the used range inside a range: cells with values, tables unless values only, null when empty", async () => {
  const fake = createFakeExcel(new Book(false));
  const sheet = fake.book.addSheet("Blad1");
  fake.book.writeContents(sheet, { row: 4, col: 2, rows: 2, cols: 2 }, [
    ["a", null],
    [null, "=1+1"],
  ]);
  const out = await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    const probe = (address: string, valuesOnly: boolean) =>
      ws.getRange(address).getUsedRangeOrNullObject(valuesOnly).load("address");
    const all = probe("A1:J20", true);
    const part = probe("D1:D20", true);
    const none = probe("A1:B20", true);
    await ctx.sync();
    return [all.address, part.address, none.isNullObject];
  });
  expect(out).toEqual(["Blad1!C5:D6", "Blad1!D6", true]);
});

test("appending 30,000 rows reads no more than a few kilobytes, and fills the rows below", async () => {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => generate(ctx as never, { lang: "nl", year: 2026 }));
  const rows = Array.from({ length: 30000 }, (_, i) => [
    `M${i}`,
    `Naam ${i}`,
    "Thuiszorg",
    "zorg",
    1,
    "",
    "",
  ]);
  fake.resetMetrics();
  let firstResponse = 0;
  fake.afterEverySync(() => {
    if (!firstResponse) firstResponse = fake.metrics.responseBytes;
  });
  const result = await fake.Excel.run((ctx) =>
    appendRows(ctx as never, "employees", rows as never, { fillFirstBlank: true }),
  );
  expect(result.inserted).toBe(false);
  expect(firstResponse).toBeGreaterThan(0);
  expect(firstResponse).toBeLessThan(20_000);
  const ids = tableRows(fake.book, "VTO_Employees").map((r) => r["ID"]);
  expect([ids.length, ids[0], ids[29999]]).toEqual([30000, "M0", "M29999"]);
}, 30000);
