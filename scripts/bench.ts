/**
 * npm run bench — prints figures, asserts nothing: initial task-pane JavaScript, and the
 * round trips, payload bytes and time of workbook operations against the in-memory Excel.
 */
import { measureBundle } from "./bundleSize";
import { Book, createFakeExcel } from "../src/fake-excel";
import { fillExample } from "../src/excel/exampleData";
import { generate } from "../src/excel/generate";
import { exampleData } from "../src/workbook/example";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function bundle() {
  const b = measureBundle();
  console.log(
    "Initial task-pane JavaScript (scripts loaded before first render; office.js from the CDN not included):",
  );
  for (const f of b.files)
    console.log(`  ${f.name.padEnd(32)} raw ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
  console.log(`  ${"total".padEnd(32)} raw ${kb(b.raw).padStart(10)}  gzip ${kb(b.gzip).padStart(9)}`);
  console.log("  (reference: Microsoft's React task-pane template ≈ 541 KB raw / 169 KB gzip)");
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

async function generateBench() {
  console.log(
    "\nGenerate with example data against the in-memory Excel, formula engine off (syncs and bytes are",
  );
  console.log(
    "what Excel would receive; time is the add-in's side plus the fake's bookkeeping, not Excel's recalculation):",
  );
  for (const gapRows of [1000, 20000]) {
    const fake = createFakeExcel(new Book(false));
    fake.book.addSheet("Blad1");
    const data = exampleData({ employees: Math.max(60, Math.round(gapRows / 20)), gapRows });
    const t0 = performance.now();
    await fake.Excel.run((ctx) =>
      fillExample(ctx as unknown as Excel.RequestContext, data, { lang: "nl", year: 2026 }),
    );
    const t1 = performance.now();
    const m = { ...fake.metrics };
    fake.resetMetrics();
    await fake.Excel.run((ctx) =>
      generate(ctx as unknown as Excel.RequestContext, { lang: "nl", year: 2026 }),
    );
    const t2 = performance.now();
    console.log(
      `  ${String(gapRows).padStart(6)} gap rows  fill: ${String(m.syncs).padStart(3)} syncs, request ${mb(m.requestBytes)} (largest ${mb(m.maxRequestBytes)}), response ${mb(m.responseBytes)}, ${(t1 - t0).toFixed(0)} ms` +
        ` | regenerate: ${fake.metrics.syncs} syncs, request ${mb(fake.metrics.requestBytes)}, response ${mb(fake.metrics.responseBytes)}, ${(t2 - t1).toFixed(0)} ms`,
    );
  }
}

async function main() {
  const only = process.argv[2];
  if (!only || only === "bundle") bundle();
  if (!only || only === "generate") await generateBench();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
