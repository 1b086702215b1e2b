/** Domain records as table rows in the workbook's language (input columns; computed ones blank). */
import type { Competence, Employee, GapEntry } from "../domain/competences";
import type { LearningQuestion } from "../domain/questions";
import type { FunctionProfile } from "../domain/profiles";
import type { NeedInput } from "../domain/priorities";
import {
  EIGHT_FIELDS,
  EightFieldsEntry,
  GilbertEntry,
  PYRAMID_LEVELS,
  PyramidEntry,
  StarrEntry,
} from "../domain/instruments";
import {
  ANSWER,
  ASSESSOR,
  CAUSE,
  COMPETENCE_TYPE,
  NO,
  PERSPECTIVE,
  PYRAMID_ANSWER,
  QUESTION_SOURCE,
  WbLang,
  YES,
} from "./lang";
import { cellInput } from "./cellText";
import type { ExampleData } from "./example";
import { SPEC_BY_KEY, TableKey } from "./specs";

type Cell = string | number | boolean | null;

function row(table: TableKey, values: Record<string, Cell>): (string | number | boolean)[] {
  return SPEC_BY_KEY[table].columns.map((c) => (c.formula ? "" : cellInput(values[c.key] ?? null)));
}

export function competenceRow(c: Competence, lang: WbLang) {
  return row("competences", {
    id: c.id,
    name: c.name,
    type: COMPETENCE_TYPE[c.type][lang],
    cluster: c.cluster,
    critical: (c.critical ? YES : NO)[lang],
    description: c.description,
    certificate:
      c.certificate === undefined || typeof c.certificate === "string"
        ? (c.certificate ?? null)
        : (c.certificate ? YES : NO)[lang],
  });
}

/** A training register row: its cells as the data set holds them (already in the workbook's language). */
export function trainingRow(r: Record<string, unknown>) {
  return row("training", r as Record<string, Cell>);
}

export function employeeRow(e: Employee) {
  return row("employees", {
    id: e.id,
    name: e.name,
    team: e.team,
    role: e.role,
    fte: e.fte,
    exitYear: e.exitYear,
    trainingHours: e.trainingHours,
    gender: e.gender ?? null,
    birthYear: e.birthYear ?? null,
    startDate: e.startDate ?? null,
    endDate: e.endDate ?? null,
  });
}

export function profileRow(p: FunctionProfile) {
  return row("profiles", {
    function: p.function,
    competenceId: p.competenceId,
    requiredNow: p.requiredNow,
    requiredAtHorizon: p.requiredAtHorizon,
  });
}

export function gapRow(g: GapEntry, lang: WbLang) {
  return row("gaps", {
    employeeId: g.employeeId,
    competenceId: g.competenceId,
    assessor: ASSESSOR[g.assessor][lang],
    date: g.date,
    requiredNow: g.requiredNow,
    current: g.current,
    requiredAtHorizon: g.requiredAtHorizon,
    note: g.note,
  });
}

export function teamRow(team: string | number) {
  return row("teams", { team, description: "" });
}

export function questionRow(q: LearningQuestion, lang: WbLang) {
  return row("questions", {
    id: q.id,
    title: q.title,
    description: q.description,
    perspective: q.perspective ? PERSPECTIVE[q.perspective][lang] : null,
    source: q.source ? QUESTION_SOURCE[q.source][lang] : null,
    targetGroup: q.targetGroup,
    competenceIds: q.competenceIds.join(", "),
    cause: q.cause ? CAUSE[q.cause][lang] : null,
    wish: q.wish ? ANSWER[q.wish][lang] : null,
    costEffective: q.costEffective ? ANSWER[q.costEffective][lang] : null,
  });
}

export function starrRow(s: StarrEntry) {
  return row("starr", { ...s });
}

export function pyramidRow(p: PyramidEntry, lang: WbLang) {
  const answers = Object.fromEntries(
    PYRAMID_LEVELS.map((l) => [l, p.answers[l] ? PYRAMID_ANSWER[p.answers[l]!][lang] : null]),
  );
  return row("pyramid", { questionId: p.questionId, employeeId: p.employeeId, note: p.note, ...answers });
}

export function eightFieldsRow(e: EightFieldsEntry) {
  const fields = Object.fromEntries(EIGHT_FIELDS.map((n) => [`field${n}`, e.fields[n]]));
  return row("eightFields", { id: e.id, questionId: e.questionId, title: e.title, ...fields });
}

export function gilbertRow(g: GilbertEntry) {
  return row("gilbert", { questionId: g.questionId, problem: g.problem, ...g.ratings });
}

/** Every filled table's rows for a data set, in the workbook's language. */
export function exampleRows(
  data: ExampleData,
  lang: WbLang,
): Partial<Record<TableKey, (string | number | boolean)[][]>> {
  return {
    teams: data.teams.map(teamRow),
    competences: data.competences.map((c) => competenceRow(c, lang)),
    profiles: (data.profiles ?? []).map(profileRow),
    employees: data.employees.map(employeeRow),
    gaps: data.gaps.map((g) => gapRow(g, lang)),
    questions: data.questions.map((q) => questionRow(q, lang)),
    starr: data.starr.map(starrRow),
    pyramid: data.pyramid.map((p) => pyramidRow(p, lang)),
    eightFields: data.eightFields.map(eightFieldsRow),
    gilbert: data.gilbert.map(gilbertRow),
    priorities: data.priorities.map(priorityRow),
    training: (data.training ?? []).map(trainingRow),
    plan: (data.plan ?? []).map(planRow),
  };
}

export function priorityRow(n: NeedInput) {
  const raw = (v: unknown): Cell => (v === undefined ? null : (v as Cell));
  return row("priorities", {
    questionId: n.questionId,
    ...Object.fromEntries(Object.entries(n.scores).map(([k, v]) => [k, raw(v)])),
    participants: raw(n.participants),
    hoursPerParticipant: raw(n.hoursPerParticipant),
    externalCost: raw(n.externalCost),
    subsidy: raw(n.subsidy),
  });
}

/** A training plan row: its input cells as given (list choices already in the workbook's language). */
export function planRow(r: Record<string, unknown>) {
  return row("plan", r as Record<string, Cell>);
}
