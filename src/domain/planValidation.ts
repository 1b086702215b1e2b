/**
 * Rules for the training plan (VTO_Plan): a row whose learning question is gone or no longer a
 * ranked real need (what the plan's column "Still a real need" says), a quarter outside 1–4,
 * amounts stored as text or not a number of 0 or more (the row's costs then stay blank), and a
 * subsidy above the cost. Pure.
 */
import { computePlan, NeedState, PlanRowInput, PlanSettings, PriorityLookup } from "./plan";
import { NeedInput, prioritise, readPrioritySettings, SCORED } from "./priorities";
import { assessQuestion, isRealNeed, questionIndex, questionKey, type QuestionVerdict } from "./questions";
import { parseQuestion } from "./questionValidation";
import {
  Finding,
  FindingOut,
  isBlank,
  numberInText,
  Raw,
  RegisterInput,
  RuleId,
  SEVERITY,
} from "./validation";

const AMOUNTS = ["participants", "hoursPerParticipant", "directCost", "subsidy"] as const;

export function validatePlan(
  rows: Record<string, Raw>[],
  settings: PlanSettings,
  verdict: (key: string) => QuestionVerdict | null,
  priority: (key: string) => PriorityLookup | null,
  out: FindingOut,
): void {
  const push = (rule: RuleId, row: number, field: string, value: Raw, params?: Finding["params"]) =>
    out.push({ rule, severity: SEVERITY[rule], table: "plan", row, field, value, params });
  const inputs: PlanRowInput[] = rows.map((r) => ({
    questionId: r.questionId,
    type: null,
    participants: r.participants,
    hoursPerParticipant: r.hoursPerParticipant,
    directCost: r.directCost,
    subsidy: r.subsidy,
    risk: { age50: false, disability: false, nonEu: false, bottleneck: false },
    gender: false,
  }));
  const results = computePlan(inputs, settings, verdict, priority);
  rows.forEach((r, i) => {
    const need: NeedState = results[i].need;
    if (need === "unknownQuestion") push("unknownQuestion", i, "questionId", r.questionId);
    else if (need === "notRealNeed" || need === "notListed" || need === "notRanked")
      push("planNeedNotRanked", i, "questionId", r.questionId, { why: need });
    const q = r.quarter;
    if (!isBlank(q)) {
      if (typeof q === "string" && numberInText(q) !== null) push("numberAsText", i, "quarter", q);
      else if (typeof q !== "number" || !Number.isInteger(q) || q < 1 || q > 4)
        push("quarterInvalid", i, "quarter", q);
    }
    for (const c of AMOUNTS) {
      const v = r[c];
      if (v === "" || v === null || v === undefined) continue;
      if (typeof v === "string" && numberInText(v) !== null) push("numberAsText", i, c, v);
      else if (typeof v !== "number" || !Number.isFinite(v) || v < 0) push("planAmountInvalid", i, c, v);
    }
    // a subsidy above direct + internal cost: the net cost is floored to 0
    const res = results[i];
    const sub = r.subsidy;
    if (res.netCost !== null && typeof sub === "number" && sub > 0) {
      const direct = typeof r.directCost === "number" ? r.directCost : 0;
      const cost = direct + (res.internalCost ?? 0);
      if (Math.round((cost - sub) * 100) < 0) push("planSubsidyExceedsCost", i, "subsidy", sub);
    }
  });
}

/** The plan's rules on the registers as the checker reads them (questions parsed with its choices). */
export function validatePlanRegisters(input: RegisterInput, out: FindingOut): void {
  const rows = input.plan ?? [];
  if (!rows.length || !input.choices) return;
  const choices = input.choices;
  const questions = input.questions ?? [];
  const index = questionIndex(questions.map((q) => ({ id: q.id })));
  const verdict = (key: string) => {
    const i = index.get(key);
    return i === undefined ? null : assessQuestion(parseQuestion(questions[i], choices)).verdict;
  };
  const needs = input.priorities ?? [];
  const s = readPrioritySettings(
    input.settings,
    (input.weights ?? []).map((w) => ({ key: w.key, weight: w.weight })),
  );
  const results = prioritise(
    needs.map((r) => ({
      questionId: r.questionId as string,
      scores: Object.fromEntries(SCORED.map((c) => [c, r[c]])) as NeedInput["scores"],
      participants: r.participants,
      hoursPerParticipant: r.hoursPerParticipant,
      externalCost: r.externalCost,
      subsidy: r.subsidy,
    })),
    (id) => {
      const v = verdict(questionKey(id));
      return v === null ? null : isRealNeed(v);
    },
    s,
  );
  const priority = (key: string) => {
    const i = needs.findIndex((n) => questionKey(n.questionId) === key);
    return i < 0 ? null : { status: results[i].status, rank: results[i].rank };
  };
  const value = (k: string) => input.settings.find((x) => x.key === k)?.value;
  const hpd = value("hours_per_day");
  validatePlan(
    rows,
    {
      hoursPerDay: typeof hpd === "number" && hpd > 0 ? hpd : null,
      hourlyCost: s.hourlyCost,
      budget: s.budget,
    },
    verdict,
    priority,
    out,
  );
}
