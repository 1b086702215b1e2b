/**
 * Validation rules for the registers (pure). Input: raw cell values as Excel reports them
 * (numbers, text, booleans, "" for blank), so that pasted text in number columns, stray
 * spaces and formula-like text are seen as they are. Output: one finding per problem cell.
 */
import { FIXED_GROUPS, profileFunctions } from "./equity";
import { Assessor, blankCell, idKey, SCALE_MAX, SCALE_MIN } from "./competences";
import { validateSettings } from "./settingsValidation";
import { parseQuestion, QuestionChoices, validateQuestions } from "./questionValidation";
import { validatePriorities } from "./priorityValidation";
import { validatePlanRegisters } from "./planValidation";
import { validateTraining } from "./trainingValidation";
import type { TrainingTexts } from "./training";
import { profileNowLookup, validateEmployeeDetails, validateProfiles } from "./profileValidation";
import { assessQuestion, isRealNeed } from "./questions";

export type Severity = "error" | "warning";
export type TableId =
  | "settings"
  | "teams"
  | "competences"
  | "profiles"
  | "employees"
  | "gaps"
  | "training"
  | "certificates"
  | "questions"
  | "starr"
  | "pyramid"
  | "eightFields"
  | "gilbert"
  | "weights"
  | "priorities"
  | "plan"
  /** Formulas-only sheets: only their size is checked (the warning cell above them). */
  | "diagnosis"
  | "matrix"
  | "equity";

export type RuleId =
  | "unknownEmployee"
  | "unknownCompetence"
  | "levelNotWhole"
  | "levelOutOfScale"
  | "numberAsText"
  | "levelMissing"
  | "duplicateEntry"
  | "invalidDate"
  | "futureDate"
  | "unknownAssessor"
  | "employeeGone"
  | "formulaLikeText"
  | "surroundingSpaces"
  | "blankId"
  | "duplicateId"
  | "fteOutOfRange"
  | "impossibleExitYear"
  | "unknownCompetenceType"
  | "scaleLabelMissing"
  | "horizonInvalid"
  | "notInList"
  | "causeMissing"
  | "wishMissing"
  | "unknownQuestion"
  | "ratingInvalid"
  | "verdictContradictsPyramid"
  | "verdictContradictsGilbert"
  | "weightInvalid"
  | "weightsNot100"
  | "budgetInvalid"
  | "budgetZero"
  | "needNotReal"
  | "scoreMissing"
  | "scoreInvalid"
  | "amountInvalid"
  | "settingInvalid"
  | "idCharacter"
  | "sheetTooSmall"
  | "costsMissing"
  | "subsidyExceedsCost"
  | "trainingEndBeforeStart"
  | "validityBeforeStart"
  | "hoursInvalid"
  | "certificateExpired"
  | "certificateExpiring"
  | "rankingTooShort"
  | "planNeedNotRanked"
  | "quarterInvalid"
  | "planAmountInvalid"
  | "planSubsidyExceedsCost"
  | "unknownFunction"
  | "functionMissing"
  | "duplicateProfile"
  | "impossibleBirthYear"
  | "endBeforeStart"
  | "fteMissing";

export const SEVERITY: Record<RuleId, Severity> = {
  unknownEmployee: "error",
  unknownCompetence: "error",
  levelNotWhole: "error",
  levelOutOfScale: "error",
  numberAsText: "error",
  levelMissing: "error",
  duplicateEntry: "error",
  invalidDate: "error",
  futureDate: "error",
  unknownAssessor: "error",
  employeeGone: "warning",
  formulaLikeText: "warning",
  surroundingSpaces: "warning",
  blankId: "error",
  duplicateId: "error",
  fteOutOfRange: "error",
  impossibleExitYear: "error",
  unknownCompetenceType: "error",
  scaleLabelMissing: "error",
  horizonInvalid: "error",
  notInList: "error",
  causeMissing: "warning",
  wishMissing: "warning",
  unknownQuestion: "error",
  ratingInvalid: "error",
  verdictContradictsPyramid: "warning",
  verdictContradictsGilbert: "warning",
  weightInvalid: "error",
  weightsNot100: "error",
  budgetInvalid: "error",
  budgetZero: "warning",
  needNotReal: "warning",
  scoreMissing: "error",
  scoreInvalid: "error",
  amountInvalid: "error",
  settingInvalid: "error",
  idCharacter: "error",
  sheetTooSmall: "error",
  costsMissing: "error",
  subsidyExceedsCost: "warning",
  trainingEndBeforeStart: "error",
  validityBeforeStart: "error",
  hoursInvalid: "error",
  certificateExpired: "warning",
  certificateExpiring: "warning",
  rankingTooShort: "error",
  planNeedNotRanked: "warning",
  quarterInvalid: "error",
  planAmountInvalid: "error",
  planSubsidyExceedsCost: "warning",
  unknownFunction: "warning",
  functionMissing: "error",
  duplicateProfile: "error",
  impossibleBirthYear: "error",
  endBeforeStart: "error",
  fteMissing: "warning",
};

