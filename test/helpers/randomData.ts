/** Random small registers covering blanks, every assessor, leavers and critical flags. */
import fc from "fast-check";
import type { GapEntry } from "../../src/domain/competences";
import { ExampleData, exampleData } from "../../src/workbook/example";
import {
  randomEightFields,
  randomGilbert,
  randomPyramid,
  randomQuestion,
  randomStarr,
} from "./randomQuestions";

const level = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null });
const assessor = fc.constantFrom<GapEntry["assessor"]>("self", "manager", "external");

export const randomData: fc.Arbitrary<ExampleData> = fc
  .tuple(
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
    fc.array(fc.option(fc.integer({ min: 2024, max: 2035 }), { nil: null }), { minLength: 6, maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    fc.record({
      questions: fc.array(randomQuestion, { maxLength: 8 }),
      starr: fc.array(randomStarr, { maxLength: 4 }),
      pyramid: fc.array(randomPyramid, { maxLength: 6 }),
      eightFields: fc.array(randomEightFields, { maxLength: 4 }),
      gilbert: fc.array(randomGilbert, { maxLength: 6 }),
    }),
  )
  .map(([entries, exits, critical, instruments]) => {
    const base = exampleData({ employees: 6, year: 2026 });
    return {
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
      ...instruments,
      priorities: [],
    };
  });
