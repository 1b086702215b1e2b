/**
 * Safe retry and co-authors: a failure at any sync followed by one retry gives exactly the clean
 * result; a co-author's edit landing inside an operation's window is never lost; on random
 * workbooks with user edits, regenerating changes no cell the user filled in. The formula engine
 * is off: what is in the cells is under test.
 */
import fc from "fast-check";
import { addNeeds, writeOptimum, writeWeights } from "../../src/excel/priorities";
import { addQuestions } from "../../src/excel/questions";
import { applyQuickFixes } from "../../src/excel/quickFixes";
import { fillExample } from "../../src/excel/exampleData";
import { generate } from "../../src/excel/generate";
import { restoreComputed } from "../../src/excel/restoreComputed";
import { writeByKeyInTables } from "../../src/excel/keyedWrites";
import { SPEC_BY_KEY } from "../../src/workbook/specs";
import type { FakeExcel } from "../../src/fake-excel";
import { cellAddress } from "../../src/workbook/address";
import type { GapProposal } from "../../src/domain/proposals";
import { bookState } from "../helpers/book";
import { runs, SLOW } from "../helpers/slow";

import { empty, filled, OPTS, PAYLOADS, SMALL, type, WEIGHTS } from "../helpers/ownership";

// ---- safe retry: a failure at any sync, then one retry, gives the clean result ----------------

type Op = (fake: FakeExcel) => Promise<unknown>;

async function cleanAndSyncs(
  setup: () => Promise<FakeExcel>,
  op: Op,
): Promise<{ state: string; syncs: number }> {
  const fake = await setup();
  fake.resetMetrics();
  await op(fake);
  return { state: bookState(fake.book), syncs: fake.metrics.syncs };
}

async function retryEqualsClean(setup: () => Promise<FakeExcel>, op: Op, label: string) {
  const clean = await cleanAndSyncs(setup, op);
  expect(clean.syncs).toBeGreaterThan(0);
  // every sync in the slow suite; in the fast one, every sixth (and the last) with fewer cut points
  for (let sync = 1; sync <= clean.syncs; sync++) {
    if (!SLOW && sync % 6 !== 1 && sync !== clean.syncs) continue;
    for (const applyFirst of SLOW ? [0, 1, 3, 1e9] : [0, 3]) {
      const fake = await setup();
      fake.resetMetrics();
      fake.failSync(sync, { applyFirst });
      await expect(op(fake)).rejects.toMatchObject({ code: "ConnectionFailure" });
      await op(fake);
      expect([label, sync, applyFirst, bookState(fake.book) === clean.state]).toEqual([
        label,
        sync,
        applyFirst,
        true,
      ]);
    }
  }
}

const run =
  (f: (ctx: never) => Promise<unknown>): Op =>
  (fake) =>
    fake.Excel.run((ctx) => f(ctx as never));

test("safe retry: first generation", async () => {
  await retryEqualsClean(
    () => empty(),
    run((ctx) => generate(ctx, OPTS)),
    "generate",
  );
}, 120000);

test("safe retry: example fill", async () => {
  await retryEqualsClean(
    () => empty(),
    run((ctx) => fillExample(ctx, SMALL(), OPTS)),
    "example",
  );
}, 300000);

test("safe retry: weights, optimum, added questions and needs, quick fixes, restore", async () => {
  const ids = ["LV01", "LV03"];
  await retryEqualsClean(
    () => filled(),
    run((ctx) => writeWeights(ctx, WEIGHTS)),
    "weights",
  );
  await retryEqualsClean(
    () => filled(),
    run((ctx) => writeOptimum(ctx, ids, "nl")),
    "optimum",
  );
  const proposal: GapProposal = {
    team: "Team X",
    competenceId: "C01",
    competenceName: "Nieuw",
    averageGap: 2,
    averageFutureGap: 2,
    assessed: 3,
    passes: { now: true, future: true },
  };
  await retryEqualsClean(
    () => filled(),
    run((ctx) => addQuestions(ctx, [proposal])),
    "questions",
  );
  await retryEqualsClean(
    () => filled(),
    run((ctx) => addNeeds(ctx, ["LV77"], "nl", 2026)),
    "needs",
  );
  const withText = async () => {
    const fake = await filled();
    const e = fake.book.findTable("VTO_Employees")!;
    const fteCol = e.rect.col + e.columns.findIndex((c) => c.name === "VTE");
    fake.book.writeContents(e.sheet, { row: e.rect.row + 1, col: fteCol, rows: 1, cols: 1 }, [["'0.5"]]);
    return fake;
  };
  const fake0 = await withText();
  const e = fake0.book.findTable("VTO_Employees")!;
  const fteCol = e.rect.col + e.columns.findIndex((c) => c.name === "VTE");
  const fix = {
    address: `Medewerkers!${cellAddress(e.rect.row + 1, fteCol)}`,
    expected: "0.5",
    replacement: 0.5,
  };
  await retryEqualsClean(
    withText,
    run((ctx) => applyQuickFixes(ctx, [fix])),
    "fix",
  );
  const withOverride = async () => {
    const fake = await filled();
    const g = fake.book.findTable("VTO_Gaps")!;
    type(fake, g.sheet.name, cellAddress(g.rect.row + 2, g.rect.col + 6), "=1+1");
    return fake;
  };
  await retryEqualsClean(
    withOverride,
    run((ctx) => restoreComputed(ctx, "VTO_Gaps", "Kloof")),
    "restore",
  );
}, 300000);

