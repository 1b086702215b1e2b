/**
 * Random small registers covering blanks, every assessor, leavers and critical flags, and aimed
 * at the rules' edges: IDs typed as numbers or text, with spaces or another case; levels off the
 * scale, with decimals or as text; exit years right at the horizon; settings drawn at random
 * (source, coverage, horizon, year, thresholds), with coverages that counts reach exactly.
 */
import fc from "fast-check";
import type { Assessor, GapEntry, Id, LevelCell } from "../../src/domain/competences";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { ASSESSOR } from "../../src/workbook/lang";
import {
  randomEightFields,
  randomGilbert,
  randomPyramid,
  randomQuestion,
  randomStarr,
} from "./randomQuestions";

/** Mostly levels; now and then blank, off the scale, a decimal, text or spaces. */
const level: fc.Arbitrary<LevelCell> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom<LevelCell>(5, 7, -1, 2.5, 0.5, 4.0001, "3", " 2", "x", "  ") },
);
/** A required level on a gap row: blank half the time (the function profile decides then). */
const required: fc.Arbitrary<LevelCell> = fc.oneof(
  { weight: 8, arbitrary: level },
  { weight: 7, arbitrary: fc.constantFrom<LevelCell>(null, null, "  ") },
);
const assessor = fc.constantFrom<Assessor>("self", "manager", "external");
/** Functions: three that profiles name, one no profile names, and none. */
const FUNCTIONS = ["zorgkundige", "verpleegkundige", "Team coach", "onthaal", ""];

/** The same ID as typed elsewhere: as it is, with spaces around or inside, in another case, number ↔ text. */
function variant(id: Id, how: number): Id {
  const text = String(id);
  switch (how) {
    case 1:
      return ` ${text}  `;
    case 2:
      return text.toLowerCase() === text ? text.toUpperCase() : text.toLowerCase();
    case 3:
      return typeof id === "number" ? text : /^\d+$/.test(text) ? Number(text) : text;
    case 4:
      // a run of spaces inside: TRIM makes it one ("C  01" is "C 01", not "C01")
      return text.includes(" ") ? text.replace(" ", "   ") : text.replace(/^(\D+)/, "$1  ");
    default:
      return id;
  }
}

export const randomSettings = fc.record({
  analysis_year: fc.constantFrom(2025, 2026, 2027),
  horizon_years: fc.integer({ min: 1, max: 5 }),
  diagnosis_source: assessor.map((a) => ASSESSOR[a].nl),
  // shares that counts of 1 to 8 ratings reach exactly, and both ends
  coverage_in_house: fc.constantFrom(0, 0.25, 0.5, 0.6, 0.75, 0.8, 1),
  gap_threshold: fc.constantFrom(0, 0.5, 1, 1.5, 2, 4),
  future_gap_threshold: fc.constantFrom(0, 0.5, 1, 1.5, 2, 4),
});

export const randomData: fc.Arbitrary<ExampleData> = fc
  .tuple(
    fc.array(
      fc.record({
        e: fc.integer({ min: 0, max: 6 }),
        eHow: fc.integer({ min: 0, max: 8 }),
        c: fc.integer({ min: 0, max: 3 }),
        cHow: fc.integer({ min: 0, max: 8 }),
        assessor,
        requiredNow: required,
        current: level,
        requiredAtHorizon: required,
      }),
      { minLength: 1, maxLength: 30 },
    ),
    // exit years: none, around analysis year + horizon (stays exactly from +1), or far
    fc.array(fc.option(fc.integer({ min: -2, max: 3 }), { nil: null }), { minLength: 6, maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    fc.record({
      numericEmployees: fc.boolean(),
      numericCompetences: fc.boolean(),
      spacedCompetences: fc.boolean(),
      teamHow: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
      listHow: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
      ownHow: fc.array(fc.constantFrom(0, 0, 0, 1, 2, 4), { minLength: 6, maxLength: 6 }),
    }),
    randomSettings,
    fc.record({
      roles: fc.array(fc.record({ r: fc.integer({ min: 0, max: 4 }), how: fc.integer({ min: 0, max: 8 }) }), {
        minLength: 6,
        maxLength: 6,
      }),
      // profile rows: functions (also one nobody has) and competences typed as elsewhere, any level,
      // duplicates of a function × competence now and then (the first counts)
      profiles: fc.array(
        fc.record({
          r: fc.integer({ min: 0, max: 3 }),
          rHow: fc.integer({ min: 0, max: 8 }),
          c: fc.integer({ min: 0, max: 3 }),
          cHow: fc.integer({ min: 0, max: 8 }),
          now: level,
          horizon: level,
        }),
        { maxLength: 14 },
      ),
    }),
    fc.record({
      questions: fc.array(randomQuestion, { maxLength: 8 }),
      starr: fc.array(randomStarr, { maxLength: 4 }),
      pyramid: fc.array(randomPyramid, { maxLength: 6 }),
      eightFields: fc.array(randomEightFields, { maxLength: 4 }),
      gilbert: fc.array(randomGilbert, { maxLength: 6 }),
    }),
  )
  .map(([entries, exits, critical, ids, settings, functions, instruments]) => {
    const base = exampleData({ employees: 6, year: 2026 });
    const edge = settings.analysis_year + settings.horizon_years;
    const employeeIds: Id[] = base.employees.map((e, i) => (ids.numericEmployees ? i + 1 : e.id));
    const competenceIds: Id[] = base.competences.map((c, i) =>
      ids.numericCompetences ? 10 + i : ids.spacedCompetences ? String(c.id).replace("C", "C ") : c.id,
    );
    // a team typed as a number in the list now and then: "2" elsewhere
    const teams: Id[] = ["Woonzorg A", "Thuiszorg", 2].map((t, i) => variant(t, ids.listHow[i]));
    return {
      teams,
      competences: base.competences
        .slice(0, 4)
        .map((c, i) => ({ ...c, id: variant(competenceIds[i], ids.ownHow[i] % 3), critical: critical[i] })),
      employees: base.employees.map((e, i) => ({
        ...e,
        // the register's own IDs typed with spaces or in another case now and then too
        id: variant(employeeIds[i], ids.ownHow[i]),
        team: variant(["Woonzorg A", "Thuiszorg", "2"][i % 3], ids.teamHow[i]),
        role: String(variant(FUNCTIONS[functions.roles[i].r], functions.roles[i].how)),
        exitYear: exits[i] === null ? null : edge + exits[i]!,
      })),
      gaps: entries.map((x): GapEntry => ({
        // index 6 is an employee who is not on the list
        employeeId: x.e === 6 ? "X99" : variant(employeeIds[x.e], x.eHow),
        competenceId: variant(competenceIds[x.c], x.cHow),
        assessor: x.assessor,
        date: 46000,
        requiredNow: x.requiredNow,
        current: x.current,
        requiredAtHorizon: x.requiredAtHorizon,
        note: "",
      })),
      profiles: functions.profiles.map((x) => ({
        function: variant(FUNCTIONS[x.r], x.rHow),
        competenceId: variant(competenceIds[x.c], x.cHow),
        requiredNow: x.now,
        requiredAtHorizon: x.horizon,
      })),
      ...instruments,
      priorities: [],
      settingValues: settings,
    };
  });
