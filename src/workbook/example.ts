/**
 * A fictional Flemish care organisation ("Zorggroep De Linde"): teams, about 25 competences,
 * about 60 employees, self and manager ratings, some leavers within the horizon. Deterministic.
 */
import type { Assessor, Competence, CompetenceType, Employee, GapEntry, Id } from "../domain/competences";
import type { LearningQuestion } from "../domain/questions";
import type { Criterion, NeedInput } from "../domain/priorities";
import type { EightFieldsEntry, GilbertEntry, PyramidEntry, StarrEntry } from "../domain/instruments";
import { dateSerial } from "./dates";
import {
  exampleEightFields,
  exampleGilbert,
  examplePriorities,
  examplePyramid,
  exampleQuestions,
  exampleStarr,
} from "./exampleQuestions";

/** Small deterministic PRNG (mulberry32) so examples and benchmarks are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const EXAMPLE_ORGANISATION = "Zorggroep De Linde";
export const EXAMPLE_TEAMS = [
  "Woonzorg A",
  "Woonzorg B",
  "Thuiszorg",
  "Dagcentrum",
  "Ondersteunende diensten",
];

const COMPETENCES: [string, CompetenceType, string, boolean][] = [
  ["Palliatieve zorg", "knowledge", "Zorg", true],
  ["Dementiezorg", "knowledge", "Zorg", true],
  ["Medicatiebeheer", "skill", "Zorg", true],
  ["Wondzorg", "skill", "Zorg", false],
  ["Valpreventie", "knowledge", "Zorg", false],
  ["Tiltechnieken en ergonomie", "skill", "Zorg", false],
  ["Agressiebeheersing", "skill", "Veiligheid", true],
  ["Brandveiligheid en evacuatie", "knowledge", "Veiligheid", true],
  ["Hygiëne en infectiepreventie", "knowledge", "Veiligheid", true],
  ["Elektronisch zorgdossier", "skill", "Digitaal", false],
  ["Digitale vaardigheden", "skill", "Digitaal", false],
  ["Privacy en GDPR", "knowledge", "Digitaal", false],
  ["Communicatie met familie", "skill", "Communicatie", false],
  ["Overdracht en rapportage", "skill", "Communicatie", false],
  ["Omgaan met diversiteit", "attitude", "Communicatie", false],
  ["Klantgerichtheid", "attitude", "Houding", false],
  ["Samenwerken", "attitude", "Houding", false],
  ["Veranderingsbereidheid", "attitude", "Houding", false],
  ["Coachend leidinggeven", "skill", "Leiderschap", true],
  ["Planning en roostering", "skill", "Organisatie", false],
  ["Budgetbeheer", "knowledge", "Organisatie", false],
  ["Kwaliteitszorg", "knowledge", "Organisatie", false],
  ["Eerste hulp", "skill", "Veiligheid", false],
  ["Zelfzorg en veerkracht", "attitude", "Houding", false],
  ["Vlaamse Gebarentaal", "skill", "Communicatie", true],
];

const FIRST = [
  "An",
  "Bert",
  "Chloë",
  "Dirk",
  "Els",
  "Frank",
  "Griet",
  "Hans",
  "Ilse",
  "Jan",
  "Karen",
  "Luc",
  "Marleen",
  "Nico",
  "Oona",
  "Pieter",
  "Rita",
  "Sven",
  "Tine",
  "Wim",
  "Yasmina",
  "Zeynep",
  "Mohamed",
  "Lotte",
  "Ruben",
];
const LAST = [
  "Peeters",
  "Janssens",
  "Maes",
  "Jacobs",
  "Mertens",
  "Willems",
  "Claes",
  "Goossens",
  "Wouters",
  "De Smet",
  "Dubois",
  "Hermans",
  "Aerts",
  "Lambrechts",
  "El Amrani",
];
const ROLES = ["zorgkundige", "verpleegkundige", "begeleider", "logistiek medewerker", "teamcoach"];

export interface ExampleData {
  /** The team list (a team may be typed as a number). */
  teams: Id[];
  competences: Competence[];
  employees: Employee[];
  gaps: GapEntry[];
  questions: LearningQuestion[];
  starr: StarrEntry[];
  pyramid: PyramidEntry[];
  eightFields: EightFieldsEntry[];
  gilbert: GilbertEntry[];
  priorities: NeedInput[];
  /** Settings values to write over the defaults, by key (tests: budgets, bands, hourly cost). */
  settingValues?: Record<string, string | number>;
  /**
   * Weights to write over the defaults, per criterion: [weight] (a direction text after it, from
   * earlier versions, is ignored: the directions are fixed).
   */
  weightValues?: Partial<Record<Criterion, [unknown, string?]>>;
}