export interface Finding {
  rule: RuleId;
  severity: Severity;
  table: TableId;
  /** 0-based row within the table body. */
  row: number;
  /** Column key (see the sheet specs). */
  field: string;
  value: unknown;
  /** Extra facts for the message, e.g. the row of the first duplicate. */
  params?: Record<string, string | number>;
}

export type Raw = unknown;

export interface RegisterInput {
  /** Rows as objects keyed by column key. */
  competences: Record<string, Raw>[];
  employees: Record<string, Raw>[];
  gaps: Record<string, Raw>[];
  settings: { key: string; value: Raw; row: number }[];
  /** Accepted spellings per list, lower-case (both workbook languages are accepted). */
  assessors: Record<string, Assessor>;
  competenceTypes: Set<string>;
  analysisYear: number;
  /** Today's date as an Excel serial. */
  today: number;
  textFields: Partial<Record<TableId, string[]>>;
  /** Learning questions and instrument records; absent tables are empty. */
  questions?: Record<string, Raw>[];
  starr?: Record<string, Raw>[];
  pyramid?: Record<string, Raw>[];
  eightFields?: Record<string, Raw>[];
  gilbert?: Record<string, Raw>[];
  weights?: Record<string, Raw>[];
  priorities?: Record<string, Raw>[];
  /** The training plan (VTO_Plan). */
  plan?: Record<string, Raw>[];
  /** Accepted spellings of the list columns of those tables, lower-case. */
  choices?: QuestionChoices;
  /** The team list (Instellingen). */
  teams?: Record<string, Raw>[];
  /** Function profiles (Functieprofielen); absent or empty: none. */
  profiles?: Record<string, Raw>[];
  /** Accepted spellings of the employees' gender (the workbook's language), lower-case. */
  genders?: Set<string>;
  /** The training register (absent: none) and its list texts in the workbook's language. */
  training?: Record<string, Raw>[];
  trainingTexts?: TrainingTexts;
  /** Spellings of ja / nee (the workbook's language), lower-case: yes/no settings and columns. */
  yesNoChoices?: Set<string>;
  /** Spellings the diagnosis source may have (the workbook's language), lower-case. */
  sourceChoices?: Set<string>;
  /**
   * Rows the sized sheets have room for against the rows of their sources; a sheet that is too
   * small is reported at its warning cell.
   */
  sizes?: {
    diagnosisRows: number | null;
    /** Teams × competences the team matrix was laid out for; null when unknown. */
    matrix: { teams: number; competences: number } | null;
    /** Rows of the certificate view (employees × competences that require a certificate); null when unknown. */
    certificateRows?: number | null;
    /** Rows of the Billijkheid groups (fixed groups, teams, functions); null when unknown. */
    equityRows?: number | null;
  };
}

