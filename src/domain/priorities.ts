/**
 * Which real training needs first (domain.md §4, Baert e.a.): scores 1–5 per criterion, weights
 * summing to 100 %, a weighted score on 0–100, a rank with a declared tie-break, and the plan that
 * walks the ranks within the budget. Pure: the reference the Prioriteiten formulas follow step
 * by step.
 */
export const CRITERIA = [
  "investment",
  "urgency",
  "success",
  "equity",
  "feasibility",
  "efficiency",
  "strategic",
] as const;
export type Criterion = (typeof CRITERIA)[number];
/** The criteria scored by hand; the investment score follows from the net cost. */
export const SCORED: Exclude<Criterion, "investment">[] = [
  "urgency",
  "success",
  "equity",
  "feasibility",
  "efficiency",
  "strategic",
];
export type Direction = "benefit" | "cost";
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export interface Weight {
  /** A fraction; the seven sum to 1. */
  weight: number;
  direction: Direction;
}
export type Weights = Record<Criterion, Weight>;

export interface PrioritySettings {
  weights: Weights;
  /** Below this feasibility score a need is "niet haalbaar" and not ranked. */
  minFeasibility: number;
  hourlyCost: number;
  /** Upper net-cost bounds of investment scores 5, 4, 3 and 2; above the last, 1. */
  bands: [number, number, number, number];
  /** null when missing or invalid. */
  budget: number | null;
  /** Optional cap on total hours for the budget optimum. */
  hoursCap: number | null;
}

/** A row of the Prioriteiten sheet, raw enough to say what is wrong with it. */
export interface NeedInput {
  questionId: string;
  scores: Record<Exclude<Criterion, "investment">, unknown>;
  participants: unknown;
  hoursPerParticipant: unknown;
  externalCost: unknown;
  subsidy: unknown;
}

export type NeedStatus =
  | "blank"
  | "unknownQuestion"
  | "duplicate"
  | "notRealNeed"
  | "weightsInvalid"
  | "scoresInvalid"
  | "costsInvalid"
  | "notFeasible"
  | "ranked";

/** Rounding a non-negative amount or score to cents, half up, the same in every engine (see HALF_UP in prioritySpecs.ts). */
export const roundCents = (x: number): number => round2(x + 1e-9);

