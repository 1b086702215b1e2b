/**
 * npm run bench — prints figures, asserts nothing: test time per file (from a saved Jest report;
 * `npm run bench -- tests` makes one), initial task-pane JavaScript, round trips and payload bytes
 * per operation, the heap of checking 100,000 rows of junk, and the longest main-thread tasks per
 * action in the preview (builds it unless PREVIEW_DIR is set). `npm run bench -- <section>` runs one
 * section: tests, bundle, syncs, generate, regenerate, check, plan, heap, priorities, import,
 * longtasks.
 */
import { measureBundle } from "./bundleSize";
import { importBench } from "./benchImport";
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
import { markOptimum, readPlanView, takeIntoPlan } from "../src/excel/plan";
import { readFla } from "../src/excel/fla";
import { applyQuickFixes, quickFixesFor } from "../src/excel/quickFixes";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

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
  await trainingRegenerateBench();
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

/**
 * Regenerating with a training register of 10,000 rows (issue 12): unchanged, and with every 10th
 * computed register cell of two columns blank (ours to fill again); the certificate view grows
 * with the employees × the competences that require a certificate.
 */
async function trainingRegenerateBench() {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  const data = exampleData({ employees: 500, gapRows: 1000, trainingRows: 10000 });
  const t0 = performance.now();
  await fake.Excel.run((ctx) =>
    fillExample(ctx as unknown as Excel.RequestContext, data, { lang: "nl", year: 2026 }),
  );
  console.log(
    `  10,000 register rows (500 employees, 1000 gap rows, certificate view ${fake.book.findTable("VTO_Certificates")!.rect.rows - 1} rows), fill: ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const reg = fake.book.findTable("VTO_Training")!;
  const col = (name: string) => reg.rect.col + reg.columns.findIndex((c) => c.name === name);
  const line = async (label: string) => {
    fake.resetMetrics();
    const t = performance.now();
    await fake.Excel.run((ctx) =>
      generate(ctx as unknown as Excel.RequestContext, { lang: "nl", year: 2026 }),
    );
    const m = fake.metrics;
    console.log(
      `  10,000 register rows, ${label.padEnd(42)} ${String(m.syncs).padStart(3)} syncs, request ${mb(m.requestBytes)} (largest ${mb(m.maxRequestBytes)}), response ${mb(m.responseBytes)} (largest ${mb(m.maxResponseBytes)}), ${(performance.now() - t).toFixed(0)} ms`,
    );
  };
  await line("unchanged:");
  for (const name of ["Dagen", "Sleutel certificaat"])
    for (let r = 0; r < reg.rect.rows - 1; r += 10)
      fake.book.writeContents(reg.sheet, { row: reg.rect.row + 1 + r, col: col(name), rows: 1, cols: 1 }, [
        [""],
      ]);
  await line("changed: every 10th of 2 columns blank:");
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

/**
 * Round trips and the largest request and response of each operation on the example workbook
 * (in-memory Excel, formula engine off).
 */
async function syncsBench() {
  console.log("\nRound trips per operation, example workbook (in-memory Excel, formula engine off):");
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  const ctx = (c: unknown) => c as Excel.RequestContext;
  const line = async (label: string, op: () => Promise<unknown>) => {
    fake.resetMetrics();
    await op();
    const m = fake.metrics;
    console.log(
      `  ${label.padEnd(40)} ${String(m.syncs).padStart(3)} syncs, largest request ${kb(m.maxRequestBytes).padStart(9)}, largest response ${kb(m.maxResponseBytes).padStart(9)}`,
    );
  };
  const opts = { lang: "nl" as const, year: 2026 };
  await line("generate, first time (empty workbook)", () => fake.Excel.run((c) => generate(ctx(c), opts)));
  const filled = createFakeExcel(new Book(false));
  filled.book.addSheet("Blad1");
  fake.resetMetrics();
  const data = exampleData({ employees: 60 });
  filled.resetMetrics();
  await filled.Excel.run((c) => fillExample(ctx(c), data, opts));
  console.log(
    `  ${"first generation with example data".padEnd(40)} ${String(filled.metrics.syncs).padStart(3)} syncs, largest request ${kb(filled.metrics.maxRequestBytes).padStart(9)}, largest response ${kb(filled.metrics.maxResponseBytes).padStart(9)}`,
  );
  await line("example fill (after generate)", () => fake.Excel.run((c) => fillExample(ctx(c), data, opts)));
  fake.userEdit("Competentiekloof", "F4:F6", [["'3"], ["'2"], ["'1"]]);
  let checked: Awaited<ReturnType<typeof runCheck>> | null = null;
  await line("check", async () => (checked = await fake.Excel.run((c) => runCheck(ctx(c)))));
  const fixes = quickFixesFor(checked!, checked!.findings);
  await line(`quick fixes (${fixes.length} cells)`, () =>
    fake.Excel.run((c) => applyQuickFixes(ctx(c), fixes)),
  );
  await line("write weights", () =>
    fake.Excel.run((c) =>
      writeWeights(ctx(c), Object.fromEntries(CRITERIA.map((k) => [k, 1 / 7])) as Record<Criterion, number>),
    ),
  );
  // the Plan tab: read both plans, take two needs into the plan (the example's plan holds three),
  // the same two again (reported, nothing written), and mark the optimum with its stamp
  await line("plan view (Plan tab)", () => fake.Excel.run((c) => readPlanView(ctx(c))));
  await line("take into plan (2 needs)", () =>
    fake.Excel.run((c) => takeIntoPlan(ctx(c), ["LV06", "LV08"], "nl")),
  );
  await line("take into plan again (already there)", () =>
    fake.Excel.run((c) => takeIntoPlan(ctx(c), ["LV06", "LV08"], "nl")),
  );
  await line("mark optimum (column, date, fingerprint)", () =>
    fake.Excel.run((c) => markOptimum(ctx(c), ["LV01", "LV03"], "nl")),
  );
  await line("regenerate (unchanged)", () => fake.Excel.run((c) => generate(ctx(c), opts)));
}

/**
 * The training plan and the accounts at size (issue 13): 1,000 employees and 20,000 register rows
 * (accounts of 1,010 rows, the sociale balans, the plan), in-memory Excel without formula engine:
 * the fill, regenerating unchanged, the Plan tab's read, taking two needs into the plan and the FLA
 * list — syncs, the largest request and response of one sync, and time.
 */
async function planBench() {
  console.log(
    "\nTraining plan and accounts, 1,000 employees and 20,000 register rows (in-memory Excel, formula engine off):",
  );
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  const ctx = (c: unknown) => c as Excel.RequestContext;
  const opts = { lang: "nl" as const, year: 2026 };
  const data = exampleData({ employees: 1000, gapRows: 2000, trainingRows: 20000, year: 2026 });
  const size = (n: number) => (n < 1024 * 1024 ? kb(n) : mb(n));
  const line = async <T>(label: string, op: () => Promise<T>, note: (x: T) => string = () => "") => {
    fake.resetMetrics();
    const t0 = performance.now();
    const x = await op();
    const ms = performance.now() - t0;
    const m = fake.metrics;
    console.log(
      `  ${label.padEnd(36)} ${String(m.syncs).padStart(3)} syncs, largest request ${size(m.maxRequestBytes).padStart(9)}, largest response ${size(m.maxResponseBytes).padStart(9)}, ${ms.toFixed(0).padStart(6)} ms${note(x)}`,
    );
  };
  await line("fill (generate + example data)", () => fake.Excel.run((c) => fillExample(ctx(c), data, opts)));
  const rows = (name: string) => fake.book.findTable(name)!.rect.rows - 1;
  console.log(
    `  (tables: register ${rows("VTO_Training")} rows, accounts ${rows("VTO_Accounts")}, sociale balans ${rows("VTO_SocialBalance")}, plan ${rows("VTO_Plan")})`,
  );
  await line("regenerate (unchanged)", () => fake.Excel.run((c) => generate(ctx(c), opts)));
  await line("plan view (Plan tab)", () => fake.Excel.run((c) => readPlanView(ctx(c))));
  await line(
    "take into plan (2 needs)",
    () => fake.Excel.run((c) => takeIntoPlan(ctx(c), ["LV06", "LV08"], "nl")),
    (r) => `, ${r.added.length} added`,
  );
  await line(
    "FLA list (Plan tab)",
    () => fake.Excel.run((c) => readFla(ctx(c))),
    (v) => `, ${v.lines.length} lines`,
  );
}

/** Test time per file, from a Jest JSON report (`npm run bench -- tests` runs the fast suite to make one). */
function testsBench(run: boolean) {
  const report = path.resolve(".bench/jest.json");
  if (run) {
    mkdirSync(path.dirname(report), { recursive: true });
    console.log("\nRunning the fast suite (npm test) for its report…");
    spawnSync("npx", ["jest", "--json", `--outputFile=${report}`, "--silent"], { stdio: "ignore" });
  }
  console.log("\nTest suite time per file (npm test):");
  if (!existsSync(report)) {
    console.log("  no report yet: `npm run bench -- tests` runs the suite (about 100 s) and saves one");
    return;
  }
  const r = JSON.parse(readFileSync(report, "utf8")) as {
    startTime: number;
    testResults: { name: string; startTime: number; endTime: number; status: string }[];
  };
  const files = r.testResults
    .map((t) => ({
      name: path.relative(process.cwd(), t.name),
      s: (t.endTime - t.startTime) / 1000,
      status: t.status,
    }))
    .sort((a, b) => b.s - a.s);
  for (const f of files)
    console.log(
      `  ${f.name.padEnd(56)} ${f.s.toFixed(1).padStart(6)} s${f.status === "passed" ? "" : `  ${f.status}`}`,
    );
  const end = Math.max(...r.testResults.map((t) => t.endTime));
  console.log(
    `  ${files.length} files, ${files.reduce((n, f) => n + f.s, 0).toFixed(0)} s in all, ${((end - r.startTime) / 1000).toFixed(0)} s wall (report of ${new Date(r.startTime).toISOString().slice(0, 16)})`,
  );
}

function heapBench() {
  console.log("\nHeap of a check of 100,000 rows of junk (node --expose-gc, heap after gc):");
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/benchHeap.ts"], {
    encoding: "utf8",
  });
  process.stdout.write(run.stdout || run.stderr);
}

/** Long main-thread tasks per action in the preview (Chromium, performance mode). */
async function longTasksBench() {
  console.log(
    "\nLongest main-thread tasks per action in the preview (Debian Chromium; see test/browser/longtasks.mjs):",
  );
  let dir = process.env.PREVIEW_DIR;
  if (!dir) {
    dir = path.resolve(".bench-dist");
    execFileSync("npx", ["webpack", "--mode", "production", "--env", "preview", "--env", `out=${dir}`], {
      stdio: "ignore",
      env: { ...process.env, ADDIN_BASE_URL: "https://preview.invalid/" },
    });
  }
  // plain JavaScript modules shared with the browser tests (untyped: imported by name at run time)
  const browserDir = "../test/browser";
  const { startServer, launch } = (await import(`${browserDir}/harness.mjs`)) as {
    startServer(dir: string): Promise<{ server: { close(): void }; origin: string }>;
    launch(): Promise<{ close(): Promise<void> }>;
  };
  const { measureRegister, formatRegister } = (await import(`${browserDir}/longtasks.mjs`)) as {
    measureRegister(
      browser: unknown,
      origin: string,
      rows: number | null,
      o: { junk: boolean },
    ): Promise<unknown>;
    formatRegister(r: unknown): string;
  };
  const { server, origin } = await startServer(dir);
  const browser = await launch();
  try {
    for (const [rows, junk] of [
      [null, false],
      [20000, false],
      [20000, true],
    ] as const)
      console.log(formatRegister(await measureRegister(browser, origin, rows, { junk })));
    console.log(
      "  (pane share: a task's time outside the in-memory Excel's round trips and typed edits, which Office runs in Excel's own process)",
    );
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const only = process.argv[2];
  if (!only || only === "tests") testsBench(only === "tests");
  if (!only || only === "bundle") bundle();
  if (!only || only === "syncs") await syncsBench();
  if (!only || only === "generate") await generateBench();
  if (!only || only === "regenerate") await regenerateBench();
  if (!only || only === "check") await checkBench();
  if (!only || only === "plan") await planBench();
  if (!only || only === "heap") heapBench();
  if (!only || only === "priorities") await priorityBench();
  if (!only || only === "import") await importBench();
  if (!only || only === "longtasks") await longTasksBench();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
