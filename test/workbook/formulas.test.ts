/** The gap, diagnosis and matrix formulas, evaluated in the in-memory Excel, equal the domain reference. */
import fc from "fast-check";
import { staysAfterHorizon } from "../../src/domain/competences";
import { ExampleData, exampleData } from "../../src/workbook/example";
import {
  ACTION,
  MISSING_PREFIX,
  PYRAMID_CONCLUSION,
  PYRAMID_LEVEL,
  QUESTION_VERDICT,
  RISK,
  VERDICT,
  VERDICT_REASON,
} from "../../src/workbook/lang";
import { assessQuestion, suggestedAction } from "../../src/domain/questions";
import { pyramidConclusion } from "../../src/domain/instruments";
import { tableRows } from "../helpers/book";
import {
  SETTINGS,
  verifyAgainstReference,
  verifyPrioritiesAgainstReference,
  verifyProfilesAgainstReference,
  verifyQuestionsAgainstReference,
} from "../helpers/verify";
import { combinationData } from "../helpers/randomQuestions";
import { randomData } from "../helpers/randomData";
import { filledWorkbook } from "../helpers/exampleBook";
import { runs, SLOW } from "../helpers/slow";

const build = (data: ExampleData) => filledWorkbook(data, { lang: "nl", year: 2026 });

function verify(fake: Awaited<ReturnType<typeof build>>, data: ExampleData) {
  const matrix = fake.book.findSheet("Teammatrix")!;
  verifyAgainstReference(
    { table: (name) => tableRows(fake.book, name), matrix: (r, c) => fake.book.value(matrix, r, c) },
    data,
  );
  verifyQuestionsAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
  verifyProfilesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
  verifyPrioritiesAgainstReference({ table: (name) => tableRows(fake.book, name) }, data);
}

test("example organisation: every computed value equals the TypeScript reference", async () => {
  // the whole organisation in the slow suite; a staff of 20 (same draws, same features) here
  const data = exampleData({ year: 2026, ...(SLOW ? {} : { employees: 20 }) });
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

test("randomized registers: formulas equal the reference (blanks, all assessors, leavers)", async () => {
  await fc.assert(
    fc.asyncProperty(randomData, async (data) => verify(await build(data), data)),
    { numRuns: runs(4, 40) },
  );
}, 300000);

test("every cause, wish and cost-effectiveness answer, every pyramid answer, Gilbert ties: formulas equal the reference", async () => {
  const data = combinationData();
  verify(await build(data), data);
}, 120000);

test("an English workbook: verdicts, reasons, actions and instrument conclusions in English", async () => {
  const data = combinationData();
  const fake = await filledWorkbook(data, { lang: "en", year: 2026 }, { sheet: "Sheet1" });
  const rows = tableRows(fake.book, "VTO_Questions");
  data.questions.forEach((q, i) => {
    const a = assessQuestion(q);
    expect(rows[i]["Verdict"]).toBe(QUESTION_VERDICT[a.verdict].en);
    expect(rows[i]["Reason"]).toBe(VERDICT_REASON[a.reason].en);
    expect(rows[i]["Suggested action"]).toBe(ACTION[suggestedAction(q)].en);
  });
  const pyramid = tableRows(fake.book, "VTO_Pyramid");
  data.pyramid.forEach((p, i) => {
    const c = pyramidConclusion(p.answers);
    const empty = !p.questionId && !p.employeeId && !p.note && c.missing.length === 5;
    const want = c.missing.length
      ? empty
        ? ""
        : MISSING_PREFIX.en + c.missing.map((l) => PYRAMID_LEVEL[l].en).join(", ")
      : PYRAMID_CONCLUSION[c.firstShortfall ?? "none"].en;
    expect(pyramid[i]["Conclusion"]).toBe(want);
  });
  expect(fake.book.sheets.map((s) => s.name)).toContain("Learning questions");
}, 120000);
