/** Generating and upgrading: non-destructive, constant round trips, safe outcomes on bad input. */
import fc from "fast-check";
import { fillExample } from "../../src/excel/exampleData";
import { generate } from "../../src/excel/generate";
import { READ_BUDGET } from "../../src/excel/readAreas";
import { Book, createFakeExcel, FakeOfficeError } from "../../src/fake-excel";
import { exampleData } from "../../src/workbook/example";
import { contents, tableRows } from "../helpers/book";
import { runs } from "../helpers/slow";
import { filledWorkbook } from "../helpers/exampleBook";

const OPTS = { lang: "nl" as const, year: 2026 };
const SMALL_EXAMPLE = exampleData({ employees: 6, gapRows: 12 });
const TINY_EXAMPLE = exampleData({ employees: 6, gapRows: 5 });

/** A generated workbook; the formula engine off: these tests are about structure, not values. */
async function fresh() {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  return fake;
}

test("generate creates every sheet and table, and regenerating changes nothing", async () => {
  const fake = await fresh();
  expect(fake.book.sheets.map((s) => s.name)).toEqual([
    "Blad1",
    "Instellingen",
    "Competenties",
    "Functieprofielen",
    "Medewerkers",
    "Competentiekloof",
    "Diagnose",
    "Teammatrix",
    "Leervragen",
    "Prioriteiten",
    "Rangorde",
    "Opleidingsregister",
    "Certificaten",
    "Opleidingsplan",
    "Wettelijk opleidingsplan",
    "Opleidingsrekeningen",
    "Sociale balans",
    "Billijkheid",
    "Rapport",
  ]);
  expect(fake.book.tables.map((t) => t.name)).toEqual([
    "VTO_Settings",
    "VTO_Teams",
    "VTO_Competences",
    "VTO_Profiles",
    "VTO_ProfileMatrix",
    "VTO_Employees",
    "VTO_Gaps",
    "VTO_Diagnosis",
    "VTO_Questions",
    "VTO_Weights",
    "VTO_Priorities",
    "VTO_Ranking",
    "VTO_Training",
    "VTO_Certificates",
    "VTO_Plan",
    "VTO_PlanStatutory",
    "VTO_Accounts",
    "VTO_SocialBalance",
    "VTO_PlanQuarters",
    "VTO_PlanDays",
    "VTO_Equity",
    "VTO_EquityStaff",
  ]);
  const gaps = fake.book.findTable("VTO_Gaps")!;
  expect(gaps.sheet.validations.length).toBeGreaterThanOrEqual(6);
  expect(gaps.sheet.conditionalFormats.length).toBe(2);
  expect(gaps.sheet.frozenRows).toBe(3);
  const before = contents(fake.book);
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.createdTables).toEqual([]);
  expect(result.messages).toEqual([]);
  expect(contents(fake.book)).toEqual(before);
  expect(gaps.sheet.conditionalFormats.length).toBe(2); // not duplicated
});

test("instrument sheets come only when chosen; a later choice adds one without touching the others", async () => {
  const fake = await fresh();
  expect(fake.book.findTable("VTO_STARR")).toBeUndefined();
  const result = await fake.Excel.run((ctx) => generate(ctx as never, { ...OPTS, instruments: ["pyramid"] }));
  expect(result.createdTables).toEqual(["VTO_Pyramid"]);
  expect(fake.book.sheets.map((s) => s.name).slice(-1)).toEqual(["Competentiepiramide"]);
  // a typed answer survives adding another instrument and regenerating without any choice
  const pyramid = fake.book.findTable("VTO_Pyramid")!;
  fake.book.writeContents(
    pyramid.sheet,
    { row: pyramid.rect.row + 1, col: pyramid.rect.col + 2, rows: 1, cols: 1 },
    [["nee"]],
  );
  const again = await fake.Excel.run((ctx) =>
    generate(ctx as never, { ...OPTS, instruments: ["gilbert", "starr"] }),
  );
  expect(again.createdTables).toEqual(["VTO_STARR", "VTO_Gilbert"]);
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(fake.book.findTable("VTO_Pyramid")).toBeDefined();
  expect(tableRows(fake.book, "VTO_Pyramid")[0]["Weten"]).toBe("nee");
  // guiding questions above the STARR headers
  const starr = fake.book.findTable("VTO_STARR")!;
  const hints = Array.from({ length: starr.columns.length }, (_, c) =>
    fake.book.value(starr.sheet, starr.rect.row - 1, starr.rect.col + c),
  );
  expect(hints.filter((h) => typeof h === "string" && h.endsWith("?")).length).toBeGreaterThanOrEqual(4);
});

