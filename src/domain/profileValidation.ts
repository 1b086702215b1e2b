/**
 * Checker rules for the function profiles and the employees' optional personal data (issue 12):
 * the profiles' functions, competences, levels and duplicates; an employee's function that no
 * profile has; gender not from the list, an impossible birth year, dates that are no dates and an
 * end before the start. Pure; findings in the shape of validation.ts.
 */
import { blankCell, idKey } from "./competences";
import type { FunctionProfile } from "./profiles";
import {
  checkIdCharacters,
  checkLevel,
  checkSpaces,
  Finding,
  FindingOut,
  isBlank,
  numberInText,
  RegisterInput,
  rowIsBlank,
  RuleId,
  SEVERITY,
  TableId,
} from "./validation";

/** The ages a birth year may give in the analysis year (as the validation in Medewerkers). */
export const BIRTH_AGE = { min: 14, max: 100 };

const at =
  (out: FindingOut, table: TableId, row: number, r: Record<string, unknown>) =>
  (rule: RuleId, field: string, params?: Finding["params"]) =>
    out.push({ rule, severity: SEVERITY[rule], table, row, field, value: r[field], params });

/** The profile rows as the formulas read them (see src/domain/profiles.ts). */
export function profilesOf(rows: Record<string, unknown>[]): FunctionProfile[] {
  const level = (v: unknown) =>
    v === null || v === undefined || v === "" ? null : typeof v === "number" ? v : String(v);
  const id = (v: unknown) => (typeof v === "number" ? v : String(v ?? ""));
  return rows.map((r) => ({
    function: id(r.function),
    competenceId: id(r.competenceId),
    requiredNow: level(r.requiredNow),
    requiredAtHorizon: level(r.requiredAtHorizon),
  }));
}

export function validateProfiles(input: RegisterInput, out: FindingOut): void {
  const rows = input.profiles ?? [];
  const competenceIds = new Set(input.competences.filter((c) => !isBlank(c.id)).map((c) => idKey(c.id)));
  const seen = new Map<string, number>();
  checkSpaces(out, "profiles", rows, ["function", "competenceId"]);
  checkIdCharacters(out, "profiles", rows, ["function", "competenceId"]);
  rows.forEach((r, i) => {
    if (rowIsBlank(r)) return;
    const push = at(out, "profiles", i, r);
    if (isBlank(r.function)) push("functionMissing", "function");
    if (isBlank(r.competenceId) || !competenceIds.has(idKey(r.competenceId)))
      push("unknownCompetence", "competenceId");
    checkLevel(out, i, "requiredNow", r.requiredNow, true, "profiles");
    checkLevel(out, i, "requiredAtHorizon", r.requiredAtHorizon, false, "profiles");
    if (!isBlank(r.function) && !isBlank(r.competenceId)) {
      const k = `${idKey(r.function)}\u0000${idKey(r.competenceId)}`;
      const first = seen.get(k);
      if (first !== undefined) push("duplicateProfile", "competenceId", { first });
      else seen.set(k, i);
    }
  });
}

/** A date cell: a positive number (an Excel serial); text (also a date typed as text) is none. */
const isDate = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 1;

export function validateEmployeeDetails(input: RegisterInput, out: FindingOut): void {
  const functions = new Set(
    (input.profiles ?? []).filter((p) => !isBlank(p.function)).map((p) => idKey(p.function)),
  );
  const genders = input.genders;
  input.employees.forEach((e, i) => {
    if (rowIsBlank(e)) return;
    const push = at(out, "employees", i, e);
    // a function no profile has: its ratings get no required level from a profile (only while
    // there are profiles: a workbook without any has nothing to compare with)
    if (functions.size && !isBlank(e.role) && !functions.has(idKey(e.role))) push("unknownFunction", "role");
    if (genders && !isBlank(e.gender) && !genders.has(String(e.gender).trim().toLowerCase()))
      push("notInList", "gender");
    if (!isBlank(e.birthYear)) {
      const y = e.birthYear;
      if (typeof y === "string" && numberInText(y) !== null) push("numberAsText", "birthYear");
      else if (
        typeof y !== "number" ||
        !Number.isInteger(y) ||
        y < input.analysisYear - BIRTH_AGE.max ||
        y > input.analysisYear - BIRTH_AGE.min
      )
        push("impossibleBirthYear", "birthYear", {
          min: input.analysisYear - BIRTH_AGE.max,
          max: input.analysisYear - BIRTH_AGE.min,
        });
    }
    // the training account needs an FTE (a blank start or end date means: the whole year)
    if (isBlank(e.fte) && !isBlank(e.id)) push("fteMissing", "fte");
    for (const field of ["startDate", "endDate"])
      if (!isBlank(e[field]) && !isDate(e[field])) push("invalidDate", field);
    if (isDate(e.startDate) && isDate(e.endDate) && Math.floor(e.endDate) < Math.floor(e.startDate))
      push("endBeforeStart", "endDate", { start: e.startDate });
  });
}

/**
 * For the gap rule "level missing": whether a row's employee's function has a profile level now
 * for the row's competence (then a blank own level is fine).
 */
export function profileNowLookup(
  input: RegisterInput,
): (employeeId: unknown, competenceId: unknown) => boolean {
  const profiles = input.profiles ?? [];
  if (!profiles.length) return () => false;
  const withLevel = new Set<string>();
  const seen = new Set<string>();
  for (const p of profiles) {
    if (isBlank(p.function) || isBlank(p.competenceId)) continue;
    const k = `${idKey(p.function)}\u0000${idKey(p.competenceId)}`;
    if (seen.has(k)) continue; // the first row of a function × competence counts
    seen.add(k);
    if (!blankCell(p.requiredNow)) withLevel.add(k);
  }
  const roles = new Map<string, unknown>();
  for (const e of input.employees)
    if (!isBlank(e.id) && !roles.has(idKey(e.id))) roles.set(idKey(e.id), e.role);
  return (employeeId, competenceId) => {
    const role = roles.get(idKey(employeeId));
    if (isBlank(role) || isBlank(competenceId)) return false;
    return withLevel.has(`${idKey(role)}\u0000${idKey(competenceId)}`);
  };
}
