/**
 * The vocabulary of sheet specs: table, column and validation shapes, colours, and the small
 * builders every spec file uses. Kept apart from specs.ts so that spec files can share them
 * without importing each other.
 */
import { SCALE_MAX, SCALE_MIN } from "../domain/competences";
import { Text, WbLang } from "./lang";
import type { FormulaBuilder } from "./specs";

export type TableKey =
  | "settings"
  | "teams"
  | "competences"
  | "profiles"
  | "profileMatrix"
  | "employees"
  | "gaps"
  | "diagnosis"
  | "training"
  | "certificates"
  | "questions"
  | InstrumentKey
  | "weights"
  | "priorities"
  | "ranking"
  | "plan"
  | "statutory"
  | "planQuarters"
  | "planDays"
  | "accounts"
  | "socialBalance"
  | "equity"
  | "equityStaff";

/** Instrument sheets: generated only when the user picks the instrument. */
export type InstrumentKey = "starr" | "pyramid" | "eightFields" | "gilbert";
export const INSTRUMENTS: InstrumentKey[] = ["starr", "pyramid", "eightFields", "gilbert"];

export interface ValidationSpec {
  /** An Office.js DataValidationRule (exactly one rule kind). */
  rule: Record<string, Record<string, unknown>>;
  prompt: Text;
  error: Text;
}

/** A colour scale: [value, colour] points. */
export type Scale = { min: [number, string]; mid?: [number, string]; max: [number, string] };

export const HEAT_COLORS = { low: "#FFFFFF", mid: "#FCE4D6", high: "#E46C5A" };
/** Gaps: white at 0, red at the top of the scale. */
export const GAP_SCALE: Scale = {
  min: [0, HEAT_COLORS.low],
  mid: [1, HEAT_COLORS.mid],
  max: [4, HEAT_COLORS.high],
};
/** Coverage: red at 0 %, white at 100 %. */
export const COVERAGE_SCALE: Scale = { min: [0, HEAT_COLORS.high], max: [1, HEAT_COLORS.low] };
/** Cells that hold this text are flagged (red on pink). */
export const FLAG_COLORS = { font: "#9C0006", fill: "#FFC7CE" };

export interface ColumnSpec {
  key: string;
  /** Heat map over the column's values. */
  heat?: Scale;
  /** Cells containing this text are flagged. */
  flag?: Text;
  header: Text;
  /** Computed columns hold a formula; input columns hold what users type. */
  formula?: (f: FormulaBuilder) => string;
  /**
   * Formulas earlier versions wrote into this column. When a formula changes, its previous text
   * goes here, so that regenerating an existing workbook upgrades those cells instead of keeping
   * them as a user's own formula.
   */
  legacy?: ((f: FormulaBuilder) => string)[];
  /**
   * Constants an earlier version put into this column while it was an input column (its seeded
   * default): such a cell is ours and gets the formula; any other constant stays as a user's.
   */
  legacyValues?: Text[];
  numberFormat?: string;
  /** Width in characters. */
  width: number;
  /**
   * Hidden when the table is created: a key column the formulas look rows up by (English keys
   * such as analysis_year), which the user reads through the label column next to it.
   */
  hidden?: boolean;
  validation?: (lang: WbLang) => ValidationSpec;
  /** A guiding question shown above the header (written when the table is created). */
  hint?: Text;
  /** Free text: stored as Text so that "=…" or "0012" stay exactly as typed. */
  text?: boolean;
}

export interface TableSpec {
  key: TableKey;
  name: string;
  sheet: Text;
  title: Text;
  /** Top-left cell of the header row. */
  anchor: { row: number; col: number };
  columns: ColumnSpec[];
  /** Formulas-only tables sized by another table's rows plus spare rows (diagnosis, ranking). */
  sizedBy?: {
    table: TableKey;
    spare: number;
    /** Rows per source row: the competences that require a certificate (the certificate view). */
    timesCertified?: boolean;
    /** Plus one row per distinct function of the function profiles (the equity groups). */
    plusFunctions?: boolean;
  };
  /** Left out of the sheet's print area (chart data beside a printed table). */
  notPrinted?: boolean;
  /** Set for instrument tables: generated only when chosen (or already present). */
  instrument?: InstrumentKey;
  /**
   * A formula for the cell above the header's first column that warns when the table is too small
   * for its source (sized tables): works without the add-in.
   */
  warning?: (f: FormulaBuilder) => string;
  /** Earlier texts of that warning formula (see ColumnSpec.legacy). */
  warningLegacy?: ((f: FormulaBuilder) => string)[];
}