// ---- co-authors: an edit between any two syncs is never lost ----------------------------------

test("property: a co-author's edit landing between any two syncs of an operation is never lost", async () => {
  // each operation with the sync that reads what it will change: an edit landing after that read
  // is the co-author's and must survive; one before it is simply what the operation found (the
  // pane's click writes over it, as any later writer would). writeByKey reads the table's
  // geometry first and the cells in its second sync.
  const ops: [string, Op, number][] = [
    ["generate", run((ctx) => generate(ctx, OPTS)), 1],
    ["weights", run((ctx) => writeWeights(ctx, WEIGHTS)), 2],
    ["optimum", run((ctx) => writeOptimum(ctx, ["LV01", "LV03", "LV05"], "nl")), 2],
    [
      "questions",
      run((ctx) =>
        addQuestions(ctx, [
          {
            team: "Team X",
            competenceId: "C02",
            competenceName: "X",
            averageGap: 2,
            averageFutureGap: 2,
            assessed: 3,
            passes: { now: true, future: true },
          },
        ]),
      ),
      1,
    ],
  ];
  const tables = [
    "VTO_Weights",
    "VTO_Priorities",
    "VTO_Gaps",
    "VTO_Questions",
    "VTO_Settings",
    "VTO_Diagnosis",
  ];
  await fc.assert(
    fc.asyncProperty(
      fc.nat(ops.length - 1),
      fc.constantFrom(...tables),
      fc.nat(40),
      fc.nat(30),
      // after the operation's read, before another of its syncs: inside its window
      fc.integer({ min: 1, max: 5 }),
      fc.oneof(fc.constantFrom(...PAYLOADS), fc.integer({ min: -5, max: 99 }), fc.constant("=1+2")),
      fc.boolean(),
      async (which, tableName, r, c, after, value, below) => {
        const sync = ops[which][2] + after;
        const fake = await filled();
        const t = fake.book.findTable(tableName)!;
        const row = below ? t.rect.row + t.rect.rows + (r % 3) : t.rect.row + 1 + (r % (t.rect.rows - 1));
        const col = t.rect.col + (c % t.rect.cols);
        const typed = typeof value === "string" && !value.startsWith("=") ? `'${value}` : value;
        const expected = typeof value === "string" && !value.startsWith("=") ? value : value;
        const address = cellAddress(row, col);
        let landed = false;
        fake.beforeSync(sync, () => {
          fake.userEdit(t.sheet.name, address, [[typed]], "Remote");
          landed = true;
        });
        await ops[which][1](fake);
        if (!landed) return; // the operation took fewer syncs
        const now = fake.book.formula(t.sheet, row, col);
        expect([ops[which][0], tableName, address, sync, now]).toEqual([
          ops[which][0],
          tableName,
          address,
          sync,
          expected,
        ]);
      },
    ),
    { numRuns: runs(15, 300) },
  );
}, 300000);

// ---- random workbooks with user edits: regenerating changes no user cell ------------------------

const OUR_TABLES = [
  "VTO_Settings",
  "VTO_Teams",
  "VTO_Competences",
  "VTO_Employees",
  "VTO_Gaps",
  "VTO_Diagnosis",
  "VTO_Questions",
  "VTO_Weights",
  "VTO_Priorities",
  "VTO_Ranking",
];

