/** Baert priorities (pure): weights, ranking, plan, sensitivity, budget optimum. */
import fc from "fast-check";
import { knapsack } from "../../src/domain/knapsack";
import {
  compareNeeds,
  CRITERIA,
  Criterion,
  NeedInput,
  prioritise,
  PrioritySettings,
  round2,
  Weights,
} from "../../src/domain/priorities";
import { sensitivity } from "../../src/domain/sensitivity";
import {
  ahp,
  fromPoints,
  RANDOM_INDEX,
  rankOrderCentroid,
  roundWeights,
  weightsFromRanks,
} from "../../src/domain/weights";

const equalWeights = (): Weights =>
  Object.fromEntries(CRITERIA.map((c, i) => [c, { weight: i === 0 ? 0.16 : 0.14 }])) as Weights;

const settings = (over: Partial<PrioritySettings> = {}): PrioritySettings => ({
  weights: equalWeights(),
  minFeasibility: 2,
  hourlyCost: 40,
  bands: [1000, 2500, 5000, 10000],
  budget: 10000,
  hoursCap: null,
  ...over,
});

const need = (id: string, s: number[], cost: number, over: Partial<NeedInput> = {}): NeedInput => ({
  questionId: id,
  scores: {
    urgency: s[0],
    success: s[1],
    equity: s[2],
    feasibility: s[3],
    efficiency: s[4],
    strategic: s[5],
  },
  participants: 0,
  hoursPerParticipant: 0,
  externalCost: cost,
  subsidy: 0,
  ...over,
});

test("rank-order centroid for 7 criteria is .370 .228 .156 .109 .073 .044 .020", () => {
  expect(rankOrderCentroid(7).map((w) => Number(w.toFixed(3)))).toEqual([
    0.37, 0.228, 0.156, 0.109, 0.073, 0.044, 0.02,
  ]);
  expect(rankOrderCentroid(7).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  expect(weightsFromRanks([3, 1, 2])).toEqual([
    rankOrderCentroid(3)[2],
    rankOrderCentroid(3)[0],
    rankOrderCentroid(3)[1],
  ]);
  expect(weightsFromRanks([1, 1, 2])).toBeNull();
});

test("AHP: Saaty's random index; a textbook 3×3 example; an inconsistent matrix is refused, naming the worst pair", () => {
  expect(RANDOM_INDEX.slice(2)).toEqual([0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  // [[1,3,5],[1/3,1,3],[1/5,1/3,1]]: w ≈ .637 .258 .105, λmax ≈ 3.039, CR ≈ 0.033
  const r = ahp([
    [1, 3, 5],
    [0, 1, 3],
    [0, 0, 1],
  ]);
  expect(r.weights.map((w) => Number(w.toFixed(3)))).toEqual([0.637, 0.258, 0.105]);
  expect(r.lambdaMax).toBeCloseTo(3.0385, 3);
  expect(r.cr).toBeCloseTo(0.033, 3);
  expect(r.consistent).toBe(true);
  // a consistent matrix has CR 0
  const c = ahp([
    [1, 2, 4],
    [0, 1, 2],
    [0, 0, 1],
  ]);
  expect(c.cr).toBeCloseTo(0, 9);
  expect(c.weights.map((w) => Number(w.toFixed(4)))).toEqual([0.5714, 0.2857, 0.1429]);
  // A ≫ B, B ≫ C, but C ≫ A: refused; the C–A judgement is the odd one out
  const bad = ahp([
    [1, 5, 1 / 5],
    [0, 1, 5],
    [0, 0, 1],
  ]);
  expect(bad.cr).toBeGreaterThan(0.1);
  expect(bad.consistent).toBe(false);
  expect(bad.mostInconsistent).not.toBeNull();
});

test("direct points must sum to 100; rounded weights keep summing to exactly 100 %", () => {
  expect(fromPoints([50, 30, 20])).toEqual([0.5, 0.3, 0.2]);
  expect(fromPoints([50, 30, 10])).toBeNull();
  expect(fromPoints([110, -10])).toBeNull();
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 9 }),
      (raw) => {
        const sum = raw.reduce((a, b) => a + b, 0);
        const rounded = roundWeights(raw.map((x) => x / sum));
        expect(Math.round(rounded.reduce((a, b) => a + b, 0) * 1000)).toBe(1000);
      },
    ),
  );
});

