/**
 * Declarative description of the analysis sheets: one Excel table per sheet, language-neutral
 * table names, localized headers, formulas (English function names, structured references),
 * validation, formats. The add-in and the .xlsx export both build from these specs.
 */
import {
  ASSESSOR,
  COMPETENCE_TYPE,
  GENDER,
  listOf,
  NO,
  REQUIRED_SOURCE,
  RISK,
  Text,
  VERDICT,
  WbLang,
  YES,
} from "./lang";
import { SCALE_MAX, SCALE_MIN } from "../domain/competences";
import {
  fromName,
  GAP_SCALE,
  level,
  list,
  LIST_NAMES,
  nonNegative,
  t,
  TABLE_NAMES,
  type TableKey,
  type TableSpec,
} from "./specKit";

import { QUESTIONS } from "./questionSpecs";
import { PRIORITIES, PRIORITY_SETTING_ROWS, PrioritySettingKey, RANKING, WEIGHTS } from "./prioritySpecs";
import { INSTRUMENT_SPECS } from "./instrumentSpecs";
import {
  DAYS_KEYS,
  optimumNote,
  PLAN,
  PLAN_DAYS,
  PLAN_QUARTERS,
  PLAN_SETTING_ROWS,
  PlanSettingKey,
  QUARTER_KEYS,
  STATUTORY,
  STATUTORY_ROWS,
} from "./planSpecs";
import {
  ACCOUNT_SETTING_ROWS,
  ACCOUNTS,
  AccountSettingKey,
  SOCIAL_BALANCE,
  socialBalanceRows,
} from "./accountSpecs";
import { EQUITY, EQUITY_STAFF } from "./equitySpecs";
import {
  CERTIFICATES,
  latestValidity,
  referenceDate,
  TRAINING,
  TRAINING_SETTING_ROWS,
  TrainingSettingKey,
} from "./trainingSpecs";

import { weightRows } from "./prioritySpecs";
import { cellInput } from "./cellText";
import { columnLetters } from "./address";
import { columnRef, headerRef, thisRowRef } from "./formulaText";

export * from "./specKit";

/** Builds formula text in the workbook's language (headers differ per language). */
export class FormulaBuilder {
  constructor(readonly lang: WbLang) {}

  header(table: TableKey, column: string): string {
    const col = SPEC_BY_KEY[table].columns.find((c) => c.key === column);
    if (!col) throw new Error(`No column ${table}.${column}`);
    return col.header[this.lang];
  }
  /** The whole data column: VTO_Gaps[[Kloof]] (the form valid for any header). */
  col(table: TableKey, column: string): string {
    return columnRef(TABLE_NAMES[table], this.header(table, column));
  }
  /** This row's cell: VTO_Gaps[@[Kloof]]. */
  at(table: TableKey, column: string): string {
    return thisRowRef(TABLE_NAMES[table], this.header(table, column));
  }
  /**
   * The cell of a column one row up, as a placeholder that the writer resolves per row to an A1
   * address: a running total down a table without a formula referring to its own column.
   */
  above(table: TableKey, column: string): string {
    return `⟦above:${table}.${column}⟧`;
  }
  /** The header cell (for row numbering). */
  head(table: TableKey, column: string): string {
    return headerRef(TABLE_NAMES[table], this.header(table, column));
  }
  setting(key: SettingKey): string {
    return `INDEX(${this.col("settings", "value")},MATCH("${key}",${this.col("settings", "key")},0))`;
  }
  text(t: Text): string {
    return `"${t[this.lang].replace(/"/g, '""')}"`;
  }
  /** This row's cell holds a list choice (Excel compares text case-insensitively). */
  is(table: TableKey, column: string, choice: Text): string {
    return `TRIM(${this.at(table, column)})=${this.text(choice)}`;
  }
  /** All these cells of this row are empty or spaces. */
  empty(table: TableKey, columns: string[]): string {
    return `${columns.map((c) => `TRIM(${this.at(table, c)})`).join("&")}=""`;
  }
}

// ---- settings -------------------------------------------------------------------------------

export type SettingKey =
  | "organisation"
  | "analysis_year"
  | "horizon_years"
  | "level_0"
  | "level_1"
  | "level_2"
  | "level_3"
  | "level_4"
  | "diagnosis_source"
  | "coverage_in_house"
  | "gap_threshold"
  | "future_gap_threshold"
  | PrioritySettingKey
  | TrainingSettingKey
  | PlanSettingKey
  | AccountSettingKey;

export interface SettingRow {
  key: SettingKey;
  label: Text;
  value: (lang: WbLang, year: number) => string | number;
  help: Text;
  /** A computed setting (e.g. the sum of the weights): its value cell holds this formula. */
  formula?: (f: FormulaBuilder) => string;
  /** Formulas earlier versions wrote there (see ColumnSpec.legacy). */
  legacy?: ((f: FormulaBuilder) => string)[];
}

export const SETTING_ROWS: SettingRow[] = [
  {
    key: "organisation",
    label: t("Naam organisatie", "Organisation name"),
    value: () => "",
    help: t("Verschijnt in het opleidingsplan.", "Shown in the training plan."),
  },
  {
    key: "analysis_year",
    label: t("Analysejaar", "Analysis year"),
    value: (_l, y) => y,
    help: t("Het jaar van deze analyse.", "The year of this analysis."),
  },
  {
    key: "horizon_years",
    label: t("Horizon prognose (jaren)", "Prognosis horizon (years)"),
    value: () => 3,
    help: t(
      "Hoeveel jaar vooruit de prognose kijkt. Wie vertrekt tot en met analysejaar + horizon, telt in de prognose niet mee (houders na horizon, gemiddelde toekomstige kloof); een leeg vereist niveau op de horizon betekent: hetzelfde als nu.",
      "How many years ahead the prognosis looks. Whoever leaves up to and including analysis year + horizon does not count in the prognosis (holders after the horizon, average future gap); a blank required level at the horizon means: the same as now.",
    ),
  },
  {
    key: "level_0",
    label: t("Niveau 0", "Level 0"),
    value: (l) => (l === "nl" ? "niet aanwezig" : "absent"),
    help: t("Omschrijving van niveau 0.", "Label of level 0."),
  },
  {
    key: "level_1",
    label: t("Niveau 1", "Level 1"),
    value: (l) => (l === "nl" ? "basis" : "basic"),
    help: t("Omschrijving van niveau 1.", "Label of level 1."),
  },
  {
    key: "level_2",
    label: t("Niveau 2", "Level 2"),
    value: (l) => (l === "nl" ? "gevorderd" : "intermediate"),
    help: t("Omschrijving van niveau 2.", "Label of level 2."),
  },
  {
    key: "level_3",
    label: t("Niveau 3", "Level 3"),
    value: (l) => (l === "nl" ? "zelfstandig" : "independent"),
    help: t("Omschrijving van niveau 3.", "Label of level 3."),
  },
  {
    key: "level_4",
    label: t("Niveau 4", "Level 4"),
    value: (l) => (l === "nl" ? "expert" : "expert"),
    help: t("Omschrijving van niveau 4.", "Label of level 4."),
  },
  {
    key: "diagnosis_source",
    label: t("Bron voor diagnose", "Diagnosis source"),
    value: (l) => ASSESSOR.manager[l],
    help: t(
      "Wiens beoordelingen de diagnose en de teammatrix tellen: zelf, leidinggevende of extern. Een beoordeling met een ongeldig niveau (geen geheel getal van 0 tot 4) telt niet mee.",
      "Whose ratings the diagnosis and the team matrix count: self, manager or external. A rating with an invalid level (not a whole number from 0 to 4) does not count.",
    ),
  },
  {
    key: "coverage_in_house",
    label: t("Minimale dekking voor in huis", "Minimum coverage for in house"),
    value: () => 0.8,
    help: t(
      "Aandeel beoordeelde medewerkers op niveau vanaf waar een competentie in huis is (precies dit aandeel telt als in huis).",
      "Share of assessed employees at level from which a competence is in house (exactly this share counts as in house).",
    ),
  },
  {
    key: "gap_threshold",
    label: t("Drempel gemiddelde kloof", "Average gap threshold"),
    value: () => 1,
    help: t(
      "Vanaf deze gemiddelde kloof stelt de invoegtoepassing een leervraag voor.",
      "From this average gap the add-in proposes a learning question.",
    ),
  },
  {
    key: "future_gap_threshold",
    label: t("Drempel toekomstige kloof", "Future gap threshold"),
    value: () => 1,
    help: t("Idem voor de toekomstige kloof.", "The same for the future gap."),
  },
  ...PRIORITY_SETTING_ROWS,
  ...TRAINING_SETTING_ROWS,
  ...PLAN_SETTING_ROWS,
  ...ACCOUNT_SETTING_ROWS,
];

