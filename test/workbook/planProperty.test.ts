/**
 * "Never touch a user's cell" as a property of the plain plan, checked on thousands of inputs
 * without Excel or a formula engine: a workbook is read once, then the planner's inputs are
 * mutated as users would leave them (their own values and formulas where the plan may write,
 * their own cells in computed columns, tables and names deleted), and no write of the plan may
 * claim one of those cells.
 */
import fc from "fast-check";
import { fillExample } from "../../src/excel/exampleData";
import { generate, PlanInputs, readForPlan } from "../../src/excel/generate";
import { Book, createFakeExcel } from "../../src/fake-excel";
import { exampleData } from "../../src/workbook/example";
import { ColumnScan, planGenerate, Snapshot } from "../../src/workbook/generatePlan";
import { claimedCells, opBytes, packBatches, SYNC_BYTES } from "../../src/workbook/plan";
import { headerMatches } from "../../src/workbook/lang";
import { TABLE_SPECS } from "../../src/workbook/specs";
import { runs } from "../helpers/slow";

const OPTS = { lang: "nl" as const, year: 2026 };
/** What a user typed carries this mark, so that any write over it is seen. */
const USER = "§user§";

let filled: PlanInputs;
let generated: PlanInputs;

beforeAll(async () => {
  for (const example of [true, false]) {
    const fake = createFakeExcel(new Book(false));
    fake.book.addSheet("Blad1");
    if (example)
      await fake.Excel.run((ctx) =>
        fillExample(ctx as never, exampleData({ employees: 12, gapRows: 60 }), OPTS),
      );
    else await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
    const inputs = await fake.Excel.run((ctx) => readForPlan(ctx as never, OPTS));
    if (example) filled = inputs;
    else generated = inputs;
  }
}, 60000);

function copyScans(scans: Map<string, ColumnScan>): Map<string, ColumnScan> {
  return new Map(
    [...scans].map(([k, s]) => [
      k,
      { ...s, toWrite: s.toWrite.map(([a, b]) => [a, b]), user: [...s.user], legacy: [...s.legacy] },
    ]),
  );
}

function copySnapshot(s: Snapshot): Snapshot {
  return {
    ...s,
    sheets: s.sheets.map((x) => ({ ...x })),
    tables: s.tables.map((t) => ({ ...t })),
    names: new Map(s.names),
  };
}

type Mutation =
  | { kind: "cell"; area: number; r: number; c: number }
  | { kind: "computed"; scan: number; r: number }
  | { kind: "blank"; scan: number; r: number }
  | { kind: "dropTable"; table: number }
  | { kind: "dropName"; name: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("cell" as const),
      area: fc.nat(),
      r: fc.nat(400),
      c: fc.nat(60),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("computed" as const), scan: fc.nat(), r: fc.nat(200) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("blank" as const), scan: fc.nat(), r: fc.nat(200) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropTable" as const), table: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropName" as const), name: fc.nat() }) },
);

test("property: the plan never claims a cell a user filled in (thousands of mutated workbooks)", () => {
  fc.assert(
    fc.property(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 25 }), (useFilled, mutations) => {
      const base = useFilled ? filled : generated;
      const snap = copySnapshot(base.snap);
      const store = base.store.clone();
      const scans = copyScans(base.scans);
      const areas = store.readAreas().flatMap(([sheet, rects]) => rects.map((rect) => ({ sheet, rect })));
      const scanKeys = [...scans.keys()];
      const userCells = new Set<string>();
      const userComputed = new Map<string, Set<number>>(); // scan key → rows
      for (const m of mutations) {
        if (m.kind === "cell" && areas.length) {
          const a = areas[m.area % areas.length];
          const row = a.rect.row + (m.r % a.rect.rows);
          const col = a.rect.col + (m.c % a.rect.cols);
          store.set(a.sheet, row, col, `${USER}${m.r}`);
          userCells.add(`${a.sheet}!${row}:${col}`);
        } else if ((m.kind === "computed" || m.kind === "blank") && scanKeys.length) {
          const key = scanKeys[m.scan % scanKeys.length];
          const scan = scans.get(key)!;
          const table = snap.tables.find((t) => key.startsWith(`${t.name.toLowerCase()}|`));
          if (!table) continue;
          const r = m.r % Math.max(1, table.rect.rows - 1);
          // out of the rows to write, whatever it was
          scan.toWrite = scan.toWrite.flatMap(([s0, n]) =>
            r >= s0 && r < s0 + n
              ? ([
                  [s0, r - s0],
                  [r + 1, s0 + n - r - 1],
                ].filter(([, k]) => k > 0) as [number, number][])
              : [[s0, n]],
          );
          if (m.kind === "computed") {
            scan.userCount++;
            if (scan.user.length < 20) scan.user.push(r);
            if (!userComputed.has(key)) userComputed.set(key, new Set());
            userComputed.get(key)!.add(r);
          } else if (!userComputed.get(key)?.has(r)) {
            // a blank computed cell: ours to fill, unless the column holds a user's cell
            scan.toWrite.push([r, 1]);
            scan.toWrite.sort((a, b) => a[0] - b[0]);
          }
        } else if (m.kind === "dropTable" && snap.tables.length) {
          snap.tables.splice(m.table % snap.tables.length, 1);
        } else if (m.kind === "dropName" && snap.names.size) {
          const names = [...snap.names.keys()];
          snap.names.delete(names[m.name % names.length]);
        }
      }
      const plan = planGenerate(snap, store, scans, OPTS);
      const places = (name: string) => plan.places.get(name);
      for (const op of plan.ops) {
        for (const c of claimedCells(op, places)) {
          const id = `${c.sheet.toLowerCase()}!${c.row}:${c.col}`;
          expect([id, userCells.has(id)]).toEqual([id, false]);
          // a computed cell a user filled in: never claimed
          const table = snap.tables.find(
            (t) =>
              t.sheet.toLowerCase() === c.sheet.toLowerCase() &&
              c.row > t.rect.row &&
              c.row < t.rect.row + t.rect.rows &&
              c.col >= t.rect.col &&
              c.col < t.rect.col + t.rect.cols,
          );
          if (!table) continue;
          const spec = TABLE_SPECS.find((s) => s.name.toLowerCase() === table.name.toLowerCase());
          const header = table.headers[c.col - table.rect.col];
          const column = spec?.columns.find((x) => headerMatches(header, x.header));
          if (!spec || !column?.formula) continue;
          const key = `${spec.name}|${column.key}`.toLowerCase();
          expect([
            key,
            c.row - table.rect.row - 1,
            userComputed.get(key)?.has(c.row - table.rect.row - 1) ?? false,
          ]).toEqual([key, c.row - table.rect.row - 1, false]);
          // and no write at all into a computed column that holds a user's cell
          expect([key, (scans.get(key)?.userCount ?? 0) > 0]).toEqual([key, false]);
        }
      }
      // every sync of the packed plan stays under 4 MB
      for (const batch of packBatches(plan.ops))
        expect(batch.reduce((n, op) => n + opBytes(op), 0)).toBeLessThanOrEqual(SYNC_BYTES);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? runs(150, 2000)) },
  );
});