test("regenerate's syncs grow only by read chunks: two for the geometry, then reads of at most the budget each", async () => {
  // (regenerating reads the computed cells of every table to tell ours from a user's: the example's
  // gap register, profiles, training register and certificates take about 2.5 MB, so the reads
  // are what grows with the registers — in chunks of READ_BUDGET, each far below the 5 MB limit)
  for (const gapRows of [10, 150]) {
    const fake = createFakeExcel(new Book(false)); // syncs do not depend on computing the formulas
    fake.book.addSheet("Blad1");
    await fake.Excel.run((ctx) => fillExample(ctx as never, exampleData({ gapRows }), OPTS));
    fake.resetMetrics();
    await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
    // the reads are packed by estimate (generous), so one more chunk than the bytes need is allowed
    const reads = Math.ceil(fake.metrics.responseBytes / READ_BUDGET);
    expect(fake.metrics.syncs).toBeGreaterThanOrEqual(2 + reads);
    expect(fake.metrics.syncs).toBeLessThanOrEqual(3 + reads);
    expect(fake.metrics.maxResponseBytes).toBeLessThan(4 * 1024 * 1024);
  }
}, 60000);

test("filling an empty workbook with the example: every table appended together, more rows cost at most a read chunk", async () => {
  const counts: number[] = [];
  for (const gapRows of [10, 150]) {
    const fake = createFakeExcel(new Book(false));
    fake.book.addSheet("Blad1");
    await fake.Excel.run((ctx) => fillExample(ctx as never, exampleData({ gapRows }), OPTS));
    counts.push(fake.metrics.syncs);
  }
  // generate (3), read (3), append geometry (1), appends (1), settings and weights (3), generate
  // again (2 + its reads): one sync per table would make it 25 or more; more rows cost at most
  // one more read chunk (the second generate's, see above)
  expect(counts[0]).toBeLessThanOrEqual(16);
  expect(counts[1] - counts[0]).toBeLessThanOrEqual(1);
}, 60000);

test("property: regenerating never changes a cell a user filled in", async () => {
  const text = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      "=SUM(A1:A3)",
      "+32 470 12 34 56",
      "-",
      "@home",
      "0012",
      " 3 ",
      "3,0",
      "TRUE",
      "2024-05-01",
    ),
  );
  const value = fc.oneof(
    text,
    fc.integer({ min: -5, max: 2100 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.tuple(
          fc.constantFrom(
            "VTO_Competences",
            "VTO_Employees",
            "VTO_Gaps",
            "VTO_Teams",
            "VTO_Questions",
            "VTO_STARR",
            "VTO_Pyramid",
            "VTO_EightFields",
            "VTO_Gilbert",
            "VTO_Weights",
            "VTO_Priorities",
          ),
          fc.nat(5),
          fc.nat(12),
          value,
        ),
        {
          minLength: 1,
          maxLength: 25,
        },
      ),
      fc.boolean(),
      async (edits, overwriteComputed) => {
        // formula engine off: what is in the cells is under test, not what they compute
        const fake = await filledWorkbook(SMALL_EXAMPLE, OPTS, { engine: false });
        // the user types into input columns (and maybe over a computed cell)
        for (const [name, r, c, v] of edits) {
          const t = fake.book.findTable(name)!;
          const col = t.rect.col + (c % t.columns.length);
          const row = t.rect.row + 1 + (r % (t.rect.rows - 1));
          const typed = typeof v === "string" ? `'${v}` : v;
          if (v === "" || v === " ") continue;
          fake.book.writeContents(t.sheet, { row, col, rows: 1, cols: 1 }, [[typed]]);
        }
        if (overwriteComputed) {
          const t = fake.book.findTable("VTO_Gaps")!;
          fake.book.writeContents(t.sheet, { row: t.rect.row + 2, col: t.rect.col + 6, rows: 1, cols: 1 }, [
            [7],
          ]);
        }
        const before = contents(fake.book);
        const result = await fake.Excel.run((ctx) => generate(ctx as never, { lang: "en", year: 2030 }));
        const after = contents(fake.book);
        for (const [k, v] of before) {
          if (typeof v === "string" && v.startsWith("=")) continue; // our own formulas may be refreshed
          expect([k, after.get(k)]).toEqual([k, v]);
        }
        if (overwriteComputed) expect(result.messages.some((m) => m.kind === "keptUserCells")).toBe(true);
      },
    ),
    { numRuns: runs(15, 100) },
  );
}, 120000);