const SETTINGS: TableSpec = {
  key: "settings",
  name: TABLE_NAMES.settings,
  sheet: t("Instellingen", "Settings"),
  title: t("Instellingen van de analyse", "Analysis settings"),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "key", header: t("Sleutel", "Key"), width: 20, text: true, hidden: true },
    { key: "label", header: t("Instelling", "Setting"), width: 34, text: true },
    { key: "value", header: t("Waarde", "Value"), width: 22 },
    { key: "help", header: t("Toelichting", "Explanation"), width: 70, text: true },
  ],
};

const TEAMS: TableSpec = {
  key: "teams",
  name: TABLE_NAMES.teams,
  sheet: SETTINGS.sheet,
  title: t("Teams", "Teams"),
  anchor: { row: 2, col: 5 },
  columns: [
    { key: "team", header: t("Team", "Team"), width: 24, text: true },
    { key: "description", header: t("Omschrijving", "Description"), width: 40, text: true },
  ],
};

// ---- catalogue and employees ----------------------------------------------------------------

const COMPETENCES: TableSpec = {
  key: "competences",
  name: TABLE_NAMES.competences,
  sheet: t("Competenties", "Competences"),
  title: t("Competentiecatalogus", "Competence catalogue"),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "id", header: t("ID", "ID"), width: 10, text: true },
    { key: "name", header: t("Naam", "Name"), width: 36, text: true },
    {
      key: "type",
      header: t("Type", "Type"),
      width: 14,
      validation: (lang) =>
        list(
          listOf(COMPETENCE_TYPE, lang),
          t("Kennis, vaardigheid of attitude.", "Knowledge, skill or attitude."),
          t(
            "Kies kennis, vaardigheid of attitude uit de lijst.",
            "Pick knowledge, skill or attitude from the list.",
          ),
        ),
    },
    { key: "cluster", header: t("Cluster", "Cluster"), width: 18, text: true },
    {
      key: "critical",
      header: t("Kritisch", "Critical"),
      width: 10,
      validation: (lang) =>
        list(
          [YES[lang], NO[lang]],
          t("Kritisch voor de missie: ja of nee.", "Critical to the mission: yes or no."),
          t("Kies ja of nee.", "Pick yes or no."),
        ),
    },
    { key: "description", header: t("Omschrijving", "Description"), width: 50, text: true },
    {
      key: "certificate",
      header: t("Certificaat vereist", "Certificate required"),
      width: 12,
      validation: (lang) =>
        list(
          [YES[lang], NO[lang]],
          t(
            "ja: wie deze competentie inzet, heeft een geldig certificaat nodig (bv. eerste hulp, tiltechnieken, brandveiligheid). Leeg: nee.",
            "yes: whoever uses this competence needs a valid certificate (e.g. first aid, moving and handling, fire safety). Blank: no.",
          ),
          t("Kies ja of nee.", "Pick yes or no."),
        ),
    },
    {
      // the competence's place in the catalogue when it requires a certificate (the certificate
      // view takes the k-th of them with SMALL)
      key: "certPos",
      header: t("Certificaatpositie", "Certificate position"),
      width: 10,
      numberFormat: "0",
      formula: (f) =>
        `=IF(AND(${norm(f.at("competences", "certificate"))}=${f.text(YES)},${norm(f.at("competences", "id"))}<>""),ROW()-ROW(${f.head("competences", "id")}),"")`,
    },
    {
      // the normalised ID of a competence that requires a certificate ("" otherwise): what a gap
      // row looks its competence up by
      key: "certKey",
      header: t("Certificaatsleutel", "Certificate key"),
      width: 10,
      formula: (f) =>
        `=IF(${norm(f.at("competences", "certificate"))}=${f.text(YES)},${norm(f.at("competences", "id"))},"")`,
    },
  ],
};

/** The ages a birth year may give (in the analysis year for the checker, this year for validation). */
export const BIRTH_YEAR_AGE = { min: 14, max: 100 };

// ---- function profiles ------------------------------------------------------------------------

const p = (f: FormulaBuilder, c: string) => f.at("profiles", c);
/** This row's place in the profiles table (1 for the first row). */
const profilePosition = (f: FormulaBuilder) => `ROW()-ROW(${f.head("profiles", "function")})`;

/**
 * The list the Employees' function column offers: the profiles' distinct functions (the
 * computed column Functielijst), through INDIRECT so that it grows with the table.
 */
export function functionListSource(lang: WbLang): string {
  const header = PROFILE_COLUMN_HEADERS.functionList[lang];
  return `=INDIRECT("${TABLE_NAMES.profiles}[[${header}]]")`;
}
const PROFILE_COLUMN_HEADERS = {
  functionList: t("Functielijst", "Function list"),
};

