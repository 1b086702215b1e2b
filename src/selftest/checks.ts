/**
 * The self-test's checks: the Office.js behaviours the add-in relies on that only a real Excel can
 * confirm. Each check does the add-in's pattern on its own scratch sheet (added and deleted by the
 * runner, see runner.ts), reads back and compares; it never touches another sheet. Tables and
 * names it adds carry a name unique to the run (`env.name`), so the runner can remove them again.
 *
 * A check returns pass/fail/skip with a one-line detail (English: the report is pasted into issues
 * whatever the pane's language). Errors it does not expect are caught by the runner and reported
 * with their `code`. `skip` is only ever returned on the in-memory Excel (`env.inMemory`), for an API
 * it does not model; in Office the same situation is a failure.
 *
 * Enum values are written as strings (`"XYScatter" as Excel.ChartType`), as src/excel/ does: the
 * in-memory Excel has no `Excel` namespace with enums.
 */
import { isMarkFormula, MARK_TAG, markFormula } from "../excel/marks";
import { cellAddress, parseRect, rectAddress, splitSheetAddress } from "../workbook/address";
import { cellInput } from "../workbook/cellText";
import { columnRef, thisRowRef } from "../workbook/formulaText";
import { jsonBytes, SYNC_BYTES } from "../workbook/plan";

export type CheckStatus = "pass" | "fail" | "skip";

export interface CheckOutcome {
  status: CheckStatus;
  /** One line, English. */
  detail: string;
}

export interface Text {
  nl: string;
  en: string;
}

/** Excel.run and Excel.run(object.context, …): the global one in Office, the fake's in tests. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  runWith<T>(
    object: { context: OfficeExtension.ClientRequestContext },
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
}

export interface CheckEnv {
  /** The scratch sheet this check works on (added for it, deleted after it). */
  sheet: string;
  /** A table or workbook name unique to this run and check, e.g. `VTO_SelfTest_153012_07_List`. */
  name(suffix: string): string;
  /** For checks that need a fresh request context (a fresh pane) or an event handler's context. */
  excel: ExcelRunner;
  /** The in-memory Excel of the tests and the preview: an API it does not model is skipped. */
  inMemory: boolean;
  /** How long to wait for an event to arrive, and for one that must not arrive (ms). */
  eventWaitMs: number;
  quietWaitMs: number;
}

export interface SelfTestCheck {
  /** Stable identifier used in the report. */
  id: string;
  title: Text;
  /** The design decision the check protects. */
  why: Text;
  /** A FAIL here is expected or tolerated (see README): it does not block a release on its own. */
  informational?: boolean;
  run(context: Excel.RequestContext, env: CheckEnv): Promise<CheckOutcome>;
}

const pass = (detail: string): CheckOutcome => ({ status: "pass", detail });
const failed = (detail: string): CheckOutcome => ({ status: "fail", detail });
const skipped = (detail: string): CheckOutcome => ({ status: "skip", detail });

/** The Office error code (`ItemNotFound`, `InvalidArgument`, …), or the error's name. */
export function errorCode(e: unknown): string {
  const err = e as { code?: unknown; name?: unknown } | null;
  if (err && typeof err.code === "string" && err.code) return err.code;
  if (err && typeof err.name === "string" && err.name) return err.name;
  return "Error";
}

/** `Code: message (at location)` on one line. */
export function describeError(e: unknown): string {
  const err = e as { message?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const message = err && typeof err.message === "string" ? err.message : String(e);
  const where = err?.debugInfo?.errorLocation ? ` (at ${String(err.debugInfo.errorLocation)})` : "";
  return oneLine(`${errorCode(e)}: ${message}${where}`);
}

export const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

const show = (v: unknown) => JSON.stringify(v);
const sheetOf = (context: Excel.RequestContext, env: CheckEnv) =>
  context.workbook.worksheets.getItem(env.sheet);
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Writes a block of headers and rows at A1 and makes it a table; returns the table's name. */
function addTable(
  context: Excel.RequestContext,
  env: CheckEnv,
  suffix: string,
  rows: (string | number | boolean)[][],
  at = { row: 0, col: 0 },
): { name: string; table: Excel.Table } {
  const ws = sheetOf(context, env);
  const rect = { row: at.row, col: at.col, rows: rows.length, cols: rows[0].length };
  // headers and text go in as text, as the add-in writes them
  ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).formulas = rows.map((r) =>
    r.map((v) => (typeof v === "string" ? cellInput(v) : v)),
  ) as unknown as string[][];
  const table = ws.tables.add(`'${env.sheet}'!${rectAddress(rect)}`, true);
  const name = env.name(suffix);
  table.name = name;
  return { name, table };
}

// ---- 1 -------------------------------------------------------------------------------------------

/** Microsoft's special characters for structured references (tab, line feed, carriage return left out), plus space and %. */
export const SPECIAL_CHARACTERS = [
  ",",
  ":",
  ".",
  "[",
  "]",
  "#",
  "'",
  '"',
  "{",
  "}",
  "$",
  "^",
  "&",
  "*",
  "+",
  "=",
  "-",
  ">",
  "<",
  "/",
  " ",
  "%",
];
/** One header per character, and two of the add-in's own. */
export const SPECIAL_HEADERS = [
  ...SPECIAL_CHARACTERS.map((c) => `a${c}b`),
  "Competentie-ID",
  "Verschil zelf - leidinggevende (%)",
];

