/**
 * Weight elicitation (domain.md §4): direct points, rank-order centroid, and AHP pairwise
 * comparison on Saaty's 1–9 scale with its consistency ratio. Pure.
 */

/** Points summing to 100 → fractions; null when they do not sum to 100 or one is negative. */
export function fromPoints(points: number[]): number[] | null {
  if (points.some((p) => !Number.isFinite(p) || p < 0)) return null;
  const sum = points.reduce((a, b) => a + b, 0);
  return Math.abs(sum - 100) < 1e-9 ? points.map((p) => p / 100) : null;
}

/** Rank-order centroid for ranks 1..n (1 = most important): wᵢ = (1/n)·Σ_{k=i..n} 1/k. */
export function rankOrderCentroid(n: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let k = i + 1; k <= n; k++) s += 1 / k;
    return s / n;
  });
}

/** Weights per item from each item's rank (1 = most important; ties not allowed). */
export function weightsFromRanks(ranks: number[]): number[] | null {
  const n = ranks.length;
  const sorted = [...ranks].sort((a, b) => a - b);
  if (sorted.some((r, i) => r !== i + 1)) return null;
  const roc = rankOrderCentroid(n);
  return ranks.map((r) => roc[r - 1]);
}

/** Saaty's random index for n = 1…10. */
export const RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];
export const MAX_CONSISTENCY_RATIO = 0.1;
export const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  consistent: boolean;
  /** The judgement furthest from what the weights imply: [i, j] with i < j. */
  mostInconsistent: [number, number] | null;
}

/**
 * `judgements[i][j]` for i < j: how much more important i is than j (Saaty 1/9…9). The full
 * reciprocal matrix follows. Principal eigenvector by power iteration.
 */
export function ahp(judgements: number[][]): AhpResult {
  const n = judgements.length;
  const a = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? judgements[i][j] : 1 / judgements[j][i])),
  );
  let w = Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 1000; iter++) {
    const next = a.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
    const sum = next.reduce((x, y) => x + y, 0);
    const normed = next.map((v) => v / sum);
    const delta = normed.reduce((m, v, i) => Math.max(m, Math.abs(v - w[i])), 0);
    w = normed;
    if (delta < 1e-13) break;
  }
  const aw = a.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
  const lambdaMax = aw.reduce((s, v, i) => s + v / w[i], 0) / n;
  const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = RANDOM_INDEX[n - 1] ?? RANDOM_INDEX[RANDOM_INDEX.length - 1];
  const cr = ri > 0 ? ci / ri : 0;
  let worst: [number, number] | null = null;
  let worstDev = 1;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const e = (a[i][j] * w[j]) / w[i];
      const dev = Math.max(e, 1 / e);
      if (dev > worstDev + 1e-12) {
        worstDev = dev;
        worst = [i, j];
      }
    }
  return { weights: w, lambdaMax, ci, cr, consistent: cr <= MAX_CONSISTENCY_RATIO, mostInconsistent: worst };
}

/**
 * Fractions rounded to 0.1 % that still sum to exactly 100 %: the remainder goes to the largest
 * (Excel shows them as percentages with one decimal).
 */
export function roundWeights(w: number[]): number[] {
  const tenths = w.map((x) => Math.round(x * 1000));
  const diff = 1000 - tenths.reduce((a, b) => a + b, 0);
  const largest = tenths.indexOf(Math.max(...tenths));
  tenths[largest] += diff;
  return tenths.map((t) => t / 1000);
}