const PROFILES: TableSpec = {
  key: "profiles",
  name: TABLE_NAMES.profiles,
  sheet: t("Functieprofielen", "Function profiles"),
  title: t(
    "Functieprofielen: vereist niveau per functie en competentie",
    "Function profiles: required level per function and competence",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "function", header: t("Functie", "Function"), width: 24, text: true },
    {
      key: "competenceId",
      header: t("Competentie-ID", "Competence ID"),
      width: 14,
      text: true,
      validation: () =>
        fromName(
          LIST_NAMES.competenceIds.name,
          t("ID van een competentie (blad Competenties).", "ID of a competence (Competences sheet)."),
          t("Deze competentie-ID staat niet in de catalogus.", "This competence ID is not in the catalogue."),
        ),
    },
    {
      key: "requiredNow",
      header: t("Vereist niveau nu", "Required level now"),
      width: 12,
      validation: level(t("Vereist niveau nu voor deze functie", "Required level now for this function")),
    },
    {
      key: "requiredAtHorizon",
      header: t("Vereist niveau horizon", "Required level at horizon"),
      width: 12,
      validation: (lang) => {
        const v = level(t("Vereist niveau op de horizon", "Required level at the horizon"))(lang);
        return {
          ...v,
          prompt: t(
            `${v.prompt.nl} Leeg: hetzelfde als het vereiste niveau nu.`,
            `${v.prompt.en} Blank: the same as the level required now.`,
          ),
        };
      },
    },
    {
      key: "key",
      header: t("Sleutel", "Key"),
      width: 24,
      // function¦competence, normalised: what a gap row looks its employee's profile up by
      formula: (f) =>
        `=IF(OR(${norm(p(f, "function"))}="",${norm(p(f, "competenceId"))}=""),"",${norm(p(f, "function"))}&"${KEY_SEPARATOR}"&${norm(p(f, "competenceId"))})`,
    },
    {
      key: "functionKey",
      header: t("Functiesleutel", "Function key"),
      width: 12,
      hidden: true,
      formula: (f) => `=${norm(p(f, "function"))}`,
    },
    {
      // the row's position when it is the first row of its function (the function list counts on it)
      key: "first",
      header: t("Eerste rij van functie", "First row of function"),
      width: 10,
      numberFormat: "0",
      hidden: true,
      formula: (f) =>
        `=IF(${p(f, "functionKey")}="","",IF(MATCH(${p(f, "functionKey")},${f.col("profiles", "functionKey")},0)=${profilePosition(f)},${profilePosition(f)},""))`,
    },
    {
      // row k: the k-th distinct function (the list the Employees' function column offers)
      key: "functionList",
      header: PROFILE_COLUMN_HEADERS.functionList,
      width: 24,
      formula: (f) =>
        `=IFERROR(INDEX(${f.col("profiles", "functionKey")},SMALL(${f.col("profiles", "first")},${profilePosition(f)})),"")`,
    },
  ],
};

/** Function columns of the profile matrix (functions beyond them: the warning above it says so). */
export const PROFILE_MATRIX_FUNCTIONS = 10;
/** Empty rows below the catalogue's competences in the profile matrix. */
export const PROFILE_MATRIX_SPARE = 10;

const pm = (f: FormulaBuilder, c: string) => f.at("profileMatrix", c);
/** Row 1 of the matrix names the functions; row k + 1 shows competence k. */
const matrixPosition = (f: FormulaBuilder) => `ROW()-ROW(${f.head("profileMatrix", "id")})`;
/** The k-th distinct function of the profiles ("" past the last). */
const kthFunction = (f: FormulaBuilder, k: number) =>
  `IFERROR(INDEX(${f.col("profiles", "functionList")},${k})&"","")`;

/** The warning above the profile matrix: more functions than columns, or competences than rows. */
export const profileMatrixWarning = (f: FormulaBuilder): string => {
  const functions = `COUNT(${f.col("profiles", "first")})`;
  const competences = `ROWS(${f.col("competences", "id")})+1-ROWS(${f.col("profileMatrix", "id")})`;
  const text = t(
    "Niet alle functies en competenties passen in deze matrix: werk de analysebladen bij met VTO-analyse (Start); de matrix toont de eerste ",
    "Not all functions and competences fit in this matrix: update the analysis sheets with VTO-analyse (Start); the matrix shows the first ",
  );
  return `=IF(OR(${functions}>${PROFILE_MATRIX_FUNCTIONS},${competences}>0),${f.text(text)}&"${PROFILE_MATRIX_FUNCTIONS}.","")`;
};

/**
 * Function × competence, for reading (formulas only): row 1 names the profiles' functions (the
 * first PROFILE_MATRIX_FUNCTIONS), each further row a competence of the catalogue; a cell shows the
 * level required now, and "→ level" when the level at the horizon differs ("2→3"); blank where
 * the function has no profile row for the competence.
 */
const PROFILE_MATRIX: TableSpec = {
  key: "profileMatrix",
  name: TABLE_NAMES.profileMatrix,
  sheet: t("Functieprofielen", "Function profiles"),
  title: t(
    "Functie × competentie: vereist niveau nu → op de horizon (alleen formules)",
    "Function × competence: required level now → at the horizon (formulas only)",
  ),
  anchor: { row: 2, col: 10 },
  sizedBy: { table: "competences", spare: PROFILE_MATRIX_SPARE + 1 },
  warning: profileMatrixWarning,
  columns: [
    {
      key: "id",
      header: t("Competentie-ID", "Competence ID"),
      width: 14,
      formula: (f) =>
        `=IF(${matrixPosition(f)}=1,${f.text(t("Functie →", "Function →"))},IFERROR(${norm(`INDEX(${f.col("competences", "id")},${matrixPosition(f)}-1)`)},""))`,
    },
    {
      key: "name",
      header: t("Competentie", "Competence"),
      width: 30,
      formula: (f) =>
        `=IF(OR(${matrixPosition(f)}=1,${pm(f, "id")}=""),"",IFERROR(INDEX(${f.col("competences", "name")},${matrixPosition(f)}-1)&"",""))`,
    },
    ...Array.from({ length: PROFILE_MATRIX_FUNCTIONS }, (_, i) => {
      const k = i + 1;
      return {
        key: `f${k}`,
        header: t(`Functie ${k}`, `Function ${k}`),
        width: 14,
        formula: (f: FormulaBuilder) => {
          const fn = kthFunction(f, k);
          const m = `MATCH(${fn}&"${KEY_SEPARATOR}"&${pm(f, "id")},${f.col("profiles", "key")},0)`;
          const now = `INDEX(${f.col("profiles", "requiredNow")},${m})&""`;
          const later = `INDEX(${f.col("profiles", "requiredAtHorizon")},${m})&""`;
          return `=IF(${matrixPosition(f)}=1,${fn},IF(OR(${pm(f, "id")}="",${fn}=""),"",IFERROR(${now}&IF(OR(TRIM(${later})="",${later}=${now}),"","→"&${later}),"")))`;
        },
      };
    }),
  ],
};

