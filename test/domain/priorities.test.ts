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
  Object.fromEntries(
    CRITERIA.map((c, i) => [c, { weight: i === 0 ? 0.16 : 0.14, direction: "benefit" }]),
  ) as Weights;

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
      { score: 1, urgency: 1, strategic: 1, net: 5, id: "a" },
      { score: 1, urgency: 1, strategic: 1, net: 4, id: "b" },
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
        const w = Object.fromEntries(
          CRITERIA.map((c, i) => [c, { weight: raw[i] / total, direction: "benefit" }]),
        ) as Weights;
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
                direction: "benefit",
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
