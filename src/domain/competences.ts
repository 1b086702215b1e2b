/**
 * The competence perspective (domain.md §1): diagnosis of what is in house now and prognosis at
 * the horizon. Pure functions; the reference every workbook formula is checked against.
 */
export type Assessor = "self" | "manager" | "external";
export type CompetenceType = "knowledge" | "skill" | "attitude";
export type Verdict = "inHouse" | "insufficient" | "notInHouse" | "notAssessed";

export interface Competence {
  id: string;
  name: string;
  type: CompetenceType;
  cluster: string;
  critical: boolean;
  description: string;
}

export interface Employee {
  id: string;
  name: string;
  team: string;
  role: string;
  fte: number;
  /** Expected exit year (pension, end of contract); null when none is known. */
  exitYear: number | null;
  trainingHours: number;
}

export interface GapEntry {
  employeeId: string;
  competenceId: string;
  assessor: Assessor;
  /** Excel date serial. */
  date: number | null;
  requiredNow: number | null;
  current: number | null;
  requiredAtHorizon: number | null;
  note: string;
}

export interface AnalysisSettings {
  organisation: string;
  analysisYear: number;
  horizonYears: number;
  scaleLabels: string[];
  /** Whose ratings the diagnosis counts. */
  diagnosisSource: Assessor;
  /** Share of assessed employees at the required level from which a competence is "in huis". */
  coverageInHouse: number;
  /** Used by the learning-question proposals (issue 5). */
  gapThreshold: number;
  futureGapThreshold: number;
}

export const SCALE_MIN = 0;
export const SCALE_MAX = 4;

const isNum = (v: number | null): v is number => typeof v === "number" && Number.isFinite(v);

/** How far the current level falls short of the required level now; never negative. */
export function gap(e: Pick<GapEntry, "requiredNow" | "current">): number | null {
  return isNum(e.requiredNow) && isNum(e.current) ? Math.max(0, e.requiredNow - e.current) : null;
}

/** Shortfall against the level required at the horizon (the level required now when none is set). */
export function futureGap(e: Pick<GapEntry, "requiredNow" | "current" | "requiredAtHorizon">): number | null {
  if (!isNum(e.current)) return null;
  const target = isNum(e.requiredAtHorizon) ? e.requiredAtHorizon : e.requiredNow;
  return isNum(target) ? Math.max(0, target - e.current) : null;
}

/** Still employed after the horizon: no exit year, or an exit after analysis year + horizon. */
export function staysAfterHorizon(employee: Employee | undefined, s: AnalysisSettings): boolean | null {
  if (!employee) return null;
  return employee.exitYear === null || employee.exitYear > s.analysisYear + s.horizonYears;
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

/** Self minus manager rating, for a self row whose employee × competence has a manager rating. */
export function selfManagerDifference(entry: GapEntry, all: GapEntry[]): number | null {
  if (entry.assessor !== "self" || !isNum(entry.current)) return null;
  // the workbook formula takes the first manager row (MATCH), so does the reference
  const manager = all.find(
    (g) =>
      g.assessor === "manager" && g.employeeId === entry.employeeId && g.competenceId === entry.competenceId,
  );
  return manager && isNum(manager.current) ? entry.current - manager.current : null;
}

export function diagnose(
  competence: Competence,
  gaps: GapEntry[],
  employees: Employee[],
  s: AnalysisSettings,
): CompetenceDiagnosis {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const rows = gaps.filter((g) => g.competenceId === competence.id && g.assessor === s.diagnosisSource);
  const gapped = rows.map((g) => gap(g)).filter(isNum);
  const assessed = gapped.length;
  const atLevel = gapped.filter((x) => x === 0).length;
  const futures = rows.map((g) => futureGap(g)).filter(isNum);
  const holdersAfterHorizon = rows.filter(
    (g) => futureGap(g) === 0 && staysAfterHorizon(byId.get(g.employeeId), s) === true,
  ).length;
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
    .filter((g) => g.competenceId === competence.id)
    .map((g) => selfManagerDifference(g, gaps))
    .filter(isNum);
  return {
    competenceId: competence.id,
    assessed,
    atLevel,
    averageGap: assessed ? gapped.reduce((a, b) => a + b, 0) / assessed : null,
    coverage,
    verdict,
    holdersAfterHorizon,
    averageFutureGap: futures.length ? futures.reduce((a, b) => a + b, 0) / futures.length : null,
    risk: competence.critical && (atLevel <= 1 || holdersAfterHorizon <= 1),
    selfMinusManager: diffs.length ? diffs.reduce((a, b) => a + b, 0) / diffs.length : null,
  };
}

/** Team × competence: assessed, at level, average gap and coverage of the diagnosis source's ratings. */
export function teamCell(
  team: string,
  competenceId: string,
  gaps: GapEntry[],
  employees: Employee[],
  s: AnalysisSettings,
): { assessed: number; atLevel: number; averageGap: number | null; coverage: number | null } {
  const teamOf = new Map(employees.map((e) => [e.id, e.team]));
  const values = gaps
    .filter(
      (g) =>
        g.competenceId === competenceId &&
        g.assessor === s.diagnosisSource &&
        teamOf.get(g.employeeId) === team,
    )
    .map((g) => gap(g))
    .filter(isNum);
  const atLevel = values.filter((v) => v === 0).length;
  if (!values.length) return { assessed: 0, atLevel: 0, averageGap: null, coverage: null };
  return {
    assessed: values.length,
    atLevel,
    averageGap: values.reduce((a, b) => a + b, 0) / values.length,
    coverage: values.filter((v) => v === 0).length / values.length,
  };
}
