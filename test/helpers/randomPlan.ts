/**
 * Random training plans on top of random priority workbooks: question IDs of real, excluded,
 * unranked and unknown needs (padded, as numbers, in another case), amounts blank, 0, decimal, text
 * or negative, types and flags off the list, and the settings the plan reads randomized (hours per
 * day 0, text or blank; hourly cost; a budget of none, 0, or exactly a running total so that a row
 * fills it to the cent).
 */
import fc from "fast-check";
import { computePlan } from "../../src/domain/plan";
import { dateSerial } from "../../src/workbook/dates";
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

/**
 * Register rows for the realised hours: question IDs as the plan has them (padded, another case, a
 * number, a no-break space), followed or not, dated just inside and outside the analysis year (by
 * the end date when there is one), hours as number, text, negative or blank.
 */
const registerRow = fc.record({
  employeeId: fc.constantFrom("M001", "M002", ""),
  training: fc.constant("Opleiding"),
  questionId: fc.constantFrom<unknown>("Q1", " q1 ", "Q2", 7, "7", "8", "QX", "", "Q4\u00a0", "Q5"),
  type: fc.constantFrom("formeel", "informeel"),
  start: fc.constantFrom<unknown>(
    dateSerial(2026, 1, 1),
    dateSerial(2025, 12, 31),
    dateSerial(2026, 12, 31),
    dateSerial(2027, 1, 1),
    "",
    "12/03/2026",
  ),
  end: fc.constantFrom<unknown>(null, null, dateSerial(2026, 6, 1), dateSerial(2027, 1, 2)),
  hours: fc.constantFrom<unknown>(0, 7.5, 14, 3.8, "", "acht", -3, "7"),
  followed: fc.constantFrom("ja", "ja", "nee", "", " JA "),
  countsForRight: fc.constant("ja"),
});

export const randomPlanData: fc.Arbitrary<ExampleData> = fc
  .record({
    base: randomPriorityData,
    plan: fc.array(planRow, { minLength: 1, maxLength: 10 }),
    training: fc.array(registerRow, { maxLength: 12 }),
    year: fc.constantFrom<unknown>(2026, 2026, 2026, 2025),
    hoursPerDay: fc.constantFrom<unknown>(7.6, 8, 7.6, 0, "", "acht"),
    fte: fc.constantFrom<unknown>(12.5, 40, "", 0, "veel"),
    target: fc.constantFrom<unknown>(5, 2, 4.5),
    budget: fc.constantFrom<unknown>("exact", "exact", 0, 1500, "", "veel", 25000),
    cut: fc.nat(20),
  })
  .map(({ base, plan, training, year, hoursPerDay, fte, target, budget, cut }) => {
    const data: ExampleData = {
      ...base,
      plan: plan as Record<string, unknown>[],
      training: training as Record<string, unknown>[],
      settingValues: {
        ...base.settingValues,
        analysis_year: year as number,
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

/**
 * The realised hours' edges worked out by hand (analysis year 2026), on plan rows for Q1 (also
 * padded and in lower case), 7, Q4, Q2 and an unknown question: a row dated by its end date in
 * the year though it started before, one ending in the next year, one only started the year before,
 * not followed, hours as text, negative or blank, a numeric question ID, a no-break space, a start
 * date as text. Q1 gets 7.5 + 14 = 21.5 hours, 7 gets 4, Q4 gets 2, Q2 and QX 0.
 */
export function realisedEdgeData(): ExampleData {
  const base = fc.sample(randomPlanData, { numRuns: 1, seed: 20261202 })[0];
  const ids: unknown[] = ["Q1", " q1 ", 7, "Q4", "Q2", "QX"];
  const template = base.plan![0];
  const row = (questionId: unknown, start: unknown, end: unknown, hours: unknown, followed = "ja") => ({
    employeeId: "M001",
    training: "Opleiding",
    questionId,
    type: "formeel",
    start,
    end,
    hours,
    followed,
    countsForRight: "ja",
  });
  const d = dateSerial;
  return {
    ...base,
    plan: ids.map((questionId) => ({ ...template, questionId, participants: 2, hoursPerParticipant: 3 })),
    training: [
      row("Q1", d(2026, 1, 1), null, 7.5),
      row(" q1 ", d(2025, 12, 31), d(2026, 1, 2), 14, " JA "),
      row("Q1", d(2026, 12, 31), d(2027, 1, 1), 100),
      row("Q1", d(2025, 12, 31), null, 200),
      row("Q1", d(2026, 3, 1), null, 300, "nee"),
      row("Q1", d(2026, 3, 1), null, 300, ""),
      row("Q1", d(2026, 3, 1), null, "7"),
      row("Q1", d(2026, 3, 1), null, -3),
      row("Q1", d(2026, 3, 1), null, ""),
      row(7, d(2026, 6, 1), null, 4),
      row("Q4\u00a0", d(2026, 6, 1), null, 2),
      row("Q2", "12/03/2026", null, 50),
    ],
    settingValues: { ...base.settingValues, analysis_year: 2026 },
  };
}
