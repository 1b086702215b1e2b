/**
 * The Billijkheid / Equity sheet (issue 13, item 6; Baert's equity criterion: "zijn het steeds
 * dezelfde medewerkers?"), formulas only: VTO_Equity, one row per group (the whole organisation,
 * age, gender, part-time / full-time, each team of the team list, each function of the profiles)
 * with its share of the headcount against its share of the participants and of the training hours
 * over 12 and 24 months, the employees without training in 24 months and the equity score a need
 * for the group gets suggested; and VTO_EquityStaff, one row per employee of Medewerkers (the
 * groups it belongs to, in service on the reference date, its register hours and a flag when it had
 * no training in 24 months), which the groups count on. Every formula follows src/domain/equity.ts.
 */
import { EQUITY_THRESHOLDS, FIXED_GROUPS, FixedGroup, GroupKind, LOWEST_SCORE } from "../domain/equity";
import { GENDER, Text } from "./lang";
import { t, TABLE_NAMES, type TableSpec } from "./specKit";
import type { FormulaBuilder } from "./specs";
import { referenceDate } from "./trainingSpecs";

const SEP = "\u00a6";
const norm = (ref: string) => `TRIM(${ref}&"")`;

/** Rows for teams and functions beyond those the workbook has when generated. */
export const EQUITY_SPARE = 10;
/** The per-employee list's rows beyond Medewerkers' rows. */
export const EQUITY_STAFF_SPARE = 10;

export const GROUP_KIND_TEXT: Record<GroupKind, Text> = {
  all: t("Organisatie", "Organisation"),
  age: t("Leeftijd", "Age"),
  gender: t("Geslacht", "Gender"),
  regime: t("Arbeidsregime", "Working time"),
  team: t("Team", "Team"),
  function: t("Functie", "Function"),
};

/** The fixed groups' names (also what the per-employee list holds, so COUNTIFS compares them). */
export const FIXED_GROUP_TEXT: Record<FixedGroup, Text> = {
  all: t("Hele organisatie", "Whole organisation"),
  age50: t("50+", "50+"),
  under50: t("jonger dan 50", "under 50"),
  ageUnknown: t("leeftijd onbekend", "age unknown"),
  male: { nl: GENDER.male.nl, en: GENDER.male.en },
  female: { nl: GENDER.female.nl, en: GENDER.female.en },
  genderNa: t("niet toegewezen (X of leeg)", "not assigned (X or blank)"),
  partTime: t("deeltijds", "part-time"),
  fullTime: t("voltijds", "full-time"),
  fteUnknown: t("VTE onbekend", "FTE unknown"),
};

export const NO_TRAINING_24: Text = t("geen opleiding in 24 maanden", "no training in 24 months");

// ---- the per-employee list ------------------------------------------------------------------------

const s = (f: FormulaBuilder, c: string) => f.at("equityStaff", c);
const staffPosition = (f: FormulaBuilder) => `(ROW()-ROW(${f.head("equityStaff", "employeeId")}))`;
const emp = (f: FormulaBuilder, column: string) => `INDEX(${f.col("employees", column)},${staffPosition(f)})`;
/** The employee's cell as it is ("" when blank or only spaces). */
const asIs = (f: FormulaBuilder, column: string) =>
  `=IF(${s(f, "employeeId")}="","",IFERROR(IF(${norm(emp(f, column))}="","",${emp(f, column)}),""))`;
const validDate = (ref: string) => `OR(${ref}="",AND(ISNUMBER(${ref}),${ref}>=1))`;
const hoursOf = (f: FormulaBuilder, prefix: string) =>
  `=IF(${s(f, "employeeId")}="","",SUMIFS(${f.col("training", "hours")},${f.col("training", prefix === "u" ? "hoursKey" : "hoursKey24")},"${prefix}${SEP}"&${s(f, "employeeId")}))`;
const participated = (f: FormulaBuilder, prefix: string) =>
  `=IF(${s(f, "employeeId")}="","",IF(COUNTIFS(${f.col("training", prefix === "u" ? "hoursKey" : "hoursKey24")},"${prefix}${SEP}"&${s(f, "employeeId")})>0,1,0))`;

