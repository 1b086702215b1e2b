/**
 * The training plan's page setup in the add-in's path (fast leg of the print check; the PDF itself:
 * test/libreoffice/planPrint.slow.test.ts): Opleidingsplan and Wettelijk opleidingsplan print
 * on A4 landscape, one page wide, their header row on every page, with page x of y, in both languages.
 */
import { generate } from "../../src/excel/generate";
import { Book, createFakeExcel } from "../../src/fake-excel";
import type { WbLang } from "../../src/workbook/lang";
import { SPEC_BY_KEY } from "../../src/workbook/specs";

test.each(["nl", "en"] as WbLang[])(
  "the plan and the statutory plan print landscape with titles and page numbers (%s)",
  async (lang) => {
    const fake = createFakeExcel(new Book(false));
    fake.book.addSheet("Blad1");
    await fake.Excel.run((ctx) => generate(ctx as never, { lang, year: 2026 }));
    for (const key of ["plan", "statutory"] as const) {
      const spec = SPEC_BY_KEY[key];
      const page = fake.book.findSheet(spec.sheet[lang])!.pageLayout;
      expect([key, page.paperSize, page.orientation]).toEqual([key, "A4", "Landscape"]);
      expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(page.printTitleRows).toEqual({ row: spec.anchor.row, rows: 1 });
      expect(page.printArea).toEqual([{ row: 0, col: 0, rows: 1048576, cols: spec.columns.length }]);
      expect(page.headersFooters).toMatchObject({
        centerHeader: "&A",
        rightHeader: "VTO-analyse 2026",
        centerFooter: lang === "nl" ? "Pagina &P van &N" : "Page &P of &N",
      });
    }
  },
);

test("the add-in sets A4 itself: a page setup of ours on Letter gets A4 on regenerate, a user's own stays", async () => {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  const opts = { lang: "nl" as WbLang, year: 2026 };
  await fake.Excel.run((ctx) => generate(ctx as never, opts));
  const statutory = fake.book.findSheet(SPEC_BY_KEY.statutory.sheet.nl)!.pageLayout;
  const plan = fake.book.findSheet(SPEC_BY_KEY.plan.sheet.nl)!.pageLayout;
  // as a workbook of the previous version left it (our mark, Excel's paper): A4 again
  statutory.paperSize = "Letter";
  // a page setup of the user's own (no mark): their paper and orientation stay
  plan.paperSize = "A3";
  plan.orientation = "Portrait";
  plan.headersFooters.rightHeader = "Mijn kop";
  await fake.Excel.run((ctx) => generate(ctx as never, opts));
  expect([statutory.paperSize, statutory.orientation]).toEqual(["A4", "Landscape"]);
  expect([plan.paperSize, plan.orientation]).toEqual(["A3", "Portrait"]);
});