export const isBlank = (v: Raw) =>
  v === "" || v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const NUMERIC_TEXT = /^\s*[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*$/;

/** A number typed as text ("3", " 3 ", "3,0"): the value it means, or null. */
export function numberInText(v: Raw): number | null {
  if (typeof v !== "string" || !NUMERIC_TEXT.test(v)) return null;
  return Number(v.trim().replace(",", "."));
}

export const formulaLike = (v: Raw) => typeof v === "string" && /^[=+\-@]/.test(v);
export const key = (v: Raw) => String(v ?? "").trim();

export function checkLevel(
  out: FindingOut,
  row: number,
  field: string,
  v: Raw,
  required: boolean,
  table: TableId = "gaps",
) {
  const push = (rule: RuleId) => out.push({ rule, severity: SEVERITY[rule], table, row, field, value: v });
  // blank as the formulas see it: empty or only spaces (a no-break space is not blank: invalid)
  if (blankCell(v)) {
    if (required) push("levelMissing");
    return;
  }
  if (typeof v === "string") {
    push(numberInText(v) !== null ? "numberAsText" : "levelNotWhole");
    return;
  }
  if (typeof v !== "number" || !Number.isInteger(v)) push("levelNotWhole");
  else if (v < SCALE_MIN || v > SCALE_MAX) push("levelOutOfScale");
}

/** Spaces around a value: the formulas trim IDs, but a user's own lookups and filters may not. */
export function checkSpaces(out: FindingOut, table: TableId, rows: Record<string, Raw>[], fields: string[]) {
  rows.forEach((r, i) => {
    for (const f of fields) {
      const v = r[f];
      if (typeof v === "string" && v.trim() !== "" && v.trim() !== v && numberInText(v) === null) {
        out.push({ rule: "surroundingSpaces", severity: "warning", table, row: i, field: f, value: v });
      }
    }
  });
}

export function checkIds(out: FindingOut, table: TableId, rows: Record<string, Raw>[]) {
  checkSpaces(out, table, rows, ["id"]);
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (rowIsBlank(r)) return;
    if (isBlank(r.id)) {
      out.push({ rule: "blankId", severity: "error", table, row: i, field: "id", value: r.id });
      return;
    }
    const k = idKey(r.id);
    const first = seen.get(k);
    if (first !== undefined) {
      out.push({
        rule: "duplicateId",
        severity: "error",
        table,
        row: i,
        field: "id",
        value: r.id,
        params: { first: first },
      });
    } else seen.set(k, i);
  });
}

/** Characters that make an ID look like another one, or that COUNTIFS and MATCH read as wildcards. */
export function idCharacter(v: Raw): string | null {
  if (typeof v !== "string") return null;
  for (const ch of v) {
    if (ch === " ") continue;
    if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(ch) || ch === "*" || ch === "?" || ch === "~") return ch;
  }
  return null;
}

/** IDs and team names with an invisible character or a wildcard, reported at the cell. */
export function checkIdCharacters(
  out: FindingOut,
  table: TableId,
  rows: Record<string, Raw>[],
  fields: string[],
) {
  rows.forEach((r, i) => {
    for (const field of fields) {
      const ch = idCharacter(r[field]);
      if (ch !== null)
        out.push({
          rule: "idCharacter",
          severity: SEVERITY.idCharacter,
          table,
          row: i,
          field,
          value: r[field],
          params: { char: ch.codePointAt(0)! },
        });
    }
  });
}

export function rowIsBlank(r: Record<string, Raw>): boolean {
  return Object.values(r).every(isBlank);
}

export function checkText(out: FindingOut, table: TableId, rows: Record<string, Raw>[], fields: string[]) {
  rows.forEach((r, i) => {
    for (const f of fields) {
      if (formulaLike(r[f]))
        out.push({ rule: "formulaLikeText", severity: "warning", table, row: i, field: f, value: r[f] });
    }
  });
}