/** Above the list: employees of Medewerkers missing from it. */
export const equityStaffWarning = (f: FormulaBuilder): string => {
  const missing = `ROWS(${f.col("employees", "idKey")})-ROWS(${f.col("equityStaff", "employeeId")})`;
  const text = t(
    " medewerker(s) staan niet in deze lijst: werk de analysebladen bij met VTO-analyse (Start).",
    " employee(s) are missing from this list: update the analysis sheets with VTO-analyse (Start).",
  );
  return `=IFERROR(IF(${missing}>0,${missing}&${f.text(text)},""),"")`;
};

export const EQUITY_STAFF: TableSpec = {
  key: "equityStaff",
  name: TABLE_NAMES.equityStaff,
  sheet: t("Billijkheid", "Equity"),
  title: t(
    "Per medewerker: groepen, in dienst op de peildatum, opleidingsuren (alleen formules)",
    "Per employee: groups, in service on the reference date, training hours (formulas only)",
  ),
  anchor: { row: 2, col: 30 },
  sizedBy: { table: "employees", spare: EQUITY_STAFF_SPARE },
  warning: equityStaffWarning,
  columns: [
    {
      // row k: employee k of Medewerkers
      key: "employeeId",
      header: t("Medewerker-ID", "Employee ID"),
      width: 14,
      formula: (f) =>
        `=IFERROR(IF(${staffPosition(f)}>ROWS(${f.col("employees", "idKey")}),"",INDEX(${f.col("employees", "idKey")},${staffPosition(f)})&""),"")`,
    },
    {
      key: "team",
      header: t("Team", "Team"),
      width: 16,
      formula: (f) => `=IF(${s(f, "employeeId")}="","",IFERROR(${norm(emp(f, "team"))},""))`,
    },
    {
      key: "role",
      header: t("Functie", "Function"),
      width: 18,
      formula: (f) => `=IF(${s(f, "employeeId")}="","",IFERROR(${norm(emp(f, "role"))},""))`,
    },
    {
      key: "gender",
      header: t("Geslacht (groep)", "Gender (group)"),
      width: 10,
      hidden: true,
      formula: (f) => {
        const g = norm(emp(f, "gender"));
        return `=IF(${s(f, "employeeId")}="","",IFERROR(IF(${g}=${f.text(GENDER.male)},${f.text(FIXED_GROUP_TEXT.male)},IF(${g}=${f.text(GENDER.female)},${f.text(FIXED_GROUP_TEXT.female)},${f.text(FIXED_GROUP_TEXT.genderNa)})),""))`;
      },
    },
    {
      // the age in the reference date's year: 50 or more is 50+ (the register's age rule)
      key: "age",
      header: t("Leeftijdsgroep", "Age group"),
      width: 10,
      hidden: true,
      formula: (f) => {
        const born = emp(f, "birthYear");
        return `=IF(${s(f, "employeeId")}="","",IFERROR(IF(ISNUMBER(${born}),IF(YEAR(${referenceDate(f)})-${born}>=50,${f.text(FIXED_GROUP_TEXT.age50)},${f.text(FIXED_GROUP_TEXT.under50)}),${f.text(FIXED_GROUP_TEXT.ageUnknown)}),""))`;
      },
    },
    {
      key: "regime",
      header: t("Arbeidsregime", "Working time"),
      width: 10,
      hidden: true,
      formula: (f) => {
        const fte = emp(f, "fte");
        return `=IF(${s(f, "employeeId")}="","",IFERROR(IF(ISNUMBER(${fte}),IF(${fte}<1,${f.text(FIXED_GROUP_TEXT.partTime)},${f.text(FIXED_GROUP_TEXT.fullTime)}),${f.text(FIXED_GROUP_TEXT.fteUnknown)}),""))`;
      },
    },
    {
      key: "start",
      header: t("Datum in dienst", "Start date"),
      width: 11,
      numberFormat: "dd/mm/yyyy",
      hidden: true,
      formula: (f) => asIs(f, "startDate"),
    },
    {
      key: "end",
      header: t("Datum uit dienst", "End date"),
      width: 11,
      numberFormat: "dd/mm/yyyy",
      hidden: true,
      formula: (f) => asIs(f, "endDate"),
    },
    {
      // 1: the first row of its ID, start blank or ≤ reference date, end blank or ≥ it
      key: "inService",
      header: t("In dienst op peildatum", "In service on reference date"),
      width: 10,
      numberFormat: "0",
      formula: (f) => {
        const id = s(f, "employeeId");
        const st = s(f, "start");
        const en = s(f, "end");
        const ref = referenceDate(f);
        return `=IF(${id}="","",IFERROR(IF(AND(MATCH(${id},${f.col("employees", "idKey")},0)=${staffPosition(f)},${validDate(st)},${validDate(en)}),IF(AND(IF(${st}="",TRUE(),INT(${st})<=${ref}),IF(${en}="",TRUE(),INT(${en})>=${ref})),1,0),0),0))`;
      },
    },
    {
      key: "hours12",
      header: t("Uren 12 maanden", "Hours 12 months"),
      width: 9,
      numberFormat: "0.0",
      formula: (f) => hoursOf(f, "u"),
    },
    {
      key: "hours24",
      header: t("Uren 24 maanden", "Hours 24 months"),
      width: 9,
      numberFormat: "0.0",
      formula: (f) => hoursOf(f, "v"),
    },
    {
      key: "took12",
      header: t("Deelgenomen 12 maanden", "Took part 12 months"),
      width: 9,
      numberFormat: "0",
      hidden: true,
      formula: (f) => participated(f, "u"),
    },
    {
      key: "took24",
      header: t("Deelgenomen 24 maanden", "Took part 24 months"),
      width: 9,
      numberFormat: "0",
      hidden: true,
      formula: (f) => participated(f, "v"),
    },
    {
      key: "flag",
      header: t("Signaal", "Flag"),
      width: 24,
      flag: NO_TRAINING_24,
      formula: (f) => `=IF(AND(${s(f, "inService")}=1,${s(f, "took24")}=0),${f.text(NO_TRAINING_24)},"")`,
    },
  ],
};

