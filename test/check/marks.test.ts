/**
 * Marks of the check panel: findable from any pane by their marker, removable without touching the
 * user's own conditional formats, in few syncs that stay far below Excel's request limit.
 */
import fc from "fast-check";
import { runCheck } from "../../src/excel/check";
import { fillExample } from "../../src/excel/exampleData";
import {
  addMarks,
  countMarks,
  isMarkFormula,
  MARK_STYLE,
  MarkTarget,
  markFormula,
  markSeverity,
  MAX_ADDRESS_CHARS,
  planMarks,
  refreshMarks,
  removeMarks,
} from "../../src/excel/marks";
import { Book, createFakeExcel, FakeExcel } from "../../src/fake-excel";
import type { ConditionalFormatState, SheetState } from "../../src/fake-excel/book";
import { cellAddress, parseRect, quoteSheetName, rectContains } from "../../src/workbook/address";
import { exampleData } from "../../src/workbook/example";

const FOUR_MB = 4 * 1024 * 1024;

type Rule = { formula?: string };
const formulaOf = (cf: ConditionalFormatState) =>
  (cf.settings.custom as { rule?: Rule } | undefined)?.rule?.formula;
const marksOf = (sheet: SheetState) => sheet.conditionalFormats.filter((cf) => isMarkFormula(formulaOf(cf)));
const userRulesOf = (sheet: SheetState) =>
  structuredClone(sheet.conditionalFormats.filter((cf) => !isMarkFormula(formulaOf(cf))));

/** Which cells the marks cover, with the severity of the (highest-priority) mark. */
function marked(sheet: SheetState): Map<string, string> {
  const out = new Map<string, string>();
  for (const cf of marksOf(sheet)) {
    for (const a of cf.areas) {
      for (let r = a.row; r < a.row + a.rows; r++) {
        for (let c = a.col; c < a.col + a.cols; c++) {
          const key = cellAddress(r, c);
          if (!out.has(key)) out.set(key, markSeverity(formulaOf(cf))!);
        }
      }
    }
  }
  return out;
}

function book(...sheets: string[]): FakeExcel {
  const fake = createFakeExcel();
  for (const s of sheets) fake.book.addSheet(s);
  return fake;
}

/** Cells in a checkerboard, so that no two of them merge into one area: the worst case for addresses. */
function checkerboard(
  sheet: string,
  count: number,
  severity: (i: number) => MarkTarget["severity"],
  firstCol = 0,
) {
  const out: MarkTarget[] = [];
  for (let i = 0; out.length < count; i++) {
    const row = Math.floor(i / 10);
    const col = i % 10;
    if ((row + col) % 2) continue;
    out.push({
      address: `${quoteSheetName(sheet)}!${cellAddress(row, firstCol + col)}`,
      severity: severity(out.length),
    });
  }
  return out;
}

async function addUserRules(fake: FakeExcel, sheet: string) {
  await fake.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const mine = ws.getRange("B2:B40").conditionalFormats.add("Custom");
    mine.custom.rule.formula = "=$B2>1";
    mine.custom.format.fill.color = "#123456";
    const flag = ws.getRange("D2:D40").conditionalFormats.add("ContainsText");
    flag.textComparison.rule = { operator: "Contains", text: "x" };
    ws.getRange("A2:A40").conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue", color: "#FFFFFF" },
      maximum: { type: "HighestValue", color: "#00FF00" },
    };
    await ctx.sync();
  });
}

describe("planning", () => {
  test("runs in a column and equal runs in neighbouring columns become one area", () => {
    const cells = ["F4", "F5", "F6", "G4", "G5", "G6", "H9", "B2", "B3"].map((a) => ({
      address: `Blad1!${a}`,
      severity: "error" as const,
    }));
    const plan = planMarks(cells);
    expect(plan.rules.map((r) => r.address)).toEqual(["B2:B3,F4:G6,H9"]);
    expect(plan.marked).toBe(9);
  });

  test("every cell is covered exactly once, by one rule per sheet and severity, addresses within the limit", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sheet: fc.constantFrom("Blad1", "Blad 2"),
            row: fc.integer({ min: 0, max: 60 }),
            col: fc.integer({ min: 0, max: 8 }),
            severity: fc.constantFrom("error" as const, "warning" as const),
          }),
          { maxLength: 400 },
        ),
        fc.integer({ min: 40, max: 300 }),
        (cells, maxAddressChars) => {
          const targets = cells.map((c) => ({
            address: `${quoteSheetName(c.sheet)}!${cellAddress(c.row, c.col)}`,
            severity: c.severity,
          }));
          const plan = planMarks(targets, { maxAddressChars });
          const want = new Map<string, string>();
          for (const c of cells) {
            const k = `${c.sheet}!${cellAddress(c.row, c.col)}`;
            if (want.get(k) !== "error") want.set(k, c.severity);
          }
          const got = new Map<string, string>();
          for (const rule of plan.rules) {
            expect(rule.address.length).toBeLessThanOrEqual(maxAddressChars);
            for (const part of rule.address.split(",")) {
              const r = parseRect(part)!;
              for (let row = r.row; row < r.row + r.rows; row++) {
                for (let col = r.col; col < r.col + r.cols; col++) {
                  const k = `${rule.sheet}!${cellAddress(row, col)}`;
                  expect(got.has(k)).toBe(false);
                  got.set(k, rule.severity);
                }
              }
            }
          }
          expect(got).toEqual(want);
          expect(plan.marked).toBe(want.size);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("cells on sheets the workbook does not have are counted as not marked", () => {
    const plan = planMarks(
      [
        { address: "Blad1!A1", severity: "error" },
        { address: "Weg!A1", severity: "error" },
        { address: "blad1!A2", severity: "warning" },
      ],
      { sheets: ["Blad1"] },
    );
    expect([plan.marked, plan.notMarked]).toEqual([2, 1]);
    expect(plan.rules.map((r) => [r.sheet, r.address])).toEqual([
      ["Blad1", "A1"],
      ["Blad1", "A2"],
    ]);
  });
});