test("round2 rounds half away from zero on the decimal value, as Excel does", () => {
  expect(round2(1.005)).toBe(1.01);
  expect(round2(0.025)).toBe(0.03);
  expect(round2(100 * 0.001 * 0.25)).toBe(0.03);
  expect(round2(-2.675)).toBe(-2.68);
  expect(round2(27.750000000000004)).toBe(27.75);
  expect(round2(1e7 * 1e7 * 37.5 - 5000 + 1e-9)).toBe(3749999999995000);
});

test("ranking: the declared tie-break (urgency, strategic fit, lower net cost, ID); the plan skips what does not fit", () => {
  const s = settings({ budget: 3000 });
  const needs = [
    need("B", [3, 3, 3, 3, 3, 3], 1000),
    need("A", [3, 3, 3, 3, 3, 3], 1000), // same as B: ID decides
    need("C", [4, 2, 3, 3, 3, 3], 1000), // same score as A, B and D, higher urgency
    need("D", [3, 3, 3, 3, 3, 3], 1000),
    need("E", [5, 5, 5, 5, 5, 5], 2500), // best score, does not fit after... it is first
    need("F", [1, 1, 1, 2, 1, 1], 10), // cheap, last: still fits
  ];
  const r = prioritise(needs, () => true, s);
  const order = r.map((x, i) => [needs[i].questionId, x.rank] as const).sort((a, b) => a[1]! - b[1]!);
  expect(order.map((o) => o[0])).toEqual(["E", "C", "A", "B", "D", "F"]);
  // E (2500) fits; C (1000) would make 3500: skipped; … F (10) still fits
  expect(r.map((x) => x.inPlan)).toEqual([false, false, false, false, true, true]);
  expect(r[5].cumulative).toBe(2510);
  expect(
    compareNeeds(
      { score: 1, urgency: 1, strategic: 1, net: 5, id: "a", row: 0 },
      { score: 1, urgency: 1, strategic: 1, net: 4, id: "b", row: 1 },
    ),
  ).toBeGreaterThan(0);
});

test("bad input is never silently ranked", () => {
  const s = settings();
  const ok = need("Q1", [3, 3, 3, 3, 3, 3], 100);
  const statuses = (
    needs: NeedInput[],
    over: Partial<PrioritySettings> = {},
    real = (id: string) => (id === "GONE" ? null : id !== "NOTREAL"),
  ) => prioritise(needs, real, { ...s, ...over }).map((r) => [r.status, r.rank]);
  expect(statuses([ok, need("GONE", [3, 3, 3, 3, 3, 3], 1)])[1]).toEqual(["unknownQuestion", null]);
  expect(statuses([ok, need("NOTREAL", [3, 3, 3, 3, 3, 3], 1)])[1]).toEqual(["notRealNeed", null]);
  expect(statuses([ok, need("q1", [3, 3, 3, 3, 3, 3], 1)])).toEqual([
    ["duplicate", null],
    ["duplicate", null],
  ]);
  expect(statuses([need("Q2", [3, 3, 6, 3, 3, 3], 1)])[0]).toEqual(["scoresInvalid", null]);
  expect(statuses([need("Q2", [3, 3, "" as never, 3, 3, 3], 1)])[0]).toEqual(["scoresInvalid", null]);
  expect(statuses([need("Q2", [3, 3, 2.5, 3, 3, 3], 1)])[0]).toEqual(["scoresInvalid", null]);
  expect(statuses([need("Q2", [3, 3, 3, 3, 3, 3], -5)])[0]).toEqual(["costsInvalid", null]);
  expect(statuses([need("Q2", [3, 3, 3, 3, 3, 3], "duur" as never)])[0]).toEqual(["costsInvalid", null]);
  expect(statuses([need("Q2", [3, 3, 3, 1, 3, 3], 1)])[0]).toEqual(["notFeasible", null]);
  const w = equalWeights();
  w.urgency.weight = 0.5;
  expect(statuses([ok], { weights: w })[0]).toEqual(["weightsInvalid", null]);
  // a budget of 0: ranked, but only free needs are in the plan
  const zero = prioritise([ok, need("Q3", [1, 1, 1, 3, 1, 1], 0)], () => true, { ...s, budget: 0 });
  expect(zero.map((r) => [r.rank, r.inPlan])).toEqual([
    [1, false],
    [2, true],
  ]);
  // no valid budget: ranked, no plan
  expect(prioritise([ok], () => true, { ...s, budget: null })[0]).toMatchObject({ rank: 1, inPlan: null });
});

