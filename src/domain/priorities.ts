/**
 * Which real training needs first (domain.md §4, Baert e.a.): scores 1–5 per criterion, weights
 * summing to 100 %, a weighted score on 0–100, a rank with a declared tie-break, and the plan that
 * walks the ranks within the budget. Pure: the reference the Prioriteiten formulas follow step
 * by step.
 */
import { add, cmp, Dec, dec, excelRound, max0, mul, sub as sub_, toNumber } from "./decimal";
import { questionIdText, questionKey } from "./questions";

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

/**
 * Each criterion's direction is fixed, applied once, to its raw figure. Investment is a cost: its
 * raw figure is the net cost, and the bands turn a lower net cost into a higher investment score
 * (5 = cheapest). The six other criteria are benefits: their descriptors already say 5 = more reason
 * to go first. So every score, the investment score included, weighs as "higher = higher
 * priority"; nothing is reversed a second time.
 */
export const CRITERION_DIRECTION: Record<Criterion, Direction> = {
  investment: "cost",
  urgency: "benefit",
  success: "benefit",
  equity: "benefit",
  feasibility: "benefit",
  efficiency: "benefit",
  strategic: "benefit",
};

export interface Weight {
  /** A fraction; the seven sum to 1. */
  weight: number;
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
  | "costsMissing"
  | "notFeasible"
  | "ranked";

/** A need's own problem (its scores, costs, feasibility): shown also while the weights are unusable. */
export type RowProblem = "scoresInvalid" | "costsInvalid" | "costsMissing" | "notFeasible";

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
/** An empty cell. (A cell holding spaces is text: an invalid amount.) */
const isEmpty = (v: unknown) => v === "" || v === null || v === undefined;
/** An amount: blank, or a number of 0 or more; null when invalid. */
const amount = (v: unknown): Dec | "blank" | null =>
  isEmpty(v) ? "blank" : typeof v === "number" && Number.isFinite(v) && v >= 0 ? dec(v) : null;

export interface Costs {
  totalHours: number;
  internalCost: number;
  /** External + internal − subsidy, never below 0, in cents. */
  netCost: number;
  /** The subsidy exceeds external + internal cost (by at least half a cent): the net cost was set to 0. */
  subsidyExceedsCost: boolean;
}

export type CostCheck = { kind: "invalid" } | { kind: "missing" } | { kind: "ok"; costs: Costs };

/**
 * The investment figures of a row. Invalid: an amount that is text, negative or not a number.
 * Missing: participants and hours per participant are not both filled in or both blank (one
 * without the other gives no internal cost), or nothing that makes a cost is filled in
 * (participants, hours and external cost all blank). 0 is a value: a free need has external cost 0
 * or its participants and hours.
 */
export function checkCosts(n: NeedInput, s: Pick<PrioritySettings, "hourlyCost">): CostCheck {
  const [p, h, e, sub] = [n.participants, n.hoursPerParticipant, n.externalCost, n.subsidy].map(amount);
  if (p === null || h === null || e === null || sub === null) return { kind: "invalid" };
  if ((p === "blank") !== (h === "blank") || (p === "blank" && e === "blank")) return { kind: "missing" };
  const zero = dec(0);
  const or0 = (x: Dec | "blank") => (x === "blank" ? zero : x);
  const hours = mul(or0(p), or0(h));
  const internal = mul(hours, dec(s.hourlyCost));
  const gross = add(or0(e), internal);
  const beforeFloor = sub_(gross, or0(sub));
  return {
    kind: "ok",
    costs: {
      totalHours: toNumber(hours),
      internalCost: toNumber(internal),
      netCost: toNumber(excelRound(max0(beforeFloor), 2)),
      subsidyExceedsCost: cmp(excelRound(beforeFloor, 2), zero) < 0,
    },
  };
}

/** The costs of a row, or null when they are invalid or missing. */
export function costs(n: NeedInput, s: Pick<PrioritySettings, "hourlyCost">): Costs | null {
  const c = checkCosts(n, s);
  return c.kind === "ok" ? c.costs : null;
}

/** Score 5 up to the first band, 4 up to the second, …, 1 above the last (a net cost on a band's limit takes that band). */
export function investmentScore(netCost: number, bands: PrioritySettings["bands"]): number {
  for (let i = 0; i < bands.length; i++) if (cmp(dec(netCost), dec(bands[i])) <= 0) return SCORE_MAX - i;
  return SCORE_MIN;
}

/**
 * 0–100: each score mapped to 0–1 ((s − 1)/4; the investment score is already "5 = cheapest"),
 * weighted, summed, rounded to 2 decimals (exactly, on the decimal values).
 */
export function weightedScore(scores: Record<Criterion, number>, w: Weights): number {
  let sum = dec(0);
  for (const c of CRITERIA) sum = add(sum, mul(mul(dec(w[c].weight), dec(scores[c] - SCORE_MIN)), dec(25)));
  return toNumber(excelRound(sum, 2));
}

export interface NeedResult {
  status: NeedStatus;
  /** While the weights are unusable (status weightsInvalid): the row's own problem, if any. */
  rowProblem: RowProblem | null;
  costs: Costs | null;
  investmentScore: number | null;
  score: number | null;
  rank: number | null;
  /** Ranked past the last row of the ranking table: never walked, never in the plan. */
  beyondRanking: boolean;
  inPlan: boolean | null;
  /** Planned net cost up to and including this rank (rank-order walk). */
  cumulative: number | null;
}

/**
 * Scores, ranks and the rank-order plan for every row. `realNeed(id)` gets the normalised ID (see
 * questionIdText) and says whether that question exists and is a real need: null when it does not
 * exist. `rankingRows` is how many ranks the ranking table can walk (Infinity: all).
 */
export function prioritise(
  needs: NeedInput[],
  realNeed: (questionId: string) => boolean | null,
  s: PrioritySettings,
  rankingRows = Infinity,
): NeedResult[] {
  const ids = needs.map((n) => questionKey(n.questionId));
  const count = new Map<string, number>();
  for (const id of ids) if (id) count.set(id, (count.get(id) ?? 0) + 1);
  const weightsOk = weightsValid(s.weights);
  const results: NeedResult[] = needs.map((n, i) => {
    const none: NeedResult = {
      status: "blank",
      rowProblem: null,
      costs: null,
      investmentScore: null,
      score: null,
      rank: null,
      beyondRanking: false,
      inPlan: null,
      cumulative: null,
    };
    if (!ids[i]) return none;
    const check = checkCosts(n, s);
    const c = check.kind === "ok" ? check.costs : null;
    const base = { ...none, costs: c, investmentScore: c ? investmentScore(c.netCost, s.bands) : null };
    const real = realNeed(questionIdText(n.questionId));
    if (real === null) return { ...base, status: "unknownQuestion" };
    if ((count.get(ids[i]) ?? 0) > 1) return { ...base, status: "duplicate" };
    if (!real) return { ...base, status: "notRealNeed" };
    const own: RowProblem | null = SCORED.some((k) => !isScore(n.scores[k]))
      ? "scoresInvalid"
      : check.kind === "invalid"
        ? "costsInvalid"
        : check.kind === "missing"
          ? "costsMissing"
          : (n.scores.feasibility as number) < s.minFeasibility
            ? "notFeasible"
            : null;
    if (!weightsOk) return { ...base, status: "weightsInvalid", rowProblem: own };
    if (own) return { ...base, status: own };
    const all = {
      ...(n.scores as Record<Exclude<Criterion, "investment">, number>),
      investment: base.investmentScore!,
    };
    return { ...base, status: "ranked", score: weightedScore(all, s.weights) };
  });
  // rank: higher score, then higher urgency, higher strategic fit, lower net cost, ID, and the row
  const ranked = results.map((r, i) => ({ r, i })).filter((x) => x.r.status === "ranked");
  const key = (i: number): RankKey => ({
    score: results[i].score!,
    urgency: needs[i].scores.urgency as number,
    strategic: needs[i].scores.strategic as number,
    net: results[i].costs!.netCost,
    id: ids[i],
    row: i,
  });
  ranked.sort((a, b) => compareNeeds(key(a.i), key(b.i)));
  let cumulative = dec(0);
  const budget = s.budget === null ? null : dec(s.budget);
  ranked.forEach(({ r }, k) => {
    r.rank = k + 1;
    if (r.rank > rankingRows) {
      r.beyondRanking = true;
      return;
    }
    if (budget === null) return;
    const next = excelRound(add(cumulative, dec(r.costs!.netCost)), 2);
    r.inPlan = cmp(next, budget) <= 0;
    if (r.inPlan) cumulative = next;
    r.cumulative = toNumber(cumulative);
  });
  return results;
}

export interface RankKey {
  score: number;
  urgency: number;
  strategic: number;
  net: number;
  /** The normalised ID in lower case (questionKey); compared as Excel compares text of letters and digits. */
  id: string;
  /** The row: two rows never tie (a duplicate ID is never ranked, so this decides nothing in practice). */
  row: number;
}

/** Negative when a comes first: the declared tie-break order, total. */
export function compareNeeds(a: RankKey, b: RankKey): number {
  return (
    b.score - a.score ||
    b.urgency - a.urgency ||
    b.strategic - a.strategic ||
    a.net - b.net ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    a.row - b.row
  );
}

// ---- the settings as the formulas read them ----------------------------------------------------

/** Excel's N(): a number as it is, TRUE 1, anything else 0. */
const excelN = (v: unknown): number => (typeof v === "number" ? v : v === true ? 1 : 0);
/** A key cell as MATCH("key", column, 0) finds it: the same text apart from case (no trimming). */
const isKey = (cell: unknown, key: string) =>
  typeof cell === "string" && cell.toLowerCase() === key.toLowerCase();

/**
 * The priority settings read from the raw settings and weights tables the way the Prioriteiten
 * formulas read them — the reference's own reading, shared with nothing in the task pane: a setting
 * is the first row whose key is that text (case aside, not trimmed); amounts through N(); a budget
 * only when it is a number ≥ 0; the weights usable only when the table has exactly seven rows, all
 * numbers, none negative, summing to 100 %, and each criterion's key present (each weight is then
 * the first row with its key); otherwise every weight is NaN.
 */
export function readPrioritySettings(
  settings: { key: unknown; value: unknown }[],
  weights: { key: unknown; weight: unknown }[],
): PrioritySettings {
  const value = (k: string) => settings.find((r) => isKey(r.key, k))?.value;
  const numbers = weights.map((w) => w.weight).filter((v): v is number => typeof v === "number");
  const usable =
    weights.length === CRITERIA.length &&
    numbers.length === CRITERIA.length &&
    numbers.every((v) => v >= 0) &&
    Math.abs(numbers.reduce((a, b) => a + b, 0) - 1) < WEIGHT_TOLERANCE &&
    CRITERIA.every((c) => weights.some((w) => isKey(w.key, c)));
  const budget = value("budget");
  const cap = value("hours_cap");
  return {
    weights: Object.fromEntries(
      CRITERIA.map((c) => [
        c,
        { weight: usable ? (weights.find((w) => isKey(w.key, c))!.weight as number) : NaN },
      ]),
    ) as Weights,
    minFeasibility: excelN(value("min_feasibility")),
    hourlyCost: excelN(value("hourly_cost")),
    bands: [1, 2, 3, 4].map((n) => excelN(value(`invest_band_${n}`))) as PrioritySettings["bands"],
    budget: typeof budget === "number" && budget >= 0 ? budget : null,
    hoursCap: typeof cap === "number" && cap > 0 ? cap : null,
  };
}
