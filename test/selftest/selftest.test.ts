/**
 * The self-test's checks run in CI against the in-memory Excel. Everything it models must PASS;
 * the exceptions are listed below with the reason. The runner never touches the user's sheets,
 * removes its scratch sheets and names also when a check fails, and never skips in Office.
 */
import { createFakeExcel, FakeExcel, FakeOfficeError } from "../../src/fake-excel";
import { CHECKS, CheckStatus, ExcelRunner, SelfTestCheck } from "../../src/selftest/checks";
import {
  formatReport,
  reportLine,
  runSelfTest,
  SCRATCH_NAME_PREFIX,
  SCRATCH_SHEET_PREFIX,
} from "../../src/selftest/runner";

const runnerFor = (fake: FakeExcel): ExcelRunner => ({
  run: (batch) => fake.Excel.run(batch as never),
  runWith: (object, batch) => fake.Excel.run(object as never, batch as never),
});

/**
 * Not PASS on the in-memory Excel, and why:
 * (calc-column-autocorrect, 05, passes: the user's constant is kept; its detail reports that the
 * fake, like Excel per office-js #2093, overwrites a user's *different* formula — the add-in never
 * writes into such a column, so that answer is informational.)
 */
const NOT_PASS_ON_FAKE: Record<string, CheckStatus> = {};

/** A user's workbook: a sheet with a table, a formula, a conditional format and a name. */
function userWorkbook(): FakeExcel {
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  return fake;
}

async function fillUserSheet(fake: FakeExcel) {
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    ws.getRange("A1:B3").values = [
      ["Naam", "Getal"],
      ["a", 1],
      ["b", 2],
    ];
    const t = ws.tables.add("Blad1!A1:B3", true);
    t.name = "Gebruiker";
    ws.getRange("D1").formulas = [["=SUM(Gebruiker[Getal])"]];
    ws.getRange("F1").values = [["'=niet rekenen"]];
    const cf = ws.getRange("A2:A3").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=LEN("mijn regel")>0';
    ctx.workbook.names.add("MijnNaam", "=Blad1!$A$2");
    await ctx.sync();
  });
}

/** Everything of the user's sheet and names the self-test could touch. */
async function userState(fake: FakeExcel) {
  return fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    const used = ws.getUsedRange().load("address,formulas,values");
    const sheets = ctx.workbook.worksheets.load("items/name");
    const tables = ctx.workbook.tables.load("items/name");
    const names = ctx.workbook.names.load("items/name,items/formula");
    const cfs = ws.getRange().conditionalFormats.load("items/type");
    await ctx.sync();
    const rule = cfs.items[0].custom.rule.load("formula");
    await ctx.sync();
    return {
      sheets: sheets.items.map((s) => s.name),
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => [n.name, n.formula]),
      used: [used.address, used.formulas, used.values],
      rules: [cfs.items.length, rule.formula],
    };
  });
}

test("every check passes on the in-memory Excel but those listed; the user's sheet is left exactly as it was", async () => {
  const fake = userWorkbook();
  await fillUserSheet(fake);
  const before = await userState(fake);
  const seen: string[] = [];
  const report = await runSelfTest(runnerFor(fake), {
    inMemory: true,
    onProgress: (done, total, current) => seen.push(`${done}/${total} ${current?.id ?? "done"}`),
  });
  const statuses = Object.fromEntries(report.results.map((r) => [r.check.id, r.status]));
  const expected = Object.fromEntries(CHECKS.map((c) => [c.id, NOT_PASS_ON_FAKE[c.id] ?? "pass"]));
  // the whole report on a mismatch, so the failing detail is visible
  expect([statuses, formatReport(report)]).toEqual([expected, formatReport(report)]);
  expect(report.results).toHaveLength(16);
  expect(report.leftovers).toEqual([]);

  const detail = (id: string) => report.results.find((r) => r.check.id === id)!.detail;
  expect(detail("structured-refs")).toMatch(
    /single-bracket T\[a-b\] \(informational\): rejected \(InvalidArgument\)/,
  );
  expect(detail("calc-column-autocorrect")).toMatch(
    /constant 999: kept; user's different formula: overwritten/,
  );
  expect(detail("page-layout")).toMatch(/orientation "Landscape".*title rows/);
  expect(detail("name-and-list")).toMatch(/a structured reference\); list =INDIRECT\(.*\) accepted/);
  expect(detail("payload-4mb")).toMatch(/write of 3\.9\d MB/);

  // nothing of the self-test is left; the user's sheet, table, formula, rule and name are as before
  expect(await userState(fake)).toEqual(before);
  expect(seen[0]).toBe("0/16 structured-refs");
  expect(seen[seen.length - 1]).toBe("16/16 done");
});