test("knapsack: equals brute force on small cases, with and without an hours cap", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          value: fc.integer({ min: 0, max: 100 }),
          cost: fc.integer({ min: 0, max: 50 }),
          hours: fc.integer({ min: 0, max: 20 }),
        }),
        { maxLength: 12 },
      ),
      fc.integer({ min: 0, max: 150 }),
      fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      (items, budget, cap) => {
        let best = 0;
        for (let mask = 0; mask < 1 << items.length; mask++) {
          let v = 0,
            c = 0,
            h = 0;
          items.forEach((it, i) => {
            if (mask & (1 << i)) {
              v += it.value;
              c += it.cost;
              h += it.hours;
            }
          });
          if (c <= budget && (cap === null || h <= cap)) best = Math.max(best, v);
        }
        const r = knapsack(items, budget, cap);
        expect(r.value).toBe(best);
        expect(r.cost).toBeLessThanOrEqual(budget);
        if (cap !== null) expect(r.hours).toBeLessThanOrEqual(cap);
      },
    ),
    { numRuns: 300 },
  );
});

test("sensitivity: inside the interval the first five stay; just outside the named pair swaps", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }), {
        minLength: 6,
        maxLength: 12,
      }),
      fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 7, maxLength: 7 }),
      (rows, raw) => {
        const total = raw.reduce((a, b) => a + b, 0);
        const w = Object.fromEntries(CRITERIA.map((c, i) => [c, { weight: raw[i] / total }])) as Weights;
        const items = rows.map((s, i) => ({
          id: `N${i}`,
          scores: Object.fromEntries(CRITERIA.map((c, j) => [c, s[j]])) as Record<Criterion, number>,
        }));
        // rounded so that float noise does not order items whose lines coincide
        const score = (it: (typeof items)[number], ww: Weights) =>
          Math.round(CRITERIA.reduce((t, c) => t + ww[c].weight * ((it.scores[c] - 1) / 4) * 100, 0) * 1e6) /
          1e6;
        const rank = (ww: Weights) =>
          [...items].sort((a, b) => score(b, ww) - score(a, ww) || (a.id < b.id ? -1 : 1));
        const ranked = rank(w);
        const top5 = (ww: Weights) =>
          rank(ww)
            .slice(0, 5)
            .map((x) => x.id)
            .join(",");
        const at = (c: Criterion, t: number): Weights => {
          const rest = 1 - w[c].weight;
          return Object.fromEntries(
            CRITERIA.map((o) => [
              o,
              {
                weight: o === c ? t : rest > 0 ? (w[o].weight * (1 - t)) / rest : (1 - t) / 6,
              },
            ]),
          ) as Weights;
        };
        for (const iv of sensitivity(ranked, w)) {
          expect(iv.low).toBeLessThanOrEqual(iv.current + 1e-12);
          expect(iv.high).toBeGreaterThanOrEqual(iv.current - 1e-12);
          // strictly inside: the same five in the same order (when the interval is not degenerate)
          if (iv.high - iv.low > 1e-6) {
            const mid = (Math.max(iv.low, iv.current - 1e-4) + Math.min(iv.high, iv.current + 1e-4)) / 2;
            expect(top5(at(iv.criterion, mid))).toBe(top5(w));
          }
          if (iv.swapAbove && iv.high < 1 - 1e-3) {
            const beyond = rank(at(iv.criterion, Math.min(1, iv.high + 1e-6))).map((x) => x.id);
            const [a, b] = iv.swapAbove;
            expect(beyond.indexOf(b)).toBeLessThan(beyond.indexOf(a));
          }
        }
      },
    ),
    { numRuns: 200 },
  );
});

// ---- the cases, worked out by hand --------------------------------------------------------

import {
  checkCosts,
  investmentScore,
  readPrioritySettings,
  weightedScore,
} from "../../src/domain/priorities";
import { questionIdText, questionKey } from "../../src/domain/questions";
import {
  EDGE_BUDGET,
  EDGE_NEEDS,
  EDGE_ORDER,
  EDGE_PLAN,
  EDGE_QUESTIONS,
  edgeData,
} from "../helpers/priorityEdges";
import { prioritySettingsOf } from "../helpers/verify";
import { assessQuestion, isRealNeed } from "../../src/domain/questions";

