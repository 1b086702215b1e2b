/**
 * The training plan (issue 13, items 1 and 2): the reference for every formula of the
 * Opleidingsplan sheet (VTO_Plan) and of the statutory layout for the works council, and the
 * budget optimum's fingerprint that tells whether the static "In budgetoptimum" column still fits
 * the Prioriteiten sheet. Pure; shares nothing with the formulas (decimal amounts through Dec).
 */
import { add, cmp, dec, Dec, excelRound, max0, mul, sub, toNumber } from "./decimal";
import type { NeedStatus } from "./priorities";
import { isRealNeed, questionKey, type QuestionVerdict } from "./questions";

export type PlanType = "formal" | "informal";
export const PLAN_TYPES: PlanType[] = ["formal", "informal"];
export type RiskGroup = "age50" | "disability" | "nonEu" | "bottleneck";
export const RISK_GROUPS: RiskGroup[] = ["age50", "disability", "nonEu", "bottleneck"];
export type PlanStatus = "planned" | "ongoing" | "done";
export type SubsidySource = "sectorFund" | "vivo" | "vov" | "other";

/** Whether a plan row's need is still a ranked real need, and if not, why. */
export type NeedState = "blank" | "yes" | "unknownQuestion" | "notRealNeed" | "notListed" | "notRanked";

/** A raw VTO_Plan row (values as Excel reports them). */
export interface PlanRowInput {
  questionId: unknown;
  /** The type in the workbook's words, already read: null when blank or not from the list. */
  type: PlanType | null;
  participants: unknown;
  hoursPerParticipant: unknown;
  directCost: unknown;
  subsidy: unknown;
  /** The risk-group and gender-balance flags: true when the cell says ja / yes. */
  risk: Record<RiskGroup, boolean>;
  gender: boolean;
}

export interface PlanSettings {
  /** null unless a number > 0. */
  hoursPerDay: number | null;
  /** Through N(): text or blank is 0. */
  hourlyCost: number;
  /** null unless a number ≥ 0. */
  budget: number | null;
}

export interface PlanRowResult {
  key: string;
  totalHours: number | null;
  days: number | null;
  internalCost: number | null;
  netCost: number | null;
  position: number;
  cumulative: number | null;
  /** null: no cumulative; "noBudget": no valid budget. */
  withinBudget: boolean | "noBudget" | null;
  need: NeedState;
  rank: number | null;
  /** 1e5 + position for a formal row, 2e5 + position for an informal one, else null (the layout's lists). */
  listKey: number | null;
}

/** An amount: blank, or a number of 0 or more; null when invalid (text, spaces, negative). */
const amount = (v: unknown): Dec | "blank" | null =>
  v === "" || v === null || v === undefined
    ? "blank"
    : typeof v === "number" && Number.isFinite(v) && v >= 0
      ? dec(v)
      : null;

export interface PriorityLookup {
  status: NeedStatus;
  rank: number | null;
}

/**
 * Every computed column of the plan. `verdict(key)` gives the verdict of the first learning
 * question with that key (null: none); `priority(key)` the status and rank of the first
 * Prioriteiten row with that key (null: none). Keys are compared as questionKey does.
 */