const structuredRefs: SelfTestCheck = {
  id: "structured-refs",
  title: {
    nl: "Gestructureerde verwijzingen met speciale tekens",
    en: "Structured references with special characters",
  },
  why: {
    nl: "Formules gebruiken T[[Kolom]] en T[@[Kolom]] met ' [ ] # ontsnapt (formulaText.ts), voor elke kolomkop.",
    en: "Formulas use T[[Col]] and T[@[Col]] with ' [ ] # escaped (formulaText.ts), for every header.",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const n = SPECIAL_HEADERS.length;
    const readers = SPECIAL_HEADERS.map((_, i) => `Lees ${i + 1}`);
    const data = (r: number, i: number) => (r === 0 ? i + 1 : 100 * (i + 1));
    const { name: T } = addTable(context, env, "T", [
      [...SPECIAL_HEADERS, ...readers],
      [...SPECIAL_HEADERS.map((_, i) => data(0, i)), ...readers.map(() => "")],
      [...SPECIAL_HEADERS.map((_, i) => data(1, i)), ...readers.map(() => "")],
    ]);
    await context.sync();
    const SUM_ROW = 5; // a blank row between: not taken into the table
    const rowFormula = (h: string) => `=${thisRowRef(T, h)}`;
    const sumFormula = (h: string) => `=SUM(${columnRef(T, h)})`;
    const rejected: string[] = [];
    try {
      ws.getRangeByIndexes(1, n, 2, n).formulas = [0, 1].map(() => SPECIAL_HEADERS.map(rowFormula));
      ws.getRangeByIndexes(SUM_ROW, 0, 1, n).formulas = [SPECIAL_HEADERS.map(sumFormula)];
      await context.sync();
    } catch {
      // find out which headers Excel refuses: one header per sync
      for (const [i, h] of SPECIAL_HEADERS.entries()) {
        try {
          ws.getRangeByIndexes(1, n + i, 2, 1).formulas = [[rowFormula(h)], [rowFormula(h)]];
          ws.getRangeByIndexes(SUM_ROW, i, 1, 1).formulas = [[sumFormula(h)]];
          await context.sync();
        } catch (e) {
          rejected.push(`${show(h)} refused (${errorCode(e)})`);
        }
      }
    }
    const rowValues = ws.getRangeByIndexes(1, n, 2, n).load("values");
    const sums = ws.getRangeByIndexes(SUM_ROW, 0, 1, n).load("values");
    await context.sync();
    const wrong: string[] = [];
    SPECIAL_HEADERS.forEach((h, i) => {
      const sum = sums.values[0][i];
      if (sum !== data(0, i) + data(1, i))
        wrong.push(`${show(h)}: SUM gave ${show(sum)}, expected ${data(0, i) + data(1, i)}`);
      for (const r of [0, 1]) {
        const v = rowValues.values[r][i];
        if (v !== data(r, i))
          wrong.push(`${show(h)}: [@] in row ${r + 1} gave ${show(v)}, expected ${data(r, i)}`);
      }
    });

    // informational: the single-bracket form for a header with "-"
    let single: string;
    const probe = ws.getRangeByIndexes(SUM_ROW + 2, 0, 1, 1);
    try {
      probe.formulas = [[`=SUM(${T}[a-b])`]];
      await context.sync();
      probe.load("values,formulas");
      await context.sync();
      single = `accepted (value ${show(probe.values[0][0])}, shown back as ${show(probe.formulas[0][0])})`;
    } catch (e) {
      single = `rejected (${errorCode(e)})`;
    }
    const problems = [...rejected, ...wrong];
    const what = `${n} headers (${SPECIAL_CHARACTERS.map((c) => (c === " " ? "space" : c)).join(" ")} and 2 of the add-in's)`;
    if (problems.length)
      return failed(
        `${problems.length} problem(s) in ${what}: ${problems.slice(0, 8).join("; ")}; single-bracket ${T}[a-b]: ${single}`,
      );
    return pass(
      `${what}: =SUM(T[[h]]) and =T[@[h]] give the expected values; single-bracket T[a-b] (informational): ${single}`,
    );
  },
};

// ---- 2 -------------------------------------------------------------------------------------------

const loadBeforeWrite: SelfTestCheck = {
  id: "load-before-write",
  title: {
    nl: "Lezen vóór schrijven in één sync",
    en: "Load queued before a write in the same sync",
  },
  why: {
    nl: "Bewaakte schrijfacties (applyPlan) laden formulas en zetten formulas in één sync: de lezing moet de toestand vóór het schrijven geven.",
    en: "Guarded writes (applyPlan) load formulas and set formulas in one sync: the load must see the state before the write.",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    ws.getRange("B2").formulas = [["=1+1"]];
    await context.sync();
    // two proxies for one cell, as applyPlan has (rangeOf is called for the load and for the write)
    const pre = ws.getRange("B2").load("formulas,values");
    ws.getRange("B2").formulas = [["=2+2"]];
    await context.sync();
    const post = ws.getRange("B2").load("formulas,values");
    await context.sync();
    const before = [pre.formulas[0][0], pre.values[0][0]];
    const after = [post.formulas[0][0], post.values[0][0]];
    if (before[0] === "=1+1" && before[1] === 2 && after[0] === "=2+2" && after[1] === 4)
      return pass(`the load saw ${show(before)} (before the write), the next sync ${show(after)}`);
    return failed(
      `the load saw ${show(before)}, expected ["=1+1",2]; after the write ${show(after)}, expected ["=2+2",4]`,
    );
  },
};

