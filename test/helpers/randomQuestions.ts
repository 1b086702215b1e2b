/** Random and exhaustive learning questions and instrument records for the formula checks. */
import fc from "fast-check";
import {
  EIGHT_FIELDS,
  EightFieldsEntry,
  GILBERT_FACTORS,
  GilbertEntry,
  PYRAMID_LEVELS,
  PyramidAnswer,
  PyramidEntry,
  STARR_PARTS,
  StarrEntry,
} from "../../src/domain/instruments";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { Answer, CAUSES, Cause, LearningQuestion } from "../../src/domain/questions";

const text = fc.constantFrom("", "", "tekst", "=A1", "twee woorden", " ");
const cause = fc.constantFrom<Cause | null>(null, ...CAUSES);
const wish = fc.constantFrom<"yes" | "no" | null>("yes", "no", null);
const answer = fc.constantFrom<Answer | null>("yes", "no", "unknown", null);
const pyramidAnswer = fc.constantFrom<PyramidAnswer | null>("yes", "no", "partly", "yes", null);
const rating = fc.constantFrom<number | null>(0, 1, 2, 3, 3, 0, null, 4, -1, 1.5);

export const randomQuestion: fc.Arbitrary<LearningQuestion> = fc
  .record({ id: fc.constantFrom("LV1", "", "Q-7"), title: text, cause, wish, costEffective: answer })
  .map((r) => ({
    ...r,
    description: "",
    perspective: "competence",
    source: null,
    targetGroup: "",
    competenceIds: [],
  }));

export const randomStarr: fc.Arbitrary<StarrEntry> = fc
  .record({
    id: fc.constantFrom("ST1", ""),
    employeeId: fc.constantFrom("M001", ""),
    parts: fc.array(text, { minLength: 5, maxLength: 5 }),
  })
  .map(({ id, employeeId, parts }) => ({
    id,
    employeeId,
    competenceId: "C01",
    date: null,
    interviewer: "",
    ...(Object.fromEntries(STARR_PARTS.map((p, i) => [p, parts[i]])) as Record<
      (typeof STARR_PARTS)[number],
      string
    >),
    observedLevel: null,
    questionId: "",
  }));

export const randomPyramid: fc.Arbitrary<PyramidEntry> = fc
  .array(pyramidAnswer, { minLength: 5, maxLength: 5 })
  .map((a) => pyramidEntry(a));

export const randomEightFields: fc.Arbitrary<EightFieldsEntry> = fc
  .record({ id: fc.constantFrom("TR1", ""), fields: fc.array(text, { minLength: 8, maxLength: 8 }) })
  .map(({ id, fields }) => ({
    id,
    questionId: "",
    title: "",
    fields: Object.fromEntries(EIGHT_FIELDS.map((n, i) => [n, fields[i]])) as EightFieldsEntry["fields"],
  }));

export const randomGilbert: fc.Arbitrary<GilbertEntry> = fc
  .array(rating, { minLength: 6, maxLength: 6 })
  .map((r) => gilbertEntry(r));

function pyramidEntry(a: (PyramidAnswer | null)[]): PyramidEntry {
  return {
    questionId: "",
    employeeId: "",
    note: "",
    answers: Object.fromEntries(PYRAMID_LEVELS.map((l, i) => [l, a[i]])) as PyramidEntry["answers"],
  };
}

function gilbertEntry(r: (number | null)[]): GilbertEntry {
  return {
    questionId: "",
    problem: "p",
    ratings: Object.fromEntries(GILBERT_FACTORS.map((k, i) => [k, r[i]])) as GilbertEntry["ratings"],
  };
}

/** Every cause (and none) × every wish × every cost-effectiveness answer. */
export function everyQuestionCombination(): LearningQuestion[] {
  const out: LearningQuestion[] = [];
  for (const c of [null, ...CAUSES])
    for (const w of ["yes", "no", null] as const)
      for (const ce of ["yes", "no", "unknown", null] as const)
        out.push({
          id: `Q${out.length + 1}`,
          title: "t",
          description: "",
          perspective: "organisation",
          source: null,
          targetGroup: "",
          competenceIds: [],
          cause: c,
          wish: w,
          costEffective: ce,
        });
  return out;
}

/** Every pyramid answer combination (3^5), plus partly answered ones (a level blank at every height). */
export function everyPyramidCombination(): PyramidEntry[] {
  const answers: PyramidAnswer[] = ["yes", "no", "partly"];
  const out: PyramidEntry[] = [];
  for (let n = 0; n < 243; n++) {
    const a = [0, 1, 2, 3, 4].map((i) => answers[Math.floor(n / 3 ** i) % 3]);
    out.push(pyramidEntry(a));
  }
  // partly answered: one level blank, the levels above and below each answered alike
  for (let blank = 0; blank < 5; blank++)
    for (const above of answers)
      for (const below of answers)
        out.push(pyramidEntry([0, 1, 2, 3, 4].map((i) => (i < blank ? above : i > blank ? below : null))));
  // not answered at all, but about a question: every level is missing
  out.push({ ...pyramidEntry([null, null, null, null, null]), questionId: "Q1" });
  out.push(pyramidEntry([null, "no", null, "yes", null]));
  return out;
}

/** Ties in every position, all zeros, blanks and values off the scale. */
export function gilbertCases(): GilbertEntry[] {
  const out: GilbertEntry[] = [gilbertEntry([0, 0, 0, 0, 0, 0]), gilbertEntry([3, 3, 3, 3, 3, 3])];
  for (let i = 0; i < 6; i++) {
    const r = [1, 1, 1, 1, 1, 1];
    r[i] = 3;
    out.push(gilbertEntry(r));
    const tie = [0, 0, 0, 2, 0, 0];
    tie[i] = 2;
    out.push(gilbertEntry(tie));
  }
  out.push(
    gilbertEntry([1, null, 1, 1, 1, 1]),
    gilbertEntry([1, 5, 1, 1, 1, 1]),
    gilbertEntry([1, 1, 1, 2.5, 1, 1]),
  );
  return out;
}

/** A small organisation with every combination of the real-need test and the instruments. */
export function combinationData(): ExampleData {
  const base = exampleData({ employees: 6, gapRows: 20 });
  return {
    ...base,
    questions: everyQuestionCombination(),
    pyramid: everyPyramidCombination(),
    gilbert: gilbertCases(),
  };
}