const edgeReal = (id: string) => {
  const q = EDGE_QUESTIONS.find((x) => questionKey(x.id) === questionKey(id));
  return q ? isRealNeed(assessQuestion(q).verdict) : null;
};
const byId = (results: ReturnType<typeof prioritise>, needs = EDGE_NEEDS) =>
  Object.fromEntries(results.map((r, i) => [questionIdText(needs[i].questionId) + (i === 14 ? "'" : ""), r]));

test("question IDs: one normalised form — trimmed, no-break and zero-width spaces, tabs, numbers as text", () => {
  expect(questionIdText(" LV03 ")).toBe("LV03");
  expect(questionIdText("LV03\u200B")).toBe("LV03");
  expect(questionIdText("\uFEFFLV03")).toBe("LV03");
  expect(questionIdText("\u00A0LV03\u00A0")).toBe("LV03");
  expect(questionIdText("LV\u00A0 \u00A003")).toBe("LV 03"); // runs of spaces inside become one, as TRIM does
  expect(questionIdText("lv03\t")).toBe("lv03");
  expect(questionIdText(7)).toBe("7");
  expect(questionIdText(true)).toBe("TRUE");
  expect(questionIdText(null)).toBe("");
  expect(questionKey(" Lv03 ")).toBe(questionKey("LV03\u200B"));
  expect(questionKey(7)).toBe(questionKey(" 7"));
});

test("the issue: LV03 and ' LV03 ' with the same scores are both duplicates; ranks stay 1…N and the plan within budget", () => {
  const s = settings({ budget: 2500 });
  const needs = [
    need("LV01", [4, 4, 4, 4, 4, 4], 1000),
    need("LV03", [3, 3, 3, 3, 3, 3], 1000),
    need("LV02", [3, 3, 3, 3, 3, 3], 1000),
    need(" LV03 ", [3, 3, 3, 3, 3, 3], 1000),
    need("LV04", [2, 2, 2, 2, 2, 2], 1000),
  ];
  const r = prioritise(needs, () => true, s);
  expect(r.map((x) => x.status)).toEqual(["ranked", "duplicate", "ranked", "duplicate", "ranked"]);
  expect(r.map((x) => x.rank)).toEqual([1, null, 2, null, 3]);
  expect(r.map((x) => x.inPlan)).toEqual([true, null, true, null, false]);
  expect(r[4].cumulative).toBe(2000);
});

test("edge workbook: rank order, plan, statuses and costs as worked out by hand", () => {
  const s = prioritySettingsOf(edgeData());
  expect(s.budget).toBe(EDGE_BUDGET);
  const r = prioritise(EDGE_NEEDS, edgeReal, s);
  const order = r
    .map((x, i) => ({ x, id: questionIdText(EDGE_NEEDS[i].questionId) }))
    .filter((o) => o.x.rank !== null)
    .sort((a, b) => a.x.rank! - b.x.rank!)
    .map((o) => o.id);
  expect(order).toEqual(EDGE_ORDER);
  expect(r.filter((x) => x.inPlan).map((x) => questionIdText(EDGE_NEEDS[r.indexOf(x)].questionId))).toEqual(
    expect.arrayContaining(EDGE_PLAN),
  );
  expect(r.filter((x) => x.inPlan)).toHaveLength(EDGE_PLAN.length);
  const n = byId(r);
  // the plan fills the budget to the cent: LV07 fits exactly, then only LV09 (net 0)
  expect(n["LV07"].cumulative).toBe(EDGE_BUDGET);
  expect(n["LV09"]).toMatchObject({ inPlan: true, cumulative: EDGE_BUDGET });
  expect(n["LV08"].inPlan).toBe(false);
  // statuses
  expect(n["LV11"].status).toBe("notFeasible");
  expect(n["LV12"].status).toBe("duplicate");
  expect(n["LV12'"].status).toBe("duplicate");
  expect(n["LV13"].status).toBe("costsMissing");
  expect(n["LV14"].status).toBe("costsMissing");
  expect(n["LV15"].status).toBe("ranked");
  expect(n["LV16"].status).toBe("scoresInvalid");
  expect(n["LV17"].status).toBe("scoresInvalid");
  expect(n["LV20"].status).toBe("notRealNeed");
  expect(n["LV99"].status).toBe("unknownQuestion");
  // scores, bands on their limits, the subsidy floor
  expect([n["LV01"].investmentScore, n["LV01"].score]).toEqual([4, 95]);
  expect([n["8"].investmentScore, n["8"].score]).toEqual([5, 30]);
  expect([n["LV10"].investmentScore, n["LV10"].score]).toEqual([4, 25]);
  expect(n["LV02"].score).toBe(60);
  expect(n["LV09"].costs).toMatchObject({ netCost: 0, subsidyExceedsCost: true });
  expect(n["LV19"]).toMatchObject({
    rank: 13,
    inPlan: true,
    costs: { netCost: 0, subsidyExceedsCost: false },
  });
  expect(n["LV18"].costs).toMatchObject({
    totalHours: 10,
    internalCost: 400,
    netCost: 400,
    subsidyExceedsCost: false,
  });
  expect(n["LV13"].costs).toBeNull();
});

