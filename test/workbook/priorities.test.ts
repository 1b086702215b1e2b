/** Priority formulas in the in-memory Excel equal the TypeScript reference on 200 random workbooks. */
import fc from "fast-check";
import { fillExample } from "../../src/excel/exampleData";
import { createFakeExcel } from "../../src/fake-excel";
import type { ExampleData } from "../../src/workbook/example";
import { tableRows } from "../helpers/book";
import { randomPriorityData } from "../helpers/randomPriorities";
import { verifyPrioritiesAgainstReference } from "../helpers/verify";

async function build(data: ExampleData) {
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => fillExample(ctx as never, data, { lang: "nl", year: 2026 }));
  return fake;
}

test("randomized priority workbooks: scores, ranks and the plan equal the reference (200 workbooks)", async () => {
  await fc.assert(
    fc.asyncProperty(randomPriorityData, async (data) => {
      const fake = await build(data);
      verifyPrioritiesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
    }),
    { numRuns: 200 },
  );
}, 900000);
