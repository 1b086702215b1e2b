/** Domain records as table rows in the workbook's language (input columns; computed ones blank). */
import type { Competence, Employee, GapEntry } from "../domain/competences";
import { ASSESSOR, COMPETENCE_TYPE, NO, WbLang, YES } from "./lang";
import { cellInput } from "./cellText";
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
  });
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

export function teamRow(team: string) {
  return row("teams", { team, description: "" });
}