test("while the weights do not add up to 100 %, each row's own problem is kept beside it", () => {
  const s = prioritySettingsOf(edgeData(true));
  const n = byId(prioritise(EDGE_NEEDS, edgeReal, s));
  expect(n["LV02"]).toMatchObject({ status: "weightsInvalid", rowProblem: null, rank: null });
  expect(n["LV11"]).toMatchObject({ status: "weightsInvalid", rowProblem: "notFeasible" });
  expect(n["LV13"]).toMatchObject({ status: "weightsInvalid", rowProblem: "costsMissing" });
  expect(n["LV16"]).toMatchObject({ status: "weightsInvalid", rowProblem: "scoresInvalid" });
  // problems of the question itself come first, as before
  expect(n["LV12"].status).toBe("duplicate");
  expect(n["LV99"].status).toBe("unknownQuestion");
});

test("every tie-break level decides alone, in the declared order, and the last one (the row) makes it total", () => {
  const k = { score: 50, urgency: 3, strategic: 3, net: 100, id: "lv05", row: 5 };
  const first = (a: typeof k, b: typeof k) => compareNeeds(a, b) < 0 && compareNeeds(b, a) > 0;
  expect(first({ ...k, score: 50.01 }, k)).toBe(true);
  expect(first({ ...k, urgency: 4, strategic: 1 }, k)).toBe(true); // urgency before strategic fit
  expect(first({ ...k, strategic: 4, net: 900 }, k)).toBe(true); // strategic fit before net cost
  expect(first({ ...k, net: 99.99, id: "zz" }, k)).toBe(true); // lower net cost before ID
  expect(first({ ...k, id: "lv04", row: 9 }, k)).toBe(true); // ID before row
  expect(first({ ...k, id: "7" }, { ...k, id: "lv01" })).toBe(true); // digits before letters, as text
  expect(first({ ...k, id: "10" }, { ...k, id: "7" })).toBe(true); // numeric IDs compare as text
  expect(first({ ...k, row: 4 }, k)).toBe(true);
  expect(compareNeeds(k, k)).toBe(0);
});

test("boundaries: feasibility at the minimum is ranked, one below is not; a net cost on a band's limit takes that band", () => {
  const s = settings({ minFeasibility: 3 });
  const r = prioritise([need("A", [3, 3, 3, 3, 3, 3], 1), need("B", [3, 3, 3, 2, 3, 3], 1)], () => true, s);
  expect(r.map((x) => x.status)).toEqual(["ranked", "notFeasible"]);
  expect(
    [1000, 1000.01, 2500, 2500.01, 5000, 10000, 10000.01].map((v) => investmentScore(v, s.bands)),
  ).toEqual([5, 4, 4, 3, 3, 2, 1]);
});

test("budget: a need that exactly fills the budget is in the plan, one cent more is not", () => {
  for (const [cost, inPlan] of [
    [3000, true],
    [3000.01, false],
  ] as const) {
    const r = prioritise(
      [need("A", [5, 5, 5, 5, 5, 5], 1000), need("B", [4, 4, 4, 4, 4, 4], cost)],
      () => true,
      settings({ budget: 4000 }),
    );
    expect([r[1].rank, r[1].inPlan, r[1].cumulative]).toEqual([2, inPlan, inPlan ? 4000 : 1000]);
  }
});

