/** The gap, diagnosis and matrix formulas, evaluated in the in-memory Excel, equal the domain reference. */
import fc from "fast-check";
import {
  AnalysisSettings,
  diagnose,
  futureGap,
  gap,
  GapEntry,
  selfManagerDifference,
  staysAfterHorizon,
  teamCell,
} from "../../src/domain/competences";
import { fillExample } from "../../src/excel/exampleData";
import { createFakeExcel } from "../../src/fake-excel";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { VERDICT, YES, RISK } from "../../src/workbook/lang";
import { tableRows } from "../helpers/book";

const SETTINGS: AnalysisSettings = {
  organisation: "",
  analysisYear: 2026,
  horizonYears: 3,
  scaleLabels: [],
  diagnosisSource: "manager",
  coverageInHouse: 0.8,
  gapThreshold: 1,
  futureGapThreshold: 1,
};

const blank = (v: number | null) => (v === null ? "" : v);
const close = (a: unknown, b: number | null) =>
  b === null ? a === "" : typeof a === "number" && Math.abs(a - b) < 1e-9;

async function build(data: ExampleData) {
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => fillExample(ctx as never, data, { lang: "nl", year: 2026 }));
  return fake;
}

function verify(fake: Awaited<ReturnType<typeof build>>, data: ExampleData) {
  const gapRows = tableRows(fake.book, "VTO_Gaps");
  expect(gapRows).toHaveLength(data.gaps.length);
  const byId = new Map(data.employees.map((e) => [e.id, e]));
  data.gaps.forEach((g, i) => {
    const row = gapRows[i];
    expect(row["Kloof"]).toEqual(blank(gap(g)));
    expect(row["Toekomstige kloof"]).toEqual(blank(futureGap(g)));
    const stays = staysAfterHorizon(byId.get(g.employeeId), SETTINGS);
    expect(row["Blijft na horizon"]).toEqual(stays === null ? "" : stays ? 1 : 0);
    expect(row["Verschil zelf - leidinggevende"]).toEqual(blank(selfManagerDifference(g, data.gaps)));
  });
  const diag = tableRows(fake.book, "VTO_Diagnosis");
  data.competences.forEach((c, i) => {
    const ref = diagnose(c, data.gaps, data.employees, SETTINGS);
    const row = diag[i];
    expect(row["Competentie-ID"]).toBe(c.id);
    expect(row["Kritisch"]).toBe(c.critical ? YES.nl : "nee");
    expect(row["Beoordeeld"]).toBe(ref.assessed);
    expect(row["Op niveau"]).toBe(ref.atLevel);
    expect(close(row["Gemiddelde kloof"], ref.averageGap)).toBe(true);
    expect(close(row["Dekking"], ref.coverage)).toBe(true);
    expect(row["Oordeel"]).toBe(VERDICT[ref.verdict].nl);
    expect(row["Houders na horizon"]).toBe(ref.holdersAfterHorizon);
    expect(close(row["Gemiddelde toekomstige kloof"], ref.averageFutureGap)).toBe(true);
    expect(row["Risico"]).toBe(ref.risk ? RISK.nl : "");
    expect(close(row["Verschil zelf - leidinggevende"], ref.selfMinusManager)).toBe(true);
  });
  // rows beyond the catalogue stay blank
  expect(diag[data.competences.length]["Competentie-ID"]).toBe("");
  const matrix = fake.book.findSheet("Teammatrix")!;
  data.teams.forEach((team, ti) => {
    expect(fake.book.value(matrix, 3 + ti, 0)).toBe(team);
    data.competences.forEach((c, ci) => {
      const ref = teamCell(team, c.id, data.gaps, data.employees, SETTINGS);
      expect(close(fake.book.value(matrix, 3 + ti, 1 + ci), ref.averageGap)).toBe(true);
    });
  });
}

test("example organisation: every computed value equals the TypeScript reference", async () => {
  const data = exampleData({ year: 2026 });
  const fake = await build(data);
  verify(fake, data);
  // the example is meaningful: leavers, risks and every verdict but one occur
  const diag = tableRows(fake.book, "VTO_Diagnosis");
  expect(diag.some((r) => r["Risico"] === RISK.nl)).toBe(true);
  expect(new Set(diag.map((r) => r["Oordeel"]))).toEqual(
    new Set([VERDICT.inHouse.nl, VERDICT.insufficient.nl, VERDICT.notInHouse.nl, ""]),
  );
  expect(data.employees.filter((e) => staysAfterHorizon(e, SETTINGS) === false).length).toBeGreaterThan(3);
}, 120000);

const level = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null });
const assessor = fc.constantFrom<GapEntry["assessor"]>("self", "manager", "external");

test("randomized registers: formulas equal the reference (blanks, all assessors, leavers)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          e: fc.integer({ min: 0, max: 5 }),
          c: fc.integer({ min: 0, max: 3 }),
          assessor,
          requiredNow: level,
          current: level,
          requiredAtHorizon: level,
        }),
        { minLength: 1, maxLength: 30 },
      ),
      fc.array(fc.option(fc.integer({ min: 2024, max: 2035 }), { nil: null }), {
        minLength: 6,
        maxLength: 6,
      }),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      async (entries, exits, critical) => {
        const base = exampleData({ employees: 6, year: 2026 });
        const data: ExampleData = {
          teams: base.teams.slice(0, 3),
          competences: base.competences.slice(0, 4).map((c, i) => ({ ...c, critical: critical[i] })),
          employees: base.employees.map((e, i) => ({ ...e, team: base.teams[i % 3], exitYear: exits[i] })),
          gaps: entries.map((x) => ({
            employeeId: base.employees[x.e].id,
            competenceId: base.competences[x.c].id,
            assessor: x.assessor,
            date: 46000,
            requiredNow: x.requiredNow,
            current: x.current,
            requiredAtHorizon: x.requiredAtHorizon,
            note: "",
          })),
        };
        const fake = await build(data);
        verify(fake, data);
      },
    ),
    { numRuns: 12 },
  );
}, 300000);