type Edit =
  | { kind: "type"; table: string; r: number; c: number; v: unknown; where: "body" | "below" | "right" }
  | { kind: "matrix"; r: number; c: number; v: unknown }
  | { kind: "sort"; table: string; c: number; asc: boolean }
  | { kind: "renameSheet"; table: string }
  | { kind: "insertAbove"; table: string; n: number }
  | { kind: "userColumn"; table: string }
  | { kind: "convert" };

const value = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.integer({ min: -5, max: 2100 }),
  fc.constantFrom("=1+2", "=SUM(A1:A3)", '="x"&"y"', "=TODAY()"),
  // random text: one that starts with "=" is typed as text, as Excel refuses a formula it cannot read
  fc.string({ minLength: 1, maxLength: 6 }).map((x) => (x.startsWith("=") ? `'${x}` : x)),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      table: fc.constantFrom(...OUR_TABLES),
      r: fc.nat(60),
      c: fc.nat(20),
      v: value,
      where: fc.constantFrom("body" as const, "below" as const, "right" as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("matrix" as const), r: fc.nat(80), c: fc.nat(40), v: value }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("sort" as const),
      table: fc.constantFrom("VTO_Gaps", "VTO_Employees", "VTO_Weights", "VTO_Priorities", "VTO_Questions"),
      c: fc.nat(8),
      asc: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("renameSheet" as const),
      table: fc.constantFrom(...OUR_TABLES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insertAbove" as const),
      table: fc.constantFrom("VTO_Gaps", "VTO_Questions", "VTO_Competences", "VTO_Priorities"),
      n: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("userColumn" as const),
      table: fc.constantFrom("VTO_Gaps", "VTO_Employees", "VTO_Questions", "VTO_Priorities"),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "convert" as const }) },
);

test("property: on random workbooks with user edits, regenerating changes no cell the user filled in", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
      const fake = await filled();
      const book = fake.book;
      // structure first (it moves cells), then the typing whose positions are checked
      let renamed = 0;
      for (const e of edits) {
        if (e.kind === "sort") {
          const t = book.findTable(e.table)!;
          book.sortTable(t, e.c % t.columns.length, e.asc);
        } else if (e.kind === "renameSheet") {
          const t = book.findTable(e.table);
          if (t && !t.sheet.name.startsWith("Mijn")) book.renameSheet(t.sheet, `Mijn blad ${++renamed}`);
        } else if (e.kind === "insertAbove") {
          const t = book.findTable(e.table)!;
          book.insertCells(t.sheet, { row: 0, col: 0, rows: e.n, cols: 16384 }, "Down");
        } else if (e.kind === "userColumn") {
          const t = book.findTable(e.table)!;
          const right = { row: t.rect.row, col: t.rect.col + t.rect.cols, rows: t.rect.rows, cols: 1 };
          const free = Array.from({ length: right.rows }, (_, r) =>
            book.cell(t.sheet, right.row + r, right.col),
          ).every((c) => !c || (c.value === undefined && c.formula === undefined));
          if (free && !book.tables.some((o) => o !== t && o.sheet === t.sheet && o.rect.col === right.col))
            book.addTableColumn(t, null, "Mijn kolom", null);
        } else if (e.kind === "convert") {
          const t = book.findTable("VTO_Teams");
          if (t) book.convertTableToRange(t);
        }
      }
      const typed: { sheet: string; row: number; col: number; content: unknown }[] = [];
      for (const e of edits) {
        if (e.kind === "type") {
          const t = book.findTable(e.table);
          if (!t) continue;
          const row =
            e.where === "below"
              ? t.rect.row + t.rect.rows + (e.r % 4)
              : t.rect.row + 1 + (e.r % (t.rect.rows - 1));
          const col =
            e.where === "right" ? t.rect.col + t.rect.cols + 1 + (e.c % 3) : t.rect.col + (e.c % t.rect.cols);
          if (
            book.tables.some(
              (o) =>
                o.sheet === t.sheet &&
                o !== t &&
                row >= o.rect.row &&
                row < o.rect.row + o.rect.rows &&
                col >= o.rect.col &&
                col < o.rect.col + o.rect.cols,
            )
          )
            continue;
          const content = typeof e.v === "string" && !e.v.startsWith("=") ? `'${e.v}` : e.v;
          book.writeContents(t.sheet, { row, col, rows: 1, cols: 1 }, [[content]]);
          typed.push({ sheet: t.sheet.name, row, col, content: book.formula(t.sheet, row, col) });
        } else if (e.kind === "matrix") {
          const s =
            book.sheets.find((x) => x.name === "Teammatrix" || x.name.startsWith("Mijn blad")) &&
            book.findSheet("Teammatrix");
          if (!s) continue;
          const content = typeof e.v === "string" && !e.v.startsWith("=") ? `'${e.v}` : e.v;
          book.writeContents(s, { row: 2 + e.r, col: e.c, rows: 1, cols: 1 }, [[content]]);
          typed.push({ sheet: s.name, row: 2 + e.r, col: e.c, content: book.formula(s, 2 + e.r, e.c) });
        }
      }
      // a cell typed twice keeps its last content
      const last = new Map(typed.map((x) => [`${x.sheet}!${x.row}:${x.col}`, x]));
      await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
      for (const x of last.values()) {
        const sheet = book.findSheet(x.sheet)!;
        const now = book.formula(sheet, x.row, x.col);
        if (now === x.content) continue;
        // rows added to a table above it may have shifted it down (rows.add), never overwritten it
        const below = Array.from({ length: 40 }, (_, k) => book.formula(sheet, x.row + 1 + k, x.col));
        expect([
          x.sheet,
          x.row,
          x.col,
          x.content,
          below.includes(x.content as never) ? x.content : now,
        ]).toEqual([x.sheet, x.row, x.col, x.content, x.content]);
      }
    }),
    { numRuns: runs(20, 250) },
  );
}, 300000);