test("20,000 marked cells: every sync far below 4 MB, a constant number of syncs, all cells covered", async () => {
  const fake = book("Blad1");
  const targets = checkerboard("Blad1", 20000, (i) => (i % 3 ? "warning" : "error"));
  const plan = planMarks(targets, { limit: 20000 });
  expect(plan.rules.every((r) => r.address.length <= MAX_ADDRESS_CHARS)).toBe(true);
  expect(plan.rules.length).toBeGreaterThan(50); // 20,000 separate areas

  fake.resetMetrics();
  const result = await fake.Excel.run((ctx) => addMarks(ctx as never, targets, { limit: 20000 }));
  expect(result).toMatchObject({ marked: 20000, notMarked: 0, rules: plan.rules.length, removed: 0 });
  // sheets, rule types (no custom rules yet: no formulas to read), then ≤ 1 MB of rules per sync
  expect(fake.metrics.syncs).toBe(2 + plan.syncs.length);
  expect(plan.syncs.length).toBeLessThanOrEqual(3);
  expect(fake.metrics.maxRequestBytes).toBeLessThan(FOUR_MB / 3);
  const cells = marked(fake.book.findSheet("Blad1")!);
  expect(cells.size).toBe(20000);
  expect(cells.get("A1")).toBe("error");
  expect(cells.get("C1")).toBe("warning");

  // removal from another pane: sheets, types, formulas and areas, then 25 rules per sync
  fake.resetMetrics();
  const removed = await fake.Excel.run((ctx) => removeMarks(ctx as never));
  expect(removed).toEqual({ removed: plan.rules.length, remaining: 0, foreign: 0 });
  expect(fake.metrics.syncs).toBe(3 + Math.ceil(plan.rules.length / 25));
  expect(fake.metrics.maxRequestBytes).toBeLessThan(FOUR_MB / 3);
  expect(fake.metrics.maxResponseBytes).toBeLessThan(FOUR_MB / 3);
  expect(fake.book.findSheet("Blad1")!.conditionalFormats).toEqual([]);
});

test("at most 5,000 cells are marked per run, errors first; the result says how many were not", async () => {
  const fake = book("Blad1");
  const targets = checkerboard("Blad1", 20000, (i) => (i >= 17000 ? "error" : "warning"));
  const result = await fake.Excel.run((ctx) => addMarks(ctx as never, targets));
  expect(result).toMatchObject({ marked: 5000, errors: 3000, warnings: 2000, notMarked: 15000, limit: 5000 });
  const cells = marked(fake.book.findSheet("Blad1")!);
  expect(cells.size).toBe(5000);
  expect([...cells.values()].filter((s) => s === "error")).toHaveLength(3000);
  // every error is among them
  for (const t of targets.slice(17000)) expect(cells.get(t.address.split("!")[1])).toBe("error");
});

test("a fresh pane finds the marks and removes them all; nothing is remembered in between", async () => {
  const fake = book("Blad1", "Mijn blad");
  await fake.Excel.run((ctx) =>
    addMarks(ctx as never, [
      { address: "Blad1!B3", severity: "error" },
      { address: "'Mijn blad'!C4", severity: "warning" },
      { address: "'Mijn blad'!C5", severity: "warning" },
    ]),
  );
  // another Excel.run, as after switching panels or reopening the pane
  expect(await fake.Excel.run((ctx) => countMarks(ctx as never))).toBe(2);
  const removed = await fake.Excel.run((ctx) => removeMarks(ctx as never));
  expect(removed).toEqual({ removed: 2, remaining: 0, foreign: 0 });
  expect(await fake.Excel.run((ctx) => countMarks(ctx as never))).toBe(0);
  expect(fake.book.sheets.flatMap((s) => s.conditionalFormats)).toEqual([]);
});

