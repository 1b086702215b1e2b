/**
 * The competence perspective (domain.md §1): diagnosis of what is in house now and prognosis at
 * the horizon. Pure functions; the reference every workbook formula is checked against.
 */
export type Assessor = "self" | "manager" | "external";
export type CompetenceType = "knowledge" | "skill" | "attitude";
export type Verdict = "inHouse" | "insufficient" | "notInHouse" | "notAssessed";

/**
 * An ID as typed in a cell: text, or a number (employees 1, 2, 3). IDs are compared in one
 * normalised form everywhere — see idText.
 */
export type Id = string | number;

/**
 * A level cell as typed: a number, text (also "3" stored as text), or null when empty. Only a whole
 * number from SCALE_MIN to SCALE_MAX is a level (see levelOf).
 */
export type LevelCell = number | string | null;

export interface Competence {
  id: Id;
  name: string;
  type: CompetenceType;
  cluster: string;
  critical: boolean;
  description: string;
  /** Requires a valid certificate (issue 12; absent: the column is left blank; text: as typed, for tests). */
  certificate?: boolean | string;
}

export interface Employee {
  id: Id;
  name: string;
  team: Id;
  role: string;
  fte: number;
  /** Expected exit year (pension, end of contract); null when none is known. */
  exitYear: number | null;
  /** Typed in Medewerkers (an override of the register's hours); null when blank. */
  trainingHours: number | null;
  /** Optional personal data (issue 12): M / V / X as typed, birth year, start and end date (Excel serials). */
  gender?: string | null;
  birthYear?: number | string | null;
  startDate?: number | string | null;
  endDate?: number | string | null;
}

export interface GapEntry {
  employeeId: Id;
  competenceId: Id;
  assessor: Assessor;
  /** Excel date serial. */
  date: number | null;
  requiredNow: LevelCell;
  current: LevelCell;
  requiredAtHorizon: LevelCell;
  note: string;
}

export interface AnalysisSettings {
  organisation: string;
  analysisYear: number;
  horizonYears: number;
  scaleLabels: string[];
  /** Whose ratings the diagnosis counts; null when the setting names no assessor (nothing counts). */
  diagnosisSource: Assessor | null;
  /** Share of assessed employees at the required level from which a competence is "in huis". */
  coverageInHouse: number;
  /** Used by the learning-question proposals (issue 5). */
  gapThreshold: number;
  futureGapThreshold: number;
}

export const SCALE_MIN = 0;
export const SCALE_MAX = 4;

const isNum = (v: number | null): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * The normalised form of an ID (or team name), as the workbook formulas build it with
 * TRIM(cell&""): a number as its text, spaces at either end removed and runs of spaces inside
 * collapsed to one (Excel's TRIM touches only the space character U+0020). Two IDs are the same
 * when their normalised forms are equal apart from case (Excel compares text case-insensitively).
 * Whole-number IDs only: a number with decimals shows Excel's locale-dependent decimal separator.
 */
export function idText(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "number" ? String(v) : typeof v === "boolean" ? String(v).toUpperCase() : String(v);
  // the common case, already normalised, without three regular expressions (a hot loop)
  if (!s.includes("  ") && !s.startsWith(" ") && !s.endsWith(" ")) return s;
  return s.replace(/ +/g, " ").replace(/^ /, "").replace(/ $/, "");
}

/** The form two IDs are compared in: normalised, lower case. */
export const idKey = (v: unknown): string => idText(v).toLowerCase();

/** Empty, or only spaces (U+0020, what Excel's TRIM removes). */
export const blankCell = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && /^ *$/.test(v));

/** A level cell read: its level, null when blank, "invalid" for anything that is not a level. */
export function levelOf(v: unknown): number | null | "invalid" {
  if (blankCell(v)) return null;
  if (typeof v === "number" && Number.isInteger(v) && v >= SCALE_MIN && v <= SCALE_MAX) return v;
  return "invalid";
}

const lvl = (v: unknown): number | null => {
  const l = levelOf(v);
  return typeof l === "number" ? l : null;
};

/**
 * A valid rating: the current level is a level, and the required levels (now and at the horizon)
 * are each blank or a level. A row with a level cell holding anything else (text, 2.5, 7, −1)
 * counts as not assessed: no gap, no future gap, left out of the diagnosis and the matrix.
 */
export function validRating(e: Pick<GapEntry, "requiredNow" | "current" | "requiredAtHorizon">): boolean {
  return (
    lvl(e.current) !== null &&
    levelOf(e.requiredNow) !== "invalid" &&
    levelOf(e.requiredAtHorizon) !== "invalid"
  );
}

/** How far the current level falls short of the required level now; never negative. */
export function gap(e: Pick<GapEntry, "requiredNow" | "current" | "requiredAtHorizon">): number | null {
  if (!validRating(e)) return null;
  const req = lvl(e.requiredNow);
  return req === null ? null : Math.max(0, req - lvl(e.current)!);
}

/**
 * Shortfall against the level required at the horizon; a blank level at the horizon means the
 * requirement does not change, so the level required now is the target.
 */
export function futureGap(e: Pick<GapEntry, "requiredNow" | "current" | "requiredAtHorizon">): number | null {
  if (!validRating(e)) return null;
  const target = blankCell(e.requiredAtHorizon) ? lvl(e.requiredNow) : lvl(e.requiredAtHorizon);
  return target === null ? null : Math.max(0, target - lvl(e.current)!);
}

