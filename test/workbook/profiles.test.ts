/**
 * Function profiles (issue 12, item 1): the proposal rule (most common level, ties to the higher),
 * the pane's proposal service (appended below the table only, duplicates reported), and the
 * upgrade of a workbook made before profiles existed: every typed required level is kept and
 * becomes an override, the new columns come at the table's end, the values equal the reference.
 */
import { generate } from "../../src/excel/generate";
import { addProfiles, readProfileProposals } from "../../src/excel/profiles";
import type { Book } from "../../src/fake-excel";
import { mostCommon, proposeProfiles, resolveGaps } from "../../src/domain/profiles";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { REQUIRED_SOURCE } from "../../src/workbook/lang";
import { rowFormula, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { specColumn, tableRows } from "../helpers/book";
import { verifyAgainstReference } from "../helpers/verify";
import { MATRIX } from "../../src/workbook/matrix";
import V3 from "../fixtures/gaps-v3.nl.json";
import { filledWorkbook, withEngine } from "../helpers/exampleBook";

const OPTS = { lang: "nl" as const, year: 2026 };
const TODAY = new Date(Date.UTC(2026, 10, 28));

describe("proposing profiles from the gap register", () => {
  const employees = [
    { id: "M1", role: "zorgkundige" },
    { id: "M2", role: " Zorgkundige " },
    { id: "M3", role: "zorgkundige" },
    { id: "M4", role: "verpleegkundige" },
    { id: "M5", role: "" },
  ];
  const row = (
    employeeId: string,
    competenceId: string,
    requiredNow: unknown,
    requiredAtHorizon: unknown = null,
  ) => ({
    employeeId,
    competenceId,
    requiredNow: requiredNow as number,
    requiredAtHorizon: requiredAtHorizon as number,
  });

  test("the most common level per function × competence; a tie goes to the higher level", () => {
    const proposals = proposeProfiles(
      [
        row("M1", "C01", 2),
        row("M2", "c01", 2),
        row("M3", "C01", 3), // 2 twice, 3 once: 2
        row("M1", "C02", 2),
        row("M3", "C02", 3), // a tie: 3
        row("M4", "C01", 4, 4),
        row("M5", "C01", 1), // no function: skipped
        row("X9", "C01", 1), // unknown employee: skipped
        row("M1", "C03", "3"), // text is no level: skipped
        row("M1", "C04", null), // no level: skipped
      ],
      employees,
      [],
    );
    expect(proposals).toEqual([
      {
        function: "zorgkundige",
        competenceId: "C01",
        requiredNow: 2,
        requiredAtHorizon: null,
        rows: 3,
        agreeing: 2,
      },
      {
        function: "zorgkundige",
        competenceId: "C02",
        requiredNow: 3,
        requiredAtHorizon: null,
        rows: 2,
        agreeing: 1,
      },
      {
        function: "verpleegkundige",
        competenceId: "C01",
        requiredNow: 4,
        requiredAtHorizon: null,
        rows: 1,
        agreeing: 1,
      },
    ]);
    expect(mostCommon([1, 3, 3, 1])).toBe(3);
    expect(mostCommon([0])).toBe(0);
  });

  test("at the horizon: the most common target among the rows with the chosen level (blank = that level), ties higher", () => {
    const proposals = proposeProfiles(
      [row("M1", "C01", 2, 3), row("M2", "C01", 2, null), row("M3", "C01", 2, 3), row("M4", "C01", 1, 4)],
      employees,
      [],
    );
    expect(proposals[0]).toMatchObject({ requiredNow: 2, requiredAtHorizon: 3 });
    const tie = proposeProfiles([row("M1", "C01", 2, 3), row("M2", "C01", 2, null)], employees, []);
    expect(tie[0]).toMatchObject({ requiredNow: 2, requiredAtHorizon: 3 });
    const same = proposeProfiles([row("M1", "C01", 2, 2), row("M2", "C01", 2, null)], employees, []);
    expect(same[0]).toMatchObject({ requiredNow: 2, requiredAtHorizon: null });
  });

  test("a function × competence with a profile row is not proposed again", () => {
    const existing = [
      { function: "ZORGKUNDIGE ", competenceId: "C01", requiredNow: 1, requiredAtHorizon: null },
    ];
    expect(
      proposeProfiles([row("M1", "C01", 2), row("M1", "C02", 2)], employees, existing).map(
        (p) => p.competenceId,
      ),
    ).toEqual(["C02"]);
  });
});

/** A small example as a workbook made before profiles would hold it: every required level typed, no profiles. */
function typedData(): ExampleData {
  const data = exampleData({ employees: 8, gapRows: 40, year: 2026, today: TODAY });
  return { ...data, gaps: resolveGaps(data.gaps, data.employees, data.profiles ?? []), profiles: [] };
}

const columnOf = (book: Book, key: TableKey, column: string) => specColumn(book, key, column);

test("a workbook made before profiles: typed required levels are kept and shown as overrides; the new columns come at the end", async () => {
  const data = typedData();
  // the earlier version is rebuilt and regenerated with the engine off; the result computes after
  let fake = await filledWorkbook(data, OPTS, { engine: false });
  let book = fake.book;
  // back to the earlier version: no profiles sheet, no new columns, the earlier formulas
  const profiles = book.findTable("VTO_Profiles")!;
  const profileSheet = profiles.sheet;
  book.deleteTable(profiles);
  book.deleteSheet(profileSheet);
  for (const [key, headers] of [
    ["gaps", V3.gapHeaders],
    ["employees", V3.employeeHeaders],
  ] as const) {
    const t = book.findTable(SPEC_BY_KEY[key].name)!;
    const added = t.columns.map((c, i) => ({ name: c.name, i })).filter((c) => !headers.includes(c.name));
    for (const c of added.reverse())
      book.deleteCells(
        t.sheet,
        { row: t.rect.row, col: t.rect.col + c.i, rows: t.rect.rows, cols: 1 },
        "Left",
      );
    expect(book.findTable(SPEC_BY_KEY[key].name)!.columns.map((c) => c.name)).toEqual(
      headers.filter((h) => t.columns.some((c) => c.name === h)),
    );
  }
  const gaps = book.findTable("VTO_Gaps")!;
  for (const [column, formula] of Object.entries(V3.gaps)) {
    const c = columnOf(book, "gaps", column);
    for (let r = 0; r < gaps.rect.rows - 1; r++)
      book.writeContents(gaps.sheet, { row: gaps.rect.row + 1 + r, col: c, rows: 1, cols: 1 }, [
        [rowFormula(formula, r, gaps.rect.row, (k, col) => columnOf(book, k, col))],
      ]);
  }
  const typedBefore = tableRows(book, "VTO_Gaps").map((r) => [
    r["Vereist niveau nu"],
    r["Vereist niveau horizon"],
  ]);

  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages.filter((m) => m.kind === "keptUserCells")).toEqual([]);
  expect(result.createdTables).toContain("VTO_Profiles");
  fake = withEngine(fake);
  book = fake.book;
  const rows = tableRows(book, "VTO_Gaps");
  // every typed level is where it was, and now an override; the new columns are the table's last
  expect(rows.map((r) => [r["Vereist niveau nu"], r["Vereist niveau horizon"]])).toEqual(typedBefore);
  expect(new Set(rows.map((r) => r["Bron vereist niveau"]))).toEqual(new Set([REQUIRED_SOURCE.override.nl]));
  const headers = book.findTable("VTO_Gaps")!.columns.map((c) => c.name);
  expect(headers.slice(0, V3.gapHeaders.length)).toEqual(V3.gapHeaders);
  expect(headers.slice(V3.gapHeaders.length)).toEqual(
    expect.arrayContaining([
      "Functie",
      "Profielrij",
      "Bron vereist niveau",
      "Geldend niveau nu",
      "Geldend niveau horizon",
    ]),
  );
  const matrix = book.findSheet(MATRIX.sheet.nl)!;
  const wb = {
    table: (name: string) => tableRows(book, name),
    matrix: (r: number, c: number) => book.value(matrix, r, c),
  };
  verifyAgainstReference(wb, data);

  // the pane proposes the profiles the typed levels agree on, and writes them only below the table
  const proposed = await fake.Excel.run((ctx) => readProfileProposals(ctx as never));
  expect(proposed.proposals.length).toBeGreaterThan(0);
  expect(proposed.covered).toBe(0);
  const added = await fake.Excel.run((ctx) => addProfiles(ctx as never, proposed.proposals));
  expect(added).toEqual({ added: proposed.proposals.length, duplicates: [] });
  const written = tableRows(book, "VTO_Profiles");
  expect(written).toHaveLength(proposed.proposals.length);
  const withProfiles: ExampleData = {
    ...data,
    profiles: proposed.proposals.map((p) => ({
      function: p.function,
      competenceId: p.competenceId,
      requiredNow: p.requiredNow,
      requiredAtHorizon: p.requiredAtHorizon,
    })),
  };
  // the typed levels still rule (overrides), and every value equals the reference with the profiles
  verifyAgainstReference(wb, withProfiles);
  // asking again: nothing new; adding the same again: every one a duplicate, nothing written
  expect((await fake.Excel.run((ctx) => readProfileProposals(ctx as never))).proposals).toEqual([]);
  const again = await fake.Excel.run((ctx) => addProfiles(ctx as never, proposed.proposals.slice(0, 2)));
  expect(again.added).toBe(0);
  expect(again.duplicates).toHaveLength(2);
  expect(tableRows(book, "VTO_Profiles")).toEqual(written);

  // clearing typed levels that equal the profile: the row now reads the profile, its gaps stay
  const now = tableRows(book, "VTO_Gaps");
  const i = now.findIndex((r) => {
    const p = proposed.proposals.find(
      (x) =>
        x.function === r["Functie"] &&
        x.competenceId.toLowerCase() === String(r["Competentie-ID"]).toLowerCase(),
    );
    const horizon = r["Vereist niveau horizon"] === "" ? r["Vereist niveau nu"] : r["Vereist niveau horizon"];
    return (
      !!p && r["Vereist niveau nu"] === p.requiredNow && horizon === (p.requiredAtHorizon ?? p.requiredNow)
    );
  });
  expect(i).toBeGreaterThanOrEqual(0);
  const g = book.findTable("VTO_Gaps")!;
  for (const column of ["requiredNow", "requiredAtHorizon"])
    book.clear(
      g.sheet,
      { row: g.rect.row + 1 + i, col: columnOf(book, "gaps", column), rows: 1, cols: 1 },
      "Contents",
    );
  book.evaluate();
  const after = tableRows(book, "VTO_Gaps")[i];
  expect(after["Bron vereist niveau"]).toBe(REQUIRED_SOURCE.profile.nl);
  expect([after["Kloof"], after["Toekomstige kloof"]]).toEqual([
    now[i]["Kloof"],
    now[i]["Toekomstige kloof"],
  ]);
}, 120000);

test("an English workbook: the source column and the function list speak English", async () => {
  const data = exampleData({ employees: 6, gapRows: 12, year: 2026, today: TODAY, lang: "en" });
  const fake = await filledWorkbook(data, { lang: "en", year: 2026 }, { sheet: "Sheet1" });
  const rows = tableRows(fake.book, "VTO_Gaps");
  expect(new Set(rows.map((r) => r["Required level source"]))).toEqual(
    new Set(rows.map((_, i) => (data.gaps[i].requiredNow === null ? "function profile" : "override"))),
  );
  const list = tableRows(fake.book, "VTO_Profiles")
    .map((r) => r["Function list"])
    .filter((v) => v !== "");
  expect(list).toEqual(["care assistant", "nurse", "support worker", "facilities assistant", "team coach"]);
}, 120000);
