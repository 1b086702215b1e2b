/**
 * npm run bench -- import: pasting 10,000 rows into the training register (employees where the
 * workbook model has no register): parse time, preview and import against the in-memory Excel with
 * its formula engine off — syncs, the largest request and response, and time.
 */
import { parsePaste } from "../src/domain/importText";
import { previewImport, runImport } from "../src/excel/importRows";
import { fillExample } from "../src/excel/exampleData";
import { Book, createFakeExcel } from "../src/fake-excel";
import { importTables, importTarget, suggestMapping } from "../src/workbook/importMapping";
import { exampleData } from "../src/workbook/example";
import type { TableKey } from "../src/workbook/specs";

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** An LMS or payroll export as CSV with `;`, dd/mm/jjjj dates and decimal commas. */
function exportText(key: TableKey, rows: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = (i: number) => `${pad(1 + (i % 28))}/${pad(1 + (i % 12))}/${2024 + (i % 2)}`;
  if (key === "training") {
    const lines = ["Personeelsnummer;Opleiding;Soort;Startdatum;Einddatum;Uren;Gevolgd;Kostprijs;Aanbieder"];
    for (let i = 0; i < rows; i++)
      lines.push(
        [
          `M${String(1 + (i % 60)).padStart(3, "0")}`,
          `"Opleiding ${i}; deel ${i % 7}"`,
          ["formeel", "informeel", "initieel"][i % 3],
          date(i),
          date(i),
          `${i % 16},5`,
          i % 9 ? "ja" : "nee",
          `1.${String(i % 1000).padStart(3, "0")},50`,
          `Aanbieder ${i % 40}`,
        ].join(";"),
      );
    return lines.join("\r\n");
  }
  const lines = ["Personeelsnummer;Naam;Afdeling;Functie;Tewerkstelling %"];
  for (let i = 0; i < rows; i++)
    lines.push(
      `N${String(i).padStart(5, "0")};Pseudoniem ${i};Woonzorg A;zorgkundige;${(i % 10) / 10 || 1}`.replace(
        ".",
        ",",
      ),
    );
  return lines.join("\r\n");
}

export async function importBench() {
  const key: TableKey = importTables().includes("training" as TableKey)
    ? ("training" as TableKey)
    : "employees";
  const rows = 10000;
  console.log(
    `\nImport by pasting: ${rows.toLocaleString("en")} rows into ${key === "training" ? "the training register" : "Medewerkers (no register in this model yet)"} (in-memory Excel, formula engine off):`,
  );
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) =>
    fillExample(ctx as unknown as Excel.RequestContext, exampleData({ employees: 60 }), {
      lang: "nl",
      year: 2026,
    }),
  );
  const text = exportText(key, rows);
  const t0 = performance.now();
  const p = parsePaste(text);
  const t1 = performance.now();
  const source = { headers: p.headers, rows: p.rows, lines: p.lines };
  const mapping = suggestMapping(p.headers, importTarget(key, "nl"));
  console.log(
    `  parse ${(text.length / 1024 / 1024).toFixed(2)} MB of text: ${(t1 - t0).toFixed(0)} ms (${p.rows.length} rows, separator ${JSON.stringify(p.separator)})`,
  );
  const ctx = (c: unknown) => c as Excel.RequestContext;
  fake.resetMetrics();
  const t2 = performance.now();
  const plan = await fake.Excel.run((c) => previewImport(ctx(c), key, source, mapping));
  const t3 = performance.now();
  let m = { ...fake.metrics };
  console.log(
    `  preview: ${m.syncs} syncs, largest request ${mb(m.maxRequestBytes)}, largest response ${mb(m.maxResponseBytes)}, ${(t3 - t2).toFixed(0)} ms — ${plan.toAdd.length} new rows, ${plan.unreadable.length} unreadable, ${plan.errors} errors and ${plan.warnings} warnings in them`,
  );
  fake.resetMetrics();
  const t4 = performance.now();
  const out = await fake.Excel.run((c) => runImport(ctx(c), key, source, mapping));
  const t5 = performance.now();
  m = { ...fake.metrics };
  console.log(
    `  import:  ${m.syncs} syncs, largest request ${mb(m.maxRequestBytes)}, largest response ${mb(m.maxResponseBytes)}, request ${mb(m.requestBytes)} in all, ${(t5 - t4).toFixed(0)} ms — ${out.appended} rows appended`,
  );
  fake.resetMetrics();
  const t6 = performance.now();
  const again = await fake.Excel.run((c) => runImport(ctx(c), key, source, mapping));
  const t7 = performance.now();
  console.log(
    `  the same paste again: ${fake.metrics.syncs} syncs, ${(t7 - t6).toFixed(0)} ms — ${again.appended} appended, ${again.plan.duplicates.length} duplicates reported`,
  );
}