// ---- keyed writes in several tables at once ---------------------------------------------------

test("keyed writes in two tables: one plan; a co-author's sort of one table between read and write is planned again, a missing key reported", async () => {
  const fake = await filled();
  const cellByKey = (tableName: string, key: string, col: number) => {
    const t = fake.book.findTable(tableName)!;
    for (let r = t.rect.row + 1; r < t.rect.row + t.rect.rows; r++)
      if (fake.book.value(t.sheet, r, t.rect.col) === key)
        return fake.book.value(t.sheet, r, t.rect.col + col);
    return undefined;
  };
  const weightCol = SPEC_BY_KEY.weights.columns.findIndex((c) => c.key === "weight");
  const valueCol = SPEC_BY_KEY.settings.columns.findIndex((c) => c.key === "value");
  const weights = fake.book.findTable("VTO_Weights")!;
  const before = weights.rect.row;
  // syncs: 1 geometry, 2 read, 3 write: the sort lands just before the write
  fake.beforeSync(3, () => fake.book.sortTable("VTO_Weights", weightCol, false));
  const [settings, weighted] = await fake.Excel.run((ctx) =>
    writeByKeyInTables(ctx as never, [
      {
        tableName: "VTO_Settings",
        keyColumn: SPEC_BY_KEY.settings.columns[0].header,
        columns: [SPEC_BY_KEY.settings.columns[valueCol].header],
        cells: [
          { key: "organisation", column: SPEC_BY_KEY.settings.columns[valueCol].header, value: "Zorg X" },
          { key: "no_such_key", column: SPEC_BY_KEY.settings.columns[valueCol].header, value: 1 },
        ],
      },
      {
        tableName: "VTO_Weights",
        keyColumn: SPEC_BY_KEY.weights.columns[0].header,
        columns: [SPEC_BY_KEY.weights.columns[weightCol].header],
        cells: [
          { key: "efficiency", column: SPEC_BY_KEY.weights.columns[weightCol].header, value: 0.4 },
          { key: "urgency", column: SPEC_BY_KEY.weights.columns[weightCol].header, value: 0.01 },
        ],
      },
    ]),
  );
  expect(weights.rect.row).toBe(before);
  expect(cellByKey("VTO_Settings", "organisation", valueCol)).toBe("Zorg X");
  expect(cellByKey("VTO_Weights", "efficiency", weightCol)).toBe(0.4);
  expect(cellByKey("VTO_Weights", "urgency", weightCol)).toBe(0.01);
  expect(settings).toMatchObject({
    written: 1,
    missing: ["no_such_key"],
    duplicate: [],
    changedMeanwhile: [],
  });
  expect(weighted).toMatchObject({ written: 2, missing: [], changedMeanwhile: [] });
  // the moved rows needed a repair and a second round: more than the three syncs of one round
  expect(settings.syncs).toBeGreaterThan(3);
});