export function computePlan(
  rows: PlanRowInput[],
  s: PlanSettings,
  verdict: (key: string) => QuestionVerdict | null,
  priority: (key: string) => PriorityLookup | null,
): PlanRowResult[] {
  const zero = dec(0);
  let running = zero;
  return rows.map((r, i) => {
    const key = questionKey(r.questionId);
    const [p, h, d, sb] = [r.participants, r.hoursPerParticipant, r.directCost, r.subsidy].map(amount);
    const hours = p !== null && p !== "blank" && h !== null && h !== "blank" ? mul(p, h) : null;
    const totalHours = hours ? toNumber(hours) : null;
    const days = hours && s.hoursPerDay !== null ? totalHours! / s.hoursPerDay : null;
    const internal = hours ? mul(hours, dec(s.hourlyCost)) : null;
    const invalid = p === null || h === null || d === null || sb === null;
    let netCost: number | null = null;
    if (!invalid && !(hours === null && d === "blank")) {
      const or0 = (x: Dec | "blank" | null) => (x === null || x === "blank" ? zero : x);
      const net = excelRound(max0(sub(add(or0(d), internal ?? zero), or0(sb))), 2);
      netCost = toNumber(net);
      running = add(running, net);
    }
    const cumulative = netCost === null ? null : toNumber(excelRound(running, 2));
    const withinBudget =
      cumulative === null
        ? null
        : s.budget === null
          ? "noBudget"
          : cmp(excelRound(dec(cumulative), 2), dec(s.budget)) <= 0;
    let need: NeedState = "blank";
    let rank: number | null = null;
    if (key) {
      const v = verdict(key);
      if (v === null) need = "unknownQuestion";
      else if (!isRealNeed(v)) need = "notRealNeed";
      else {
        const pr = priority(key);
        if (!pr) need = "notListed";
        else if (pr.status !== "ranked") need = "notRanked";
        else {
          need = "yes";
          rank = pr.rank;
        }
      }
    }
    const position = i + 1;
    return {
      key,
      totalHours,
      days,
      internalCost: internal ? toNumber(internal) : null,
      netCost,
      position,
      cumulative,
      withinBudget,
      need,
      rank,
      listKey: r.type === "formal" ? 100000 + position : r.type === "informal" ? 200000 + position : null,
    };
  });
}

// ---- realised hours: the training register, linked by question ID -------------------------------

/** A register row as realisedHours reads it (cells as read; see src/domain/training.ts). */
export interface RegisterRowInput {
  questionId: unknown;
  /** Whether the row says followed (ja / yes, case and spaces aside). */
  followed: boolean;
  /** The training's year (its end date, else its start date); null without a date. */
  year: number | null;
  hours: unknown;
}

/**
 * The hours followed in the analysis year for a plan row's question: the register rows with the
 * same question key (compared as questionKey does), followed, dated in the year, with hours a
 * number of 0 or more, summed. null for a plan row without question ID or without a valid year.
 */
export function realisedHours(key: string, register: RegisterRowInput[], year: number | null): number | null {
  if (!key || year === null) return null;
  return register.reduce(
    (sum, r) =>
      r.followed &&
      r.year === year &&
      typeof r.hours === "number" &&
      Number.isFinite(r.hours) &&
      r.hours >= 0 &&
      questionKey(r.questionId) === key
        ? sum + r.hours
        : sum,
    0,
  );
}

// ---- the statutory layout ------------------------------------------------------------------------

export interface StatutoryInput {
  rows: PlanRowInput[];
  results: PlanRowResult[];
  /** The FTE of the reference period: null unless a number > 0. */
  fte: number | null;
  /** Target days per FTE: null unless a number. */
  target: number | null;
  /** The analysis year: null unless a whole number. */
  year: number | null;
}

export interface TypeSummary {
  actions: number;
  participants: number;
  days: number;
}

export interface StatutorySummary {
  plannedDays: number;
  /** Planned days ÷ FTE, null without a valid FTE. */
  daysPerFte: number | null;
  /** Days per FTE still short of the target (0 when reached); null without FTE or target. */
  shortfall: number | null;
  byType: Record<PlanType, TypeSummary>;
  /** Actions with attention to each risk group, and to gender balance. */
  risk: Record<RiskGroup, number>;
  gender: number;
  /** Excel serials of 28 February, 15 March and 31 March of the analysis year (null without a year). */
  timeline: { documents: number; advice: number; plan: number } | null;
  /** Plan rows of each type in the order the layout lists them (indices into rows). */
  lists: Record<PlanType, number[]>;
}