function checkCatalogueAndEmployees(input: RegisterInput, out: FindingOut): void {
  const { competences, employees } = input;

  // catalogue and employees
  checkIds(out, "competences", competences);
  checkIds(out, "employees", employees);
  checkIdCharacters(out, "competences", competences, ["id"]);
  checkIdCharacters(out, "employees", employees, ["id", "team"]);
  checkIdCharacters(out, "teams", input.teams ?? [], ["team"]);
  competences.forEach((c, i) => {
    if (rowIsBlank(c)) return;
    if (!isBlank(c.type) && !input.competenceTypes.has(key(c.type).toLowerCase())) {
      out.push({
        rule: "unknownCompetenceType",
        severity: "error",
        table: "competences",
        row: i,
        field: "type",
        value: c.type,
      });
    }
  });
  employees.forEach((e, i) => {
    if (rowIsBlank(e)) return;
    if (!isBlank(e.fte)) {
      const n = typeof e.fte === "number" ? e.fte : numberInText(e.fte);
      if (typeof e.fte === "string" && n !== null) {
        out.push({
          rule: "numberAsText",
          severity: "error",
          table: "employees",
          row: i,
          field: "fte",
          value: e.fte,
        });
      } else if (n === null || n < 0 || n > 1) {
        out.push({
          rule: "fteOutOfRange",
          severity: "error",
          table: "employees",
          row: i,
          field: "fte",
          value: e.fte,
        });
      }
    }
    if (!isBlank(e.exitYear)) {
      const y = e.exitYear;
      if (typeof y === "string" && numberInText(y) !== null) {
        out.push({
          rule: "numberAsText",
          severity: "error",
          table: "employees",
          row: i,
          field: "exitYear",
          value: y,
        });
      } else if (typeof y !== "number" || !Number.isInteger(y) || y < 1950 || y > input.analysisYear + 60) {
        out.push({
          rule: "impossibleExitYear",
          severity: "error",
          table: "employees",
          row: i,
          field: "exitYear",
          value: y,
        });
      }
    }
  });
  checkText(out, "competences", competences, input.textFields.competences ?? []);
  checkText(out, "employees", employees, input.textFields.employees ?? []);
  validateProfiles(input, out);
  validateEmployeeDetails(input, out);
  checkText(out, "profiles", input.profiles ?? [], input.textFields.profiles ?? []);
}

/** The gap-register rules, one row at a time (duplicates need the rows before it). */
function gapRowChecker(input: RegisterInput, out: FindingOut): (i: number) => void {
  const { competences, employees, gaps } = input;
  // IDs as the formulas compare them (normalised, see idText); the first of duplicates, as MATCH
  const employeeById = new Map<string, Record<string, Raw>>();
  for (const e of employees)
    if (!isBlank(e.id) && !employeeById.has(idKey(e.id))) employeeById.set(idKey(e.id), e);
  const competenceIds = new Set(competences.filter((c) => !isBlank(c.id)).map((c) => idKey(c.id)));
  const seen = new Map<string, number>();
  const fromProfile = profileNowLookup(input);
  return (i) => {
    const g = gaps[i];
    if (rowIsBlank(g)) return;
    const push = (rule: RuleId, field: string, params?: Finding["params"]) =>
      out.push({ rule, severity: SEVERITY[rule], table: "gaps", row: i, field, value: g[field], params });
    const emp = idKey(g.employeeId);
    const employee = employeeById.get(emp);
    if (isBlank(g.employeeId) || !employee) push("unknownEmployee", "employeeId");
    else {
      const exit = employee.exitYear;
      if (typeof exit === "number" && exit < input.analysisYear)
        push("employeeGone", "employeeId", { year: exit });
    }
    if (isBlank(g.competenceId) || !competenceIds.has(idKey(g.competenceId)))
      push("unknownCompetence", "competenceId");
    const assessor = input.assessors[key(g.assessor).toLowerCase()];
    if (!assessor) push("unknownAssessor", "assessor");
    if (!isBlank(g.date)) {
      if (typeof g.date !== "number" || !Number.isFinite(g.date) || g.date < 1) push("invalidDate", "date");
      else if (Math.floor(g.date) > input.today) push("futureDate", "date");
    }
    // a blank own level is fine when the employee's function profile has one (not both missing)
    checkLevel(out, i, "requiredNow", g.requiredNow, !fromProfile(g.employeeId, g.competenceId));
    checkLevel(out, i, "current", g.current, true);
    checkLevel(out, i, "requiredAtHorizon", g.requiredAtHorizon, false);
    if (assessor && !isBlank(g.employeeId) && !isBlank(g.competenceId)) {
      const k = `${emp}|${idKey(g.competenceId)}|${assessor}`;
      const first = seen.get(k);
      if (first !== undefined) push("duplicateEntry", "employeeId", { first });
      else seen.set(k, i);
    }
  };
}