// ---- the groups -----------------------------------------------------------------------------------

const FIXED = FIXED_GROUPS.length;
const e = (f: FormulaBuilder, c: string) => f.at("equity", c);
const position = (f: FormulaBuilder) => `(ROW()-ROW(${f.head("equity", "kind")}))`;
const teamCount = (f: FormulaBuilder) => `ROWS(${f.col("teams", "team")})`;
const functionCount = (f: FormulaBuilder) => `COUNT(${f.col("profiles", "first")})`;
const st = (f: FormulaBuilder, c: string) => f.col("equityStaff", c);
/** The per-employee list's column each kind of group is found by (the whole organisation: none). */
const KIND_COLUMN: Record<GroupKind, string | null> = {
  all: null,
  age: "age",
  gender: "gender",
  regime: "regime",
  team: "team",
  function: "role",
};
const KINDS = Object.keys(KIND_COLUMN) as GroupKind[];

/** A COUNTIFS/SUMIFS over the in-service staff, for this row's group: CHOOSE on the kind. */
function forGroup(f: FormulaBuilder, build: (criteria: string) => string): string {
  const base = `${st(f, "inService")},1`;
  const branches = KINDS.map((k) => {
    const c = KIND_COLUMN[k];
    return build(c === null ? base : `${base},${st(f, c)},${e(f, "group")}`);
  });
  return `CHOOSE(${e(f, "kindNo")},${branches.join(",")})`;
}
const headcountAll = (f: FormulaBuilder) => `COUNTIFS(${st(f, "inService")},1)`;
const took = (w: 12 | 24) => (w === 12 ? "took12" : "took24");
const hoursCol = (w: 12 | 24) => (w === 12 ? "hours12" : "hours24");
const participantsAll = (f: FormulaBuilder, w: 12 | 24) =>
  `COUNTIFS(${st(f, "inService")},1,${st(f, took(w))},1)`;
