/**
 * A fictional Flemish care organisation ("Zorggroep De Linde"): teams, about 25 competences,
 * about 60 employees, self and manager ratings, some leavers within the horizon. Deterministic.
 */
import type { Assessor, Competence, CompetenceType, Employee, GapEntry, Id } from "../domain/competences";
import type { LearningQuestion } from "../domain/questions";
import type { Criterion, NeedInput } from "../domain/priorities";
import type { EightFieldsEntry, GilbertEntry, PyramidEntry, StarrEntry } from "../domain/instruments";
import type { FunctionProfile } from "../domain/profiles";
import { dateSerial } from "./dates";
import { EXAMPLE_CERTIFICATES, exampleTraining } from "./exampleTraining";
import { examplePlan, examplePlanSettings } from "./examplePlan";
import { GENDER, type Gender, type WbLang } from "./lang";
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

/** The example organisation's name in each workbook language. */
export const EXAMPLE_ORGANISATION_NAME: Record<WbLang, string> = {
  nl: "Zorggroep De Linde",
  en: "De Linde Care Group",
};
/** The Dutch name (the default language). */
export const EXAMPLE_ORGANISATION = EXAMPLE_ORGANISATION_NAME.nl;

/** The teams in each workbook language (the same teams, in the same order). */
export const EXAMPLE_TEAMS_BY_LANG: Record<WbLang, string[]> = {
  nl: ["Woonzorg A", "Woonzorg B", "Thuiszorg", "Dagcentrum", "Ondersteunende diensten"],
  en: ["Residential Care A", "Residential Care B", "Home Care", "Day Centre", "Support Services"],
};
/** The Dutch teams (the default language). */
export const EXAMPLE_TEAMS = EXAMPLE_TEAMS_BY_LANG.nl;

type Tx = Record<WbLang, string>;
const tx = (nl: string, en: string): Tx => ({ nl, en });

const ZORG = tx("Zorg", "Care");
const VEILIGHEID = tx("Veiligheid", "Safety");
const DIGITAAL = tx("Digitaal", "Digital");
const COMMUNICATIE = tx("Communicatie", "Communication");
const HOUDING = tx("Houding", "Attitudes");
const LEIDERSCHAP = tx("Leiderschap", "Leadership");
const ORGANISATIE = tx("Organisatie", "Organisation");

const COMPETENCES: [Tx, CompetenceType, Tx, boolean][] = [
  [tx("Palliatieve zorg", "Palliative care"), "knowledge", ZORG, true],
  [tx("Dementiezorg", "Dementia care"), "knowledge", ZORG, true],
  [tx("Medicatiebeheer", "Medication management"), "skill", ZORG, true],
  [tx("Wondzorg", "Wound care"), "skill", ZORG, false],
  [tx("Valpreventie", "Falls prevention"), "knowledge", ZORG, false],
  [tx("Tiltechnieken en ergonomie", "Moving and handling"), "skill", ZORG, false],
  [tx("Agressiebeheersing", "Managing aggression"), "skill", VEILIGHEID, true],
  [tx("Brandveiligheid en evacuatie", "Fire safety and evacuation"), "knowledge", VEILIGHEID, true],
  [tx("Hygiëne en infectiepreventie", "Hygiene and infection control"), "knowledge", VEILIGHEID, true],
  [tx("Elektronisch zorgdossier", "Electronic care record"), "skill", DIGITAAL, false],
  [tx("Digitale vaardigheden", "Digital skills"), "skill", DIGITAAL, false],
  [tx("Privacy en GDPR", "Privacy and GDPR"), "knowledge", DIGITAAL, false],
  [tx("Communicatie met familie", "Communicating with families"), "skill", COMMUNICATIE, false],
  [tx("Overdracht en rapportage", "Handovers and record keeping"), "skill", COMMUNICATIE, false],
  [tx("Omgaan met diversiteit", "Respecting diversity"), "attitude", COMMUNICATIE, false],
  [tx("Klantgerichtheid", "Client focus"), "attitude", HOUDING, false],
  [tx("Samenwerken", "Teamwork"), "attitude", HOUDING, false],
  [tx("Veranderingsbereidheid", "Openness to change"), "attitude", HOUDING, false],
  [tx("Coachend leidinggeven", "Coaching leadership"), "skill", LEIDERSCHAP, true],
  [tx("Planning en roostering", "Planning and rostering"), "skill", ORGANISATIE, false],
  [tx("Budgetbeheer", "Budget management"), "knowledge", ORGANISATIE, false],
  [tx("Kwaliteitszorg", "Quality management"), "knowledge", ORGANISATIE, false],
  [tx("Eerste hulp", "First aid"), "skill", VEILIGHEID, false],
  [tx("Zelfzorg en veerkracht", "Self-care and resilience"), "attitude", HOUDING, false],
  [tx("Vlaamse Gebarentaal", "Flemish Sign Language"), "skill", COMMUNICATIE, true],
];