export const TABLE_NAMES: Record<TableKey, string> = {
  settings: "VTO_Settings",
  teams: "VTO_Teams",
  competences: "VTO_Competences",
  profiles: "VTO_Profiles",
  profileMatrix: "VTO_ProfileMatrix",
  employees: "VTO_Employees",
  gaps: "VTO_Gaps",
  diagnosis: "VTO_Diagnosis",
  training: "VTO_Training",
  certificates: "VTO_Certificates",
  questions: "VTO_Questions",
  starr: "VTO_STARR",
  pyramid: "VTO_Pyramid",
  eightFields: "VTO_EightFields",
  gilbert: "VTO_Gilbert",
  weights: "VTO_Weights",
  priorities: "VTO_Priorities",
  ranking: "VTO_Ranking",
  plan: "VTO_Plan",
  statutory: "VTO_PlanStatutory",
  planQuarters: "VTO_PlanQuarters",
  planDays: "VTO_PlanDays",
  accounts: "VTO_Accounts",
  socialBalance: "VTO_SocialBalance",
  equity: "VTO_Equity",
  equityStaff: "VTO_EquityStaff",
};

export const t = (nl: string, en: string): Text => ({ nl, en });

export const list = (values: string[], prompt: Text, error: Text): ValidationSpec => ({
  rule: { list: { inCellDropDown: true, source: values.join(",") } },
  prompt,
  error,
});

/** A number of 0 or more (hours, amounts). */
export const nonNegative = (prompt: Text): ValidationSpec => ({
  rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
  prompt,
  error: t("Geef een getal van 0 of meer.", "Enter a number of 0 or more."),
});

/** A user's column for an amount or a count of 0 or more. */
export const amountColumn = (
  key: string,
  header: Text,
  width: number,
  numberFormat: string,
  prompt: Text,
): ColumnSpec => ({ key, header, width, numberFormat, validation: () => nonNegative(prompt) });

/**
 * Workbook names for the ID and team columns the validation lists offer. The lists themselves
 * use INDIRECT on the structured reference, which keeps growing with the table in every Excel
 * (office-js #740: a name added through the API may be turned into a fixed address); the names
 * are kept, pointed at the columns again on every generate, for users' own formulas.
 */
export const LIST_NAMES = {
  employeeIds: { name: "VTO_EmployeeIDs", ref: "=VTO_Employees[[ID]]" },
  competenceIds: { name: "VTO_CompetenceIDs", ref: "=VTO_Competences[[ID]]" },
  teams: { name: "VTO_TeamNames", ref: "=VTO_Teams[[Team]]" },
  questionIds: { name: "VTO_QuestionIDs", ref: "=VTO_Questions[[ID]]" },
} as const;

/** A list from a table column, by the name of that column's list (see LIST_NAMES). */
export const fromName = (name: string, prompt: Text, error: Text): ValidationSpec => {
  const list = Object.values(LIST_NAMES).find((n) => n.name === name);
  if (!list) throw new Error(`No list ${name}`);
  return {
    rule: { list: { inCellDropDown: true, source: `=INDIRECT("${list.ref.slice(1)}")` } },
    prompt,
    error,
  };
};

export const level =
  (what: Text): ((lang: WbLang) => ValidationSpec) =>
  () => ({
    rule: { wholeNumber: { formula1: SCALE_MIN, formula2: SCALE_MAX, operator: "Between" } },
    prompt: t(
      `${what.nl}: een geheel getal van ${SCALE_MIN} tot ${SCALE_MAX} (zie de schaal in Instellingen).`,
      `${what.en}: a whole number from ${SCALE_MIN} to ${SCALE_MAX} (see the scale in Settings).`,
    ),
    error: t(
      `Geef een geheel getal van ${SCALE_MIN} tot ${SCALE_MAX}.`,
      `Enter a whole number from ${SCALE_MIN} to ${SCALE_MAX}.`,
    ),
  });
