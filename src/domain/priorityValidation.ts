/**
 * Rules for the priorities: what would make the Prioriteiten sheet leave a need unranked, said
 * per cell with the fix, plus the settings the ranking and the plan depend on, a subsidy above the
 * cost, and needs ranked past the last row of the Rangorde table.
 */
import {
  checkCosts,
  CRITERIA,
  NeedInput,
  prioritise,
  readPrioritySettings,
  SCORE_MAX,
  SCORE_MIN,
  SCORED,
} from "./priorities";
import { assessQuestion, isRealNeed, questionIdText, questionIndex, questionKey } from "./questions";
import { parseQuestion } from "./questionValidation";
import {
  checkSpaces,
  Finding,
  FindingOut,
  isBlank,
  key,
  numberInText,
  Raw,
  RegisterInput,
  RuleId,
  rowIsBlank,
  SEVERITY,
  TableId,
} from "./validation";

/** What the checker knows besides the registers: the rows of the Rangorde table (null: no table). */
export interface PriorityCheckInput {
  rankingRows?: number | null;
}

export function validatePriorities(
  input: RegisterInput & PriorityCheckInput,
  out: FindingOut,
  given: (id: string) => boolean | null,
): void {
  // the linked question found by normalised ID, as the Prioriteiten formulas find it
  const questions = input.questions ?? [];
  const index = questionIndex(questions.map((q) => ({ id: q.id })));
  const choices = input.choices;
  const realNeed = choices
    ? (id: string) => {
        const i = index.get(questionKey(id));
        return i === undefined
          ? null
          : isRealNeed(assessQuestion(parseQuestion(questions[i], choices)).verdict);
      }
    : given;
  const push = (
    table: TableId,
    rule: RuleId,
    row: number,
    field: string,
    value: Raw,
    params?: Finding["params"],
  ) => out.push({ rule, severity: SEVERITY[rule], table, row, field, value, params });
  const pushOwn = (rule: RuleId, row: number, field: string, value: Raw, params?: Finding["params"]) =>
    push("priorities", rule, row, field, value, params);

  // weights: seven criteria, numbers ≥ 0 summing to 100 %
  const weights = input.weights ?? [];
  if (input.weights) {
    weights.forEach((w, i) => {
      if (typeof w.weight === "string" && numberInText(w.weight) !== null)
        push("weights", "numberAsText", i, "weight", w.weight);
      else if (typeof w.weight !== "number" || w.weight < 0)
        push("weights", "weightInvalid", i, "weight", w.weight);
    });
    const present = new Set(weights.map((w) => key(w.key).toLowerCase()));
    const sum = weights.reduce((s, w) => s + (typeof w.weight === "number" ? w.weight : 0), 0);
    const complete =
      CRITERIA.every((c) => present.has(c.toLowerCase())) && weights.length === CRITERIA.length;
    if (weights.length && (!complete || Math.abs(sum - 1) >= 1e-6))
      push("weights", "weightsNot100", 0, "weight", Math.round(sum * 1000) / 10, {
        sum: `${Math.round(sum * 1000) / 10} %`,
      });
  }

  // budget: a number of 0 or more; 0 is allowed but leaves only free needs in the plan
  const budget = input.settings.find((s) => s.key === "budget");
  if (budget && input.priorities) {
    if (typeof budget.value !== "number" || budget.value < 0)
      push("settings", "budgetInvalid", budget.row, "value", budget.value);
    else if (budget.value === 0) push("settings", "budgetZero", budget.row, "value", budget.value);
  }

  const rows = input.priorities ?? [];
  const seen = new Map<string, number>();
  const settings = readPrioritySettings(
    input.settings,
    weights.map((w) => ({ key: w.key, weight: w.weight })),
  );
  rows.forEach((r, i) => {
    if (rowIsBlank(r)) return;
    // the question ID as the formulas compare it: normalised (spaces, invisible characters, a number as text)
    const id = questionIdText(r.questionId);
    if (!id) {
      push("priorities", "unknownQuestion", i, "questionId", r.questionId);
    } else {
      const real = realNeed(id);
      if (real === null) push("priorities", "unknownQuestion", i, "questionId", r.questionId);
      else if (!real) push("priorities", "needNotReal", i, "questionId", r.questionId);
      const first = seen.get(questionKey(id));
      if (first !== undefined) push("priorities", "duplicateId", i, "questionId", r.questionId, { first });
      else seen.set(questionKey(id), i);
    }
    for (const c of SCORED) {
      const v = r[c];
      if (isBlank(v)) push("priorities", "scoreMissing", i, c, v);
      else if (typeof v === "string" && numberInText(v) !== null) push("priorities", "numberAsText", i, c, v);
      else if (typeof v !== "number" || !Number.isInteger(v) || v < SCORE_MIN || v > SCORE_MAX)
        push("priorities", "scoreInvalid", i, c, v);
    }
    for (const c of ["participants", "hoursPerParticipant", "externalCost", "subsidy"]) {
      const v = r[c];
      if (isBlank(v)) continue;
      if (typeof v === "string" && numberInText(v) !== null) push("priorities", "numberAsText", i, c, v);
      else if (typeof v !== "number" || v < 0) push("priorities", "amountInvalid", i, c, v);
    }
    // costs that are missing (no rank) or a subsidy the net cost hides
    const cost = checkCosts(need(r), settings);
    if (cost.kind === "missing") {
      const blank = (c: string) => r[c] === "" || r[c] === null || r[c] === undefined;
      const field =
        blank("participants") && !blank("hoursPerParticipant")
          ? "participants"
          : !blank("participants") && blank("hoursPerParticipant")
            ? "hoursPerParticipant"
            : "externalCost";
      pushOwn("costsMissing", i, field, r[field]);
    } else if (cost.kind === "ok" && cost.costs.subsidyExceedsCost)
      pushOwn("subsidyExceedsCost", i, "subsidy", r.subsidy);
  });
  checkSpaces(out, "priorities", rows, ["questionId"]);

  // needs ranked past the last row of the Rangorde table never enter the plan
  const rankingRows = input.rankingRows;
  if (typeof rankingRows === "number" && rows.length) {
    const results = prioritise(rows.map(need), realNeed, settings, rankingRows);
    results.forEach((res, i) => {
      if (res.beyondRanking)
        pushOwn("rankingTooShort", i, "questionId", rows[i].questionId, {
          rank: res.rank!,
          rows: rankingRows,
        });
    });
  }
}

/** A raw Prioriteiten row as the reference reads it. */
const need = (r: Record<string, Raw>): NeedInput => ({
  questionId: r.questionId as string,
  scores: Object.fromEntries(SCORED.map((c) => [c, r[c]])) as NeedInput["scores"],
  participants: r.participants,
  hoursPerParticipant: r.hoursPerParticipant,
  externalCost: r.externalCost,
  subsidy: r.subsidy,
});
