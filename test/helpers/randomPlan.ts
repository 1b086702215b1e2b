/**
 * Random training plans on top of random priority workbooks: question IDs of real, excluded,
 * unranked and unknown needs (padded, as numbers, in another case), amounts blank, 0, decimal, text
 * or negative, types and flags off the list, and the settings the plan reads randomized (hours per
 * day 0, text or blank; hourly cost; a budget of none, 0, or exactly a running total so that a row
 * fills it to the cent).
 */
import fc from "fast-check";
import { computePlan } from "../../src/domain/plan";
import type { ExampleData } from "../../src/workbook/example";
import { planInputs, planSettingsOf } from "./planVerify";
import { randomPriorityData } from "./randomPriorities";

const amount = (common: unknown[]) =>
  fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom<unknown>(...common) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("", -5, "duur", " ", "12") },
  );

const planRow = fc.record({
  questionId: fc.constantFrom<unknown>("Q1", "Q2", " q6 ", "Q4", "Q5", "QX", "", 7, "8", "QA\u200B", "QB"),
  action: fc.constantFrom("Opleiding", "=Coaching", ""),
  type: fc.constantFrom("formeel", "informeel", " Formeel ", "", "extern"),
  targetGroup: fc.constantFrom("iedereen", "Team A", ""),
  risk50: fc.constantFrom("ja", "nee", "", " JA "),
  riskDisability: fc.constantFrom("ja", ""),
  riskNonEu: fc.constantFrom("ja", "nee"),
  riskBottleneck: fc.constantFrom("", "ja"),
  gender: fc.constantFrom("ja", ""),
  participants: amount([0, 1, 3, 12, ""]),
  hoursPerParticipant: amount([0, 1.5, 7.6, 14, ""]),
  quarter: fc.constantFrom<unknown>(1, 2, 3, 4, "", 5, 0, 2.5, "Q1"),
  provider: fc.constantFrom("intern", ""),
  directCost: amount([0, 10, 99.99, 1000, 2500.5, ""]),
  subsidy: amount([0, 100, 1000.01, ""]),
  subsidySource: fc.constantFrom("sectorfonds", "VIVO", "", "fonds"),
  status: fc.constantFrom("gepland", "lopend", "gerealiseerd", "", "klaar"),
});

export const randomPlanData: fc.Arbitrary<ExampleData> = fc
  .record({
    base: randomPriorityData,
    plan: fc.array(planRow, { minLength: 1, maxLength: 10 }),
    hoursPerDay: fc.constantFrom<unknown>(7.6, 8, 7.6, 0, "", "acht"),
    fte: fc.constantFrom<unknown>(12.5, 40, "", 0, "veel"),
    target: fc.constantFrom<unknown>(5, 2, 4.5),
    budget: fc.constantFrom<unknown>("exact", "exact", 0, 1500, "", "veel", 25000),
    cut: fc.nat(20),
  })
  .map(({ base, plan, hoursPerDay, fte, target, budget, cut }) => {
    const data: ExampleData = {
      ...base,
      plan: plan as Record<string, unknown>[],
      settingValues: {
        ...base.settingValues,
        hours_per_day: hoursPerDay as string | number,
        fte_reference: fte as string | number,
        days_per_fte: target as string | number,
      },
    };
    if (budget === "exact") {
      // the running total after some row: that row fills the budget exactly
      const results = computePlan(
        planInputs(data),
        { ...planSettingsOf(data), budget: null },
        () => null,
        () => null,
      );
      const totals = results.flatMap((r) => (r.cumulative === null ? [] : [r.cumulative]));
      data.settingValues!.budget = totals.length ? totals[cut % totals.length] : 0;
    } else data.settingValues!.budget = budget as string | number;
    return data;
  });