const EMPLOYEES: TableSpec = {
  key: "employees",
  name: TABLE_NAMES.employees,
  sheet: t("Medewerkers", "Employees"),
  title: t("Medewerkers", "Employees"),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "id", header: t("ID", "ID"), width: 10, text: true },
    { key: "name", header: t("Naam of pseudoniem", "Name or pseudonym"), width: 26, text: true },
    {
      key: "team",
      header: t("Team", "Team"),
      width: 20,
      validation: () =>
        fromName(
          LIST_NAMES.teams.name,
          t("Een team uit de lijst op het blad Instellingen.", "A team from the list on the Settings sheet."),
          t(
            "Dit team staat niet in de lijst van teams (Instellingen).",
            "This team is not in the team list (Settings).",
          ),
        ),
    },
    {
      key: "role",
      header: t("Functie", "Function"),
      width: 24,
      text: true,
      validation: (lang) => ({
        rule: { list: { inCellDropDown: true, source: functionListSource(lang) } },
        prompt: t(
          "Een functie uit de functieprofielen (blad Functieprofielen); leeg als er geen is.",
          "A function from the function profiles (Function profiles sheet); blank if none.",
        ),
        error: t(
          "Deze functie heeft geen functieprofiel. Voeg ze eerst toe op het blad Functieprofielen.",
          "This function has no function profile. Add it on the Function profiles sheet first.",
        ),
      }),
    },
    {
      key: "fte",
      header: t("VTE", "FTE"),
      width: 8,
      numberFormat: "0.00",
      validation: () => ({
        rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
        prompt: t(
          "Tewerkstellingsbreuk tussen 0 en 1, bv. 0,8.",
          "Employment fraction between 0 and 1, e.g. 0.8.",
        ),
        error: t("Geef een getal tussen 0 en 1.", "Enter a number between 0 and 1."),
      }),
    },
    {
      key: "exitYear",
      header: t("Verwachte uitstap (jaar)", "Expected exit (year)"),
      width: 14,
      numberFormat: "0",
      validation: () => ({
        rule: { wholeNumber: { formula1: 2000, formula2: 2100, operator: "Between" } },
        prompt: t(
          "Jaar van pensioen of einde contract; leeg als onbekend.",
          "Year of retirement or end of contract; blank if unknown.",
        ),
        error: t("Geef een jaartal tussen 2000 en 2100.", "Enter a year between 2000 and 2100."),
      }),
    },
    {
      key: "trainingHours",
      header: t("Opleidingsuren 12 maanden", "Training hours last 12 months"),
      width: 14,
      numberFormat: "0.0",
      validation: () =>
        nonNegative(
          t(
            "Gevolgde opleidingsuren in de voorbije 12 maanden.",
            "Training hours followed in the past 12 months.",
          ),
        ),
    },
    // optional personal data: kept minimal (no names needed, no special-category data; README)
    {
      key: "gender",
      header: t("Geslacht", "Gender"),
      width: 9,
      validation: (lang) =>
        list(
          listOf(GENDER, lang),
          t(
            "Optioneel: M, V of X (voor de cijfers per geslacht in de sociale balans).",
            "Optional: M, F or X (for the figures by gender in the social balance sheet).",
          ),
          t("Kies M, V of X, of laat leeg.", "Pick M, F or X, or leave blank."),
        ),
    },
    {
      key: "birthYear",
      header: t("Geboortejaar", "Birth year"),
      width: 11,
      numberFormat: "0",
      validation: () => ({
        rule: {
          wholeNumber: {
            formula1: `=YEAR(TODAY())-${BIRTH_YEAR_AGE.max}`,
            formula2: `=YEAR(TODAY())-${BIRTH_YEAR_AGE.min}`,
            operator: "Between",
          },
        },
        prompt: t(
          "Optioneel: geboortejaar (voor de leeftijdsgroepen), bv. 1978.",
          "Optional: year of birth (for the age groups), e.g. 1978.",
        ),
        error: t(
          `Geef een jaartal: iemand van ${BIRTH_YEAR_AGE.min} tot ${BIRTH_YEAR_AGE.max} jaar.`,
          `Enter a year: someone aged ${BIRTH_YEAR_AGE.min} to ${BIRTH_YEAR_AGE.max}.`,
        ),
      }),
    },
    {
      key: "startDate",
      header: t("Datum in dienst", "Start date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      validation: () => ({
        rule: { date: { formula1: "1950-01-01", formula2: "2100-12-31", operator: "Between" } },
        prompt: t(
          "Optioneel: datum van indiensttreding (voor pro rata opleidingsrecht).",
          "Optional: the day employment started (for the pro rata training right).",
        ),
        error: t("Geef een geldige datum, bv. 01/09/2019.", "Enter a valid date, e.g. 01/09/2019."),
      }),
    },
    {
      key: "endDate",
      header: t("Datum uit dienst", "End date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      validation: () => ({
        rule: { date: { formula1: "1950-01-01", formula2: "2100-12-31", operator: "Between" } },
        prompt: t(
          "Optioneel: laatste dag in dienst; niet vóór de datum in dienst.",
          "Optional: the last day of employment; not before the start date.",
        ),
        error: t("Geef een geldige datum, bv. 30/06/2027.", "Enter a valid date, e.g. 30/06/2027."),
      }),
    },
    {
      key: "idKey",
      header: t("Sleutel", "Key"),
      width: 12,
      // the ID in the one form every lookup compares (see norm): 7 and "7", " M001 " and "M001" match
      formula: (f) => `=${norm(f.at("employees", "id"))}`,
    },
    {
      key: "stays",
      header: t("Blijft na horizon", "Stays after horizon"),
      width: 10,
      numberFormat: "0",
      // no exit year: stays; an exit year after analysis year + horizon: stays; text: unknown
      formula: (f) => {
        const exit = f.at("employees", "exitYear");
        return `=IFERROR(IF(${norm(exit)}="",1,IF(ISNUMBER(${exit}),IF(${exit}>${f.setting("analysis_year")}+${f.setting("horizon_years")},1,0),"")),"")`;
      },
    },
    {
      // the training register's followed hours of the 12 months up to the reference date
      key: "registerHours",
      header: t("Opleidingsuren register 12 maanden", "Register training hours last 12 months"),
      width: 14,
      numberFormat: "0.0",
      formula: (f) =>
        `=IF(${f.at("employees", "idKey")}="","",SUMIFS(${f.col("training", "hours")},${f.col("training", "hoursKey")},"u${KEY_SEPARATOR}"&${f.at("employees", "idKey")}))`,
    },
    {
      // a number typed in "Opleidingsuren 12 maanden" wins (the user's override); else the register's
      key: "hoursLast12",
      header: t("Opleidingsuren 12 maanden (telt)", "Training hours last 12 months (counted)"),
      width: 14,
      numberFormat: "0.0",
      formula: (f) =>
        `=IF(ISNUMBER(${f.at("employees", "trainingHours")}),${f.at("employees", "trainingHours")},${f.at("employees", "registerHours")})`,
    },
  ],
};

// ---- competence gaps ------------------------------------------------------------------------

/**
 * An ID, team name or list choice in the one form all lookups compare: TRIM(cell&"") — a number
 * as its text, spaces at the ends removed and runs inside collapsed (src/domain/competences.ts
 * idText). Keys are always text, so Excel's and LibreOffice's different ways of matching the text
 * "7" against the number 7 never come into play.
 */
