/**
 * Sensitivity of the top of the ranking to one weight (others rescaled proportionally): the
 * interval of that weight within which the first five stay the same, in the same order, and the
 * pair that swaps first outside it. Scores are linear in the weight, so the interval ends where
 * two lines cross: two neighbours within the top five, or an outsider and the fifth. Continuous
 * scores (before rounding to 2 decimals); ties are counted as a swap.
 */
import { CRITERIA, Criterion, SCORE_MAX, SCORE_MIN, Weights } from "./priorities";

export interface SensitivityItem {
  id: string;
  /** Scores 1–5 per criterion (investment included). */
  scores: Record<Criterion, number>;
}

export interface WeightInterval {
  criterion: Criterion;
  current: number;
  low: number;
  high: number;
  /** IDs of the pair that swaps at the low and at the high end; null when the end is 0 or 1 unreached. */
  swapBelow: [string, string] | null;
  swapAbove: [string, string] | null;
}

/** A score on 0–1; every score is "higher = higher priority" (see CRITERION_DIRECTION). */
const norm = (s: number) => (s - SCORE_MIN) / (SCORE_MAX - SCORE_MIN);

/** `ranked` in rank order (first = rank 1). */
export function sensitivity(ranked: SensitivityItem[], w: Weights, top = 5): WeightInterval[] {
  const k = Math.min(top, ranked.length);
  return CRITERIA.map((c) => {
    const current = w[c].weight;
    const rest = 1 - current;
    // score(t) = t·a + (1 − t)·b, a = this criterion alone, b = the others rescaled to sum 1
    const line = ranked.map((item) => {
      const a = norm(item.scores[c]) * 100;
      let b = 0;
      for (const o of CRITERIA)
        if (o !== c)
          b += (rest > 0 ? w[o].weight / rest : 1 / (CRITERIA.length - 1)) * norm(item.scores[o]) * 100;
      return { a, b };
    });
    let low = 0;
    let high = 1;
    let swapBelow: [string, string] | null = null;
    let swapAbove: [string, string] | null = null;
    const consider = (i: number, j: number) => {
      // i ranks above j now; where do their lines meet?
      const da = line[i].a - line[j].a;
      const db = line[i].b - line[j].b;
      const slope = da - db;
      if (Math.abs(slope) < 1e-12) return;
      const t = -db / slope;
      const pair: [string, string] = [ranked[i].id, ranked[j].id];
      if (t > current + 1e-12 && t < high) {
        high = t;
        swapAbove = pair;
      } else if (t < current - 1e-12 && t > low) {
        low = t;
        swapBelow = pair;
      } else if (Math.abs(t - current) <= 1e-12) {
        // tied now: the swap is immediate on the side where j gains
        if (slope > 0) {
          low = current;
          swapBelow = pair;
        } else {
          high = current;
          swapAbove = pair;
        }
      }
    };
    for (let i = 0; i + 1 < k; i++) consider(i, i + 1);
    if (k > 0) for (let j = k; j < ranked.length; j++) consider(k - 1, j);
    return { criterion: c, current, low, high, swapBelow, swapAbove };
  });
}
