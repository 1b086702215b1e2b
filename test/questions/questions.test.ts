/** The learning-question services against the in-memory Excel: counts, proposals, causes. */
import { proposeFromGaps } from "../../src/domain/proposals";
import { resolveGaps } from "../../src/domain/profiles";
import { countVerdicts } from "../../src/domain/questions";
import { generate } from "../../src/excel/generate";
import {
  addQuestions,
  applyCauses,
  MissingTablesError,
  proposeQuestions,
  readOverview,
  suggestCauses,
} from "../../src/excel/questions";
import { createFakeExcel, FakeOfficeError } from "../../src/fake-excel";
import { exampleData } from "../../src/workbook/example";
import { contents, tableRows } from "../helpers/book";
import { filledWorkbook } from "../helpers/exampleBook";
import { SETTINGS } from "../helpers/verify";

const OPTS = { lang: "nl" as const, year: 2026 };

// a small staff keeps the gap formulas quick; questions and instrument records are the full example's
const DATA = exampleData({ employees: 8, year: 2026 });
async function example() {
  return { fake: await filledWorkbook(DATA, OPTS), data: DATA };
}

test("the overview counts the verdicts the sheet shows and lists the instrument sheets", async () => {
  const { fake, data } = await example();
  const overview = await fake.Excel.run((ctx) => readOverview(ctx as never));
  expect(overview.counts).toEqual(countVerdicts(data.questions));
  expect(overview.counts).toEqual({ realNeed: 3, toReview: 2, notTraining: 7, incomplete: 2 });
  const shown = tableRows(fake.book, "VTO_Questions").map((r) => r["Oordeel"]);
  expect(shown.filter((v) => v === "Echte VTO-behoefte")).toHaveLength(overview.counts.realNeed);
  expect(overview.instruments).toEqual(["starr", "pyramid", "eightFields", "gilbert"]);
});

test("proposals from gaps: as the reference computes them; adding writes complete rows once, never twice", async () => {
  const { fake, data } = await example();
  fake.resetMetrics();
  const { proposals } = await fake.Excel.run((ctx) => proposeQuestions(ctx as never));
  expect(fake.metrics.syncs).toBeLessThanOrEqual(3);
  // over the levels the gap register uses: typed on the row, else the function profile's
  const gaps = resolveGaps(data.gaps, data.employees, data.profiles ?? []);
  expect(proposals).toEqual(proposeFromGaps({ ...data, gaps, existing: data.questions }, SETTINGS));
  expect(proposals.length).toBeGreaterThan(3);

  const chosen = proposals.slice(0, 3);
  fake.resetMetrics();
  const added = await fake.Excel.run((ctx) => addQuestions(ctx as never, chosen));
  expect(added).toEqual({ ids: ["LV15", "LV16", "LV17"], alreadyThere: 0 });
  expect(fake.metrics.syncs).toBeLessThanOrEqual(5); // read (2 + chunk), then one read and one guarded write below the table
  const rows = tableRows(fake.book, "VTO_Questions");
  expect(rows).toHaveLength(data.questions.length + 3);
  const first = rows[data.questions.length];
  expect(first).toMatchObject({
    ID: "LV15",
    Invalshoek: "competentie",
    Bron: "kloofanalyse",
    Doelgroep: chosen[0].team,
    "Competentie-ID's": chosen[0].competenceId,
    Oorzaak: "",
    Oordeel: "Onvolledig",
    "Voorgestelde actie": "Zoek de oorzaak, bv. met de competentiepiramide of Gilbert.",
  });
  expect(String(first["Omschrijving"])).toMatch(/^Voorgesteld uit de kloofanalyse: gemiddelde kloof \d,\d\d/);

  // proposing again leaves the three out; adding them again adds nothing
  const again = await fake.Excel.run((ctx) => proposeQuestions(ctx as never));
  expect(again.proposals).toEqual(proposals.slice(3));
  const twice = await fake.Excel.run((ctx) => addQuestions(ctx as never, chosen));
  expect(twice).toEqual({ ids: [], alreadyThere: 3 });
  expect(tableRows(fake.book, "VTO_Questions")).toHaveLength(data.questions.length + 3);
});

