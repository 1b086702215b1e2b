/**
 * npm run bench — prints figures, asserts nothing: initial task-pane JavaScript, and the
 * round trips, payload bytes and time of workbook operations against the in-memory Excel.
 */
import { measureBundle } from "./bundleSize";
import { Book, createFakeExcel } from "../src/fake-excel";
import { fillExample } from "../src/excel/exampleData";
import { generate } from "../src/excel/generate";
import { runCheck } from "../src/excel/check";
import { validateRegisters } from "../src/domain/validation";
import { exampleData, prng } from "../src/workbook/example";
import { CRITERIA, Criterion, prioritise, Weights } from "../src/domain/priorities";
import { sensitivity } from "../src/domain/sensitivity";
import { knapsack } from "../src/domain/knapsack";
import { rankOrderCentroid } from "../src/domain/weights";
import { writeOptimum, writeWeights } from "../src/excel/priorities";

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

/**
 * Regenerating a big register: unchanged (only reads go over the wire), with typed cells kept,
 * and changed (blank computed cells to fill, a user column added, a formula typed over a computed
 * cell): syncs, the largest request and response, and time.
 */
async function regenerateBench() {
  console.log("\nRegenerate a big register (in-memory Excel, formula engine off):");
  for (const gapRows of [1000, 30000, 100000]) {
    const fake = createFakeExcel(new Book(false));
    fake.book.addSheet("Blad1");
    const data = exampleData({ employees: Math.max(60, Math.round(gapRows / 50)), gapRows });
    await fake.Excel.run((ctx) =>
      fillExample(ctx as unknown as Excel.RequestContext, data, { lang: "nl", year: 2026 }),
    );
    const gaps = fake.book.findTable("VTO_Gaps")!;
    const gapCol = gaps.rect.col + gaps.columns.findIndex((c) => c.name === "Kloof");
    const futureCol = gaps.rect.col + gaps.columns.findIndex((c) => c.name === "Toekomstige kloof");
    // typed cells: a constant and a formula over computed cells (kept and reported)
    fake.book.writeContents(gaps.sheet, { row: gaps.rect.row + 10, col: gapCol, rows: 1, cols: 1 }, [[3]]);
    fake.book.writeContents(gaps.sheet, { row: gaps.rect.row + 20, col: gapCol, rows: 1, cols: 1 }, [
      ["=1+1"],
    ]);
    const line = async (label: string) => {
      fake.resetMetrics();
      const t0 = performance.now();
      await fake.Excel.run((ctx) =>
        generate(ctx as unknown as Excel.RequestContext, { lang: "nl", year: 2026 }),
      );
      const m = fake.metrics;
      console.log(
        `  ${String(gapRows).padStart(6)} gap rows, ${label.padEnd(42)} ${String(m.syncs).padStart(3)} syncs, request ${mb(m.requestBytes)} (largest ${mb(m.maxRequestBytes)}), response ${mb(m.responseBytes)} (largest ${mb(m.maxResponseBytes)}), ${(performance.now() - t0).toFixed(0)} ms`,
      );
    };
    await line("unchanged, 2 typed cells kept:");
    // every 10th future-gap cell blank: ours to fill again
    for (let r = 0; r < gaps.rect.rows - 1; r += 10)
      fake.book.writeContents(gaps.sheet, { row: gaps.rect.row + 1 + r, col: futureCol, rows: 1, cols: 1 }, [
        [""],
      ]);
    await line("changed: every 10th future gap blank:");
  }
}

async function checkBench() {
  console.log("\nCheck (in-memory Excel, formula engine off) and the rule engine alone:");
  for (const gapRows of [1000, 20000, 100000]) {
    const fake = createFakeExcel(new Book(false));
    fake.book.addSheet("Blad1");
    const data = exampleData({ employees: Math.max(60, Math.round(gapRows / 20)), gapRows });
    await fake.Excel.run((ctx) =>
      fillExample(ctx as unknown as Excel.RequestContext, data, { lang: "nl", year: 2026 }),
    );
    // a few bad cells so that the rules have something to report
    fake.userEdit("Competentiekloof", "F4:F6", [["'3"], [9], ["'x"]]);
    fake.resetMetrics();
    const t0 = performance.now();
    const result = await fake.Excel.run((ctx) => runCheck(ctx as unknown as Excel.RequestContext));
    const t1 = performance.now();
    const input = {
      competences: data.competences.map((c) => ({ id: c.id, type: "kennis", name: c.name })),
      employees: data.employees.map((e) => ({ id: e.id, fte: e.fte, exitYear: e.exitYear ?? "" })),
      gaps: data.gaps.map((g) => ({
        ...g,
        assessor: g.assessor === "self" ? "zelf" : "leidinggevende",
        note: g.note,
      })),
      settings: [],
      assessors: { zelf: "self" as const, leidinggevende: "manager" as const, extern: "external" as const },
      competenceTypes: new Set(["kennis"]),
      analysisYear: 2026,
      today: 46500,
      textFields: { settings: [], competences: ["name"], employees: [], gaps: ["note"] },
    };
    const t2 = performance.now();
    validateRegisters(input);
    const t3 = performance.now();
    console.log(
      `  ${String(gapRows).padStart(6)} gap rows  check: ${fake.metrics.syncs} syncs, response ${mb(fake.metrics.responseBytes)} (largest ${mb(fake.metrics.maxResponseBytes)}), ${(t1 - t0).toFixed(0)} ms, ${result.findings.length} findings | rule engine alone: ${(t3 - t2).toFixed(1)} ms`,
    );
  }
}