const hoursAll = (f: FormulaBuilder, w: 12 | 24) => `SUMIFS(${st(f, hoursCol(w))},${st(f, "inService")},1)`;

/** Above the groups: teams and functions that do not fit in the table. */
export const equityWarning = (f: FormulaBuilder): string => {
  const missing = `${FIXED}+${teamCount(f)}+${functionCount(f)}-ROWS(${f.col("equity", "kind")})`;
  const text = t(
    " team(s) of functie(s) staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
    " team(s) or function(s) are missing from this table: update the analysis sheets with VTO-analyse (Start).",
  );
  return `=IFERROR(IF(${missing}>0,${missing}&${f.text(text)},""),"")`;
};

const windowColumns = (w: 12 | 24): TableSpec["columns"] => [
  {
    key: `participants${w}`,
    header: t(`Deelnemers ${w} m`, `Participants ${w} m`),
    width: 10,
    numberFormat: "0",
    formula: (f) => `=IF(${e(f, "group")}="","",${forGroup(f, (c) => `COUNTIFS(${c},${st(f, took(w))},1)`)})`,
  },
  {
    key: `shareParticipants${w}`,
    header: t(`Aandeel deelnemers ${w} m`, `Share of participants ${w} m`),
    width: 11,
    numberFormat: "0.0%",
    formula: (f) =>
      `=IF(${e(f, "group")}="","",IF(${participantsAll(f, w)}=0,"",${e(f, `participants${w}`)}/${participantsAll(f, w)}))`,
  },
  {
    key: `hours${w}`,
    header: t(`Uren ${w} m`, `Hours ${w} m`),
    width: 9,
    numberFormat: "0.0",
    formula: (f) => `=IF(${e(f, "group")}="","",${forGroup(f, (c) => `SUMIFS(${st(f, hoursCol(w))},${c})`)})`,
  },
  {
    key: `shareHours${w}`,
    header: t(`Aandeel uren ${w} m`, `Share of hours ${w} m`),
    width: 10,
    numberFormat: "0.0%",
    formula: (f) =>
      `=IF(${e(f, "group")}="","",IF(${hoursAll(f, w)}=0,"",${e(f, `hours${w}`)}/${hoursAll(f, w)}))`,
  },
  {
    // share of hours ÷ share of headcount, as hours × N ÷ (H × n), to 4 decimals
    key: `index${w}`,
    header: t(`Index uren ${w} m`, `Hours index ${w} m`),
    width: 9,
    numberFormat: "0.00",
    formula: (f) => {
      const n = e(f, "headcount");
      return `=IF(${e(f, "group")}="","",IF(OR(${n}=0,${headcountAll(f)}=0,${hoursAll(f, w)}=0),"",ROUND(${e(f, `hours${w}`)}*${headcountAll(f)}/(${hoursAll(f, w)}*${n}),4)))`;
    },
  },
];