test("the user's conditional formats on the same cells survive adding, refreshing and removing, unchanged", async () => {
  const fake = book("Blad1");
  await addUserRules(fake, "Blad1");
  const targets: MarkTarget[] = [
    { address: "Blad1!B3", severity: "error" },
    { address: "Blad1!A4", severity: "warning" },
    { address: "Blad1!D5", severity: "warning" },
  ];
  await fake.Excel.run((ctx) => addMarks(ctx as never, targets));
  // a rule the user adds while the marks are on goes above them
  await fake.Excel.run(async (ctx) => {
    const late = ctx.workbook.worksheets.getItem("Blad1").getRange("B2:B5").conditionalFormats.add("Custom");
    late.custom.rule.formula = "=B2=0";
    late.custom.format.font.italic = true;
    await ctx.sync();
  });
  const sheet = fake.book.findSheet("Blad1")!;
  const before = userRulesOf(sheet);
  expect(before).toHaveLength(4);
  expect(marksOf(sheet)).toHaveLength(2);

  await fake.Excel.run((ctx) => addMarks(ctx as never, targets.slice(1))); // again: replaces ours
  expect(marksOf(sheet)).toHaveLength(1);
  expect(userRulesOf(sheet)).toEqual(before);
  const removed = await fake.Excel.run((ctx) => removeMarks(ctx as never));
  expect(removed).toEqual({ removed: 1, remaining: 0, foreign: 0 });
  expect(sheet.conditionalFormats).toEqual(before);
});

test("a mark deleted by the user meanwhile does not make removal fail, nor take another rule along", async () => {
  const fake = book("Blad1", "Blad 2");
  await addUserRules(fake, "Blad1");
  // on the second sheet, right below the marks: a custom rule of the user on other cells
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets
      .getItem("Blad 2")
      .getRange("Z1:Z5")
      .conditionalFormats.add("Custom").custom.rule.formula = "=Z1<0";
    await ctx.sync();
  });
  await fake.Excel.run((ctx) =>
    addMarks(ctx as never, [
      { address: "Blad1!B3", severity: "error" },
      { address: "Blad1!B4", severity: "warning" },
      { address: "'Blad 2'!C3", severity: "error" },
      { address: "'Blad 2'!C9", severity: "warning" },
    ]),
  );
  const sheets = ["Blad1", "Blad 2"].map((n) => fake.book.findSheet(n)!);
  const users = sheets.map(userRulesOf);
  expect(sheets.map((s) => marksOf(s).length)).toEqual([2, 2]);

  // between reading the rules (syncs 1–3) and deleting them (4): the user deletes a mark on each sheet
  fake.resetMetrics();
  fake.beforeSync(4, () => {
    for (const s of sheets) s.conditionalFormats.splice(s.conditionalFormats.indexOf(marksOf(s)[0]), 1);
  });
  const removed = await fake.Excel.run((ctx) => removeMarks(ctx as never));
  expect(removed).toEqual({ removed: 2, remaining: 0, foreign: 0 });
  expect(fake.metrics.syncs).toBeGreaterThan(4); // it read the rules again
  expect(sheets.map((s) => s.conditionalFormats)).toEqual(users);
});

test("a rule that cannot be read is not taken for a mark, and the others are still found", async () => {
  const fake = book("Blad1");
  await addUserRules(fake, "Blad1");
  await fake.Excel.run((ctx) => addMarks(ctx as never, [{ address: "Blad1!C3", severity: "error" }]));
  fake.resetMetrics();
  fake.failSync(3, { code: "GeneralException" }); // reading formulas and areas of the custom rules
  expect(await fake.Excel.run((ctx) => countMarks(ctx as never))).toBe(1);
});

const GAPS = "Competentiekloof";

async function checked() {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) =>
    fillExample(ctx as never, exampleData({ employees: 6, gapRows: 6, year: 2026 }), {
      lang: "nl",
      year: 2026,
    }),
  );
  return fake;
}

const check = (fake: FakeExcel) =>
  fake.Excel.run((ctx) => runCheck(ctx as never, { today: new Date(Date.UTC(2026, 10, 28)) }));