/** Random but realistic needs: scores 1–5, a few participants, hours and costs. */
function randomNeeds(n: number, seed: number) {
  const rnd = prng(seed);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  return Array.from({ length: n }, (_, i) => ({
    id: `LV${i + 1}`,
    scores: Object.fromEntries(CRITERIA.map((c) => [c, int(1, 5)])) as Record<Criterion, number>,
    netCost: int(5, 600) * 25,
    hours: int(1, 40) * int(1, 12),
  }));
}

async function priorityBench() {
  console.log("\nPriorities (domain, what the task pane computes):");
  const w = Object.fromEntries(CRITERIA.map((c, i) => [c, { weight: rankOrderCentroid(7)[i] }])) as Weights;
  const needs = randomNeeds(1000, 7);
  const t0 = performance.now();
  const inputs = needs.map((n) => ({
    questionId: n.id,
    scores: n.scores,
    participants: 1,
    hoursPerParticipant: n.hours,
    externalCost: n.netCost,
    subsidy: 0,
  }));
  const results = prioritise(inputs, () => true, {
    weights: w,
    minFeasibility: 1,
    hourlyCost: 0,
    bands: [1000, 2500, 5000, 10000],
    budget: 250000,
    hoursCap: null,
  });
  const ranked = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.rank! - b.r.rank!)
    .map(({ r, i }) => ({ id: needs[i].id, scores: { ...needs[i].scores, investment: r.investmentScore! } }));
  const t1 = performance.now();
  sensitivity(ranked, w);
  const t2 = performance.now();
  console.log(
    `  1000 needs: ranking ${(t1 - t0).toFixed(1)} ms + sensitivity of the top 5 for 7 weights ${(t2 - t1).toFixed(1)} ms`,
  );
  const items = randomNeeds(500, 11).map((n) => ({
    value: results[0].score ?? 50,
    cost: n.netCost,
    hours: n.hours,
  }));
  items.forEach((it, i) => (it.value = 20 + ((i * 37) % 80) + (it.cost % 7) / 10));
  const total = items.reduce((s, it) => s + it.cost, 0);
  for (const share of [0.1, 0.3]) {
    const budget = Math.round(total * share);
    const t3 = performance.now();
    const k = knapsack(items, budget);
    const t4 = performance.now();
    console.log(
      `  budget optimum, 500 needs, budget ${budget.toLocaleString("en")} € (${share * 100} % of their total): ${(t4 - t3).toFixed(1)} ms, ${k.nodes} nodes, ${k.chosen.filter(Boolean).length} chosen`,
    );
  }

  console.log("\nPriorities in the workbook (in-memory Excel, formula engine off):");
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  const data = exampleData({ employees: 60 });
  await fake.Excel.run((ctx) =>
    fillExample(ctx as unknown as Excel.RequestContext, data, { lang: "nl", year: 2026 }),
  );
  fake.resetMetrics();
  await fake.Excel.run((ctx) =>
    writeWeights(
      ctx as unknown as Excel.RequestContext,
      Object.fromEntries(CRITERIA.map((c) => [c, 1 / 7])) as Record<Criterion, number>,
    ),
  );
  console.log(`  write weights: ${fake.metrics.syncs} syncs, request ${kb(fake.metrics.requestBytes)}`);
  fake.resetMetrics();
  await fake.Excel.run((ctx) => writeOptimum(ctx as unknown as Excel.RequestContext, ["LV01", "LV03"], "nl"));
  console.log(
    `  write plan (budget optimum column): ${fake.metrics.syncs} syncs, request ${kb(fake.metrics.requestBytes)}`,
  );
}

async function main() {
  const only = process.argv[2];
  if (!only || only === "bundle") bundle();
  if (!only || only === "generate") await generateBench();
  if (!only || only === "regenerate") await regenerateBench();
  if (!only || only === "check") await checkBench();
  if (!only || only === "priorities") await priorityBench();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
