/**
 * Rules for the training register (issue 12, items 3 and 4): unknown employees, questions and
 * competences, list choices, dates (end before start, validity before start, no date), hours and
 * amounts that are negative or text, and — as warnings at the register cell of the latest validity
 * date — certificates that are expired or expire within the warning days on the reference date.
 * Also the typed training hours in Medewerkers. Pure.
 */
import { idKey } from "./competences";
import { questionKey } from "./questions";
import { certificateStatus, isDate, TrainingTexts, TRAINING_TYPES } from "./training";
import {
  checkIdCharacters,
  Finding,
  FindingOut,
  isBlank,
  numberInText,
  Raw,
  RegisterInput,
  RuleId,
  rowIsBlank,
  SEVERITY,
  TableId,
} from "./validation";

export interface TrainingCheckInput {
  training?: Record<string, Raw>[];
  /** The register's list texts in the workbook's language: the formulas count only those. */
  trainingTexts?: TrainingTexts;
}

const lower = (v: Raw) => idKey(v);

/** A number cell that must be 0 or more: the rule for text and negative values. */
function numberRule(v: Raw, invalid: RuleId): RuleId | null {
  if (isBlank(v)) return null;
  if (typeof v === "string") return numberInText(v) !== null ? "numberAsText" : invalid;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) return invalid;
  return null;
}

/** The reference date: the setting when it is a number, else today. */
export function referenceDateOf(input: RegisterInput): number {
  const v = input.settings.find((s) => s.key === "reference_date")?.value;
  return typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : input.today;
}

export function validateTraining(input: RegisterInput & TrainingCheckInput, out: FindingOut): void {
  const t = input.trainingTexts;
  const rows = input.training ?? [];
  const push = (
    table: TableId,
    rule: RuleId,
    row: number,
    field: string,
    value: Raw,
    params?: Finding["params"],
  ) => out.push({ rule, severity: SEVERITY[rule], table, row, field, value, params });

  // the typed training hours in Medewerkers (an override of the register's)
  input.employees.forEach((e, i) => {
    const rule = numberRule(e.trainingHours, "hoursInvalid");
    if (rule) push("employees", rule, i, "trainingHours", e.trainingHours);
  });
  if (!t) return;

  const employees = new Set(input.employees.filter((e) => !isBlank(e.id)).map((e) => idKey(e.id)));
  const competences = new Set(input.competences.filter((c) => !isBlank(c.id)).map((c) => idKey(c.id)));
  const questions = new Set((input.questions ?? []).map((q) => questionKey(q.id)).filter((k) => k !== ""));
  const types = new Set(TRAINING_TYPES.map((k) => t.type[k].toLowerCase()));
  const yesNo = new Set([t.yes.toLowerCase(), ...(input.yesNoChoices ?? [])]);

  rows.forEach((r, i) => {
    if (rowIsBlank(r)) return;
    if (isBlank(r.employeeId) || !employees.has(idKey(r.employeeId)))
      push("training", "unknownEmployee", i, "employeeId", r.employeeId);
    if (!isBlank(r.questionId) && !questions.has(questionKey(r.questionId)))
      push("training", "unknownQuestion", i, "questionId", r.questionId);
    if (!isBlank(r.competenceId) && !competences.has(idKey(r.competenceId)))
      push("training", "unknownCompetence", i, "competenceId", r.competenceId);
    if (!isBlank(r.type) && !types.has(lower(r.type))) push("training", "notInList", i, "type", r.type);
    for (const field of ["followed", "countsForRight"])
      if (!isBlank(r[field]) && !yesNo.has(lower(r[field])))
        push("training", "notInList", i, field, r[field]);
    for (const field of ["start", "end", "validUntil"])
      if (!isBlank(r[field]) && !isDate(r[field])) push("training", "invalidDate", i, field, r[field]);
    if (isDate(r.start) && isDate(r.end) && r.end < r.start)
      push("training", "trainingEndBeforeStart", i, "end", r.end, { since: r.start });
    if (isDate(r.start) && isDate(r.validUntil) && r.validUntil < r.start)
      push("training", "validityBeforeStart", i, "validUntil", r.validUntil, { since: r.start });
    const hours = numberRule(r.hours, "hoursInvalid");
    if (hours) push("training", hours, i, "hours", r.hours);
    for (const field of ["directCost", "subsidy"]) {
      const rule = numberRule(r[field], "amountInvalid");
      if (rule) push("training", rule, i, field, r[field]);
    }
  });
  checkIdCharacters(out, "training", rows, ["employeeId", "competenceId"]);
  checkCertificates(input, rows, t, push);
}

/**
 * Per employee (of Medewerkers) × competence that requires a certificate: the latest certificate
 * in the register; expired or expiring on the reference date gives a warning at its row.
 */
function checkCertificates(
  input: RegisterInput,
  rows: Record<string, Raw>[],
  t: TrainingTexts,
  push: (
    table: TableId,
    rule: RuleId,
    row: number,
    field: string,
    value: Raw,
    params?: Finding["params"],
  ) => void,
): void {
  const days = input.settings.find((s) => s.key === "cert_warning_days")?.value;
  if (typeof days !== "number" || !Number.isFinite(days)) return;
  const yes = t.yes.toLowerCase();
  const certified = new Set(
    input.competences.filter((c) => lower(c.certificate) === yes && !isBlank(c.id)).map((c) => idKey(c.id)),
  );
  if (!certified.size) return;
  const employees = new Set(input.employees.filter((e) => !isBlank(e.id)).map((e) => idKey(e.id)));
  const latest = new Map<string, number>();
  rows.forEach((r, i) => {
    const emp = idKey(r.employeeId);
    const comp = idKey(r.competenceId);
    if (lower(r.followed) !== yes || !isDate(r.validUntil) || !employees.has(emp) || !certified.has(comp))
      return;
    const k = `${emp}|${comp}`;
    const best = latest.get(k);
    if (best === undefined || (r.validUntil as number) > (rows[best].validUntil as number)) latest.set(k, i);
  });
  const reference = referenceDateOf(input);
  for (const i of [...latest.values()].sort((a, b) => a - b)) {
    const until = rows[i].validUntil as number;
    const status = certificateStatus(until, {
      referenceDate: reference,
      warningDays: days,
      hoursPerDay: 0,
      certificateForLevel: false,
    });
    if (status === "expired") push("training", "certificateExpired", i, "validUntil", until);
    else if (status === "expiring")
      push("training", "certificateExpiring", i, "validUntil", until, {
        days: Math.floor(until) - reference,
      });
  }
}