export const norm = (ref: string): string => `TRIM(${ref}&"")`;
/** The levels of the scale, as an array constant: {0,1,2,3,4}. */
const SCALE = `{${Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i).join(",")}}`;
/**
 * A level: a number that is one of the scale's whole numbers (text, decimals and numbers off the
 * scale are not). MATCH on the scale compares type-strictly in every engine; ISNUMBER first, for
 * an engine that matches an empty cell with 0.
 */
export const isLevel = (ref: string): string => `AND(ISNUMBER(${ref}),ISNUMBER(MATCH(${ref},${SCALE},0)))`;
/** Empty or only spaces (an error value is neither). FALSE() rather than FALSE: every engine reads it. */
export const isBlankCell = (ref: string): string => `IFERROR(${norm(ref)}="",FALSE())`;
/** Blank, or a level. */
const blankOrLevel = (ref: string): string => `IFERROR(OR(${norm(ref)}="",${isLevel(ref)}),FALSE())`;

const g = (f: FormulaBuilder, c: string) => f.at("gaps", c);
const numbers = (f: FormulaBuilder, ...cols: string[]) =>
  cols.map((c) => `ISNUMBER(${f.at("gaps", c)})`).join(",");

/** The employee's row in Medewerkers, found by the normalised ID. */
const employeeMatch = (f: FormulaBuilder) =>
  `MATCH(${norm(g(f, "employeeId"))},${f.col("employees", "idKey")},0)`;
const employeeLookup = (f: FormulaBuilder, column: string) =>
  `INDEX(${f.col("employees", column)},${employeeMatch(f)})`;
/**
 * Joins the parts of the keys COUNTIFS and SUMIFS compare (diagKey, matrixKey): a character no
 * engine reads as special in a criterion ("|" is a regular expression's "or" to some) and that
 * IDs and names hardly hold.
 */
export const KEY_SEPARATOR = "\u00a6";
/** Criteria text of the diagnosis and the matrix: the source's ratings (assessor first, see diagKey). */
export const sourceText = (f: FormulaBuilder) => `TRIM(${f.setting("diagnosis_source")}&"")`;

/** This row's function profile row: its employee's function and its competence (see the profiles' key). */
const profileMatch = (f: FormulaBuilder) =>
  `MATCH(${g(f, "function")}&"${KEY_SEPARATOR}"&${norm(g(f, "competenceId"))},${f.col("profiles", "key")},0)`;
/** A level of this row's profile: blank when there is none or its cell is blank. */
const profileLevel = (f: FormulaBuilder, column: string) => {
  const v = `INDEX(${f.col("profiles", column)},${g(f, "profileRow")})`;
  return `IFERROR(IF(${norm(v)}="","",${v}),"")`;
};

// formulas of earlier versions, kept so that regenerating upgrades them (ColumnSpec.legacy)
const legacyEmployeeLookup = (f: FormulaBuilder, column: string) =>
  `INDEX(${f.col("employees", column)},MATCH(${f.at("gaps", "employeeId")},${f.col("employees", "id")},0))`;