function checkTail(input: RegisterInput, out: FindingOut, options: { skipGapText?: boolean } = {}): void {
  const { gaps } = input;
  if (!options.skipGapText) {
    checkText(out, "gaps", gaps, input.textFields.gaps ?? []);
    checkIdCharacters(out, "gaps", gaps, ["employeeId", "competenceId"]);
  }
  validateQuestions(input, out);
  if (input.choices) {
    const choices = input.choices;
    const questions = (input.questions ?? []).map((q) => ({ id: key(q.id).toLowerCase(), q }));
    validatePriorities(input, out, (id) => {
      const hit = questions.find((x) => x.id === id.toLowerCase());
      return hit ? isRealNeed(assessQuestion(parseQuestion(hit.q, choices)).verdict) : null;
    });
  }
  checkSpaces(out, "gaps", gaps, ["employeeId", "competenceId", "assessor"]);
  validatePlanRegisters(input, out);

  validateTraining(input, out);
  validateSettings(input, out);
  checkSizes(input, out);
}

/**
 * Diagnose and Teammatrix are laid out for the catalogue and team list they were generated for:
 * when those outgrow them, the sheet's warning cell says so, and so does the checker.
 */
function checkSizes(input: RegisterInput, out: FindingOut): void {
  if (!input.sizes) return;
  const competences = input.competences.length;
  const teams = (input.teams ?? []).length;
  const { diagnosisRows, matrix } = input.sizes;
  if (diagnosisRows !== null && competences > diagnosisRows)
    out.push({
      rule: "sheetTooSmall",
      severity: SEVERITY.sheetTooSmall,
      table: "diagnosis",
      row: -2,
      field: "id",
      value: "",
      params: { missing: competences - diagnosisRows, what: "competences" },
    });
  const certificateRows = input.sizes.certificateRows;
  if (certificateRows !== undefined && certificateRows !== null && input.trainingTexts) {
    const yes = input.trainingTexts.yes.toLowerCase();
    const certified = input.competences.filter((c) => !isBlank(c.id) && idKey(c.certificate) === yes).length;
    const needed = input.employees.length * certified;
    if (needed > certificateRows)
      out.push({
        rule: "sheetTooSmall",
        severity: SEVERITY.sheetTooSmall,
        table: "certificates",
        row: -2,
        field: "employeeId",
        value: "",
        params: { missing: needed - certificateRows, what: "certificates" },
      });
  }
  const equityRows = input.sizes.equityRows;
  if (equityRows !== undefined && equityRows !== null) {
    // the fixed groups, every row of the team list, every distinct function of the profiles
    const needed =
      FIXED_GROUPS.length +
      (input.teams ?? []).length +
      profileFunctions((input.profiles ?? []).map((p) => ({ function: p.function }))).length;
    if (needed > equityRows)
      out.push({
        rule: "sheetTooSmall",
        severity: SEVERITY.sheetTooSmall,
        table: "equity",
        row: -2,
        field: "kind",
        value: "",
        params: { missing: needed - equityRows, what: "equity" },
      });
  }
  if (matrix && (teams > matrix.teams || competences > matrix.competences))
    out.push({
      rule: "sheetTooSmall",
      severity: SEVERITY.sheetTooSmall,
      table: "matrix",
      row: -2,
      field: "check",
      value: "",
      params: {
        missing: Math.max(0, teams - matrix.teams) + Math.max(0, competences - matrix.competences),
        what: "matrix",
      },
    });
}

/** Findings in a stable order: by table, row, then as the rules found them. */
const ORDER: Record<TableId, number> = {
  settings: 0,
  teams: 0.5,
  competences: 1,
  profiles: 1.5,
  employees: 2,
  gaps: 3,
  questions: 4,
  starr: 5,
  pyramid: 6,
  eightFields: 7,
  gilbert: 8,
  weights: 9,
  priorities: 10,
  plan: 10.5,
  training: 10.2,
  certificates: 10.4,
  diagnosis: 11,
  matrix: 12,
  equity: 13,
};
function ordered(out: Finding[]): Finding[] {
  return out
    .map((f, n) => ({ f, n }))
    .sort((a, b) => ORDER[a.f.table] - ORDER[b.f.table] || a.f.row - b.f.row || a.n - b.n)
    .map((x) => x.f);
}

/** Where the rules put what they find: only `push` is used. */
export interface FindingOut {
  push(...findings: Finding[]): number;
}

/** How many findings a rule has in one table (every finding is counted, kept or not). */
export interface RuleCount {
  rule: RuleId;
  table: TableId;
  severity: Severity;
  count: number;
}