/** A competence's description, from its name. */
const DESCRIPTION: Record<WbLang, (name: string) => string> = {
  nl: (name) => `${name}: vereist voor een veilige en kwaliteitsvolle zorg.`,
  en: (name) => `${name}: needed for safe, good-quality care.`,
};
/** The remark some self-ratings carry. */
const WANTS_TRAINING = tx("Wil graag bijleren via een opleiding.", "Would like to learn more on a course.");

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
/** Job titles: three care roles, then the support role and the team coach. */
const ROLES_BY_LANG: Record<WbLang, string[]> = {
  nl: ["zorgkundige", "verpleegkundige", "begeleider", "logistiek medewerker", "teamcoach"],
  en: ["care assistant", "nurse", "support worker", "facilities assistant", "team coach"],
};

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
  /** Training register rows keyed by column, cells in the workbook's language (absent: none). */
  training?: Record<string, unknown>[];
  /** Function profiles (absent: none). */
  profiles?: FunctionProfile[];
  /** Training plan rows (VTO_Plan) keyed by column, cells in the workbook's language (absent: none). */
  plan?: Record<string, unknown>[];
  /** The organisation's name, written where none is set (default: the Dutch example's). */
  organisation?: string;
  /** Settings values to write over the defaults, by key (tests: budgets, bands, hourly cost). */
  settingValues?: Record<string, string | number>;
  /**
   * Weights to write over the defaults, per criterion: [weight] (a direction text after it, from
   * earlier versions, is ignored: the directions are fixed).
   */
  weightValues?: Partial<Record<Criterion, [unknown, string?]>>;
}