test("a workbook remembers its language: regenerating from English Office keeps Dutch", async () => {
  const fake = await fresh();
  const result = await fake.Excel.run((ctx) => generate(ctx as never, { lang: "en", year: 2026 }));
  expect(result.lang).toBe("nl");
  expect(fake.book.findSheet("Settings")).toBeUndefined();
  expect(fake.book.findTable("VTO_Gaps")!.columns.map((c) => c.name)).toContain("Kloof");
});

test("renamed sheets are found by table name", async () => {
  const fake = await fresh();
  fake.book.renameSheet(fake.book.findSheet("Competentiekloof")!, "Kloven 2026");
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.createdTables).toEqual([]);
  expect(fake.book.findSheet("Competentiekloof")).toBeUndefined();
  expect(fake.book.findTable("VTO_Gaps")!.sheet.name).toBe("Kloven 2026");
});

test("a sheet name taken by an unrelated sheet: the table goes to a new sheet, the user's sheet is untouched", async () => {
  const fake = createFakeExcel(new Book(false));
  const own = fake.book.addSheet("Competenties");
  fake.book.writeContents(own, { row: 0, col: 0, rows: 1, cols: 2 }, [["mijn lijst", 42]]);
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages).toContainEqual({
    kind: "sheetNameTaken",
    wanted: "Competenties",
    used: "Competenties (2)",
    table: "VTO_Competences",
  });
  expect(fake.book.findTable("VTO_Competences")!.sheet.name).toBe("Competenties (2)");
  expect([fake.book.value(own, 0, 0), fake.book.value(own, 0, 1)]).toEqual(["mijn lijst", 42]);
});

test("a foreign table with our name is left alone, with a clear message", async () => {
  const fake = createFakeExcel(new Book(false));
  const s = fake.book.addSheet("Data");
  fake.book.writeContents(s, { row: 0, col: 0, rows: 2, cols: 2 }, [
    ["Product", "Prijs"],
    ["a", 1],
  ]);
  const t = fake.book.addTable(s, { row: 0, col: 0, rows: 2, cols: 2 }, true);
  fake.book.renameTable(t, "VTO_Gaps");
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages).toContainEqual({ kind: "foreignTable", table: "VTO_Gaps", sheet: "Data" });
  expect(tableRows(fake.book, "VTO_Gaps")).toEqual([{ Product: "a", Prijs: 1 }]);
});

test("a workbook name that clashes with a table name is reported, not overwritten", async () => {
  const fake = createFakeExcel(new Book(false));
  const s = fake.book.addSheet("Blad1");
  fake.book.addName("VTO_Teams", "=Blad1!$A$1", "");
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages).toContainEqual({ kind: "nameClash", table: "VTO_Teams" });
  expect(fake.book.findName("VTO_Teams")!.ref!.sheet).toBe(s);
});

test("a deleted column of ours is restored at the end; the data stays", async () => {
  const fake = await filledWorkbook(TINY_EXAMPLE, OPTS);
  // the user deleted the last column ("Sleutel teammatrix"); the in-memory Excel has no column
  // delete, so the table is shrunk by hand the way Excel would leave it
  const t = fake.book.findTable("VTO_Gaps")!;
  const rowsBefore = tableRows(fake.book, "VTO_Gaps");
  const last = t.columns.length - 1;
  const name = t.columns[last].name;
  fake.book.clear(t.sheet, { row: t.rect.row, col: t.rect.col + last, rows: t.rect.rows, cols: 1 }, "All");
  t.columns.pop();
  t.rect = { ...t.rect, cols: t.rect.cols - 1 };
  fake.book.markGeometryChanged();
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.messages).toContainEqual({ kind: "columnRestored", table: "VTO_Gaps", column: name });
  const rowsAfter = tableRows(fake.book, "VTO_Gaps");
  expect(rowsAfter.map((r) => r["Huidig niveau"])).toEqual(rowsBefore.map((r) => r["Huidig niveau"]));
  expect(rowsAfter[0][name]).toBe(rowsBefore[0][name]);
});

