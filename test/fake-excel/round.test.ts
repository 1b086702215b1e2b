/** The in-memory Excel's ROUND rounds as Excel does: 15 significant digits first, then half away from zero. */
import fc from "fast-check";
import { Book } from "../../src/fake-excel";
import { excelRoundNumber } from "../../src/fake-excel/book";
import { dec, excelRound, toNumber } from "../../src/domain/decimal";

test("values where the binary number lies just below the half: Excel's results", () => {
  const book = new Book(true);
  const s = book.addSheet("S");
  const formulas = [
    "=ROUND(22.8/7.6/40,2)",
    "=ROUND(1.005,2)",
    "=ROUND(-0.075,2)",
    "=ROUND(1234.5,-2)",
    "=ROUND(2.5,0)",
  ];
  book.writeContents(s, { row: 0, col: 0, rows: 1, cols: formulas.length }, [formulas]);
  expect(formulas.map((_, c) => book.value(s, 0, c))).toEqual([0.08, 1.01, -0.08, 1200, 3]);
});

test("property: equals the domain's excelRound on sums and quotients of cents and hours", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -10_000_000, max: 10_000_000 }),
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 0, max: 3 }),
      (cents, divisor, places) => {
        const x = cents / 100 / (divisor / 10);
        expect(excelRoundNumber(x, places)).toBe(toNumber(excelRound(dec(x), places)));
      },
    ),
    { numRuns: 2000 },
  );
});
