/** The in-memory Excel's page layout (ExcelApi 1.9), as the add-in and the self-test use it. */
import { createFakeExcel } from "../../src/fake-excel";

test("orientation, fit to one page wide, print area and title rows, headers and footers; null objects when unset", async () => {
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  const before = await fake.Excel.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem("Blad1").pageLayout;
    p.load("orientation,zoom");
    const area = p.getPrintAreaOrNullObject().load("address");
    const titles = p.getPrintTitleRowsOrNullObject().load("address");
    const hf = p.headersFooters.defaultForAllPages.load("centerHeader,leftFooter");
    await ctx.sync();
    return {
      o: p.orientation,
      z: p.zoom,
      area: area.isNullObject,
      titles: titles.isNullObject,
      h: hf.centerHeader,
    };
  });
  expect(before).toEqual({ o: "Portrait", z: { scale: 100 }, area: true, titles: true, h: "" });
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    const p = ws.pageLayout;
    p.orientation = "Landscape" as Excel.PageOrientation;
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    p.setPrintArea(ws.getRange("A3:F20"));
    p.setPrintTitleRows("$3:$3");
    p.headersFooters.defaultForAllPages.centerHeader = "&A";
    p.headersFooters.defaultForAllPages.rightFooter = "Pagina &P van &N";
    await ctx.sync();
  });
  const s = fake.book.findSheet("Blad1")!.pageLayout;
  expect(s.orientation).toBe("Landscape");
  expect(s.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(s.printArea).toEqual([{ row: 2, col: 0, rows: 18, cols: 6 }]);
  expect(s.printTitleRows).toEqual({ row: 2, rows: 1 });
  expect(s.headersFooters.rightFooter).toBe("Pagina &P van &N");
  // scale and fit exclude each other, as in Excel
  await expect(
    fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").pageLayout.zoom = { scale: 90, horizontalFitToPages: 1 };
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("paper size: Letter on a new sheet, A4 set and read back, an unknown paper refused, load before read", async () => {
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  const read = () =>
    fake.Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Blad1").pageLayout.load("paperSize");
      await ctx.sync();
      return p.paperSize;
    });
  expect(await read()).toBe("Letter");
  await expect(
    fake.Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Blad1").pageLayout.paperSize),
  ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Blad1").pageLayout.paperSize = "A4" as Excel.PaperType;
    await ctx.sync();
  });
  expect(await read()).toBe("A4");
  await expect(
    fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").pageLayout.paperSize = "A7" as Excel.PaperType;
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(await read()).toBe("A4");
});