// ---- 3 -------------------------------------------------------------------------------------------

const nullLeavesCells: SelfTestCheck = {
  id: "null-leaves-cells",
  title: { nl: "null laat een cel ongemoeid", en: "null leaves a cell unchanged" },
  why: {
    nl: "Schrijfplannen zetten null voor cellen die de invoegtoepassing niet bezit: een cel van de gebruiker tussen de onze blijft staan.",
    en: "Write plans put null where the add-in does not own the cell: a user's cell between ours stays as it is.",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const area = () => ws.getRange("A1:C2");
    area().formulas = [
      [1, "x", "=1+1"],
      ["keep", 5, ""],
    ] as unknown as string[][];
    await context.sync();
    area().formulas = [
      [null, "y", null],
      [null, null, "=3"],
    ] as unknown as string[][];
    await context.sync();
    area().values = [
      [7, null, null],
      [null, null, null],
    ] as unknown as string[][];
    await context.sync();
    const read = area().load("formulas");
    await context.sync();
    const expected = [
      [7, "y", "=1+1"],
      ["keep", 5, "=3"],
    ];
    if (show(read.formulas) === show(expected))
      return pass(`after formulas and values writes with nulls: ${show(read.formulas)}`);
    return failed(`got ${show(read.formulas)}, expected ${show(expected)}`);
  },
};

// ---- 4 -------------------------------------------------------------------------------------------

const appendBelowTable: SelfTestCheck = {
  id: "append-below-table",
  title: {
    nl: "Rijen onder een tabel toevoegen",
    en: "Appending rows below a table",
  },
  why: {
    nl: "Rijen worden onder de tabel geschreven (co-auteurs); Excel moet ze opnemen en de berekende kolom vullen. Staat er iets onder de tabel, dan schuift rows.add het op, zonder te overschrijven.",
    en: "Rows are written below the table (co-authoring); Excel must take them in and fill the computed column. With cells below occupied, rows.add must shift them down, never overwrite.",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const rows = [
      ["Naam", "Getal", "Dubbel"],
      ["a", 1, ""],
      ["b", 2, ""],
    ];
    // A: written below
    const a = addTable(context, env, "A", rows);
    // B: a user's cell right below the table, then rows.add (E1:G3, marker in E4)
    ws.getRange("E4").values = [["onder"]];
    const b = addTable(context, env, "B", rows, { row: 0, col: 4 });
    await context.sync();
    for (const { name } of [a, b]) {
      const calc = `=${thisRowRef(name, "Getal")}*2`;
      context.workbook.tables.getItem(name).columns.getItem("Dubbel").getDataBodyRange().formulas = [
        [calc],
        [calc],
      ];
    }
    await context.sync();

    ws.getRange("A4:B4").values = [["c", 3]];
    // as appendRows does: "" in the computed column
    context.workbook.tables.getItem(b.name).rows.add(undefined, [["d", 4, ""]]);
    await context.sync();
    const bodyA = context.workbook.tables.getItem(a.name).getDataBodyRange().load("rowCount");
    const newA = ws.getRange("C4").load("formulas,values");
    const bodyB = context.workbook.tables.getItem(b.name).getDataBodyRange().load("rowCount");
    const newB = ws.getRange("E4:G5").load("formulas,values");
    await context.sync();

    const problems: string[] = [];
    const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");
    if (bodyA.rowCount !== 3) problems.push(`written below: table has ${bodyA.rowCount} rows, expected 3`);
    if (!isFormula(newA.formulas[0][0]) || newA.values[0][0] !== 6)
      problems.push(
        `written below: computed cell holds ${show(newA.formulas[0][0])} = ${show(newA.values[0][0])}, expected the formula = 6`,
      );
    if (bodyB.rowCount !== 3) problems.push(`rows.add: table has ${bodyB.rowCount} rows, expected 3`);
    if (newB.values[0][0] !== "d")
      problems.push(`rows.add: new row holds ${show(newB.values[0][0])}, expected "d"`);
    if (newB.values[1][0] !== "onder")
      problems.push(
        `rows.add: the cell below now holds ${show(newB.values[1][0])}, expected "onder" (shifted down)`,
      );
    if (!isFormula(newB.formulas[0][2]) || newB.values[0][2] !== 8)
      problems.push(
        `rows.add with "" in the computed column: ${show(newB.formulas[0][2])} = ${show(newB.values[0][2])}, expected the formula = 8`,
      );
    if (problems.length) return failed(problems.join("; "));
    return pass(
      `written below: the table took the row in and filled ${show(newA.formulas[0][0])}; rows.add: the cell below moved down to E5, the computed column was filled`,
    );
  },
};

// ---- 5 -------------------------------------------------------------------------------------------