/** Excel's serial of a date (1900 system, after February 1900). */
export function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function statutorySummary(x: StatutoryInput): StatutorySummary {
  const byType = Object.fromEntries(
    PLAN_TYPES.map((t) => [t, { actions: 0, participants: 0, days: 0 }]),
  ) as Record<PlanType, TypeSummary>;
  const risk = Object.fromEntries(RISK_GROUPS.map((g) => [g, 0])) as Record<RiskGroup, number>;
  let gender = 0;
  let plannedDays = 0;
  x.rows.forEach((r, i) => {
    const res = x.results[i];
    plannedDays += res.days ?? 0;
    if (r.type) {
      const t = byType[r.type];
      t.actions++;
      t.participants += typeof r.participants === "number" ? r.participants : 0;
      t.days += res.days ?? 0;
    }
    for (const g of RISK_GROUPS) if (r.risk[g]) risk[g]++;
    if (r.gender) gender++;
  });
  const daysPerFte = x.fte === null ? null : plannedDays / x.fte;
  const order = (t: PlanType) =>
    x.results
      .map((res, i) => ({ k: res.listKey, i }))
      .filter((e) => e.k !== null && x.rows[e.i].type === t)
      .sort((a, b) => a.k! - b.k!)
      .map((e) => e.i);
  return {
    plannedDays,
    daysPerFte,
    shortfall: daysPerFte === null || x.target === null ? null : Math.max(0, x.target - daysPerFte),
    byType,
    risk,
    gender,
    timeline:
      x.year === null
        ? null
        : { documents: serial(x.year, 2, 28), advice: serial(x.year, 3, 15), plan: serial(x.year, 3, 31) },
    lists: { formal: order("formal"), informal: order("informal") },
  };
}

// ---- the charts beside the statutory plan ---------------------------------------------------------

/**
 * The plan's net cost per quarter 1–4: the rows whose quarter is the number 1, 2, 3 or 4 (a quarter
 * typed as text, blank or another number counts nowhere) with a net cost, summed exactly and rounded
 * to the cent as Excel's ROUND does. `quarters[i]` is row i's quarter cell as read.
 */
export function netCostByQuarter(quarters: unknown[], results: PlanRowResult[]): number[] {
  return [1, 2, 3, 4].map((q) =>
    toNumber(
      excelRound(
        results.reduce(
          (sum, r, i) => (quarters[i] === q && r.netCost !== null ? add(sum, dec(r.netCost)) : sum),
          dec(0),
        ),
        2,
      ),
    ),
  );
}

/** The chart of days per FTE: planned (statutory plan), followed (accounts) and the target, to 2 decimals. */
export function daysPerFteChart(
  planned: number | null,
  followed: number | null,
  target: unknown,
): { planned: number | null; followed: number | null; target: number | null } {
  const r2 = (x: number | null) => (x === null ? null : toNumber(excelRound(dec(x), 2)));
  return {
    planned: r2(planned),
    followed: r2(followed),
    target: typeof target === "number" && Number.isFinite(target) ? r2(target) : null,
  };
}

// ---- which plan the user should read: the optimum's fingerprint ---------------------------------

/** What the fingerprint is computed from: the Prioriteiten rows as computed, and two settings. */
export interface FingerprintInput {
  /** Per ranked need: weighted score, net cost, total hours, and whether it is marked in the optimum column. */
  ranked: { score: number; netCost: number; hours: number; inOptimum: boolean }[];
  budget: number | null;
  hoursCap: number | null;
}

const cents = (x: number) => Math.round(x * 100);

/**
 * A whole number that changes when the ranked needs, their scores, costs or hours, the marked
 * optimum, the budget or the hours cap change (sums in hundredths, each with its own factor): the
 * sheet recomputes it by formula and compares it with the one the pane stored when it wrote the
 * optimum. A change that leaves every one of these sums the same goes unnoticed; that is the
 * price of a formula that works without the add-in.
 */
export function optimumFingerprint(x: FingerprintInput): number {
  const sum = (f: (n: FingerprintInput["ranked"][number]) => number, only = false) =>
    x.ranked.reduce((s, n) => s + (only && !n.inOptimum ? 0 : f(n)), 0);
  return (
    cents(sum((n) => n.score)) +
    7 * cents(sum((n) => n.netCost)) +
    13 * cents(sum((n) => n.hours)) +
    1000003 * x.ranked.length +
    17 * cents(x.budget ?? -1) +
    19 * cents(x.hoursCap ?? -1) +
    23 * cents(sum((n) => n.score, true)) +
    29 * cents(sum((n) => n.netCost, true))
  );
}

export type OptimumState = "none" | "current" | "stale";

/** What the note above Prioriteiten says: no optimum marked, marked and current, or marked and stale. */
export function optimumState(marked: number, stored: unknown, now: number): OptimumState {
  if (marked === 0) return "none";
  return typeof stored === "number" && stored === now ? "current" : "stale";
}