/** Excel's ROUND to 2 decimals: half away from zero on the decimal value shown (15 digits). */
export function round2(x: number): number {
  // beyond 13 digits before the point there are no cents left among Excel's 15 digits
  if (Math.abs(x) >= 1e13) return Number(x.toPrecision(15));
  // on 15 significant digits, as Excel shows the value, so 1.005 is 1.005 and not 1.00499…
  const scaled = Number((Math.abs(Number(x.toPrecision(15))) * 100).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / 100;
}

const WEIGHT_TOLERANCE = 1e-6;
export function weightsValid(w: Weights): boolean {
  const values = CRITERIA.map((c) => w[c].weight);
  if (values.some((v) => typeof v !== "number" || !Number.isFinite(v) || v < 0)) return false;
  return Math.abs(values.reduce((a, b) => a + b, 0) - 1) < WEIGHT_TOLERANCE;
}

const isScore = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= SCORE_MIN && v <= SCORE_MAX;
/** Blank counts as 0; otherwise a number of 0 or more. */
const amount = (v: unknown): number | null =>
  v === "" || v === null || v === undefined
    ? 0
    : typeof v === "number" && Number.isFinite(v) && v >= 0
      ? v
      : null;

export interface Costs {
  totalHours: number;
  internalCost: number;
  /** External + internal − subsidy, never below 0, in cents. */
  netCost: number;
}

export function costs(n: NeedInput, s: Pick<PrioritySettings, "hourlyCost">): Costs | null {
  const [p, h, e, sub] = [n.participants, n.hoursPerParticipant, n.externalCost, n.subsidy].map(amount);
  if (p === null || h === null || e === null || sub === null) return null;
  const totalHours = p * h;
  const internalCost = totalHours * s.hourlyCost;
  return { totalHours, internalCost, netCost: roundCents(Math.max(0, e + internalCost - sub)) };
}

export function investmentScore(netCost: number, bands: PrioritySettings["bands"]): number {
  for (let i = 0; i < bands.length; i++) if (netCost <= bands[i]) return SCORE_MAX - i;
  return SCORE_MIN;
}

/** 0–100: each score mapped to 0–1 (reversed for a cost direction), weighted, rounded to 2 decimals. */
export function weightedScore(scores: Record<Criterion, number>, w: Weights): number {
  let sum = 0;
  for (const c of CRITERIA) {
    const norm = (scores[c] - SCORE_MIN) / (SCORE_MAX - SCORE_MIN);
    sum += w[c].weight * (w[c].direction === "benefit" ? norm : 1 - norm) * 100;
  }
  return roundCents(sum);
}

export interface NeedResult {
  status: NeedStatus;
  costs: Costs | null;
  investmentScore: number | null;
  score: number | null;
  rank: number | null;
  inPlan: boolean | null;
  /** Planned net cost up to and including this rank (rank-order walk). */
  cumulative: number | null;
}

/**
 * Scores, ranks and the rank-order plan for every row. `realNeed(id)` says whether the linked
 * question exists and is a real need: null when it does not exist.
 */
export function prioritise(
  needs: NeedInput[],
  realNeed: (questionId: string) => boolean | null,
  s: PrioritySettings,
): NeedResult[] {
  const ids = needs.map((n) => n.questionId.trim().toLowerCase());
  const count = new Map<string, number>();
  for (const id of ids) if (id) count.set(id, (count.get(id) ?? 0) + 1);
  const weightsOk = weightsValid(s.weights);
  const results: NeedResult[] = needs.map((n, i) => {
    const none: NeedResult = {
      status: "blank",
      costs: null,
      investmentScore: null,
      score: null,
      rank: null,
      inPlan: null,
      cumulative: null,
    };
    const c = costs(n, s);
    const base = { ...none, costs: c, investmentScore: c ? investmentScore(c.netCost, s.bands) : null };
    if (!ids[i]) return none;
    const real = realNeed(n.questionId.trim());
    if (real === null) return { ...base, status: "unknownQuestion" };
    if ((count.get(ids[i]) ?? 0) > 1) return { ...base, status: "duplicate" };
    if (!real) return { ...base, status: "notRealNeed" };
    if (!weightsOk) return { ...base, status: "weightsInvalid" };
    if (SCORED.some((k) => !isScore(n.scores[k]))) return { ...base, status: "scoresInvalid" };
    if (!c) return { ...base, status: "costsInvalid" };
    if ((n.scores.feasibility as number) < s.minFeasibility) return { ...base, status: "notFeasible" };
    const all = {
      ...(n.scores as Record<Exclude<Criterion, "investment">, number>),
      investment: base.investmentScore!,
    };
    return { ...base, status: "ranked", score: weightedScore(all, s.weights) };
  });
  // rank: higher score, then higher urgency, then higher strategic fit, then lower net cost, then ID
  const ranked = results.map((r, i) => ({ r, i })).filter((x) => x.r.status === "ranked");
  const key = (i: number) => ({
    score: results[i].score!,
    urgency: needs[i].scores.urgency as number,
    strategic: needs[i].scores.strategic as number,
    net: results[i].costs!.netCost,
    id: ids[i],
  });
  ranked.sort((a, b) => compareNeeds(key(a.i), key(b.i)));
  let cumulative = 0;
  ranked.forEach(({ r }, k) => {
    r.rank = k + 1;
    if (s.budget === null) return;
    const net = r.costs!.netCost;
    r.inPlan = round2(cumulative + net) <= s.budget;
    if (r.inPlan) cumulative = round2(cumulative + net);
    r.cumulative = cumulative;
  });
  return results;
}

export interface RankKey {
  score: number;
  urgency: number;
  strategic: number;
  net: number;
  /** Lower case; compared as Excel compares text. */
  id: string;
}

/** Negative when a comes first. */
export function compareNeeds(a: RankKey, b: RankKey): number {
  return (
    b.score - a.score ||
    b.urgency - a.urgency ||
    b.strategic - a.strategic ||
    a.net - b.net ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
