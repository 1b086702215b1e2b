/**
 * Random workbooks for the report: the competence registers of randomData (verdicts at every
 * coverage boundary, critical or not, leavers), the needs of randomPriorityData (ties, invalid and
 * missing costs, budgets of 0 or none) with questions from every perspective, now and then a budget
 * that the first ranked needs use up to the cent, and registers left empty.
 */
import fc from "fast-check";
import { prioritise } from "../../src/domain/priorities";
import type { Perspective } from "../../src/domain/questions";
import { assessQuestion, isRealNeed, questionIndex, questionKey } from "../../src/domain/questions";
import type { ExampleData } from "../../src/workbook/example";
import { randomData } from "./randomData";
import { randomPriorityData } from "./randomPriorities";
import { prioritySettingsOf } from "./verify";

const perspective = fc.constantFrom<Perspective | null>("organisation", "functioning", "competence", null);

export const randomReportData: fc.Arbitrary<ExampleData> = fc
  .record({
    registers: randomData,
    priorities: randomPriorityData,
    perspectives: fc.array(perspective, { minLength: 20, maxLength: 20 }),
    usedUp: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    empty: fc.record({
      employees: fc.boolean(),
      competences: fc.boolean(),
      gaps: fc.boolean(),
      questions: fc.boolean(),
      priorities: fc.boolean(),
    }),
    emptyOdds: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ registers, priorities, perspectives, usedUp, empty, emptyOdds }) => {
    // a register left empty now and then (one in five runs: those the flags pick)
    const none = (k: keyof typeof empty) => emptyOdds === 0 && empty[k];
    const data: ExampleData = {
      ...registers,
      employees: none("employees") ? [] : registers.employees,
      competences: none("competences") ? [] : registers.competences,
      gaps: none("gaps") ? [] : registers.gaps,
      questions: none("questions")
        ? []
        : priorities.questions.map((q, i) => ({ ...q, perspective: perspectives[i % perspectives.length] })),
      priorities: none("priorities") ? [] : priorities.priorities,
      weightValues: priorities.weightValues,
      settingValues: { ...registers.settingValues, ...priorities.settingValues },
    };
    if (usedUp !== null) {
      // the budget is exactly what the first ranked needs cost: they fill it to the cent
      const s = prioritySettingsOf(data);
      const index = questionIndex(data.questions);
      const results = prioritise(
        data.priorities,
        (id) => {
          const i = index.get(questionKey(id));
          return i === undefined ? null : isRealNeed(assessQuestion(data.questions[i]).verdict);
        },
        { ...s, budget: null },
      );
      const ranked = results.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
      const budget = ranked.slice(0, usedUp).reduce((t, r) => t + r.costs!.netCost, 0);
      data.settingValues = { ...data.settingValues, budget: Math.round(budget * 100) / 100 };
    }
    return data;
  });