test("a failing sync during generate leaves user data as it was and reports an Office error", async () => {
  const fake = await filledWorkbook(TINY_EXAMPLE, OPTS);
  const before = contents(fake.book);
  fake.failSync(3); // the write
  const err = await fake.Excel.run((ctx) => generate(ctx as never, OPTS)).catch((e) => e);
  expect(err).toBeInstanceOf(FakeOfficeError);
  expect((err as FakeOfficeError).code).toBe("ConnectionFailure");
  expect(contents(fake.book)).toEqual(before);
});

test("example data refuses to overwrite tables that hold data", async () => {
  const fake = await filledWorkbook(TINY_EXAMPLE, OPTS);
  const before = contents(fake.book);
  await expect(fake.Excel.run((ctx) => fillExample(ctx as never, exampleData(), OPTS))).rejects.toMatchObject(
    {
      code: "VtoTablesNotEmpty",
      tables: [
        "VTO_Teams",
        "VTO_Competences",
        "VTO_Profiles",
        "VTO_Employees",
        "VTO_Gaps",
        "VTO_Questions",
        "VTO_STARR",
        "VTO_Pyramid",
        "VTO_EightFields",
        "VTO_Gilbert",
        "VTO_Priorities",
        "VTO_Training",
        "VTO_Plan",
      ],
    },
  );
  expect(contents(fake.book)).toEqual(before);
});

test("formula-like text in the example stays text", async () => {
  const data = exampleData({ employees: 6, gapRows: 3 });
  data.employees[0].name = '=HYPERLINK("http://x")';
  data.employees[1].role = "-teamcoach";
  const fake = await filledWorkbook(data, OPTS, { engine: false });
  const rows = tableRows(fake.book, "VTO_Employees");
  expect(rows[0]["Naam of pseudoniem"]).toBe('=HYPERLINK("http://x")');
  expect(rows[1]["Functie"]).toBe("-teamcoach");
});

test("a workbook without the language name takes its language from the headers", async () => {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => generate(ctx as never, { lang: "en", year: 2026 }));
  fake.book.deleteName(fake.book.findName("VTO_Language")!);
  const result = await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect(result.lang).toBe("en");
  expect(fake.book.findName("VTO_Language")!.constant).toBe('="en"');
});

test("charts beside the ranking: created once, pointed at the whole columns as the tables grow", async () => {
  const fake = await fresh();
  const sheet = fake.book.findSheet("Rangorde")!;
  expect(sheet.charts.map((c) => [c.name, c.type])).toEqual([
    ["VTO_ChartValueForMoney", "XYScatter"],
    ["VTO_ChartRanking", "BarClustered"],
  ]);
  const column = (table: string, header: string) => {
    const t = fake.book.findTable(table)!;
    const i = t.columns.findIndex((c) => c.name === header);
    return {
      sheet: t.sheet.name,
      rect: { row: t.rect.row + 1, col: t.rect.col + i, rows: t.rect.rows - 1, cols: 1 },
    };
  };
  const data = () =>
    sheet.charts.map((c) => [
      { sheet: c.series[0].xValues!.sheet.name, rect: c.series[0].xValues!.rect },
      { sheet: c.series[0].values!.sheet.name, rect: c.series[0].values!.rect },
    ]);
  const expected = () => [
    [column("VTO_Priorities", "Nettokost (€)"), column("VTO_Priorities", "Gewogen score")],
    [column("VTO_Ranking", "Leervraag"), column("VTO_Ranking", "Gewogen score")],
  ];
  expect(data()).toEqual(expected());
  // a user restyles a chart; the example data make the tables grow; an update keeps the chart's look
  sheet.charts[0].settings.title = { text: "Mijn titel" };
  await fake.Excel.run((ctx) => fillExample(ctx as never, exampleData({ employees: 6, gapRows: 6 }), OPTS));
  expect(sheet.charts).toHaveLength(2);
  expect(sheet.charts[0].settings.title).toEqual({ text: "Mijn titel" });
  expect(fake.book.findTable("VTO_Priorities")!.rect.rows).toBe(7);
  expect(data()).toEqual(expected());
});