test("scores: only whole numbers 1–5; 0, 6, 2.5, text and blank are not scores", () => {
  for (const bad of [0, 6, 2.5, "3", "hoog", "", null, true])
    expect(prioritise([need("A", [3, bad as number, 3, 3, 3, 3], 1)], () => true, settings())[0].status).toBe(
      "scoresInvalid",
    );
  for (const ok of [1, 5])
    expect(prioritise([need("A", [3, ok, 3, 3, 3, 3], 1)], () => true, settings())[0].status).toBe("ranked");
});

test("costs: missing, invalid, the subsidy floor, exact cents", () => {
  const c = (p: unknown, h: unknown, e: unknown, sub: unknown = "") =>
    checkCosts(
      {
        ...need("A", [3, 3, 3, 3, 3, 3], 0),
        externalCost: e,
        participants: p,
        hoursPerParticipant: h,
        subsidy: sub,
      },
      { hourlyCost: 45 },
    );
  expect(c("", "", "").kind).toBe("missing");
  expect(c("", "", "", 500).kind).toBe("missing"); // a subsidy alone is no cost
  expect(c(5, "", 100).kind).toBe("missing"); // participants without hours
  expect(c("", 8, 100).kind).toBe("missing"); // hours without participants
  expect(c("", "", 0).kind).toBe("ok"); // 0 is a value: a free need
  expect(c(0, 0, "").kind).toBe("ok");
  expect(c(" ", "", 100).kind).toBe("invalid"); // spaces are text
  expect(c(-1, 2, 100).kind).toBe("invalid");
  expect(c(2, 2, "100").kind).toBe("invalid");
  // 100 external + 2 × 2 h × 45 € = 280 €: a subsidy of 300 € is more (warned), 280 € is not
  expect(c(2, 2, 100, 300)).toEqual({
    kind: "ok",
    costs: { totalHours: 4, internalCost: 180, netCost: 0, subsidyExceedsCost: true },
  });
  const equal = c(2, 2, 100, 280);
  expect(equal.kind === "ok" && equal.costs).toMatchObject({ netCost: 0, subsidyExceedsCost: false });
  const cent = c(2, 2, 100, 280.01);
  expect(cent.kind === "ok" && cent.costs).toMatchObject({ netCost: 0, subsidyExceedsCost: true });
  const under = c(2, 2, 100, 280.004); // less than half a cent over: rounds to 0, no warning
  expect(under.kind === "ok" && under.costs).toMatchObject({ netCost: 0, subsidyExceedsCost: false });
  // an exact half cent rounds up on the decimal value (67.225 is 67.2249999… in binary)
  const half = c("", "", 67.225);
  expect(half.kind === "ok" && half.costs.netCost).toBe(67.23);
  const big = c(1e7, 1e7, 2500.5, 100);
  expect(big.kind === "ok" && big.costs.netCost).toBe(4500000000002400);
});

test("the weighted score is exact on the decimal values; the investment score is never reversed again", () => {
  const w = equalWeights();
  const all = (v: number) => Object.fromEntries(CRITERIA.map((c) => [c, v])) as Record<Criterion, number>;
  expect(weightedScore(all(5), w)).toBe(100);
  expect(weightedScore(all(1), w)).toBe(0);
  // a cheap need (investment score 5) scores higher than an expensive one (1), all else equal
  expect(weightedScore({ ...all(3), investment: 5 }, w)).toBeGreaterThan(
    weightedScore({ ...all(3), investment: 1 }, w),
  );
  // 0.15 × 3/4 × 100 = 11.25 exactly; 0.0045 × 100 rounds half up to 0.45 … on the decimal value
  const one = (c: Criterion, weight: number) =>
    Object.fromEntries(CRITERIA.map((x) => [x, { weight: x === c ? weight : (1 - weight) / 6 }])) as Weights;
  expect(weightedScore({ ...all(1), urgency: 4 }, one("urgency", 0.15))).toBe(11.25);
  expect(weightedScore({ ...all(1), urgency: 2 }, one("urgency", 0.0018))).toBe(0.05); // 0.045 → 0.05
});

