/**
 * Raw table rows (as read from Excel, keyed by column key) → domain records, reading cells the way
 * the formulas do: a level counts only when it is a number, a list choice only in the workbook's
 * language (case and surrounding spaces aside).
 */
import type { AnalysisSettings, Assessor, Employee, GapEntry, Id, LevelCell } from "../domain/competences";
import {
  GILBERT_FACTORS,
  GilbertEntry,
  PYRAMID_LEVELS,
  PyramidAnswer,
  PyramidEntry,
} from "../domain/instruments";
import { idList, questionIdText } from "../domain/questions";
import type { Answer, Cause, LearningQuestion, Perspective, QuestionSource } from "../domain/questions";
import { ANSWER, ASSESSOR, CAUSE, PERSPECTIVE, PYRAMID_ANSWER, QUESTION_SOURCE, Text, WbLang } from "./lang";
import { CRITERIA, NeedInput, PrioritySettings, SCORED, Weights } from "../domain/priorities";

type Raw = Record<string, unknown>;

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The key of a list choice in the workbook's language, or null. */
export function choice<K extends string>(map: Record<K, Text>, v: unknown, lang: WbLang): K | null {
  const s = str(v).trim().toLowerCase();
  for (const [k, t] of Object.entries(map) as [K, Text][]) if (t[lang].toLowerCase() === s) return k;
  return null;
}

export function parseQuestion(r: Raw, lang: WbLang): LearningQuestion {
  const wish = choice<Answer>(ANSWER, r.wish, lang);
  return {
    id: questionIdText(r.id),
    title: str(r.title),
    description: str(r.description),
    perspective: choice<Perspective>(PERSPECTIVE, r.perspective, lang),
    source: choice<QuestionSource>(QUESTION_SOURCE, r.source, lang),
    targetGroup: str(r.targetGroup),
    competenceIds: idList(r.competenceIds),
    cause: choice<Cause>(CAUSE, r.cause, lang),
    wish: wish === "yes" || wish === "no" ? wish : null,
    costEffective: choice<Answer>(ANSWER, r.costEffective, lang),
  };
}

export function parsePyramid(r: Raw, lang: WbLang): PyramidEntry {
  return {
    questionId: questionIdText(r.questionId),
    employeeId: str(r.employeeId).trim(),
    note: str(r.note),
    answers: Object.fromEntries(
      PYRAMID_LEVELS.map((l) => [l, choice<PyramidAnswer>(PYRAMID_ANSWER, r[l], lang)]),
    ) as PyramidEntry["answers"],
  };
}

export function parseGilbert(r: Raw): GilbertEntry {
  return {
    questionId: questionIdText(r.questionId),
    problem: str(r.problem),
    ratings: Object.fromEntries(GILBERT_FACTORS.map((k) => [k, num(r[k])])) as GilbertEntry["ratings"],
  };
}

/** A level cell as typed: numbers stay numbers, anything else is its text (see levelOf). */
const levelCell = (v: unknown): LevelCell =>
  v === null || v === undefined || v === "" ? null : typeof v === "number" ? v : String(v);

/** An ID cell as typed: a number stays a number (IDs are compared normalised, see idText). */
const idCell = (v: unknown): Id => (typeof v === "number" ? v : str(v));

export function parseGap(r: Raw): GapEntry | null {
  const assessor = keyOfEither(ASSESSOR, r.assessor);
  if (!assessor) return null;
  return {
    employeeId: idCell(r.employeeId),
    competenceId: idCell(r.competenceId),
    assessor,
    date: num(r.date),
    requiredNow: levelCell(r.requiredNow),
    current: levelCell(r.current),
    requiredAtHorizon: levelCell(r.requiredAtHorizon),
    note: str(r.note),
  };
}

export function parseEmployee(r: Raw): Pick<Employee, "id" | "team" | "exitYear"> {
  return { id: idCell(r.id), team: idCell(r.team), exitYear: num(r.exitYear) };
}

/**
 * The settings the proposals need. The source as the diagnosis formulas read it (the workbook's
 * spellings, also the other language's); a blank or invalid threshold falls back to 1, an
 * invalid year or horizon to the current year and 3.
 */
export function parseSettings(
  rows: Raw[],
): Pick<
  AnalysisSettings,
  "diagnosisSource" | "gapThreshold" | "futureGapThreshold" | "analysisYear" | "horizonYears"
> {
  const value = (k: string) => rows.find((r) => str(r.key).trim() === k)?.value;
  const threshold = (k: string) => {
    const v = num(value(k));
    return v !== null && v >= 0 ? v : 1;
  };
  const year = num(value("analysis_year"));
  const horizon = num(value("horizon_years"));
  return {
    diagnosisSource: keyOfEither(ASSESSOR, value("diagnosis_source")),
    gapThreshold: threshold("gap_threshold"),
    futureGapThreshold: threshold("future_gap_threshold"),
    analysisYear: year ?? new Date().getFullYear(),
    horizonYears: horizon ?? 3,
  };
}

/** Assessors were accepted in both languages since the first version; so they stay. */
function keyOfEither(map: Record<Assessor, Text>, v: unknown): Assessor | null {
  return choice(map, v, "nl") ?? choice(map, v, "en");
}

/**
 * The priority settings as the Prioriteiten formulas read them: N() for amounts, a budget only
 * when it is a number ≥ 0, and weights usable only when the weights table has exactly the seven
 * criteria, all numbers (see weightsOk in prioritySpecs.ts); otherwise every weight is NaN. The
 * criteria's directions are fixed (CRITERION_DIRECTION): the table's direction column is not read.
 */
export function parsePrioritySettings(settings: Raw[], weights: Raw[]): PrioritySettings {
  const value = (k: string) => settings.find((r) => str(r.key).trim() === k)?.value;
  const n = (k: string) => num(value(k)) ?? 0;
  const budget = num(value("budget"));
  const cap = num(value("hours_cap"));
  const shapeOk = weights.length === CRITERIA.length && weights.every((r) => num(r.weight) !== null);
  const parsed = Object.fromEntries(
    CRITERIA.map((c) => {
      const row = weights.find((r) => str(r.key).trim().toLowerCase() === c.toLowerCase());
      return [c, { weight: shapeOk && row ? (num(row.weight) ?? NaN) : NaN }];
    }),
  ) as Weights;
  return {
    weights: parsed,
    minFeasibility: n("min_feasibility"),
    hourlyCost: n("hourly_cost"),
    bands: [n("invest_band_1"), n("invest_band_2"), n("invest_band_3"), n("invest_band_4")],
    budget: budget !== null && budget >= 0 ? budget : null,
    hoursCap: cap !== null && cap > 0 ? cap : null,
  };
}

export function parseNeed(r: Raw): NeedInput {
  return {
    questionId: str(r.questionId),
    scores: Object.fromEntries(SCORED.map((k) => [k, r[k]])) as NeedInput["scores"],
    participants: r.participants,
    hoursPerParticipant: r.hoursPerParticipant,
    externalCost: r.externalCost,
    subsidy: r.subsidy,
  };
}
