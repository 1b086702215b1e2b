/**
 * Heap of checking 100,000 rows of junk (run by `npm run bench` as
 * `node --expose-gc --import tsx scripts/benchHeap.ts`): the extra heap the check's result keeps,
 * and the highest heap seen while it ran, over the workbook already in memory.
 */
import { Book, createFakeExcel } from "../src/fake-excel";
import { fillExample } from "../src/excel/exampleData";
import { runCheck } from "../src/excel/check";
import { exampleData } from "../src/workbook/example";
import { columnLetters } from "../src/workbook/address";

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  if (!gc) throw new Error("run with node --expose-gc");
  const rows = Number(process.argv[2] ?? 100_000);
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) =>
    fillExample(ctx as unknown as Excel.RequestContext, exampleData({ employees: 60 }), {
      lang: "nl",
      year: 2026,
    }),
  );
  // junk rows typed below the register (the table grows, as in Excel): an unknown employee and
  // assessor, a level that is no number and a level stored as text in every row
  const gaps = fake.book.findTable("VTO_Gaps")!;
  const first = gaps.rect.row + gaps.rect.rows;
  const junk = Array.from({ length: rows }, (_, i) => ["X", "C01", "baas", "", "x", `'${i % 5}`]);
  fake.userEdit(
    gaps.sheet.name,
    `${columnLetters(gaps.rect.col)}${first + 1}:${columnLetters(gaps.rect.col + 5)}${first + rows}`,
    junk,
  );
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const t0 = performance.now();
  const result = await fake.Excel.run((ctx) => runCheck(ctx as unknown as Excel.RequestContext));
  const ms = performance.now() - t0;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc();
  const after = process.memoryUsage().heapUsed;
  const total = result.counts.reduce((n, c) => n + c.count, 0);
  console.log(
    `  ${rows.toLocaleString("en")} gap rows of junk: ${total.toLocaleString("en")} findings counted, ${result.findings.length} kept; ` +
      `heap kept by the result +${mb(after - before)}, peak while checking +${mb(peak - before)} (workbook before: ${mb(before)}), ${(ms / 1000).toFixed(1)} s`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