const GAPS: TableSpec = {
  key: "gaps",
  name: TABLE_NAMES.gaps,
  sheet: t("Competentiekloof", "Competence gaps"),
  title: t(
    "Competentiekloof: diagnose en prognose per medewerker",
    "Competence gaps: diagnosis and prognosis per employee",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    {
      key: "employeeId",
      header: t("Medewerker-ID", "Employee ID"),
      width: 14,
      text: true,
      validation: () =>
        fromName(
          LIST_NAMES.employeeIds.name,
          t("ID van een medewerker (blad Medewerkers).", "ID of an employee (Employees sheet)."),
          t(
            "Deze medewerker-ID bestaat niet op het blad Medewerkers.",
            "This employee ID does not exist on the Employees sheet.",
          ),
        ),
    },
    {
      key: "competenceId",
      header: t("Competentie-ID", "Competence ID"),
      width: 14,
      text: true,
      validation: () =>
        fromName(
          LIST_NAMES.competenceIds.name,
          t("ID van een competentie (blad Competenties).", "ID of a competence (Competences sheet)."),
          t("Deze competentie-ID staat niet in de catalogus.", "This competence ID is not in the catalogue."),
        ),
    },
    {
      key: "assessor",
      header: t("Beoordeeld door", "Assessed by"),
      width: 16,
      validation: (lang) =>
        list(
          listOf(ASSESSOR, lang),
          t("Wie beoordeelde: zelf, leidinggevende of extern.", "Who rated: self, manager or external."),
          t("Kies zelf, leidinggevende of extern.", "Pick self, manager or external."),
        ),
    },
    {
      key: "date",
      header: t("Datum beoordeling", "Assessment date"),
      width: 14,
      numberFormat: "dd/mm/yyyy",
      validation: () => ({
        rule: { date: { formula1: "2000-01-01", formula2: "=TODAY()", operator: "Between" } },
        prompt: t("Datum van de beoordeling, niet in de toekomst.", "Date of the rating, not in the future."),
        error: t(
          "Geef een geldige datum vanaf 2000, niet in de toekomst.",
          "Enter a valid date from 2000, not in the future.",
        ),
      }),
    },
    {
      key: "requiredNow",
      header: t("Vereist niveau nu", "Required level now"),
      width: 12,
      validation: (lang) => {
        const v = level(t("Eigen vereist niveau nu", "Own required level now"))(lang);
        return {
          ...v,
          prompt: t(
            `${v.prompt.nl} Leeg: uit het functieprofiel van de medewerker.`,
            `${v.prompt.en} Blank: from the employee's function profile.`,
          ),
        };
      },
    },
    {
      key: "current",
      header: t("Huidig niveau", "Current level"),
      width: 12,
      validation: level(t("Huidig niveau", "Current level")),
    },
    {
      key: "gap",
      heat: GAP_SCALE,
      header: t("Kloof", "Gap"),
      width: 9,
      numberFormat: "0",
      formula: (f) =>
        `=IF(AND(${g(f, "valid")}=1,${isLevel(g(f, "nowEff"))}),MAX(0,${g(f, "nowEff")}-${g(f, "current")}),"")`,
      legacy: [
        // before function profiles: the typed level only
        (f) =>
          `=IF(AND(${g(f, "valid")}=1,${isLevel(g(f, "requiredNow"))}),MAX(0,${g(f, "requiredNow")}-${g(f, "current")}),"")`,
        (f) =>
          `=IF(AND(${numbers(f, "requiredNow", "current")}),MAX(0,${f.at("gaps", "requiredNow")}-${f.at("gaps", "current")}),"")`,
      ],
    },
    {
      key: "requiredAtHorizon",
      header: t("Vereist niveau horizon", "Required level at horizon"),
      width: 12,
      validation: (lang) => {
        const v = level(t("Eigen vereist niveau op de horizon", "Own required level at the horizon"))(lang);
        return {
          ...v,
          prompt: t(
            `${v.prompt.nl} Leeg: hetzelfde als het eigen niveau nu, of uit het functieprofiel als dat leeg is.`,
            `${v.prompt.en} Blank: the same as the own level now, or from the function profile when that is blank.`,
          ),
        };
      },
    },
    {
      key: "futureGap",
      heat: GAP_SCALE,
      header: t("Toekomstige kloof", "Future gap"),
      width: 11,
      numberFormat: "0",
      // a blank level at the horizon: the requirement stays what it is now
      formula: (f) =>
        `=IF(${g(f, "valid")}=1,IF(${isBlankCell(g(f, "horizonEff"))},IF(${isLevel(g(f, "nowEff"))},MAX(0,${g(f, "nowEff")}-${g(f, "current")}),""),MAX(0,${g(f, "horizonEff")}-${g(f, "current")})),"")`,
      legacy: [
        (f) =>
          `=IF(${g(f, "valid")}=1,IF(${isBlankCell(g(f, "requiredAtHorizon"))},IF(${isLevel(g(f, "requiredNow"))},MAX(0,${g(f, "requiredNow")}-${g(f, "current")}),""),MAX(0,${g(f, "requiredAtHorizon")}-${g(f, "current")})),"")`,
        (f) =>
          `=IF(${numbers(f, "current")},IF(${numbers(f, "requiredAtHorizon")},MAX(0,${f.at("gaps", "requiredAtHorizon")}-${f.at("gaps", "current")}),IF(${numbers(f, "requiredNow")},MAX(0,${f.at("gaps", "requiredNow")}-${f.at("gaps", "current")}),"")),"")`,
      ],
    },
    { key: "note", header: t("Notitie", "Note"), width: 36, text: true },
    {
      key: "function",
      header: t("Functie", "Function"),
      width: 18,
      // the employee's function (Medewerkers), normalised; blank for an unknown employee
      formula: (f) => `=IF(${norm(g(f, "employeeId"))}="","",IFERROR(${norm(employeeLookup(f, "role"))},""))`,
    },
    {
      key: "profileRow",
      header: t("Profielrij", "Profile row"),
      width: 9,
      numberFormat: "0",
      // the row of the employee's function profile for this competence in Functieprofielen; blank: none
      formula: (f) => `=IFERROR(${profileMatch(f)},"")`,
    },
    {
      key: "source",
      header: t("Bron vereist niveau", "Required level source"),
      width: 14,
      // eigen waarde: a level typed on the row; functieprofiel: the function's profile; geen profiel: neither
      formula: (f) =>
        `=IF(${norm(g(f, "employeeId"))}&${norm(g(f, "competenceId"))}="","",IF(AND(${isBlankCell(g(f, "requiredNow"))},${isBlankCell(g(f, "requiredAtHorizon"))}),IF(ISNUMBER(${g(f, "profileRow")}),${f.text(REQUIRED_SOURCE.profile)},${f.text(REQUIRED_SOURCE.none)}),${f.text(REQUIRED_SOURCE.override)}))`,
    },
    {
      key: "nowEff",
      header: t("Geldend niveau nu", "Effective level now"),
      width: 11,
      numberFormat: "0",
      // the row's own level, else the profile's: what the gap, the diagnosis and the matrix use
      formula: (f) =>
        `=IF(${isBlankCell(g(f, "requiredNow"))},${profileLevel(f, "requiredNow")},${g(f, "requiredNow")})`,
    },
    {
      key: "horizonEff",
      header: t("Geldend niveau horizon", "Effective level at horizon"),
      width: 11,
      numberFormat: "0",
      // the row's own; blank when the row has its own level now (that level holds); else the profile's
      formula: (f) =>
        `=IF(${isBlankCell(g(f, "requiredAtHorizon"))},IF(${isBlankCell(g(f, "requiredNow"))},${profileLevel(f, "requiredAtHorizon")},""),${g(f, "requiredAtHorizon")})`,
    },
    {
      key: "team",
      header: t("Team", "Team"),
      width: 18,
      formula: (f) => `=IF(${norm(g(f, "employeeId"))}="","",IFERROR(${norm(employeeLookup(f, "team"))},""))`,
      legacy: [(f) => `=IFERROR(${legacyEmployeeLookup(f, "team")}&"","")`],
    },
    {
      key: "stays",
      header: t("Blijft na horizon", "Stays after horizon"),
      width: 10,
      numberFormat: "0",
      // the employee's own (Medewerkers); blank for an unknown employee
      formula: (f) => `=IF(${norm(g(f, "employeeId"))}="","",IFERROR(${employeeLookup(f, "stays")},""))`,
      legacy: [
        (f) =>
          `=IFERROR(IF(${legacyEmployeeLookup(f, "exitYear")}="",1,IF(${legacyEmployeeLookup(f, "exitYear")}>${f.setting("analysis_year")}+${f.setting("horizon_years")},1,0)),"")`,
      ],
    },
    {
      key: "selfMinusManager",
      header: t("Verschil zelf - leidinggevende", "Self minus manager"),
      width: 12,
      numberFormat: "0",
      formula: (f) => {
        const m = `MATCH(${norm(g(f, "employeeId"))}&"|"&${norm(g(f, "competenceId"))}&"|${ASSESSOR.manager[f.lang]}",${f.col("gaps", "key")},0)`;
        return `=IF(AND(${norm(g(f, "assessor"))}="${ASSESSOR.self[f.lang]}",${g(f, "valid")}=1),IFERROR(IF(INDEX(${f.col("gaps", "valid")},${m})=1,${g(f, "current")}-INDEX(${f.col("gaps", "current")},${m}),""),""),"")`;
      },
      legacy: [
        (f) => {
          const manager = `INDEX(${f.col("gaps", "current")},MATCH(${f.at("gaps", "employeeId")}&"|"&${f.at("gaps", "competenceId")}&"|${ASSESSOR.manager[f.lang]}",${f.col("gaps", "key")},0))`;
          return `=IF(AND(${f.at("gaps", "assessor")}="${ASSESSOR.self[f.lang]}",${numbers(f, "current")}),IFERROR(IF(ISNUMBER(${manager}),${f.at("gaps", "current")}-${manager},""),""),"")`;
        },
      ],
    },
    {
      key: "key",
      header: t("Sleutel", "Key"),
      width: 24,
      formula: (f) =>
        `=${norm(g(f, "employeeId"))}&"|"&${norm(g(f, "competenceId"))}&"|"&${norm(g(f, "assessor"))}`,
      legacy: [
        (f) =>
          `=${f.at("gaps", "employeeId")}&"|"&${f.at("gaps", "competenceId")}&"|"&${f.at("gaps", "assessor")}`,
      ],
    },
    {
      key: "valid",
      header: t("Geldige beoordeling", "Valid rating"),
      width: 11,
      numberFormat: "0",
      // 1: the current level is a level and the required levels are blank or levels; 0: the row
      // counts as not assessed (no gap, no future gap, not in the diagnosis or the matrix)
      formula: (f) =>
        `=IF(AND(${isLevel(g(f, "current"))},${blankOrLevel(g(f, "nowEff"))},${blankOrLevel(g(f, "horizonEff"))}),1,0)`,
      legacy: [
        (f) =>
          `=IF(AND(${isLevel(g(f, "current"))},${blankOrLevel(g(f, "requiredNow"))},${blankOrLevel(g(f, "requiredAtHorizon"))}),1,0)`,
      ],
    },
    {
      key: "diagKey",
      header: t("Sleutel diagnose", "Diagnosis key"),
      width: 22,
      // assessor first: a criterion that never reads as a number, a date or a comparison; parts
      // joined by KEY_SEPARATOR
      formula: (f) => `=${norm(g(f, "assessor"))}&"${KEY_SEPARATOR}"&${norm(g(f, "competenceId"))}`,
    },
    {
      key: "matrixKey",
      header: t("Sleutel teammatrix", "Team matrix key"),
      width: 30,
      formula: (f) =>
        `=${norm(g(f, "assessor"))}&"${KEY_SEPARATOR}"&${g(f, "team")}&"${KEY_SEPARATOR}"&${norm(g(f, "competenceId"))}`,
    },
    {
      // 0 when the setting asks for valid certificates, the competence requires one and the
      // employee has none valid on the reference date: the diagnosis then does not count the row at level
      key: "levelCounts",
      header: t("Telt op niveau", "Counts at level"),
      width: 10,
      numberFormat: "0",
      formula: (f) => {
        const emp = norm(g(f, "employeeId"));
        const comp = norm(g(f, "competenceId"));
        return `=IFERROR(IF(AND(${norm(f.setting("cert_for_level"))}=${f.text(YES)},${comp}<>""),IF(ISNUMBER(MATCH(${comp},${f.col("competences", "certKey")},0)),IF(${latestValidity(f, emp, comp)}>=${referenceDate(f)},1,0),1),1),1)`;
      },
    },
  ],
};