test("the settings as the formulas read them: first row with the exact key (case aside, not trimmed), N() for amounts", () => {
  const weights = CRITERIA.map((c, i) => ({ key: i === 0 ? "Investment" : c, weight: i === 0 ? 0.4 : 0.1 }));
  const s = readPrioritySettings(
    [
      { key: "budget", value: 5000 },
      { key: "budget", value: 1 },
      { key: " hourly_cost", value: 50 },
      { key: "min_feasibility", value: "3" },
      { key: "invest_band_1", value: true },
      { key: "hours_cap", value: "" },
    ],
    weights,
  );
  expect(s).toMatchObject({ budget: 5000, hourlyCost: 0, minFeasibility: 0, hoursCap: null });
  expect(s.bands).toEqual([1, 0, 0, 0]);
  expect(s.weights.investment.weight).toBe(0.4);
  const broken = (w: { key: unknown; weight: unknown }[]) =>
    readPrioritySettings([], w).weights.urgency.weight;
  expect(broken([...weights, { key: "extra", weight: 0 }])).toBeNaN(); // eight rows
  expect(broken(weights.map((w, i) => (i === 1 ? { ...w, weight: "0,1" } : w)))).toBeNaN();
  expect(broken(weights.map((w, i) => (i === 1 ? { ...w, key: " urgency" } : w)))).toBeNaN();
  expect(readPrioritySettings([{ key: "budget", value: -1 }], weights).budget).toBeNull();
  expect(readPrioritySettings([{ key: "budget", value: "5000" }], weights).budget).toBeNull();
});

test("ranks are always 1…N, unique, whatever ties and duplicates (property)", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          id: fc.constantFrom("A", "B", "C", " a", "B\u200B", 7, "7", "D", "E"),
          s: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }),
          cost: fc.constantFrom(0, 100, 100, 250.5, 1000),
        }),
        { maxLength: 12 },
      ),
      (rows) => {
        const r = prioritise(
          rows.map((x) => need(x.id as string, x.s, x.cost)),
          () => true,
          settings({ minFeasibility: 1 }),
        );
        const ranks = r.flatMap((x) => (x.rank === null ? [] : [x.rank])).sort((a, b) => a - b);
        expect(ranks).toEqual(ranks.map((_, i) => i + 1));
        // duplicates by normalised ID are never ranked
        const keys = rows.map((x) => questionKey(x.id));
        r.forEach((x, i) =>
          expect(x.status === "duplicate").toBe(keys.filter((k) => k === keys[i]).length > 1),
        );
      },
    ),
    { numRuns: 300 },
  );
});

test("a need ranked past the last row of the ranking table is never walked: beyondRanking, no plan", () => {
  const needs = [5, 4, 3, 2].map((v, i) => need(`N${i}`, [v, v, v, v, v, v], 10));
  const r = prioritise(needs, () => true, settings(), 2);
  expect(r.map((x) => [x.rank, x.beyondRanking, x.inPlan])).toEqual([
    [1, false, true],
    [2, false, true],
    [3, true, null],
    [4, true, null],
  ]);
});

test("knapsack: equals brute force on 2-decimal scores and costs (a pruning slack would lose hundredths)", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          value: fc.integer({ min: 0, max: 10000 }),
          cost: fc.integer({ min: 0, max: 500000 }),
          hours: fc.integer({ min: 0, max: 40 }),
        }),
        { maxLength: 12 },
      ),
      fc.integer({ min: 0, max: 1500000 }),
      fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      (raw, budgetCents, cap) => {
        const items = raw.map((x) => ({ value: x.value / 100, cost: x.cost / 100, hours: x.hours }));
        let best = 0;
        for (let mask = 0; mask < 1 << raw.length; mask++) {
          let v = 0,
            c = 0,
            h = 0;
          raw.forEach((it, i) => {
            if (mask & (1 << i)) {
              v += it.value;
              c += it.cost;
              h += it.hours;
            }
          });
          if (c <= budgetCents && (cap === null || h <= cap)) best = Math.max(best, v);
        }
        const r = knapsack(items, budgetCents / 100, cap);
        expect(Math.round(r.value * 100)).toBe(best);
        expect(Math.round(r.cost * 100)).toBeLessThanOrEqual(budgetCents);
        if (cap !== null) expect(r.hours).toBeLessThanOrEqual(cap);
      },
    ),
    { numRuns: 500 },
  );
  // a cost that exactly fills the budget is taken
  expect(knapsack([{ value: 10.01, cost: 2500.5, hours: 0 }], 2500.5).chosen).toEqual([true]);
  expect(knapsack([{ value: 10.01, cost: 2500.51, hours: 0 }], 2500.5).chosen).toEqual([false]);
});
