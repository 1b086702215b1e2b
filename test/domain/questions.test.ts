/** The real-need rule, the instruments' conclusions and the proposals from gaps (pure domain). */
import fc from "fast-check";
import { teamCell } from "../../src/domain/competences";
import {
  eightFieldsStatus,
  GILBERT_CAUSES,
  gilbertConclusion,
  pyramidConclusion,
  PyramidAnswer,
  starrMissing,
} from "../../src/domain/instruments";
import { nextIds, proposeCauses, proposeFromGaps } from "../../src/domain/proposals";
import { assessQuestion, Cause, countVerdicts, suggestedAction } from "../../src/domain/questions";
import { exampleData } from "../../src/workbook/example";
import { SETTINGS } from "../helpers/verify";

const q = (
  cause: Cause | null,
  wish: "yes" | "no" | null,
  costEffective: "yes" | "no" | "unknown" | null,
) => ({
  cause,
  wish,
  costEffective,
});

test("the seed's rule: a competence shortfall and the wish make a real need; cost-effectiveness only marks it for review", () => {
  for (const cause of ["knowledge", "skills", "attitude"] as const) {
    expect(assessQuestion(q(cause, "yes", "yes")).verdict).toBe("realNeed");
    expect(assessQuestion(q(cause, "yes", "no")).verdict).toBe("toReview");
    expect(assessQuestion(q(cause, "yes", "unknown")).verdict).toBe("toReview");
    expect(assessQuestion(q(cause, "yes", null)).verdict).toBe("toReview");
    expect(assessQuestion(q(cause, "no", "yes")).verdict).toBe("notTraining");
    expect(assessQuestion(q(cause, null, "yes"))).toEqual({ verdict: "incomplete", reason: "wishMissing" });
  }
  for (const cause of [
    "workOrganisation",
    "hrPolicy",
    "communication",
    "motivation",
    "means",
    "other",
  ] as const) {
    expect(assessQuestion(q(cause, "yes", "yes")).verdict).toBe("notTraining");
    expect(suggestedAction(q(cause, "yes", "yes"))).toBe(cause);
  }
  expect(assessQuestion(q(null, "yes", "yes"))).toEqual({ verdict: "incomplete", reason: "causeMissing" });
  expect(suggestedAction(q("knowledge", "yes", "yes"))).toBe("prioritise");
  expect(countVerdicts([q("skills", "yes", "yes"), q("means", "no", null), q(null, null, null)])).toEqual({
    realNeed: 1,
    toReview: 0,
    notTraining: 1,
    incomplete: 1,
  });
});

test("competentiepiramide: first shortfall top down; VTO helps for weten and kunnen, partly for durven, not for willen or mogen", () => {
  const p = (a: PyramidAnswer[]) =>
    pyramidConclusion({ know: a[0], can: a[1], want: a[2], may: a[3], dare: a[4] });
  const done = { missing: [] };
  expect(p(["yes", "yes", "yes", "yes", "yes"])).toEqual({ firstShortfall: null, vtoHelps: null, ...done });
  expect(p(["no", "yes", "yes", "yes", "yes"])).toEqual({ firstShortfall: "know", vtoHelps: "yes", ...done });
  expect(p(["yes", "partly", "yes", "yes", "no"])).toEqual({
    firstShortfall: "can",
    vtoHelps: "yes",
    ...done,
  });
  expect(p(["yes", "yes", "no", "yes", "yes"])).toEqual({ firstShortfall: "want", vtoHelps: "no", ...done });
  expect(p(["yes", "yes", "yes", "no", "yes"])).toEqual({ firstShortfall: "may", vtoHelps: "no", ...done });
  expect(p(["yes", "yes", "yes", "yes", "partly"])).toEqual({
    firstShortfall: "dare",
    vtoHelps: "partly",
    ...done,
  });
  expect(p(["no", "yes", "no", "yes", "yes"])).toEqual({
    firstShortfall: "know",
    vtoHelps: "partly",
    ...done,
  });
});

test("competentiepiramide partly answered: the first shortfall once every level above it is ja; VTO helps only when all five are answered", () => {
  const p = (a: (PyramidAnswer | null)[]) =>
    pyramidConclusion({ know: a[0], can: a[1], want: a[2], may: a[3], dare: a[4] });
  // asked top down: kunnen falls short, what follows is not known yet — the cause is, VTO's help is not
  expect(p(["yes", "no", null, null, null])).toEqual({
    firstShortfall: "can",
    vtoHelps: null,
    missing: ["want", "may", "dare"],
  });
  // a level above is unanswered: weten might fall short first, so nothing is concluded
  expect(p([null, "no", "yes", "yes", "yes"])).toEqual({
    firstShortfall: null,
    vtoHelps: null,
    missing: ["know"],
  });
  // all ja so far, the rest unanswered: no shortfall yet, and not "no shortfall" either
  expect(p(["yes", "yes", null, "yes", "yes"])).toEqual({
    firstShortfall: null,
    vtoHelps: null,
    missing: ["want"],
  });
  expect(p([null, null, null, null, null]).missing).toHaveLength(5);
});