/** Findings a bounded check keeps per rule: the first ones in the stable order. */
export const KEPT_PER_RULE = 100;
/** Every rule ID: a bounded check keeps at most KEPT_PER_RULE × RULE_IDS.length findings. */
export const RULE_IDS = Object.keys(SEVERITY) as RuleId[];

type Numbered = { f: Finding; n: number };
const byOrder = (a: Numbered, b: Numbered) =>
  ORDER[a.f.table] - ORDER[b.f.table] || a.f.row - b.f.row || a.n - b.n;

/**
 * Counts every finding per rule and table but keeps only the first `keep` of each rule (in the
 * order of validateRegisters: table, row, then as found), after passing over `skip` of them (a
 * page), and only of `rules` and `tables` when given. 100,000 rows of junk then cost counts, not a
 * message per cell: the candidates of a rule are cut back to skip + keep whenever they reach
 * about twice that.
 */
export class BoundedFindings implements FindingOut {
  private readonly counts = new Map<string, RuleCount>();
  private readonly kept = new Map<RuleId, Numbered[]>();
  private seq = 0;
  constructor(
    private readonly options: {
      keep: number;
      skip?: number;
      rules?: ReadonlySet<RuleId>;
      tables?: ReadonlySet<TableId>;
    },
  ) {}

  push(...findings: Finding[]): number {
    for (const f of findings) {
      const k = `${f.rule}|${f.table}`;
      const c = this.counts.get(k);
      if (c) c.count++;
      else this.counts.set(k, { rule: f.rule, table: f.table, severity: f.severity, count: 1 });
      const n = this.seq++;
      if (this.options.rules && !this.options.rules.has(f.rule)) continue;
      if (this.options.tables && !this.options.tables.has(f.table)) continue;
      let list = this.kept.get(f.rule);
      if (!list) this.kept.set(f.rule, (list = []));
      list.push({ f, n });
      if (list.length >= 2 * this.limit + 64) this.kept.set(f.rule, list.sort(byOrder).slice(0, this.limit));
    }
    return this.seq;
  }

  private get limit() {
    return (this.options.skip ?? 0) + this.options.keep;
  }

  /** Every rule's count per table, in the order of the rules' first finding. */
  ruleCounts(): RuleCount[] {
    return [...this.counts.values()];
  }

  /** How many findings it holds now (kept and candidates). */
  get held(): number {
    return [...this.kept.values()].reduce((n, l) => n + l.length, 0);
  }

  /** The kept findings (after `skip`), in the stable order of validateRegisters. */
  findings(): Finding[] {
    const skip = this.options.skip ?? 0;
    return [...this.kept.values()]
      .flatMap((list) => list.sort(byOrder).slice(skip, this.limit))
      .sort(byOrder)
      .map((x) => x.f);
  }
}

export function validateRegisters(input: RegisterInput): Finding[] {
  const out: Finding[] = [];
  checkCatalogueAndEmployees(input, out);
  const checkRow = gapRowChecker(input, out);
  for (let i = 0; i < input.gaps.length; i++) checkRow(i);
  checkTail(input, out);
  return ordered(out);
}

type SliceOptions = {
  slice?: number;
  pause: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
};

/**
 * The same rules in slices, yielding between them, so that 100,000 rows never freeze the pane.
 * Gives exactly the findings of validateRegisters; given a sink (a BoundedFindings), fills that instead
 * (and returns nothing).
 */
export async function validateRegistersInSlices(
  input: RegisterInput,
  options: SliceOptions,
): Promise<Finding[]>;
export async function validateRegistersInSlices(
  input: RegisterInput,
  options: SliceOptions,
  sink: FindingOut,
): Promise<void>;
export async function validateRegistersInSlices(
  input: RegisterInput,
  options: SliceOptions,
  sink?: FindingOut,
): Promise<Finding[] | void> {
  const all: Finding[] = [];
  const out: FindingOut = sink ?? all;
  checkCatalogueAndEmployees(input, out);
  const checkRow = gapRowChecker(input, out);
  const slice = options.slice ?? 5000;
  for (let start = 0; start < input.gaps.length; start += slice) {
    const end = Math.min(input.gaps.length, start + slice);
    for (let i = start; i < end; i++) checkRow(i);
    options.onProgress?.(end, input.gaps.length);
    await options.pause();
  }
  checkTail(input, out);
  if (!sink) return ordered(all);
}
