/** Page setup in the add-in's path: every sheet of ours prints one page wide; a user's own setup stays. */
import { generate } from "../../src/excel/generate";
import { Book, createFakeExcel } from "../../src/fake-excel";
import { defaultPageLayout } from "../../src/fake-excel/book";
import { SPEC_BY_KEY } from "../../src/workbook/specs";

const OPTS = { lang: "nl" as const, year: 2026 };

test("generate sets A4 one page wide, the header row on every page, header and footer — not over a user's own", async () => {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  const gaps = fake.book.findSheet("Competentiekloof")!.pageLayout;
  expect([gaps.paperSize, gaps.orientation]).toEqual(["A4", "Landscape"]);
  expect(gaps.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(gaps.printTitleRows).toEqual({ row: 2, rows: 1 });
  // the print area: the table's whole columns
  expect(gaps.printArea).toEqual([{ row: 0, col: 0, rows: 1048576, cols: SPEC_BY_KEY.gaps.columns.length }]);
  expect(gaps.headersFooters).toMatchObject({
    centerHeader: "&A",
    rightHeader: "VTO-analyse 2026",
    centerFooter: "Pagina &P van &N",
  });
  expect(fake.book.findSheet("Blad1")!.pageLayout).toEqual(defaultPageLayout());
  // the user sets their own page setup on one sheet; regenerating keeps it and rewrites nothing else
  const own = fake.book.findSheet("Medewerkers")!;
  own.pageLayout = {
    ...defaultPageLayout(),
    orientation: "Portrait",
    zoom: { scale: 80 },
    headersFooters: { ...defaultPageLayout().headersFooters, centerHeader: "Mijn kop" },
  };
  const before = JSON.stringify(own.pageLayout);
  fake.resetMetrics();
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(JSON.stringify(own.pageLayout)).toBe(before);
  // reads only (a read request per computed column: about 30 KB for the sheets of issues 12 and 13)
  expect(fake.metrics.requestBytes).toBeLessThan(40000);
  // a sheet whose page setup is Excel's default again gets ours
  const matrix = fake.book.findSheet("Teammatrix")!;
  matrix.pageLayout = defaultPageLayout();
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(matrix.pageLayout.orientation).toBe("Landscape");
});