test("the report: a header, then one line per check as `NN id | STATUS | detail`", async () => {
  const fake = userWorkbook();
  const report = await runSelfTest(runnerFor(fake), {
    inMemory: true,
    host: "in-memory Excel (test)",
    now: () => new Date(2026, 4, 4, 10, 20, 30),
  });
  const lines = formatReport(report).split("\n");
  expect(lines.slice(0, 5)).toEqual([
    "VTO-analyse self-test",
    "Host: in-memory Excel (test)",
    expect.stringMatching(/^Started: 2026-05-04T\d\d:20:30\.000Z \(\d+\.\d s\)$/),
    "Scratch: VTO_Zelftest_102030_01…_16, all removed",
    "Result: 16 PASS, 0 FAIL, 0 SKIP",
  ]);
  expect(lines).toHaveLength(5 + CHECKS.length);
  lines.slice(5).forEach((line, i) => {
    expect(line).toMatch(/^\d\d [a-z0-9-]+ \| (PASS|FAIL|SKIP) \| \S.*$/);
    expect(line.startsWith(`${String(i + 1).padStart(2, "0")} ${CHECKS[i].id} |`)).toBe(true);
  });
  expect(lines[5 + 4]).toMatch(/^05 calc-column-autocorrect \| PASS \| \(informational\) /);
});

test("every check has a unique id and a title and a why in Dutch and English", () => {
  expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  for (const c of CHECKS) {
    expect(c.id).toMatch(/^[a-z0-9-]+$/);
    for (const text of [c.title, c.why]) {
      expect(text.nl.length).toBeGreaterThan(5);
      expect(text.en.length).toBeGreaterThan(5);
    }
  }
});

test("a check that throws is a FAIL with the error's code; its scratch sheet, table and name are removed", async () => {
  const fake = userWorkbook();
  await fillUserSheet(fake);
  const before = await userState(fake);
  const boom: SelfTestCheck = {
    id: "boom",
    title: { nl: "Ontploft", en: "Explodes" },
    why: { nl: "Test van de opruiming", en: "Tests the clean-up" },
    async run(context, env) {
      const ws = context.workbook.worksheets.getItem(env.sheet);
      ws.getRange("A1:A2").values = [["Kop"], ["x"]];
      ws.tables.add(`${env.sheet}!A1:A2`, true).name = env.name("T");
      context.workbook.names.add(env.name("Naam"), `=${env.sheet}!$A$2`);
      await context.sync();
      throw new FakeOfficeError("InvalidArgument", "kapot");
    },
  };
  // a sync that fails half-way, as Office.js may apply what was queued before the failure
  const halfway: SelfTestCheck = {
    ...boom,
    id: "halfway",
    async run(context, env) {
      context.workbook.names.add(env.name("Eerst"), "=1");
      context.workbook.worksheets.getItem(env.sheet).getRange("B2").values = [["y"]];
      fake.failSync(1, { code: "GeneralException", applyFirst: 1 });
      await context.sync();
      return { status: "pass", detail: "never reached" };
    },
  };
  const report = await runSelfTest(runnerFor(fake), { inMemory: true, checks: [boom, halfway] });
  expect(report.results.map((r) => [r.status, r.detail])).toEqual([
    ["fail", "InvalidArgument: kapot"],
    ["fail", expect.stringMatching(/^GeneralException: /)],
  ]);
  expect(report.leftovers).toEqual([]);
  expect(await userState(fake)).toEqual(before);
});

test("in Office nothing is skipped: an API Excel lacks is a FAIL; on the in-memory Excel a SKIP", async () => {
  const missing: SelfTestCheck = {
    id: "missing",
    title: { nl: "Ontbreekt", en: "Missing" },
    why: { nl: "Test", en: "Test" },
    async run() {
      throw new FakeOfficeError("NotImplemented", "not modelled");
    },
  };
  const office = await runSelfTest(runnerFor(userWorkbook()), { inMemory: false, checks: [missing] });
  expect(office.results.map((r) => [r.status, r.detail])).toEqual([["fail", "NotImplemented: not modelled"]]);
  const preview = await runSelfTest(runnerFor(userWorkbook()), { inMemory: true, checks: [missing] });
  expect(preview.results.map((r) => r.status)).toEqual(["skip"]);
});

test("a scratch sheet or name left by an earlier run is never touched: the run takes another stamp", async () => {
  const fake = userWorkbook();
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.add(`${SCRATCH_SHEET_PREFIX}102030_01`).getRange("A1").values = [["van vroeger"]];
    ctx.workbook.names.add(`${SCRATCH_NAME_PREFIX}102030a_01_X`, "=1");
    await ctx.sync();
  });
  const check = CHECKS.find((c) => c.id === "null-leaves-cells")!;
  const report = await runSelfTest(runnerFor(fake), {
    inMemory: true,
    checks: [check],
    now: () => new Date(2026, 4, 4, 10, 20, 30),
  });
  expect(report.stamp).toBe("102030b");
  expect(reportLine(report.results[0])).toMatch(/^01 null-leaves-cells \| PASS \| /);
  const left = await fake.Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    const names = ctx.workbook.names.load("items/name");
    const old = ctx.workbook.worksheets
      .getItem(`${SCRATCH_SHEET_PREFIX}102030_01`)
      .getRange("A1")
      .load("values");
    await ctx.sync();
    return [sheets.items.map((s) => s.name), names.items.map((n) => n.name), old.values];
  });
  expect(left).toEqual([
    ["Blad1", `${SCRATCH_SHEET_PREFIX}102030_01`],
    [`${SCRATCH_NAME_PREFIX}102030a_01_X`],
    [["van vroeger"]],
  ]);
});
