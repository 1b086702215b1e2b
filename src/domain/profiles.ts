/**
 * Function profiles (issue 12, item 1): the level each function requires per competence, now and
 * at the horizon, set once per function instead of on every gap row. A gap row's required levels
 * are the ones typed on the row (an override) or else its employee's function profile. Pure: the
 * reference the gap register's formulas are checked against.
 */
import {
  blankCell,
  Employee,
  employeeOf,
  GapEntry,
  Id,
  idKey,
  idText,
  LevelCell,
  levelOf,
} from "./competences";

export interface FunctionProfile {
  /** The function (job title) as typed; compared in the normalised form of IDs (idKey). */
  function: Id;
  competenceId: Id;
  requiredNow: LevelCell;
  /** Blank: the same as the level required now. */
  requiredAtHorizon: LevelCell;
}

export type RequiredSource = "profile" | "override" | "none";

/**
 * The profile row for a function and a competence: the first whose function and competence ID,
 * normalised, are both filled in and equal (as MATCH finds the first key).
 */
export function profileOf(
  profiles: FunctionProfile[],
  fn: Id,
  competenceId: Id,
): FunctionProfile | undefined {
  const f = idKey(fn);
  const c = idKey(competenceId);
  if (f === "" || c === "") return undefined;
  return profiles.find((p) => idKey(p.function) === f && idKey(p.competenceId) === c);
}

/** A level cell read from a profile: blank (also only spaces) is null, anything else as typed. */
const cell = (v: LevelCell): LevelCell => (blankCell(v) ? null : v);

export interface EffectiveLevels {
  requiredNow: LevelCell;
  requiredAtHorizon: LevelCell;
  /** "" for a row without employee and competence ID (an empty row). */
  source: RequiredSource | "";
  /** The employee's function, normalised ("" for an unknown employee or none). */
  function: string;
}

/**
 * The required levels a gap row is measured against:
 * - now: the row's own level when it is not blank (an override), else the profile's (blank when
 *   the employee's function has no profile for the competence);
 * - at the horizon: the row's own when not blank; else, when the row has its own level now, blank
 *   (the override's level now also holds at the horizon, as before profiles existed); else the
 *   profile's (blank: the same as now).
 * An override is taken as typed, also when it is not a level (the row then counts as not
 * assessed, as before). Source: override when either level is typed, function profile when the
 * profile has a row for the function and competence, else no profile.
 */
export function effectiveLevels(
  entry: Pick<GapEntry, "employeeId" | "competenceId" | "requiredNow" | "requiredAtHorizon">,
  employees: Pick<Employee, "id" | "role">[],
  profiles: FunctionProfile[],
): EffectiveLevels {
  const employee = employeeOf(employees as Employee[], entry.employeeId);
  const fn = employee ? idText(employee.role) : "";
  const profile = profileOf(profiles, fn, entry.competenceId);
  const ownNow = !blankCell(entry.requiredNow);
  const ownHorizon = !blankCell(entry.requiredAtHorizon);
  const empty = idText(entry.employeeId) === "" && idText(entry.competenceId) === "";
  return {
    requiredNow: ownNow ? entry.requiredNow : profile ? cell(profile.requiredNow) : null,
    requiredAtHorizon: ownHorizon
      ? entry.requiredAtHorizon
      : ownNow
        ? null
        : profile
          ? cell(profile.requiredAtHorizon)
          : null,
    source: empty ? "" : ownNow || ownHorizon ? "override" : profile ? "profile" : "none",
    function: fn,
  };
}

/** The gap rows with the required levels they are measured against (see effectiveLevels). */
export function resolveGaps<G extends GapEntry>(
  gaps: G[],
  employees: Pick<Employee, "id" | "role">[],
  profiles: FunctionProfile[],
): G[] {
  if (!profiles.length) return gaps;
  return gaps.map((g) => {
    const e = effectiveLevels(g, employees, profiles);
    return { ...g, requiredNow: e.requiredNow, requiredAtHorizon: e.requiredAtHorizon };
  });
}

// ---- proposing profiles from the gap register -----------------------------------------------------