test("adding questions: a failing sync adds nothing and reports Office's error", async () => {
  const { fake } = await example();
  const { proposals } = await fake.Excel.run((ctx) => proposeQuestions(ctx as never));
  const before = contents(fake.book);
  fake.failSync(3, { code: "ConnectionFailure" }); // the write (after 2 + 1 reads)
  const err = await fake.Excel.run((ctx) => addQuestions(ctx as never, proposals.slice(0, 2))).catch(
    (e) => e,
  );
  expect(err).toBeInstanceOf(FakeOfficeError);
  expect(contents(fake.book)).toEqual(before);
});

test("proposals need the registers: a clear error names the missing tables", async () => {
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  const err = await fake.Excel.run((ctx) => proposeQuestions(ctx as never)).catch((e) => e);
  expect(err).toBeInstanceOf(MissingTablesError);
  expect((err as MissingTablesError).tables).toContain("VTO_Gaps");
});

test("causes from the instruments: proposed where they differ, written only after confirmation and only over an unchanged cell", async () => {
  const { fake } = await example();
  const { suggestions } = await fake.Excel.run((ctx) => suggestCauses(ctx as never));
  expect(
    suggestions.map((s) => [s.questionId, s.from, s.current, s.proposedLabel, s.address, s.recordAddress]),
  ).toEqual([
    ["LV03", "pyramid", "attitude", "vaardigheden", "Leervragen!H6", "Competentiepiramide!A4"],
    ["LV08", "pyramid", "vaardigheden", "werkorganisatie", "Leervragen!H11", "Competentiepiramide!A7"],
  ]);
  // a co-author changes LV03's cause meanwhile: that suggestion is not applied
  fake.userEdit("Leervragen", "H6", [["'kennis"]], "Remote");
  const applied = await fake.Excel.run((ctx) => applyCauses(ctx as never, suggestions));
  expect(applied).toBe(1);
  const rows = tableRows(fake.book, "VTO_Questions");
  expect(rows[2]["Oorzaak"]).toBe("kennis");
  expect(rows[7]["Oorzaak"]).toBe("werkorganisatie");
  expect(rows[7]["Oordeel"]).toBe("Geen VTO-behoefte");
  const after = await fake.Excel.run((ctx) => suggestCauses(ctx as never));
  expect(after.suggestions.map((s) => s.questionId)).toEqual(["LV03"]);
});

test("a fresh workbook without questions: overview says so, generating adds the sheet", async () => {
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  expect((await fake.Excel.run((ctx) => readOverview(ctx as never))).present).toBe(false);
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  const overview = await fake.Excel.run((ctx) => readOverview(ctx as never));
  expect(overview).toMatchObject({ present: true, instruments: [], counts: { realNeed: 0, incomplete: 0 } });
});

test("on a new Leervragen sheet the first question takes the table's blank row: no empty row above the questions", async () => {
  // an example without questions: gaps to propose from, an empty Leervragen table
  const data = { ...exampleData({ employees: 6, year: 2026 }), questions: [], priorities: [] };
  const fake = await filledWorkbook(data, OPTS);
  expect(tableRows(fake.book, "VTO_Questions").map((r) => r["ID"])).toEqual([""]);
  const { proposals } = await fake.Excel.run((ctx) => proposeQuestions(ctx as never));
  expect(proposals.length).toBeGreaterThan(1);
  const added = await fake.Excel.run((ctx) => addQuestions(ctx as never, proposals.slice(0, 2)));
  expect(tableRows(fake.book, "VTO_Questions").map((r) => r["ID"])).toEqual(added.ids);
  // a second round appends below them
  const more = await fake.Excel.run((ctx) => addQuestions(ctx as never, proposals.slice(2, 3)));
  expect(tableRows(fake.book, "VTO_Questions").map((r) => r["ID"])).toEqual([...added.ids, ...more.ids]);
});