/** Empty diagnosis rows kept below the catalogue so that new competences show up at once. */
export const DIAGNOSIS_SPARE = 10;

// ---- diagnosis ------------------------------------------------------------------------------

const d = (f: FormulaBuilder, c: string) => f.at("diagnosis", c);
/** This row's place in the catalogue: row k of the diagnosis shows competence k. */
const position = (f: FormulaBuilder) => `ROW()-ROW(${f.head("diagnosis", "id")})`;
/** COUNTIFS/SUMIFS criteria: the source's ratings of this row's competence. */
const forCompetence = (f: FormulaBuilder) =>
  `${f.col("gaps", "diagKey")},${sourceText(f)}&"${KEY_SEPARATOR}"&${d(f, "id")}`;
const legacySource = (f: FormulaBuilder) => f.setting("diagnosis_source");
const legacyForCompetence = (f: FormulaBuilder) =>
  `${f.col("gaps", "competenceId")},${d(f, "id")},${f.col("gaps", "assessor")},${legacySource(f)}`;

/** The warning above the diagnosis when the catalogue has more competences than it has rows. */
export const diagnosisWarning = (f: FormulaBuilder): string => {
  const missing = `ROWS(${f.col("competences", "id")})-ROWS(${f.col("diagnosis", "id")})`;
  const text = t(
    " competentie(s) uit de catalogus staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
    " competence(s) of the catalogue are missing from this table: update the analysis sheets with VTO-analyse (Start).",
  );
  return `=IF(${missing}>0,${missing}&${f.text(text)},"")`;
};

