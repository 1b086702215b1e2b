/**
 * Rules for the priorities: what would make the Prioriteiten sheet leave a need unranked, said
 * per cell with the fix, plus the settings the ranking and the plan depend on.
 */
import { CRITERIA, SCORE_MAX, SCORE_MIN, SCORED } from "./priorities";
import {
  checkSpaces,
  Finding,
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

export function validatePriorities(
  input: RegisterInput,
  out: Finding[],
  realNeed: (id: string) => boolean | null,
): void {
  const push = (
    table: TableId,
    rule: RuleId,
    row: number,
    field: string,
    value: Raw,
    params?: Finding["params"],
  ) => out.push({ rule, severity: SEVERITY[rule], table, row, field, value, params });

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
  rows.forEach((r, i) => {
    if (rowIsBlank(r)) return;
    const id = key(r.questionId);
    if (!id) {
      push("priorities", "unknownQuestion", i, "questionId", r.questionId);
    } else {
      const real = realNeed(id);
      if (real === null) push("priorities", "unknownQuestion", i, "questionId", r.questionId);
      else if (!real) push("priorities", "needNotReal", i, "questionId", r.questionId);
      const first = seen.get(id.toLowerCase());
      if (first !== undefined) push("priorities", "duplicateId", i, "questionId", r.questionId, { first });
      else seen.set(id.toLowerCase(), i);
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
  });
  checkSpaces(out, "priorities", rows, ["questionId"]);
}
