/**
 * From gaps to learning questions (issue 5, item 2): per team × competence, the average gap now
 * over the diagnosis source's ratings (as the team matrix computes it) and the average future gap
 * over those of employees who stay after the horizon (as the diagnosis computes it); where
 * either reaches its threshold, a question is proposed, unless one already exists for that team
 * and competence. Pure.
 */
import {
  AnalysisSettings,
  Competence,
  Employee,
  employeeOf,
  futureGap,
  gap,
  GapEntry,
  Id,
  idKey,
  idText,
  staysAfterHorizon,
} from "./competences";
import {
  GILBERT_CAUSES,
  gilbertConclusion,
  GilbertEntry,
  PYRAMID_CAUSE,
  pyramidConclusion,
  PyramidEntry,
} from "./instruments";
import { Cause, questionIndex, questionKey } from "./questions";

export interface GapProposal {
  team: string;
  competenceId: string;
  competenceName: string;
  /** Ratings of the diagnosis source in this team for this competence. */
  assessed: number;
  averageGap: number | null;
  averageFutureGap: number | null;
  /** Which threshold(s) it passes. */
  passes: { now: boolean; future: boolean };
}

export interface ExistingQuestion {
  id: string;
  targetGroup: string;
  competenceIds: string[];
}

const norm = (s: string) => s.trim().toLowerCase();

/** A question for this team and competence exists when its target group is the team and it links the competence. */
export function questionExists(existing: ExistingQuestion[], team: string, competenceId: string): boolean {
  return existing.some(
    (q) => norm(q.targetGroup) === norm(team) && q.competenceIds.some((c) => norm(c) === norm(competenceId)),
  );
}

export function proposeFromGaps(
  input: {
    teams: Id[];
    competences: Pick<Competence, "id" | "name">[];
    employees: Pick<Employee, "id" | "team" | "exitYear">[];
    gaps: GapEntry[];
    existing: ExistingQuestion[];
  },
  s: Pick<
    AnalysisSettings,
    "diagnosisSource" | "gapThreshold" | "futureGapThreshold" | "analysisYear" | "horizonYears"
  >,
): GapProposal[] {
  const employees = input.employees as Employee[];
  const sums = new Map<string, { n: number; gap: number; fn: number; future: number }>();
  for (const g of input.gaps) {
    if (s.diagnosisSource === null || g.assessor !== s.diagnosisSource) continue;
    const employee = employeeOf(employees, g.employeeId);
    if (employee === undefined) continue;
    const k = `${idKey(employee.team)}\u0000${idKey(g.competenceId)}`;
    const acc = sums.get(k) ?? { n: 0, gap: 0, fn: 0, future: 0 };
    const now = gap(g);
    const later = futureGap(g);
    if (now !== null) {
      acc.n += 1;
      acc.gap += now;
    }
    if (later !== null && staysAfterHorizon(employee, s as AnalysisSettings) === true) {
      acc.fn += 1;
      acc.future += later;
    }
    sums.set(k, acc);
  }
  const out: GapProposal[] = [];
  for (const listed of input.teams) {
    const team = idText(listed);
    for (const c of input.competences) {
      const acc = sums.get(`${idKey(team)}\u0000${idKey(c.id)}`);
      if (!acc) continue;
      const averageGap = acc.n ? acc.gap / acc.n : null;
      const averageFutureGap = acc.fn ? acc.future / acc.fn : null;
      const passes = {
        now: averageGap !== null && averageGap >= s.gapThreshold,
        future: averageFutureGap !== null && averageFutureGap >= s.futureGapThreshold,
      };
      if (!passes.now && !passes.future) continue;
      if (questionExists(input.existing, team, idText(c.id))) continue;
      out.push({
        team,
        competenceId: idText(c.id),
        competenceName: c.name,
        assessed: acc.n,
        averageGap,
        averageFutureGap,
        passes,
      });
    }
  }
  // the largest shortfall first (now or at the horizon), then team and competence as listed
  const worst = (p: GapProposal) => Math.max(p.averageGap ?? 0, p.averageFutureGap ?? 0);
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => worst(b.p) - worst(a.p) || a.i - b.i)
    .map((x) => x.p);
}

/** The next free IDs with a prefix and at least two digits: LV15, LV16, … after LV14. */
export function nextIds(existing: string[], count: number, prefix = "LV"): string[] {
  const taken = new Set(existing.map(norm));
  const re = new RegExp(`^${prefix}(\\d+)$`, "i");
  let n = existing.reduce((max, id) => {
    const m = re.exec(id.trim());
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);
  const out: string[] = [];
  while (out.length < count) {
    n += 1;
    const id = `${prefix}${String(n).padStart(2, "0")}`;
    if (!taken.has(norm(id))) out.push(id);
  }
  return out;
}

export interface CauseProposal {
  /** Index of the question in its table. */
  question: number;
  from: "pyramid" | "gilbert";
  /** Index of the instrument record in its table. */
  record: number;
  proposed: Cause;
}

/**
 * What the competentiepiramide and Gilbert conclude, proposed as the cause of the question they are
 * linked to (by normalised question ID, see questionKey), where it differs from the cause the question
 * has (or it has none). Gilbert's knowledge-and-skills factor agrees with kennis and with
 * vaardigheden; where the question has neither it proposes kennis, the first (the user may pick
 * vaardigheden instead). The user confirms.
 */
export function proposeCauses(
  questions: { id: unknown; cause: Cause | null }[],
  pyramid: Pick<PyramidEntry, "questionId" | "answers">[],
  gilbert: Pick<GilbertEntry, "questionId" | "ratings">[],
): CauseProposal[] {
  const index = questionIndex(questions);
  const out: CauseProposal[] = [];
  const propose = (from: CauseProposal["from"], record: number, questionId: unknown, causes: Cause[]) => {
    const question = index.get(questionKey(questionId));
    const current = question === undefined ? null : questions[question].cause;
    if (question === undefined || !causes.length || (current !== null && causes.includes(current))) return;
    out.push({ question, from, record, proposed: causes[0] });
  };
  pyramid.forEach((p, i) => {
    const c = pyramidConclusion(p.answers);
    propose("pyramid", i, p.questionId, c.firstShortfall ? [PYRAMID_CAUSE[c.firstShortfall]] : []);
  });
  gilbert.forEach((g, i) => {
    const c = gilbertConclusion(g.ratings);
    propose("gilbert", i, g.questionId, c?.mainFactor ? GILBERT_CAUSES[c.mainFactor] : []);
  });
  return out.sort(
    (a, b) =>
      a.question - b.question || (a.from === b.from ? a.record - b.record : a.from === "pyramid" ? -1 : 1),
  );
}
