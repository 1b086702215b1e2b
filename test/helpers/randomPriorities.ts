/**
 * Random priority workbooks: ties, zero weights, blanks, extreme and invalid costs, missing costs,
 * subsidies above the cost, weights that do not sum to 100 %, budgets of 0 or none, duplicates,
 * unknown and excluded questions, question IDs padded, with invisible characters, or numbers
 * against their text.
 */
import fc from "fast-check";
import { CRITERIA, Criterion, NeedInput } from "../../src/domain/priorities";
import type { LearningQuestion } from "../../src/domain/questions";
import { ExampleData, exampleData } from "../../src/workbook/example";

const QUESTIONS: LearningQuestion[] = (
  [
    ["Q1", "knowledge", "yes", "yes"],
    ["Q2", "skills", "yes", "no"],
    ["Q3", "attitude", "yes", null],
    ["Q4", "means", "no", null],
    ["Q5", "skills", "no", "yes"],
    ["Q6", "knowledge", "yes", "yes"],
    ["Q7", "skills", "yes", "yes"],
    ["Q8", "attitude", "yes", "yes"],
    ["Q9", "knowledge", "yes", "unknown"],
    ["QA", "skills", "yes", "yes"],
    ["QB", "knowledge", "yes", "yes"],
    // numeric IDs pasted from other tools: text "7" on the sheet, the number 8
    ["7", "skills", "yes", "yes"],
    [8, "knowledge", "yes", "unknown"],
  ] as const
).map(([id, cause, wish, costEffective]) => ({
  id: id as string,
  title: `Vraag ${id}`,
  description: "",
  perspective: "competence",
  source: null,
  targetGroup: "",
  competenceIds: [],
  cause,
  wish,
  costEffective,
}));

const score = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", 0, 6, 2.5, "3") },
);
const amount = (common: number[]) =>
  fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom<unknown>(...common) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("", -5, "duur", 1e7) },
  );

const need: fc.Arbitrary<NeedInput> = fc
  .record({
    questionId: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...QUESTIONS.map((q) => q.id)) },
      { weight: 1, arbitrary: fc.constantFrom("QX", "", "q1") },
      // the same questions written otherwise: padded, invisible characters, a number for its text
      {
        weight: 2,
        arbitrary: fc.constantFrom<unknown>(" Q1 ", "Q2\u200B", "\u00A0Q3", "QA\t", 7, "8", " 8"),
      },
    ) as fc.Arbitrary<string>,
    scores: fc.record({
      urgency: score,
      success: score,
      equity: score,
      feasibility: score,
      efficiency: score,
      strategic: score,
    }),
    participants: amount([0, 1, 4, 12]),
    hoursPerParticipant: amount([0, 1.5, 8]),
    externalCost: amount([0, 10, 999.99, 1000, 2500.5, 4000]),
    subsidy: amount([0, 100, 5000, 1000.01]),
    // sometimes no internal cost, or nothing at all: costs missing, or external only
    blanks: fc.constantFrom(null, null, null, null, "internal", "all", "hours"),
  })
  .map(({ blanks, ...n }) => {
    if (blanks === "internal") return { ...n, participants: "", hoursPerParticipant: "" } as NeedInput;
    if (blanks === "all")
      return { ...n, participants: "", hoursPerParticipant: "", externalCost: "" } as NeedInput;
    if (blanks === "hours") return { ...n, hoursPerParticipant: "" } as NeedInput;
    return n as NeedInput;
  });

/** Seven weights: whole percents or tenths of a percent summing to 100 %, zeros included; sometimes broken. */
const weights: fc.Arbitrary<Partial<Record<Criterion, [unknown]>>> = fc
  .record({
    parts: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 7, maxLength: 7 }),
    tenths: fc.boolean(),
    broken: fc.constantFrom(null, null, null, null, null, "sum", "negative", "text"),
  })
  .map(({ parts, tenths, broken }) => {
    const unit = tenths ? 1000 : 100;
    const total = parts.reduce((a, b) => a + b, 0) || 1;
    const scaled = parts.map((p) => Math.floor((p * unit) / total));
    scaled[0] += unit - scaled.reduce((a, b) => a + b, 0);
    const values: unknown[] = scaled.map((v) => v / unit);
    if (broken === "sum") values[1] = (values[1] as number) + 0.05;
    if (broken === "negative") values[2] = -0.1;
    if (broken === "text") values[3] = "veel";
    return Object.fromEntries(CRITERIA.map((c, i) => [c, [values[i]]]));
  });

export const randomPriorityData: fc.Arbitrary<ExampleData> = fc
  .record({
    needs: fc.array(need, { minLength: 1, maxLength: 14 }),
    weights,
    budget: fc.constantFrom<string | number>(0, 500, 5000, 12000, 25000, "", -1),
    hourly: fc.constantFrom(0, 45, 37.5),
    minFeasibility: fc.constantFrom(1, 2, 3),
    bands: fc.constantFrom([1000, 2500, 5000, 10000], [0, 10, 100, 1000], [500, 500, 8000, 8000]),
  })
  .map(({ needs, weights: w, budget, hourly, minFeasibility, bands }) => ({
    ...emptyOrganisation(),
    priorities: needs,
    weightValues: w,
    settingValues: {
      budget,
      hourly_cost: hourly,
      min_feasibility: minFeasibility,
      invest_band_1: bands[0],
      invest_band_2: bands[1],
      invest_band_3: bands[2],
      invest_band_4: bands[3],
    },
  }));

/**
 * Keeps only the competences, teams and profiles the data set's ratings and employees use: where the
 * priorities are under test, a 25-competence catalogue would make the diagnosis and team matrix most
 * of each workbook.
 */
export function onlyWhatIsUsed(base: ExampleData): ExampleData {
  const used = new Set(base.gaps.map((g) => String(g.competenceId)));
  const teams = new Set(base.employees.map((e) => String(e.team)));
  return {
    ...base,
    competences: base.competences.filter((c) => used.has(String(c.id))),
    teams: base.teams.filter((t) => teams.has(String(t))),
    profiles: base.profiles?.filter((p) => used.has(String(p.competenceId))),
  };
}

/** Two employees, one rating, the questions above and no instrument records. */
function emptyOrganisation(): ExampleData {
  const base = onlyWhatIsUsed(exampleData({ employees: 2, gapRows: 1 }));
  return {
    ...base,
    questions: QUESTIONS,
    starr: [],
    pyramid: [],
    eightFields: [],
    gilbert: [],
    priorities: [],
  };
}