const DIAGNOSIS: TableSpec = {
  key: "diagnosis",
  name: TABLE_NAMES.diagnosis,
  sheet: t("Diagnose", "Diagnosis"),
  title: t(
    "Diagnose en prognose per competentie (alleen formules)",
    "Diagnosis and prognosis per competence (formulas only)",
  ),
  anchor: { row: 2, col: 0 },
  sizedBy: { table: "competences", spare: DIAGNOSIS_SPARE },
  warning: diagnosisWarning,
  columns: [
    {
      key: "id",
      header: t("Competentie-ID", "Competence ID"),
      width: 14,
      formula: (f) => `=IFERROR(${norm(`INDEX(${f.col("competences", "id")},${position(f)})`)},"")`,
      legacy: [
        (f) => `=IFERROR(INDEX(${f.col("competences", "id")},ROW()-ROW(${f.head("diagnosis", "id")}))&"","")`,
      ],
    },
    {
      key: "name",
      header: t("Competentie", "Competence"),
      width: 34,
      formula: (f) =>
        `=IF(${d(f, "id")}="","",IFERROR(INDEX(${f.col("competences", "name")},${position(f)})&"",""))`,
      legacy: [
        (f) =>
          `=IF(${d(f, "id")}="","",IFERROR(INDEX(${f.col("competences", "name")},MATCH(${d(f, "id")},${f.col("competences", "id")},0))&"",""))`,
      ],
    },
    {
      key: "critical",
      header: t("Kritisch", "Critical"),
      width: 10,
      formula: (f) =>
        `=IF(${d(f, "id")}="","",IFERROR(${norm(`INDEX(${f.col("competences", "critical")},${position(f)})`)},""))`,
      legacy: [
        (f) =>
          `=IF(${d(f, "id")}="","",IFERROR(INDEX(${f.col("competences", "critical")},MATCH(${d(f, "id")},${f.col("competences", "id")},0))&"",""))`,
      ],
    },
    {
      key: "assessed",
      header: t("Beoordeeld", "Assessed"),
      width: 11,
      numberFormat: "0",
      formula: (f) => `=IF(${d(f, "id")}="","",COUNTIFS(${forCompetence(f)},${f.col("gaps", "gap")},">=0"))`,
      legacy: [
        (f) => `=IF(${d(f, "id")}="","",COUNTIFS(${legacyForCompetence(f)},${f.col("gaps", "gap")},">=0"))`,
      ],
    },
    {
      key: "atLevel",
      header: t("Op niveau", "At level"),
      width: 10,
      numberFormat: "0",
      // a rating at level counts unless its certificate rule says not (gaps' Telt op niveau)
      formula: (f) =>
        `=IF(${d(f, "id")}="","",COUNTIFS(${forCompetence(f)},${f.col("gaps", "gap")},0,${f.col("gaps", "levelCounts")},1))`,
      legacy: [
        (f) => `=IF(${d(f, "id")}="","",COUNTIFS(${forCompetence(f)},${f.col("gaps", "gap")},0))`,
        (f) => `=IF(${d(f, "id")}="","",COUNTIFS(${legacyForCompetence(f)},${f.col("gaps", "gap")},0))`,
      ],
    },
    {
      key: "averageGap",
      heat: GAP_SCALE,
      header: t("Gemiddelde kloof", "Average gap"),
      width: 11,
      numberFormat: "0.00",
      formula: (f) =>
        `=IF(OR(${d(f, "id")}="",N(${d(f, "assessed")})=0),"",SUMIFS(${f.col("gaps", "gap")},${forCompetence(f)})/${d(f, "assessed")})`,
      legacy: [
        (f) =>
          `=IF(OR(${d(f, "id")}="",N(${d(f, "assessed")})=0),"",SUMIFS(${f.col("gaps", "gap")},${legacyForCompetence(f)})/${d(f, "assessed")})`,
      ],
    },
    {
      key: "coverage",
      header: t("Dekking", "Coverage"),
      width: 10,
      numberFormat: "0%",
      formula: (f) =>
        `=IF(OR(${d(f, "id")}="",N(${d(f, "assessed")})=0),"",${d(f, "atLevel")}/${d(f, "assessed")})`,
    },
    {
      key: "verdict",
      header: t("Oordeel", "Verdict"),
      width: 20,
      formula: (f) =>
        `=IF(${d(f, "id")}="","",IF(N(${d(f, "assessed")})=0,${f.text(VERDICT.notAssessed)},IF(${d(f, "atLevel")}=0,${f.text(VERDICT.notInHouse)},IF(${d(f, "coverage")}>=${f.setting("coverage_in_house")},${f.text(VERDICT.inHouse)},${f.text(VERDICT.insufficient)}))))`,
    },
    {
      key: "holdersAfterHorizon",
      header: t("Houders na horizon", "Holders after horizon"),
      width: 12,
      numberFormat: "0",
      formula: (f) =>
        `=IF(${d(f, "id")}="","",COUNTIFS(${forCompetence(f)},${f.col("gaps", "futureGap")},0,${f.col("gaps", "stays")},1))`,
      legacy: [
        (f) =>
          `=IF(${d(f, "id")}="","",COUNTIFS(${legacyForCompetence(f)},${f.col("gaps", "futureGap")},0,${f.col("gaps", "stays")},1))`,
      ],
    },
    {
      key: "averageFutureGap",
      heat: GAP_SCALE,
      header: t("Gemiddelde toekomstige kloof", "Average future gap"),
      width: 12,
      numberFormat: "0.00",
      // over the employees who stay after the horizon: leavers are not part of the future workforce
      formula: (f) =>
        `=IF(${d(f, "id")}="","",IFERROR(SUMIFS(${f.col("gaps", "futureGap")},${forCompetence(f)},${f.col("gaps", "stays")},1)/COUNTIFS(${forCompetence(f)},${f.col("gaps", "futureGap")},">=0",${f.col("gaps", "stays")},1),""))`,
      legacy: [
        (f) =>
          `=IF(${d(f, "id")}="","",IFERROR(SUMIFS(${f.col("gaps", "futureGap")},${legacyForCompetence(f)})/COUNTIFS(${legacyForCompetence(f)},${f.col("gaps", "futureGap")},">=0"),""))`,
      ],
    },
    {
      key: "risk",
      flag: RISK,
      header: t("Risico", "Risk"),
      width: 10,
      formula: (f) =>
        `=IF(${d(f, "id")}="","",IF(AND(${d(f, "critical")}=${f.text(YES)},OR(N(${d(f, "atLevel")})<=1,N(${d(f, "holdersAfterHorizon")})<=1)),${f.text(RISK)},""))`,
    },
    {
      key: "selfMinusManager",
      header: t("Verschil zelf - leidinggevende", "Self minus manager"),
      width: 12,
      numberFormat: "0.00",
      formula: (f) => {
        const self = `${f.col("gaps", "diagKey")},${f.text(ASSESSOR.self)}&"${KEY_SEPARATOR}"&${d(f, "id")}`;
        return `=IF(${d(f, "id")}="","",IFERROR(SUMIFS(${f.col("gaps", "selfMinusManager")},${self})/COUNTIFS(${self},${f.col("gaps", "selfMinusManager")},">=-99"),""))`;
      },
      legacy: [
        (f) =>
          `=IF(${d(f, "id")}="","",IFERROR(SUMIFS(${f.col("gaps", "selfMinusManager")},${f.col("gaps", "competenceId")},${d(f, "id")})/COUNTIFS(${f.col("gaps", "competenceId")},${d(f, "id")},${f.col("gaps", "selfMinusManager")},">=-99"),""))`,
      ],
    },
    {
      // row k shows competence k: the position the report's lists order by (report.ts)
      key: "position",
      header: t("Positie", "Position"),
      width: 8,
      numberFormat: "0",
      formula: (f) => `=${position(f)}`,
    },
  ],
};

export const TABLE_SPECS: TableSpec[] = [
  SETTINGS,
  TEAMS,
  COMPETENCES,
  PROFILES,
  PROFILE_MATRIX,
  EMPLOYEES,
  GAPS,
  DIAGNOSIS,
  QUESTIONS,
  ...INSTRUMENT_SPECS,
  WEIGHTS,
  // the note above Prioriteiten says which plan column to read (planSpecs.ts)
  { ...PRIORITIES, warning: optimumNote },
  RANKING,
  TRAINING,
  CERTIFICATES,
  PLAN,
  STATUTORY,
  ACCOUNTS,
  SOCIAL_BALANCE,
  // the charts' data beside the statutory plan: after the accounts they read
  PLAN_QUARTERS,
  PLAN_DAYS,
  EQUITY,
  EQUITY_STAFF,
];

/** The rows a table starts with (settings, weights): key in the first column, cells ready to write. */
export function seedRows(
  table: TableKey,
  lang: WbLang,
  year: number,
): (string | number | boolean)[][] | null {
  const f = new FormulaBuilder(lang);
  if (table === "settings")
    return SETTING_ROWS.map((r) => [
      r.key,
      cellInput(r.label[lang]),
      r.formula ? r.formula(f) : cellInput(r.value(lang, year)),
      cellInput(r.help[lang]),
    ]);
  if (table === "weights") return weightRows(lang);
  if (table === "socialBalance") return socialBalanceRows(lang);
  if (table === "statutory")
    return STATUTORY_ROWS.map((r) => [r.key, cellInput(r.label[lang]), "", cellInput(r.help[lang])]);
  if (table === "planQuarters") return QUARTER_KEYS.map((k) => [k, "", ""]);
  if (table === "planDays") return DAYS_KEYS.map((k) => [k, "", ""]);
  return null;
}
export const SPEC_BY_KEY = Object.fromEntries(TABLE_SPECS.map((s) => [s.key, s])) as Record<
  TableKey,
  TableSpec
>;

export const COMPUTED_FILL = "#EDEDED";

const ABOVE = /\u27e6above:(\w+)\.(\w+)\u27e7/g;

/** Whether a formula refers to the row above (see FormulaBuilder.above). */
export const refersAbove = (formula: string): boolean => formula.includes("\u27e6above:");

/**
 * The formula of one body row with each "row above" placeholder resolved to an A1 address.
 * `columnOf` gives the 0-based sheet column of a table's column, `headerRow` the 0-based sheet row
 * of the table's header.
 */
export function rowFormula(
  formula: string,
  bodyRow: number,
  headerRow: number,
  columnOf: (table: TableKey, column: string) => number,
): string {
  return formula.replace(ABOVE, (_m, table: string, column: string) => {
    const col = columnOf(table as TableKey, column);
    return `${columnLetters(col)}${headerRow + bodyRow + 1}`;
  });
}
