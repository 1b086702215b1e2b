/**
 * The report's rules (README "Rapport / Report"), as the reference its formulas are checked
 * against: which competences it lists and in which order, the needs by perspective, the plan's
 * budget. Works on the domain's own results (diagnose, assessQuestion, prioritise). Pure.
 */
import type { CompetenceDiagnosis, Id } from "./competences";
import { idText } from "./competences";
import { round2, type NeedResult } from "./priorities";
import type { Perspective, QuestionVerdict } from "./questions";

/** One row of the diagnosis: competence k of the catalogue and its diagnosis. */
export interface DiagnosisRow {
  id: string;
  name: string;
  critical: boolean;
  d: CompetenceDiagnosis;
}

/**
 * Competences not or insufficiently in house: critical ones first, within each not in house before
 * insufficiently in house, then in the catalogue's order. Competences without an ID are no rows.
 */
export function notInHouse(rows: DiagnosisRow[]): DiagnosisRow[] {
  const group = (r: DiagnosisRow) => (r.critical ? 0 : 2) + (r.d.verdict === "insufficient" ? 1 : 0);
  return rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.id !== "" && (r.d.verdict === "notInHouse" || r.d.verdict === "insufficient"))
    .sort((a, b) => group(a.r) - group(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** Critical competences at risk after the horizon (the diagnosis's risk flag), in catalogue order. */
export const atRisk = (rows: DiagnosisRow[]): DiagnosisRow[] => rows.filter((r) => r.id !== "" && r.d.risk);

/** The critical competences, in catalogue order (the coverage chart). */
export const criticalRows = (rows: DiagnosisRow[]): DiagnosisRow[] =>
  rows.filter((r) => r.id !== "" && r.critical);

export interface PerspectiveCounts {
  real: number;
  toReview: number;
  questions: number;
}

/**
 * Per perspective (and for questions without one): real training needs (real or to review), of
 * which to review, and all questions (rows that are a question: a verdict was reached).
 */
export function needsByPerspective(
  questions: { perspective: Perspective | null; verdict: QuestionVerdict | null }[],
): Record<Perspective | "none" | "total", PerspectiveCounts> {
  const zero = (): PerspectiveCounts => ({ real: 0, toReview: 0, questions: 0 });
  const out = {
    organisation: zero(),
    functioning: zero(),
    competence: zero(),
    none: zero(),
    total: zero(),
  };
  for (const q of questions) {
    if (q.verdict === null) continue;
    for (const c of [out[q.perspective ?? "none"], out.total]) {
      c.questions++;
      if (q.verdict === "realNeed" || q.verdict === "toReview") c.real++;
      if (q.verdict === "toReview") c.toReview++;
    }
  }
  return out;
}

/** Headcount (rows with an ID) and FTE (their FTE numbers summed). */
export function workforce(employees: { id: Id; fte: unknown }[]): { headcount: number; fte: number } {
  const staff = employees.filter((e) => idText(e.id) !== "");
  return {
    headcount: staff.length,
    fte: staff.reduce((t, e) => t + (typeof e.fte === "number" ? e.fte : 0), 0),
  };
}

export interface PlanSummary {
  /** Ranked needs in rank order. */
  top: { index: number; result: NeedResult }[];
  ranked: number;
  inPlan: number;
  /** Net cost of the needs in the plan, and what is left of the budget; null without a budget. */
  used: number | null;
  left: number | null;
}

/** The plan's figures: the ranked needs in order, how many are in the plan, budget used and left. */
export function planSummary(results: NeedResult[], budget: number | null): PlanSummary {
  const top = results
    .map((result, index) => ({ index, result }))
    .filter((x) => x.result.rank !== null)
    .sort((a, b) => a.result.rank! - b.result.rank!);
  const planned = results.filter((r) => r.inPlan && !r.beyondRanking);
  // the sheet's ROUND(…,2): Excel's rounding of the decimal value, not of the binary one
  const cents = round2;
  const used = budget === null ? null : cents(planned.reduce((t, r) => t + r.costs!.netCost, 0));
  return {
    top,
    ranked: top.length,
    inPlan: budget === null ? 0 : planned.length,
    used,
    left: budget === null || used === null ? null : cents(budget - used),
  };
}