const calculatedColumnAutoCorrect: SelfTestCheck = {
  id: "calc-column-autocorrect",
  title: {
    nl: "AutoCorrectie van berekende kolommen",
    en: "Calculated-column AutoCorrect",
  },
  why: {
    nl: "Een berekende kolom met een cel van de gebruiker wordt helemaal niet beschreven (generatePlan, keptUserCells): Excel kan die cel overschrijven (office-js #2093). Ter informatie.",
    en: "A computed column holding a user's cell is not written at all (generatePlan, keptUserCells): Excel may overwrite that cell (office-js #2093). Informational.",
  },
  informational: true,
  async run(context, env) {
    const ws = sheetOf(context, env);
    const rows = [
      ["Getal", "Berekend"],
      [1, ""],
      [2, ""],
      [3, ""],
      [4, ""],
    ];
    const a = addTable(context, env, "A", rows);
    const b = addTable(context, env, "B", rows, { row: 0, col: 3 });
    await context.sync();
    const ours = (t: string) => `=${thisRowRef(t, "Getal")}*2`;
    const theirs = `=${thisRowRef(b.name, "Getal")}*3`;
    const colA = () => ws.getRange("B2:B5");
    const colB = () => ws.getRange("E2:E5");
    // one block each, as a user's column looks: ours, ours, a constant / their formula, blank
    colA().formulas = [[ours(a.name)], [ours(a.name)], [999], [""]] as unknown as string[][];
    colB().formulas = [[ours(b.name)], [theirs], [ours(b.name)], [""]];
    await context.sync();
    const setA = colA().load("formulas");
    const setB = colB().load("formulas");
    await context.sync();
    const setupOk =
      setA.formulas[2][0] === 999 &&
      setA.formulas[3][0] === "" &&
      String(setB.formulas[1][0]).endsWith("*3") &&
      setB.formulas[3][0] === "";
    if (!setupOk)
      return failed(
        `could not set the columns up: Excel made them ${show(setA.formulas)} and ${show(setB.formulas)}`,
      );

    // our formula into the blank cell, one cell per write, as applyPlan writes a blank computed cell
    ws.getRange("B5").formulas = [[ours(a.name)]];
    ws.getRange("E5").formulas = [[ours(b.name)]];
    await context.sync();
    const endA = colA().load("formulas");
    const endB = colB().load("formulas");
    await context.sync();
    const constantKept = endA.formulas[2][0] === 999;
    const formulaKept = String(endB.formulas[1][0]).endsWith("*3");
    const detail =
      `user's constant 999: ${constantKept ? "kept" : `replaced by ${show(endA.formulas[2][0])}`}; ` +
      `user's different formula: ${formulaKept ? "kept" : `overwritten by ${show(endB.formulas[1][0])} (office-js #2093)`}` +
      " — the add-in never writes into a computed column that holds a user's cell";
    // The add-in's safety does not depend on the second answer (it never writes into a column
    // holding a user's cell); it does rely on Excel keeping a constant beside a calculated column.
    return constantKept ? pass(detail) : failed(detail);
  },
};

// ---- 6 -------------------------------------------------------------------------------------------

export const TEXT_INPUTS = [
  "=1+1",
  "+1+1",
  "-2",
  "@SUM(A1)",
  "0012",
  "TRUE",
  "2026-01-01",
  "(123)",
  "#N/A",
  "€5",
  "1/2",
  "3e5",
  "12:30",
  "5%",
  "'quoted",
];

const textStaysText: SelfTestCheck = {
  id: "text-stays-text",
  title: { nl: "Tekst blijft tekst", en: "Text stays text" },
  why: {
    nl: "Wat gebruikers typten, wordt als tekst teruggeschreven (cellText.ts cellInput): nooit als formule, getal, datum of logische waarde.",
    en: "What users typed is written back as text (cellText.ts cellInput): never as a formula, number, date or boolean.",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const n = TEXT_INPUTS.length;
    // A: General via formulas (as applyPlan), B: General via values, C/D: the same into Text cells
    ws.getRange("A1:D1").values = [["formulas", "values", "formulas @", "values @"]];
    ws.getRangeByIndexes(1, 2, n, 2).numberFormat = TEXT_INPUTS.map(() => ["@", "@"]);
    await context.sync();
    const input = TEXT_INPUTS.map((s) => [cellInput(s)]);
    ws.getRangeByIndexes(1, 0, n, 1).formulas = input as string[][];
    ws.getRangeByIndexes(1, 1, n, 1).values = input as string[][];
    ws.getRangeByIndexes(1, 2, n, 1).formulas = input as string[][];
    ws.getRangeByIndexes(1, 3, n, 1).values = input as string[][];
    await context.sync();
    const read = ws.getRangeByIndexes(1, 0, n, 4).load("values,valueTypes");
    await context.sync();
    const columns = ["General/formulas", "General/values", "Text/formulas", "Text/values"];
    const wrong: string[] = [];
    TEXT_INPUTS.forEach((s, r) =>
      columns.forEach((col, c) => {
        const v = read.values[r][c];
        const type = read.valueTypes[r][c];
        if (v !== s || type !== "String") wrong.push(`${show(s)} (${col}) became ${show(v)} (${type})`);
      }),
    );
    if (wrong.length) return failed(`${wrong.length} of ${n * 4} cells: ${wrong.slice(0, 8).join("; ")}`);
    return pass(
      `${n} formula-like texts × 4 (General/Text cells, formulas/values) read back as the exact String`,
    );
  },
};

// ---- 7 -------------------------------------------------------------------------------------------

const namesAndLists: SelfTestCheck = {
  id: "name-and-list",
  title: {
    nl: "Naam en keuzelijst op een tabelkolom",
    en: "Name and validation list on a table column",
  },
  why: {
    nl: 'Keuzelijsten gebruiken =INDIRECT("Tabel[[Kolom]]") omdat een naam via de API een vast adres kan worden (office-js #740); de namen worden bij elke generatie opnieuw gezet.',
    en: 'Validation lists use =INDIRECT("Table[[Col]]") because a name added through the API may become a fixed address (office-js #740); the names are re-pointed on every generate.',
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const { name: T } = addTable(context, env, "T", [["Col-ID"], ["a"], ["b"], ["c"]]);
    await context.sync();
    const ref = columnRef(T, "Col-ID");
    const listName = env.name("List");
    context.workbook.names.add(listName, `=${ref}`);
    await context.sync();
    const named = context.workbook.names.getItem(listName).load("formula");
    await context.sync();
    const formula = String(named.formula);
    const structured = formula.includes("[") && formula.toLowerCase().includes(T.toLowerCase());
    const nameText = structured
      ? `name ${listName} reads back ${show(formula)} (a structured reference)`
      : `name ${listName} was turned into ${show(formula)} (office-js #740; the add-in's lists use INDIRECT instead)`;

    const source = `=INDIRECT("${ref}")`;
    let listText: string;
    let listOk = false;
    try {
      const dv = ws.getRange("C2").dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source } };
      await context.sync();
      const back = ws.getRange("C2").dataValidation.load("rule");
      await context.sync();
      const got = (back.rule as Excel.DataValidationRule).list?.source;
      const squash = (s: unknown) => String(s).replace(/\s+/g, "").toLowerCase();
      listOk = squash(got) === squash(source);
      listText = listOk
        ? `list ${source} accepted and read back`
        : `list ${source} read back as ${show(got ?? back.rule)}`;
    } catch (e) {
      listText = `list ${source} refused (${describeError(e)})`;
    }
    const detail = `${nameText}; ${listText}`;
    return structured && listOk ? pass(detail) : failed(detail);
  },
};

