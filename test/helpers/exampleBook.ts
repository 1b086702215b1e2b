/**
 * Workbooks filled by the add-in's own example fill, made once per test file and copied for each
 * test. The fill runs without the formula engine (a fill with the engine on costs 2–3 s even for a
 * small staff); each copy gets its own engine, loaded in one call per sheet (about 1 s), and
 * computes every cell as a fill with the engine on would (test/fake-excel/fakeExcel.test.ts,
 * "Book.copy"). Tests about the fill itself (its syncs, faults, progress, refusal) fill for themselves.
 */
import { fillExample } from "../../src/excel/exampleData";
import { Book, createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import type { ExampleData } from "../../src/workbook/example";
import type { WbLang } from "../../src/workbook/lang";

const templates = new Map<string, Promise<Book>>();

/**
 * @param data the data set, or a maker of it in the workbook's language (as fillExample takes it)
 * @param sheet the name of the workbook's first, empty sheet
 */
export async function filledWorkbook(
  data: ExampleData | ((lang: WbLang) => ExampleData),
  options: { lang: WbLang; year: number },
  { engine = true, sheet = "Blad1" }: { engine?: boolean; sheet?: string } = {},
): Promise<FakeExcel> {
  const made = typeof data === "function" ? data(options.lang) : data;
  const key = JSON.stringify([made, options, sheet, typeof data]);
  let template = templates.get(key);
  if (!template) {
    template = (async () => {
      const fake = createFakeExcel(new Book(false));
      fake.book.addSheet(sheet);
      await fake.Excel.run((ctx) => fillExample(ctx as never, data, options));
      return fake.book;
    })();
    templates.set(key, template);
    // random data sets are used once: keep the last few only
    if (templates.size > 8) templates.delete(templates.keys().next().value!);
  }
  return createFakeExcel((await template).copy({ evaluate: engine }));
}

/**
 * The same workbook with a formula engine of its own: an upgrade test rebuilds an earlier version
 * and regenerates with the engine off (generate reads formulas, not values), then computes.
 */
export const withEngine = (fake: FakeExcel): FakeExcel => createFakeExcel(fake.book.copy({ evaluate: true }));