test("after a re-check, corrected cells are no longer marked; a sheet without findings keeps no mark", async () => {
  const fake = await checked();
  fake.userEdit(GAPS, "F4", [["'3"]]); // a number as text: an error
  fake.userEdit(GAPS, "A6", [["M999"]]); // an unknown employee: an error
  const first = await check(fake);
  const sheet = fake.book.findSheet(GAPS)!;
  const users = userRulesOf(sheet);
  await fake.Excel.run((ctx) => addMarks(ctx as never, first.findings));
  const at = (a: string) => marked(sheet).get(a);
  expect([at("F4"), at("A6")]).toEqual(["error", "error"]);

  fake.userEdit(GAPS, "F4", [[3]]);
  const second = await check(fake);
  const refreshed = await fake.Excel.run((ctx) => refreshMarks(ctx as never, second.findings));
  expect(refreshed!.removed).toBeGreaterThan(0);
  expect(refreshed!.marked).toBe(new Set(second.findings.map((f) => f.address)).size);
  expect([at("F4"), at("A6")]).toEqual([undefined, "error"]);

  fake.userEdit(GAPS, "A6", [["M001"]]);
  const third = await check(fake);
  const none = third.findings.filter((f) => f.sheet === GAPS);
  expect(none).toEqual([]);
  await fake.Excel.run((ctx) => refreshMarks(ctx as never, third.findings));
  expect(marksOf(sheet)).toEqual([]);
  expect(userRulesOf(sheet)).toEqual(users);
  // without marks (switched off), a re-check writes nothing
  await fake.Excel.run((ctx) => removeMarks(ctx as never));
  const before = structuredClone(fake.book.sheets.map((s) => s.conditionalFormats));
  expect(await fake.Excel.run((ctx) => refreshMarks(ctx as never, third.findings))).toBeNull();
  expect(fake.book.sheets.map((s) => s.conditionalFormats)).toEqual(before);
});

test("errors and warnings are marked differently, not by colour alone; a cell with both is marked as an error", async () => {
  const fake = book("Blad1");
  await fake.Excel.run((ctx) =>
    addMarks(ctx as never, [
      { address: "Blad1!B2", severity: "warning" },
      { address: "Blad1!B2", severity: "error" },
      { address: "Blad1!B3", severity: "warning" },
    ]),
  );
  const sheet = fake.book.findSheet("Blad1")!;
  const bySeverity = Object.fromEntries(marksOf(sheet).map((cf) => [markSeverity(formulaOf(cf)), cf]));
  expect(bySeverity.error.areas).toEqual([parseRect("B2")]);
  expect(bySeverity.warning.areas).toEqual([parseRect("B3")]);
  expect(formulaOf(bySeverity.error)).toBe(markFormula("error"));
  expect(formulaOf(bySeverity.warning)).toBe(markFormula("warning"));
  const format = (cf: ConditionalFormatState) =>
    (cf.settings.custom as { format: Record<string, unknown> }).format;
  expect(format(bySeverity.error)).toEqual({
    fill: { color: MARK_STYLE.error.fill },
    font: { color: MARK_STYLE.error.font, bold: true },
    borders: Object.fromEntries(
      ["top", "bottom", "left", "right"].map((e) => [
        e,
        { style: "Continuous", color: MARK_STYLE.error.border },
      ]),
    ),
  });
  expect(format(bySeverity.warning)).toEqual({
    fill: { color: MARK_STYLE.warning.fill },
    font: { color: MARK_STYLE.warning.font },
  });
  // the rule is valid Excel and TRUE in every cell it covers
  const evaluated = createFakeExcel();
  const s = evaluated.book.addSheet("S");
  expect(evaluated.book.constantFormulaValue(s, markFormula("error"))).toBe(true);
  expect(evaluated.book.constantFormulaValue(s, markFormula("warning"))).toBe(true);
  expect(rectContains(bySeverity.error.areas[0], 1, 1)).toBe(true);
});

test("a sync that fails while adding leaves marks that a retry replaces by exactly those of a clean run", async () => {
  const targets = [
    ...checkerboard("Blad1", 300, () => "error" as const),
    ...checkerboard("Blad1", 300, () => "warning" as const, 20),
  ];
  const clean = book("Blad1");
  await clean.Excel.run((ctx) => addMarks(ctx as never, targets));

  const fake = book("Blad1");
  // the first rule is applied, then an add fails (as when the sheet vanished): the sync fails
  fake.failSync(3, { applyFirst: 13 });
  await expect(fake.Excel.run((ctx) => addMarks(ctx as never, targets))).rejects.toMatchObject({
    code: "ConnectionFailure",
  });
  expect(marksOf(fake.book.findSheet("Blad1")!)).toHaveLength(1);
  const retry = await fake.Excel.run((ctx) => addMarks(ctx as never, targets));
  expect(retry.removed).toBe(1);
  const strip = (s: SheetState) =>
    s.conditionalFormats.map(({ areas, type, settings }) => ({ areas, type, settings }));
  expect(strip(fake.book.findSheet("Blad1")!)).toEqual(strip(clean.book.findSheet("Blad1")!));
});