test("Gilbert: the highest rating is the main cause, ties go to the environment first; training only for knowledge", () => {
  const g = (r: (number | null)[]) =>
    gilbertConclusion({
      information: r[0],
      instrumentation: r[1],
      incentives: r[2],
      knowledge: r[3],
      capacity: r[4],
      motives: r[5],
    });
  expect(g([0, 1, 0, 3, 0, 1])).toEqual({ mainFactor: "knowledge", training: true });
  expect(g([3, 0, 0, 3, 0, 0])).toEqual({ mainFactor: "information", training: false });
  expect(g([0, 0, 0, 2, 0, 2])).toEqual({ mainFactor: "knowledge", training: true });
  // all 0: no factor contributes — no main cause, nothing to propose, training is not the lever
  expect(g([0, 0, 0, 0, 0, 0])).toEqual({ mainFactor: null, training: false });
  expect(GILBERT_CAUSES.knowledge).toEqual(["knowledge", "skills"]);
  expect(g([0, null, 0, 0, 0, 0])).toBeNull();
  expect(g([0, 4, 0, 0, 0, 0])).toBeNull();
});

test("STARR and the eight fields list what is still empty", () => {
  expect(starrMissing({ situation: "s", task: " ", action: "a", result: "", reflection: "r" })).toEqual([
    "task",
    "result",
  ]);
  const fields = { 1: "a", 2: "b", 3: "c", 4: "d", 5: "", 6: " ", 7: "g", 8: "h" };
  expect(eightFieldsStatus(fields)).toEqual({ filled: 6, missing: [5, 6] });
});

test("proposals: team averages equal the team matrix; thresholds apply; an existing question is never proposed again", () => {
  const data = exampleData({ year: 2026 });
  const input = { ...data, existing: [] };
  const proposals = proposeFromGaps(input, SETTINGS);
  expect(proposals.length).toBeGreaterThan(0);
  for (const p of proposals) {
    const cell = teamCell(p.team, p.competenceId, data.gaps, data.employees, SETTINGS);
    expect(p.assessed).toBe(cell.assessed);
    expect(p.averageGap).toBeCloseTo(cell.averageGap ?? NaN, 12);
    expect(p.passes.now || p.passes.future).toBe(true);
  }
  // every team × competence at or above the threshold now is proposed
  for (const team of data.teams)
    for (const c of data.competences) {
      const cell = teamCell(team, c.id, data.gaps, data.employees, SETTINGS);
      if ((cell.averageGap ?? -1) >= SETTINGS.gapThreshold)
        expect(proposals.some((p) => p.team === team && p.competenceId === c.id)).toBe(true);
    }
  const first = proposals[0];
  const again = proposeFromGaps(
    {
      ...input,
      existing: [
        {
          id: "X",
          targetGroup: ` ${first.team.toUpperCase()} `,
          competenceIds: ["c99", first.competenceId.toLowerCase()],
        },
      ],
    },
    SETTINGS,
  );
  expect(again).toHaveLength(proposals.length - 1);
  expect(again.some((p) => p.team === first.team && p.competenceId === first.competenceId)).toBe(false);
  const high = proposeFromGaps(input, { ...SETTINGS, gapThreshold: 99, futureGapThreshold: 99 });
  expect(high).toEqual([]);
});

test("next IDs continue after the highest and skip taken ones", () => {
  expect(nextIds(["LV01", "LV14", "x"], 2)).toEqual(["LV15", "LV16"]);
  expect(nextIds([], 1)).toEqual(["LV01"]);
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 5 })), fc.integer({ min: 1, max: 5 }), (ids, n) => {
      const next = nextIds(ids, n);
      expect(new Set(next).size).toBe(n);
      for (const id of next) expect(ids.map((i) => i.trim().toLowerCase())).not.toContain(id.toLowerCase());
    }),
  );
});

test("a cause outside competences is not a training need whatever the wish, also when the wish is blank", () => {
  for (const cause of [
    "workOrganisation",
    "hrPolicy",
    "communication",
    "motivation",
    "means",
    "other",
  ] as const)
    for (const wish of ["yes", "no", null] as const)
      expect(assessQuestion(q(cause, wish, null))).toEqual({
        verdict: "notTraining",
        reason: "notCompetence",
      });
  // a competence cause with a blank wish is incomplete; a blank cost-effectiveness is "to review"
  expect(assessQuestion(q("skills", null, null)).verdict).toBe("incomplete");
  expect(assessQuestion(q("skills", "yes", null))).toEqual({
    verdict: "toReview",
    reason: "costEffectivenessUnknown",
  });
});

test("causes from the instruments: found by normalised question ID; Gilbert's knowledge and skills agrees with kennis and vaardigheden", () => {
  const questions = [
    { id: "LV01", cause: "skills" as Cause },
    { id: 7 as unknown as string, cause: "means" as Cause },
    { id: "LV03", cause: null },
  ];
  const gilbert = (questionId: string, knowledge: number) => ({
    questionId,
    ratings: { information: 0, instrumentation: 1, incentives: 0, knowledge, capacity: 0, motives: 0 },
  });
  const proposals = proposeCauses(
    questions,
    [{ questionId: " LV03\u200B", answers: { know: "yes", can: "no", want: null, may: null, dare: null } }],
    [gilbert("LV01", 3), gilbert("7", 3), gilbert("\u00A0LV03", 0)],
  );
  // LV01 (vaardigheden) agrees with Gilbert; 7 (middelen) gets kennis; LV03 gets vaardigheden from the
  // partly answered pyramid (kunnen falls short), Gilbert with all 0 but instrumentation 1 proposes middelen
  expect(proposals.map((p) => [p.question, p.from, p.proposed])).toEqual([
    [1, "gilbert", "knowledge"],
    [2, "pyramid", "skills"],
    [2, "gilbert", "means"],
  ]);
  const none = proposeCauses(
    [{ id: "LV05", cause: null }],
    [],
    [
      {
        questionId: "LV05",
        ratings: { information: 0, instrumentation: 0, incentives: 0, knowledge: 0, capacity: 0, motives: 0 },
      },
    ],
  );
  expect(none).toEqual([]);
});