/** The example's learning questions and instrument records. */
function questionsAndInstruments(year: number, latest: number, lang: WbLang) {
  return {
    questions: exampleQuestions(lang),
    starr: exampleStarr(Math.min(dateSerial(year - 1, 11, 2), latest - 30), lang),
    pyramid: examplePyramid(lang),
    eightFields: exampleEightFields(lang),
    gilbert: exampleGilbert(lang),
    priorities: examplePriorities(),
    organisation: EXAMPLE_ORGANISATION_NAME[lang],
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
 * The example's function profiles: critical competences at 3 for every function, the others at 2
 * or 3 by function; some rise by one at the horizon (blank otherwise: the same as now).
 */
function profileLevel(role: number, competence: number, critical: boolean): number {
  return critical ? 3 : (role + competence) % 3 === 0 ? 3 : 2;
}
function profileHorizon(role: number, competence: number, now: number): number | null {
  return (role * 7 + competence) % 4 === 0 && now < 4 ? now + 1 : null;
}

/**
 * @param employees number of employees (about 60 for the example organisation)
 * @param gapRows when set, the number of gap rows to generate (for benchmarks); otherwise
 *                each employee is rated on a realistic subset of competences.
 * @param today the day the example is made (default: now); rating dates lie before it
 * @param lang the workbook's language (default Dutch): the texts differ, every ID, number, level
 *             and date is the same in both languages, so every computed result is too
 */
export function exampleData(
  options: NonNullable<Parameters<typeof baseExampleData>[0]> & {
    /** When set, exactly this many training register rows (benchmarks). */
    trainingRows?: number;
  } = {},
): ExampleData {
  const data = baseExampleData(options);
  const lang = options.lang ?? "nl";
  const latest = latestRatingDate(options.year ?? 2026, options.today ?? new Date());
  const certified = new Set(EXAMPLE_CERTIFICATES.map((c) => c.competenceId));
  // the register gives the training hours now; every fifteenth employee keeps a typed value (an override)
  const employees = data.employees.map((e, i) => ({
    ...e,
    trainingHours: i % 15 === 14 ? e.trainingHours : null,
  }));
  return {
    ...data,
    competences: data.competences.map((c) => ({ ...c, certificate: certified.has(String(c.id)) })),
    employees,
    training: exampleTraining({ employees, latest, lang, rows: options.trainingRows, seed: options.seed }),
    // the day the example is made for: hours of the last 12 months and certificates are judged on it
    settingValues: {
      ...data.settingValues,
      reference_date: latest,
      ...examplePlanSettings(employees, lang),
      // the gross wage bill for the fund contributions of the sociale balans: € 48,000 per FTE
      wage_bill: Math.round(
        employees.reduce((sum, e) => sum + (typeof e.fte === "number" ? e.fte : 0), 0) * 48000,
      ),
    },
    // the training plan: the rank-order plan within the budget, completed, and one informal action
    plan: examplePlan(data, lang, options.year ?? 2026),
  };
}

function baseExampleData(
  options: {
    employees?: number;
    gapRows?: number;
    seed?: number;
    year?: number;
    today?: Date;
    lang?: WbLang;
  } = {},
): ExampleData {
  const lang = options.lang ?? "nl";
  const TEAMS = EXAMPLE_TEAMS_BY_LANG[lang];
  const ROLES = ROLES_BY_LANG[lang];
  const rnd = prng(options.seed ?? 20261128);
  const year = options.year ?? 2026;
  const latest = latestRatingDate(year, options.today ?? new Date());
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const competences: Competence[] = COMPETENCES.map(([name, type, cluster, critical], i) => ({
    id: `C${String(i + 1).padStart(2, "0")}`,
    name: name[lang],
    type,
    cluster: cluster[lang],
    critical,
    description: DESCRIPTION[lang](name[lang]),
  }));
  const nEmp = options.employees ?? 60;
  // personal data from a draw of its own, so that the other draws stay what they were
  const personal = prng((options.seed ?? 20261128) + 1);
  const roleOf = new Map<Id, number>();
  const employees: Employee[] = Array.from({ length: nEmp }, (_, i) => {
    const t = i % TEAMS.length;
    const team = TEAMS[t];
    const leaving = rnd() < 0.15;
    const role = i % 12 === 0 ? 4 : t === 4 ? 3 : Math.floor(rnd() * 3);
    const id = `M${String(i + 1).padStart(3, "0")}`;
    roleOf.set(id, role);
    const fte = pick([0.5, 0.6, 0.8, 0.8, 1, 1, 1]);
    const exitYear = leaving ? year + 1 + Math.floor(rnd() * 4) : rnd() < 0.1 ? year + 8 : null;
    const g = personal();
    const gender: Gender = g < 0.78 ? "female" : g < 0.97 ? "male" : "other";
    // ages 21 to 64 in the analysis year; leavers within the horizon among the oldest
    const birthYear =
      year - (exitYear !== null && exitYear <= year + 4 ? 58 : 21) - Math.floor(personal() * 7 * (i % 7));
    const started = personal() < 0.7;
    const startYear = Math.min(year - 1, Math.max(birthYear + 19, year - 1 - Math.floor(personal() * 25)));
    return {
      id,
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
      team,
      role: ROLES[role],
      fte,
      exitYear,
      trainingHours: Math.round(rnd() * 400) / 10,
      gender: GENDER[gender][lang],
      birthYear: Math.min(birthYear, year - 21),
      startDate: started ? dateSerial(startYear, 1 + (i % 12), 1 + ((i * 5) % 28)) : null,
      // a leaver's last day: the end of the exit year's June (contract ends and pensions)
      endDate: exitYear !== null && exitYear <= year + 4 ? dateSerial(exitYear, 6, 30) : null,
    };
  });
  const profiles: FunctionProfile[] = ROLES.flatMap((fn, r) =>
    competences.map((c, ci) => {
      const now = profileLevel(r, ci, c.critical);
      return {
        function: fn,
        competenceId: c.id,
        requiredNow: now,
        requiredAtHorizon: profileHorizon(r, ci, now),
      };
    }),
  );
  const gaps: GapEntry[] = [];
  const rate = (e: Employee, c: Competence, assessor: Assessor, base: number) => {
    // the draw the former per-row level took (so that the example's other draws stay the same)
    if (!c.critical) rnd();
    const date = latest - 30 * Math.floor(rnd() * 10) - Math.floor(rnd() * 27);
    // the required levels come from the function profile; a few rows carry their own (an override)
    const own = rnd() < 0.04;
    const now = profileLevel(roleOf.get(e.id) ?? 0, competences.indexOf(c), c.critical);
    gaps.push({
      employeeId: e.id,
      competenceId: c.id,
      assessor,
      date,
      requiredNow: own ? Math.min(4, now + 1) : null,
      current: Math.max(0, Math.min(4, base)),
      requiredAtHorizon: null,
      note: assessor === "self" && rnd() < 0.1 ? WANTS_TRAINING[lang] : "",
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
      teams: TEAMS,
      competences,
      employees,
      profiles,
      gaps: gaps.slice(0, options.gapRows),
      ...questionsAndInstruments(year, latest, lang),
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
  return {
    teams: TEAMS,
    competences,
    employees,
    profiles,
    gaps,
    ...questionsAndInstruments(year, latest, lang),
  };
}