export interface ProfileProposal {
  function: string;
  competenceId: string;
  requiredNow: number;
  /** null: the same as now. */
  requiredAtHorizon: number | null;
  /** Gap rows with a typed level now for this function and competence, and how many had the level chosen. */
  rows: number;
  agreeing: number;
}

/**
 * Profiles proposed from the levels typed in the gap register: per function × competence (the
 * rows' employees' functions, normalised; the first spelling met is kept), the most common level
 * required now among the rows whose typed level now is a level; a tie goes to the higher level
 * (a profile then asks rather too much than too little; the gap rows that differ stay overrides).
 * At the horizon, among those rows that have the chosen level now, the most common target at the
 * horizon (a blank horizon counts as the level now), ties again to the higher one; null when that
 * equals the level now. Function × competence pairs that already have a profile row, rows of
 * unknown employees, employees without a function and blank competence IDs are skipped. Ordered by
 * function, then competence, as first met in the register.
 */
export function proposeProfiles(
  gaps: Pick<GapEntry, "employeeId" | "competenceId" | "requiredNow" | "requiredAtHorizon">[],
  employees: Pick<Employee, "id" | "role">[],
  existing: FunctionProfile[],
): ProfileProposal[] {
  const groups = new Map<string, { fn: string; comp: string; levels: [number, number | null][] }>();
  const order: string[] = [];
  for (const g of gaps) {
    const employee = employeeOf(employees as Employee[], g.employeeId);
    const fn = employee ? idText(employee.role) : "";
    const comp = idText(g.competenceId);
    if (fn === "" || comp === "") continue;
    const now = levelOf(g.requiredNow);
    if (typeof now !== "number") continue;
    const later = levelOf(g.requiredAtHorizon);
    if (later === "invalid") continue;
    const k = `${fn.toLowerCase()}\u0000${comp.toLowerCase()}`;
    let group = groups.get(k);
    if (!group) {
      groups.set(k, (group = { fn, comp, levels: [] }));
      order.push(k);
    }
    group.levels.push([now, later]);
  }
  const fnOrder = [...new Set(order.map((k) => k.split("\u0000")[0]))];
  return order
    .map((k) => groups.get(k)!)
    .filter((g) => !profileOf(existing, g.fn, g.comp))
    .sort((a, b) => fnOrder.indexOf(a.fn.toLowerCase()) - fnOrder.indexOf(b.fn.toLowerCase()))
    .map((g) => {
      const now = mostCommon(g.levels.map(([n]) => n));
      const same = g.levels.filter(([n]) => n === now);
      const horizon = mostCommon(same.map(([n, h]) => h ?? n));
      return {
        function: g.fn,
        competenceId: g.comp,
        requiredNow: now,
        requiredAtHorizon: horizon === now ? null : horizon,
        rows: g.levels.length,
        agreeing: same.length,
      };
    });
}

/** The most frequent value; a tie goes to the highest. */
export function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = -Infinity;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && v > best)) [best, bestCount] = [v, n];
  return best;
}

// ---- the profile matrix (function × competence, for reading) ---------------------------------------

/** The profiles' distinct functions in order of their first row (normalised, blanks skipped). */
export function distinctFunctions(profiles: FunctionProfile[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of profiles) {
    const k = idKey(p.function);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    out.push(idText(p.function));
  }
  return out;
}

/** A level cell as text, as `cell&""` gives it. */
const asText = (v: LevelCell): string => (v === null || v === undefined ? "" : String(v));

/**
 * A cell of the profile matrix: the profile's level now, followed by "→" and the level at the
 * horizon when that is filled in and differs (as text, case aside); blank without a profile row.
 */
export function profileMatrixText(profiles: FunctionProfile[], fn: Id, competenceId: Id): string {
  const p = profileOf(profiles, fn, competenceId);
  if (!p) return "";
  const now = asText(p.requiredNow);
  const later = asText(p.requiredAtHorizon);
  return blankCell(later) || later.toLowerCase() === now.toLowerCase() ? now : `${now}→${later}`;
}