/** Still employed after the horizon: no exit year, or an exit after analysis year + horizon. */
export function staysAfterHorizon(employee: Employee | undefined, s: AnalysisSettings): boolean | null {
  if (!employee) return null;
  return employee.exitYear === null || employee.exitYear > s.analysisYear + s.horizonYears;
}

/** The employee a rating names (the first with that ID, as MATCH finds it); none for a blank ID. */
export function employeeOf(employees: Employee[], id: Id): Employee | undefined {
  const k = idKey(id);
  return k === "" ? undefined : employees.find((e) => idKey(e.id) === k);
}

export interface CompetenceDiagnosis {
  competenceId: string;
  assessed: number;
  atLevel: number;
  averageGap: number | null;
  coverage: number | null;
  verdict: Verdict;
  holdersAfterHorizon: number;
  averageFutureGap: number | null;
  risk: boolean;
  /** Mean of (self − manager) over employee × competence pairs rated by both. */
  selfMinusManager: number | null;
}

/** Self minus manager rating, for a valid self row whose employee × competence has a valid manager rating. */
export function selfManagerDifference(entry: GapEntry, all: GapEntry[]): number | null {
  if (entry.assessor !== "self" || !validRating(entry)) return null;
  // the workbook formula takes the first manager row (MATCH on the normalised key), so does the reference
  const manager = all.find(
    (g) =>
      g.assessor === "manager" &&
      idKey(g.employeeId) === idKey(entry.employeeId) &&
      idKey(g.competenceId) === idKey(entry.competenceId),
  );
  return manager && validRating(manager) ? lvl(entry.current)! - lvl(manager.current)! : null;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Diagnosis (now) and prognosis (at the horizon) of one competence of the catalogue, over the
 * ratings of the diagnosis source whose competence ID is the competence's (normalised):
 * - assessed: ratings with a gap; at level: gap 0; average gap; coverage = at level / assessed;
 * - verdict: not assessed (none), not in house (none at level), in house (coverage ≥ the setting),
 *   else insufficiently in house;
 * - holders after the horizon: future gap 0 and the employee stays after the horizon;
 * - average future gap: over the ratings with a future gap of employees who stay after the
 *   horizon — leavers (and ratings of unknown employees) are left out: the prognosis is about the
 *   workforce that is still there;
 * - risk: a critical competence with at most one employee at level now or after the horizon;
 * - self − manager: mean difference over the competence's self ratings with a manager rating.
 */
export function diagnose(
  competence: Competence,
  gaps: GapEntry[],
  employees: Employee[],
  s: AnalysisSettings,
  /**
   * Whether a rating at level counts as such (the certificate rule, src/domain/training.ts
   * countsAtLevel); default: every one.
   */
  countsAtLevel: (g: GapEntry) => boolean = () => true,
): CompetenceDiagnosis {
  const id = idKey(competence.id);
  const rows = gaps.filter(
    (g) =>
      id !== "" &&
      idKey(g.competenceId) === id &&
      s.diagnosisSource !== null &&
      g.assessor === s.diagnosisSource,
  );
  const gapped = rows.map((g) => gap(g)).filter(isNum);
  const assessed = gapped.length;
  const atLevel = rows.filter((g) => gap(g) === 0 && countsAtLevel(g)).length;
  const stays = (g: GapEntry) => staysAfterHorizon(employeeOf(employees, g.employeeId), s) === true;
  const futures = rows
    .filter(stays)
    .map((g) => futureGap(g))
    .filter(isNum);
  const holdersAfterHorizon = rows.filter((g) => futureGap(g) === 0 && stays(g)).length;
  const coverage = assessed ? atLevel / assessed : null;
  const verdict: Verdict =
    assessed === 0
      ? "notAssessed"
      : atLevel === 0
        ? "notInHouse"
        : coverage! >= s.coverageInHouse
          ? "inHouse"
          : "insufficient";
  const diffs = gaps
    .filter((g) => id !== "" && idKey(g.competenceId) === id)
    .map((g) => selfManagerDifference(g, gaps))
    .filter(isNum);
  return {
    competenceId: idText(competence.id),
    assessed,
    atLevel,
    averageGap: mean(gapped),
    coverage,
    verdict,
    holdersAfterHorizon,
    averageFutureGap: mean(futures),
    risk: competence.critical && (atLevel <= 1 || holdersAfterHorizon <= 1),
    selfMinusManager: mean(diffs),
  };
}

/**
 * Team × competence: assessed, at level, average gap and coverage of the diagnosis source's
 * ratings whose employee is in the team (team names and IDs compared normalised).
 */
export function teamCell(
  team: Id,
  competenceId: Id,
  gaps: GapEntry[],
  employees: Employee[],
  s: AnalysisSettings,
): { assessed: number; atLevel: number; averageGap: number | null; coverage: number | null } {
  const t = idKey(team);
  const c = idKey(competenceId);
  const values =
    t === "" || c === "" || s.diagnosisSource === null
      ? []
      : gaps
          .filter((g) => {
            const e = employeeOf(employees, g.employeeId);
            return (
              idKey(g.competenceId) === c && g.assessor === s.diagnosisSource && !!e && idKey(e.team) === t
            );
          })
          .map((g) => gap(g))
          .filter(isNum);
  const atLevel = values.filter((v) => v === 0).length;
  if (!values.length) return { assessed: 0, atLevel: 0, averageGap: null, coverage: null };
  return {
    assessed: values.length,
    atLevel,
    averageGap: mean(values),
    coverage: atLevel / values.length,
  };
}