export const EQUITY: TableSpec = {
  key: "equity",
  name: TABLE_NAMES.equity,
  sheet: t("Billijkheid", "Equity"),
  title: t(
    "Billijkheid per groep (alleen formules): personeel in dienst op de peildatum; deelnemers en uren uit het opleidingsregister (gevolgd, 12 en 24 maanden tot de peildatum); index = aandeel uren ÷ aandeel personeel; voorgestelde score: index ≥ 1,25 → 1, ≥ 1 → 2, ≥ 0,75 → 3, ≥ 0,5 → 4, lager → 5",
    "Equity per group (formulas only): staff in service on the reference date; participants and hours from the training register (followed, 12 and 24 months up to the reference date); index = share of hours ÷ share of staff; suggested score: index ≥ 1.25 → 1, ≥ 1 → 2, ≥ 0.75 → 3, ≥ 0.5 → 4, lower → 5",
  ),
  anchor: { row: 2, col: 0 },
  // the fixed groups, the team list and the profiles' functions (counted when generated) and spare rows
  sizedBy: { table: "teams", spare: FIXED + EQUITY_SPARE, plusFunctions: true },
  warning: equityWarning,
  columns: [
    {
      key: "kind",
      header: t("Soort groep", "Kind of group"),
      width: 13,
      formula: (f) =>
        `=IF(OR(${e(f, "kindNo")}="",${e(f, "group")}=""),"",CHOOSE(${e(f, "kindNo")},${KINDS.map((k) => f.text(GROUP_KIND_TEXT[k])).join(",")}))`,
    },
    {
      // the fixed groups, then team k of the team list, then function k of the profiles
      key: "group",
      header: t("Groep", "Group"),
      width: 24,
      formula: (f) => {
        const p = position(f);
        const fixed = FIXED_GROUPS.map((g) => f.text(FIXED_GROUP_TEXT[g.key])).join(",");
        return `=IFERROR(IF(${e(f, "kindNo")}="","",IF(${p}<=${FIXED},CHOOSE(${p},${fixed}),IF(${e(f, "kindNo")}=5,${norm(`INDEX(${f.col("teams", "team")},${p}-${FIXED})`)},INDEX(${f.col("profiles", "functionList")},${p}-${FIXED}-${teamCount(f)})&""))),"")`;
      },
    },
    {
      // 1 organisation, 2 age, 3 gender, 4 working time, 5 team, 6 function; "" past the last group
      key: "kindNo",
      header: t("Soort (nummer)", "Kind (number)"),
      width: 6,
      numberFormat: "0",
      hidden: true,
      formula: (f) => {
        const p = position(f);
        const fixed = FIXED_GROUPS.map((g) => KINDS.indexOf(g.kind) + 1).join(",");
        return `=IFERROR(IF(${p}<=${FIXED},CHOOSE(${p},${fixed}),IF(${p}<=${FIXED}+${teamCount(f)},5,IF(${p}<=${FIXED}+${teamCount(f)}+${functionCount(f)},6,""))),"")`;
      },
    },
    {
      key: "headcount",
      header: t("Personeel op peildatum", "Staff on reference date"),
      width: 11,
      numberFormat: "0",
      formula: (f) => `=IF(${e(f, "group")}="","",${forGroup(f, (c) => `COUNTIFS(${c})`)})`,
    },
    {
      key: "shareHeadcount",
      header: t("Aandeel personeel", "Share of staff"),
      width: 10,
      numberFormat: "0.0%",
      formula: (f) =>
        `=IF(${e(f, "group")}="","",IF(${headcountAll(f)}=0,"",${e(f, "headcount")}/${headcountAll(f)}))`,
    },
    ...windowColumns(12),
    ...windowColumns(24),
    {
      key: "without24",
      header: t("Zonder opleiding 24 m", "Without training 24 m"),
      width: 11,
      numberFormat: "0",
      formula: (f) =>
        `=IF(${e(f, "group")}="","",${forGroup(f, (c) => `COUNTIFS(${c},${st(f, "took24")},0)`)})`,
    },
    {
      // groups that got less than their share score higher (domain equityScore)
      key: "score",
      header: t("Voorgestelde score billijkheid", "Suggested equity score"),
      width: 12,
      numberFormat: "0",
      formula: (f) => {
        const i = e(f, "index24");
        const steps = EQUITY_THRESHOLDS.reduceRight(
          (rest, x) => `IF(${i}>=${x.from},${x.score},${rest})`,
          String(LOWEST_SCORE),
        );
        return `=IF(${i}="","",${steps})`;
      },
    },
  ],
};

/** The chart on the sheet: share of staff against share of hours over 24 months, per group. */
export const EQUITY_CHART = {
  name: "VTO_EquityChart",
  type: "BarClustered",
  title: t(
    "Billijkheid per groep: aandeel personeel en aandeel opleidingsuren (24 maanden)",
    "Equity per group: share of staff and share of training hours (24 months)",
  ),
  series: [t("Aandeel personeel", "Share of staff"), t("Aandeel uren 24 m", "Share of hours 24 m")],
  at: ["S3", "AC32"] as [string, string],
};