/** The example's learning questions and instrument records. */
function questionsAndInstruments(year: number, latest: number) {
  return {
    questions: exampleQuestions(),
    starr: exampleStarr(Math.min(dateSerial(year - 1, 11, 2), latest - 30)),
    pyramid: examplePyramid(),
    eightFields: exampleEightFields(),
    gilbert: exampleGilbert(),
    priorities: examplePriorities(),
  };
}

/**
 * The last day an example rating may carry: today, or the end of the analysis year when that is
 * earlier. Ratings lie in the 300 days before it, so the example never holds a date in the future,
 * whenever it is filled or checked.
 */
export function latestRatingDate(year: number, today: Date): number {
  const now = dateSerial(today.getFullYear(), today.getMonth() + 1, today.getDate());
  return Math.min(now, dateSerial(year, 12, 31));
}

/**
 * @param employees number of employees (about 60 for the example organisation)
 * @param gapRows when set, the number of gap rows to generate (for benchmarks); otherwise
 *                each employee is rated on a realistic subset of competences.
 * @param today the day the example is made (default: now); rating dates lie before it
 */
export function exampleData(
  options: { employees?: number; gapRows?: number; seed?: number; year?: number; today?: Date } = {},
): ExampleData {
  const rnd = prng(options.seed ?? 20261128);
  const year = options.year ?? 2026;
  const latest = latestRatingDate(year, options.today ?? new Date());
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const competences: Competence[] = COMPETENCES.map(([name, type, cluster, critical], i) => ({
    id: `C${String(i + 1).padStart(2, "0")}`,
    name,
    type,
    cluster,
    critical,
    description: `${name}: vereist voor een veilige en kwaliteitsvolle zorg.`,
  }));
  const nEmp = options.employees ?? 60;
  const employees: Employee[] = Array.from({ length: nEmp }, (_, i) => {
    const team = EXAMPLE_TEAMS[i % EXAMPLE_TEAMS.length];
    const leaving = rnd() < 0.15;
    return {
      id: `M${String(i + 1).padStart(3, "0")}`,
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
      team,
      role:
        i % 12 === 0
          ? "teamcoach"
          : team === "Ondersteunende diensten"
            ? "logistiek medewerker"
            : pick(ROLES.slice(0, 3)),
      fte: pick([0.5, 0.6, 0.8, 0.8, 1, 1, 1]),
      exitYear: leaving ? year + 1 + Math.floor(rnd() * 4) : rnd() < 0.1 ? year + 8 : null,
      trainingHours: Math.round(rnd() * 400) / 10,
    };
  });
  const gaps: GapEntry[] = [];
  const rate = (e: Employee, c: Competence, assessor: Assessor, base: number) => {
    const required = c.critical ? 3 : 2 + (rnd() < 0.3 ? 1 : 0);
    gaps.push({
      employeeId: e.id,
      competenceId: c.id,
      assessor,
      date: latest - 30 * Math.floor(rnd() * 10) - Math.floor(rnd() * 27),
      requiredNow: required,
      current: Math.max(0, Math.min(4, base)),
      requiredAtHorizon: rnd() < 0.35 ? Math.min(4, required + 1) : required,
      note: assessor === "self" && rnd() < 0.1 ? "Wil graag bijleren via een opleiding." : "",
    });
  };
  if (options.gapRows !== undefined) {
    for (let i = 0; gaps.length < options.gapRows; i++) {
      const e = employees[i % employees.length];
      const c = competences[Math.floor(i / employees.length) % competences.length];
      const level = Math.floor(rnd() * 5);
      rate(e, c, i % 3 === 0 ? "self" : "manager", level);
    }
    return {
      teams: EXAMPLE_TEAMS,
      competences,
      employees,
      gaps: gaps.slice(0, options.gapRows),
      ...questionsAndInstruments(year, latest),
    };
  }
  for (const e of employees) {
    for (const c of competences) {
      if (rnd() > 0.55) continue; // not every competence applies to every job
      const level = Math.round(1 + rnd() * 3 - (c.id === "C25" ? 1.5 : 0));
      rate(e, c, "manager", level);
      if (rnd() < 0.5) rate(e, c, "self", level + (rnd() < 0.5 ? 1 : 0));
    }
  }
  return { teams: EXAMPLE_TEAMS, competences, employees, gaps, ...questionsAndInstruments(year, latest) };
}