// ---- 8 -------------------------------------------------------------------------------------------

const conditionalFormatMarks: SelfTestCheck = {
  id: "cf-marks",
  title: {
    nl: "Markeringen terugvinden en verwijderen",
    en: "Marks found again and removed",
  },
  why: {
    nl: `Markeringen van Controleren zijn voorwaardelijke opmaak met de merktekst "${MARK_TAG}" (marks.ts): elk taakvenster vindt en verwijdert ze, regels van de gebruiker blijven.`,
    en: `The check's marks are conditional formats carrying the marker "${MARK_TAG}" (marks.ts): any pane finds and removes them; the user's rules stay.`,
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const USER_FORMULA = '=LEN("user rule")>0';
    const USER_FILL = "#C6EFCE";
    ws.getRange("B2:B4").values = [["x"], ["y"], ["z"]];
    const user = ws.getRange("B2:B4").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    user.custom.rule.formula = USER_FORMULA;
    user.custom.format.fill.color = USER_FILL;
    const mark = ws.getRange("B2:B4").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    mark.custom.rule.formula = markFormula("error");
    mark.custom.format.fill.color = "#FFC7CE";
    await context.sync();

    // a fresh Excel.run, as a pane opened later: find the rules by their formula, on this sheet only
    const rules = (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem(env.sheet).getRange().conditionalFormats;
    const read = async (ctx: Excel.RequestContext) => {
      const cfs = rules(ctx).load("items/type,items/priority");
      await ctx.sync();
      const custom = cfs.items.filter((cf) => cf.type === "Custom");
      const loaded = custom.map((cf) => ({
        cf,
        rule: cf.custom.rule.load("formula"),
        fill: cf.custom.format.fill.load("color"),
      }));
      await ctx.sync();
      return { all: cfs.items.length, custom: loaded };
    };
    const found = await env.excel.run(async (ctx) => {
      const { all, custom } = await read(ctx);
      const ours = custom.filter((c) => isMarkFormula(c.rule.formula));
      for (const c of ours) c.cf.delete();
      await ctx.sync();
      return { all, ours: ours.length, formulas: custom.map((c) => c.rule.formula) };
    });
    if (found.ours !== 1)
      return failed(
        `a fresh context found ${found.ours} marked rule(s) among ${found.all}; custom formulas read: ${show(found.formulas)}`,
      );
    const left = await env.excel.run(async (ctx) => {
      const { all, custom } = await read(ctx);
      return { all, custom: custom.map((c) => ({ formula: c.rule.formula, fill: c.fill.color })) };
    });
    const userLeft = left.custom.length === 1 && left.custom[0].formula === USER_FORMULA;
    const fillKept = userLeft && String(left.custom[0].fill).toUpperCase() === USER_FILL;
    if (left.all !== 1 || !userLeft || !fillKept)
      return failed(
        `after deleting the mark ${left.all} rule(s) remain: ${show(left.custom)}; expected only the user's ${show(USER_FORMULA)} with fill ${USER_FILL}`,
      );
    return pass(
      `the marked rule ${show(markFormula("error"))} was found from a fresh Excel.run and deleted; the user's rule on the same cells is unchanged`,
    );
  },
};

// ---- 9 -------------------------------------------------------------------------------------------

const charts: SelfTestCheck = {
  id: "chart",
  title: { nl: "Grafiek op tabelkolommen", en: "Chart on table columns" },
  why: {
    nl: "De grafieken op Rangorde worden op hele tabelkolommen gezet, geplaatst, hun reeks ingesteld en benoemd zodat ze terug te vinden zijn (applyPlan queueChart).",
    en: "The Ranking charts are added on whole table columns, positioned, their series set and named so they are found again (applyPlan queueChart).",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const { name: T } = addTable(context, env, "T", [
      ["Naam", "Score", "Kost"],
      ["a", 70, 1200],
      ["b", 55, 800],
      ["c", 90, 2500],
    ]);
    await context.sync();
    const column = (h: string) => context.workbook.tables.getItem(T).columns.getItem(h).getDataBodyRange();
    const first = "VTO_SelfTest_Chart";
    const renamed = "VTO_SelfTest_Chart_Renamed";
    const chart = ws.charts.add(
      "XYScatter" as Excel.ChartType,
      column("Score"),
      "Columns" as Excel.ChartSeriesBy,
    );
    chart.name = first;
    chart.title.text = "Zelftest";
    chart.legend.visible = false;
    chart.setPosition("F2", "M16");
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(column("Kost"));
    series.setValues(column("Score"));
    await context.sync();
    ws.charts.getItem(first).name = renamed;
    await context.sync();
    const list = ws.charts.load("items/name");
    const again = ws.charts.getItem(renamed).load("name,chartType");
    const count = ws.charts.getItem(renamed).series.getCount();
    await context.sync();
    const names = list.items.map((c) => c.name);
    // the in-memory Excel loads chartType but has no getter for it (said so in the detail, never in Office)
    const type: unknown = again.chartType;
    const typeUnread = type === undefined && env.inMemory;
    if (
      names.length !== 1 ||
      names[0] !== renamed ||
      (!typeUnread && String(type) !== "XYScatter") ||
      count.value < 1
    )
      return failed(
        `charts on the sheet ${show(names)}, type ${show(type)}, ${count.value} series; expected one XYScatter named ${renamed}`,
      );
    return pass(
      `XYScatter added on table columns, positioned F2:M16, series x/y set, renamed to ${renamed} (${count.value} series)` +
        (typeUnread ? "; chartType not readable on the in-memory Excel" : ", chartType reads back XYScatter"),
    );
  },
};

// ---- 10 ------------------------------------------------------------------------------------------

const events: SelfTestCheck = {
  id: "events",
  title: { nl: "Gebeurtenis bij een wijziging", en: "Change event" },
  why: {
    nl: "Live hercontrole reageert alleen op eigen wijzigingen (source Local) en verwijdert zijn handler via Excel.run(handler.context) (live.ts).",
    en: "Live re-check reacts to local edits only (source Local) and removes its handler through Excel.run(handler.context) (live.ts).",
  },
  async run(context, env) {
    const ws = sheetOf(context, env).load("id");
    await context.sync();
    const sheetId = ws.id;
    const heard: { source: string; address: string }[] = [];
    // added in its own Excel.run, as live.ts does
    const handler = await env.excel.run(async (ctx) => {
      const h = ctx.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        if (e.worksheetId === sheetId) heard.push({ source: String(e.source), address: e.address });
      });
      await ctx.sync();
      return h;
    });
    let removed = false;
    const remove = async () => {
      if (removed) return;
      removed = true;
      await env.excel.runWith(handler, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
    try {
      ws.getRange("C3").values = [["edit"]];
      await context.sync();
      for (let waited = 0; heard.length === 0 && waited < env.eventWaitMs; waited += 25) await wait(25);
      if (heard.length === 0)
        return failed(`no onChanged event within ${env.eventWaitMs} ms of an edit by the add-in`);
      const first = heard[0];
      await remove();
      const count = heard.length;
      ws.getRange("C4").values = [["after removal"]];
      await context.sync();
      await wait(env.quietWaitMs);
      const late = heard.length - count;
      const problems: string[] = [];
      if (first.source !== "Local") problems.push(`source was ${show(first.source)}, expected "Local"`);
      if (late > 0) problems.push(`${late} event(s) arrived after the handler was removed`);
      if (problems.length) return failed(problems.join("; "));
      return pass(
        `onChanged fired for ${first.address} with source "Local"; removed through Excel.run(handler.context), no event after that`,
      );
    } finally {
      await remove().catch(() => undefined);
    }
  },
};

// ---- 11 ------------------------------------------------------------------------------------------

const autoFilter: SelfTestCheck = {
  id: "table-autofilter",
  title: { nl: "Filter op een tabel", en: "Table AutoFilter" },
  why: {
    nl: "Genereren leest autoFilter.isDataFiltered en schrijft niet in een gefilterde tabel (rijen kunnen verborgen zijn).",
    en: "Generate reads autoFilter.isDataFiltered and does not write a filtered table's body (rows may be hidden).",
  },
  async run(context, env) {
    const { name: T } = addTable(context, env, "T", [
      ["Naam", "Getal"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    await context.sync();
    const table = () => context.workbook.tables.getItem(T);
    table().autoFilter.apply(table().getRange(), 1, {
      filterOn: "Custom" as Excel.FilterOn,
      criterion1: ">1",
    });
    await context.sync();
    const on = table().autoFilter.load("isDataFiltered");
    const hidden = table().getDataBodyRange().getRow(0).load("rowHidden");
    await context.sync();
    const filtered = [on.isDataFiltered, hidden.rowHidden];
    table().autoFilter.clearCriteria();
    await context.sync();
    const off = table().autoFilter.load("isDataFiltered");
    const shown = table().getDataBodyRange().getRow(0).load("rowHidden");
    await context.sync();
    const cleared = [off.isDataFiltered, shown.rowHidden];
    if (show(filtered) === "[true,true]" && show(cleared) === "[false,false]")
      return pass(
        "filter Getal > 1: isDataFiltered true, row 1 hidden; after clearCriteria: false, row shown",
      );
    return failed(
      `after apply: isDataFiltered, row 1 hidden = ${show(filtered)} (expected [true,true]); after clearCriteria ${show(cleared)} (expected [false,false])`,
    );
  },
};

// ---- 12 ------------------------------------------------------------------------------------------

const pageLayout: SelfTestCheck = {
  id: "page-layout",
  title: { nl: "Pagina-instelling", en: "Page layout" },
  why: {
    nl: "Elk analyseblad drukt af op A4, één pagina breed, met de kopregel op elke pagina, een koptekst en een voettekst (generate, printPlan.ts).",
    en: "Every analysis sheet prints on A4, one page wide, with its header row on every page, a header and a footer (generate, printPlan.ts).",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const layout = (ws as { pageLayout?: Excel.PageLayout }).pageLayout;
    if (!layout) {
      return env.inMemory
        ? skipped("the in-memory Excel does not model worksheet.pageLayout")
        : failed("worksheet.pageLayout is missing: this Excel does not offer ExcelApi 1.9");
    }
    ws.getRange("A1:C2").values = [
      ["Kop", "Kop", "Kop"],
      [1, 2, 3],
    ];
    layout.paperSize = "A4" as Excel.PaperType;
    layout.orientation = "Landscape" as Excel.PageOrientation;
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea("A:C");
    layout.setPrintTitleRows("$1:$1");
    layout.headersFooters.defaultForAllPages.centerHeader = "&A";
    layout.headersFooters.defaultForAllPages.centerFooter = "Pagina &P van &N";
    await context.sync();
    const again = sheetOf(context, env).pageLayout;
    const read = again.load("orientation,zoom,paperSize");
    const area = again.getPrintAreaOrNullObject().load("address");
    const titles = again.getPrintTitleRowsOrNullObject().load("address");
    const hf = again.headersFooters.defaultForAllPages.load("centerHeader,centerFooter");
    await context.sync();
    const zoom = read.zoom ?? {};
    const detail =
      `paper ${show(read.paperSize)}, orientation ${show(read.orientation)}, zoom ${show(zoom)}, print area ${area.isNullObject ? "none" : show(area.address)}, ` +
      `title rows ${titles.isNullObject ? "none" : show(titles.address)}, header ${show(hf.centerHeader)}, footer ${show(hf.centerFooter)}`;
    const ok =
      String(read.paperSize) === "A4" &&
      String(read.orientation) === "Landscape" &&
      zoom.horizontalFitToPages === 1 &&
      !area.isNullObject &&
      /A:\$?C|A\$?1:\$?C\$?1048576/i.test(area.address.replace(/\$/g, "")) &&
      !titles.isNullObject &&
      /1:\$?1|A\$?1:/i.test(titles.address.replace(/\$/g, "")) &&
      hf.centerHeader === "&A" &&
      hf.centerFooter === "Pagina &P van &N";
    return ok
      ? pass(detail)
      : failed(`${detail}; expected A4, Landscape, one page wide, A:C, row 1, &A and the footer`);
  },
};

// ---- 13 ------------------------------------------------------------------------------------------

const specialCells: SelfTestCheck = {
  id: "special-cells",
  title: { nl: "Constanten in een tabelkolom", en: "Constants in a table column" },
  why: {
    nl: "Constanten van gebruikers in een berekende kolom vinden zonder elke cel te lezen (getSpecialCellsOrNullObject, ExcelApi 1.9).",
    en: "Finding users' constants in a computed column without reading every cell (getSpecialCellsOrNullObject, ExcelApi 1.9).",
  },
  async run(context, env) {
    const { name: T } = addTable(context, env, "T", [
      ["Naam", "Waarde"],
      ["a", ""],
      ["b", ""],
      ["c", ""],
      ["d", ""],
      ["e", ""],
    ]);
    await context.sync();
    const body = () => context.workbook.tables.getItem(T).columns.getItem("Waarde").getDataBodyRange();
    body().formulas = [["=1+1"], [5], ["=2+2"], ["x"], [""]] as unknown as string[][];
    await context.sync();
    const special = body()
      .getSpecialCellsOrNullObject("Constants" as Excel.SpecialCellType)
      .load("address");
    await context.sync();
    if (special.isNullObject) return failed("no constant cells found; expected B3 and B5");
    const local = special.address
      .split(",")
      .map((a) => splitSheetAddress(a.trim()).local.replace(/\$/g, ""))
      .map((a) => (parseRect(a) ? rectAddress(parseRect(a)!) : a))
      .sort();
    const expected = [cellAddress(2, 1), cellAddress(4, 1)];
    if (show(local) === show(expected)) return pass(`Constants on the column: ${special.address}`);
    return failed(`Constants on the column: ${show(special.address)}; expected ${expected.join(",")}`);
  },
};

// ---- 14 ------------------------------------------------------------------------------------------

/** Bytes of the test write: just under the add-in's per-sync budget. */
export const PAYLOAD_TARGET = SYNC_BYTES - 64 * 1024;

const payload: SelfTestCheck = {
  id: "payload-4mb",
  title: { nl: "Schrijfactie van 4 MB", en: "A 4 MB write" },
  why: {
    nl: "Schrijfplannen worden in syncs onder 4 MB verdeeld (plan.ts SYNC_BYTES); Excel op het web weigert verzoeken boven 5 MB.",
    en: "Write plans are packed into syncs under 4 MB (plan.ts SYNC_BYTES); Excel on the web refuses requests over 5 MB.",
  },
  async run(context, env) {
    const ws = sheetOf(context, env);
    const COLS = 20;
    const text = (r: number, c: number) => `Zelftest r${r} k${c} `.padEnd(96, "abcdefghijklmnopqrstuvwxyz");
    const rowBytes = jsonBytes([Array.from({ length: COLS }, (_, c) => text(0, c))]);
    const rows = Math.floor(PAYLOAD_TARGET / rowBytes);
    const block = Array.from({ length: rows }, (_, r) => Array.from({ length: COLS }, (_, c) => text(r, c)));
    const bytes = jsonBytes(block);
    const started = Date.now();
    ws.getRangeByIndexes(0, 0, rows, COLS).values = block;
    await context.sync();
    const ms = Date.now() - started;
    const first = ws.getRangeByIndexes(0, 0, 1, 1).load("values");
    const last = ws.getRangeByIndexes(rows - 1, COLS - 1, 1, 1).load("values");
    await context.sync();
    const size = `${(bytes / 1024 / 1024).toFixed(2)} MB (${rows} × ${COLS} cells)`;
    if (first.values[0][0] !== text(0, 0) || last.values[0][0] !== text(rows - 1, COLS - 1))
      return failed(`the write of ${size} succeeded but the cells read back differ`);
    return pass(`one Range.values write of ${size} in one sync took ${ms} ms`);
  },
};

// ---- 15 ------------------------------------------------------------------------------------------

const rowsBelowUsed: SelfTestCheck = {
  id: "rows-below-used",
  title: { nl: "Vrije rijen onder een tabel, verborgen kolom", en: "Free rows below a table, hidden column" },
  why: {
    nl: "Nieuwe rijen gaan onder de tabel als daar niets staat; dat wordt gevraagd zonder de rijen te lezen (Range.getUsedRangeOrNullObject(true), ExcelApi 1.4). De sleutelkolom van Instellingen wordt verborgen (Range.columnHidden).",
    en: "New rows go below the table when nothing is there, asked without reading those rows (Range.getUsedRangeOrNullObject(true), ExcelApi 1.4). The settings' key column is hidden (Range.columnHidden).",
  },
  async run(context, env) {
    const { name: T } = addTable(context, env, "T", [
      ["Sleutel", "Label"],
      ["a", "A"],
      ["b", "B"],
    ]);
    await context.sync();
    const ws = sheetOf(context, env);
    // a fill only (no value) two rows below: still free; then a value three rows below: used
    ws.getRange("A5").format.fill.color = "#FFEB9C";
    const below = () => context.workbook.tables.getItem(T).getRange().getRowsBelow(3);
    const formatted = below().getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    ws.getRange("B6").values = [["x"]];
    const valued = below().getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    const key = context.workbook.tables.getItem(T).columns.getItem("Sleutel").getRange();
    key.columnHidden = true;
    const hidden = key.load("columnHidden");
    const label = context.workbook.tables.getItem(T).columns.getItem("Label").getRange().load("columnHidden");
    await context.sync();
    const got = [
      formatted.isNullObject,
      valued.isNullObject ? null : splitSheetAddress(valued.address).local.replace(/\$/g, ""),
      hidden.columnHidden,
      label.columnHidden,
    ];
    const want = [true, "B6", true, false];
    return show(got) === show(want)
      ? pass(`rows below: free with a fill only, ${got[1]} with a value; key column hidden, label shown`)
      : failed(`got ${show(got)}; expected ${show(want)} (free, used at B6, hidden, shown)`);
  },
};

// ---- 16 ------------------------------------------------------------------------------------------

const arrayInSumproduct: SelfTestCheck = {
  id: "array-in-sumproduct",
  title: { nl: "k-de kleinste over een tabelkolom", en: "k-th smallest over a table column" },
  why: {
    nl: "De lijsten van het Rapport nemen de k-de rij met SUMPRODUCT(SMALL(sleutel;k)) over voorwaarden op tabelkolommen, zonder dynamische matrices en zonder Ctrl+Shift+Enter (Excel 2016/2019).",
    en: "The report's lists take the k-th row with SUMPRODUCT(SMALL(key,k)) over conditions on table columns, without dynamic arrays or Ctrl+Shift+Enter (Excel 2016/2019).",
  },
  async run(context, env) {
    const { name: T } = addTable(context, env, "T", [
      ["Oordeel", "Positie"],
      ["in", 1],
      ["uit", 2],
      ["in", 3],
      ["uit", 4],
      ["in", 5],
    ]);
    await context.sync();
    const v = columnRef(T, "Oordeel");
    const p = columnRef(T, "Positie");
    const key = `(${v}="in")*${p}+(${v}<>"in")*1000`;
    const ws = sheetOf(context, env);
    ws.getRange("D1:D3").formulas = [1, 2, 3].map((k) => [
      `=MOD(SUMPRODUCT(SMALL(${key},${k})),1000)`,
    ]) as unknown as string[][];
    await context.sync();
    const got = ws.getRange("D1:D3").load("values");
    await context.sync();
    const values = got.values.map((r) => r[0]);
    return show(values) === show([1, 3, 5])
      ? pass("the rows of the 1st, 2nd and 3rd match: 1, 3, 5")
      : failed(`got ${show(values)}; expected [1,3,5]`);
  },
};

/** Every check, in report order (numbered 01–16). */
export const CHECKS: SelfTestCheck[] = [
  structuredRefs,
  loadBeforeWrite,
  nullLeavesCells,
  appendBelowTable,
  calculatedColumnAutoCorrect,
  textStaysText,
  namesAndLists,
  conditionalFormatMarks,
  charts,
  events,
  autoFilter,
  pageLayout,
  specialCells,
  payload,
  rowsBelowUsed,
  arrayInSumproduct,
];
