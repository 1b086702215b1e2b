/**
 * Individual training accounts and the sociale balans' training section (issue 13, items 3 and 4):
 * the Opleidingsrekeningen sheet (VTO_Accounts: one row per employee of Medewerkers, formulas only —
 * months employed in the analysis year, days due, days followed that count, remaining, a flag) and
 * the Sociale balans sheet (VTO_SocialBalance: code, description, value per line of the NBB form, by
 * men, women, not assigned and in total). Every formula follows src/domain/trainingAccounts.ts.
 */
import { GENDER_GROUPS, Measure, SOCIAL_BALANCE_CODES } from "../domain/trainingAccounts";
import type { TrainingType } from "../domain/training";
import { cellInput } from "./cellText";
import { GENDER, Text, WbLang } from "./lang";
import { t, TABLE_NAMES, type TableSpec } from "./specKit";
import type { FormulaBuilder, SettingRow } from "./specs";
import { TRAINING_TYPE } from "./trainingSpecs";

export type AccountSettingKey = "wage_bill" | "fund_rate";

const SEP = "\u00a6";
const norm = (ref: string) => `TRIM(${ref}&"")`;

export const ACCOUNT_SETTING_ROWS: SettingRow[] = [
  {
    key: "wage_bill",
    label: t("Brutoloonmassa analysejaar (€)", "Gross wage bill of the analysis year (€)"),
    value: () => 0,
    help: t(
      "Voor de bijdragen aan collectieve fondsen in de sociale balans (code 58032/58132): loonmassa × het percentage hieronder.",
      "For the contributions to collective funds in the social balance sheet (codes 58032/58132): wage bill × the rate below.",
    ),
  },
  {
    key: "fund_rate",
    label: t("Bijdrage collectieve opleidingsfondsen", "Contribution to collective training funds"),
    value: () => 0.001,
    help: t(
      "Aandeel van de loonmassa (meestal 0,10 % voor de risicogroepen). Verdeeld over mannen en vrouwen naar rato van het aantal werknemers in dienst in het jaar.",
      "Share of the wage bill (usually 0.10 % for the risk groups). Split over men and women pro rata the number of workers in service in the year.",
    ),
  },
];

// ---- accounts ----------------------------------------------------------------------------------

export const ACCOUNTS_SPARE = 10;
const a = (f: FormulaBuilder, c: string) => f.at("accounts", c);
const position = (f: FormulaBuilder) => `(ROW()-ROW(${f.head("accounts", "employeeId")}))`;
/** The cell of this row's employee in a column of Medewerkers. */
const emp = (f: FormulaBuilder, column: string) => `INDEX(${f.col("employees", column)},${position(f)})`;
/** The employee's cell as it is ("" when blank), for an account row with an employee. */
const asIs = (f: FormulaBuilder, column: string) =>
  `=IF(${a(f, "employeeId")}="","",IFERROR(IF(${norm(emp(f, column))}="","",${emp(f, column)}),""))`;
const year = (f: FormulaBuilder) => f.setting("analysis_year");
const validDate = (ref: string) => `OR(${ref}="",AND(ISNUMBER(${ref}),${ref}>=1))`;

export const NONE_FOLLOWED: Text = t("0 dagen gevolgd", "0 days followed");
export const ORGANISATION_FIGURE = {
  before: t("Organisatie: ", "Organisation: "),
  middle: t(" gevolgde dagen per VTE (doel ", " days followed per FTE (target "),
  after: t(")", ")"),
};

/** Above the accounts: employees missing from the table, else the organisation's days per FTE. */
export const accountsWarning = (f: FormulaBuilder): string => {
  const missing = `ROWS(${f.col("employees", "idKey")})-ROWS(${f.col("accounts", "employeeId")})`;
  const text = t(
    " medewerker(s) staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
    " employee(s) are missing from this table: update the analysis sheets with VTO-analyse (Start).",
  );
  const fte = `SUM(${f.col("accounts", "fteYear")})`;
  const figure = `${f.text(ORGANISATION_FIGURE.before)}&ROUND(SUM(${f.col("accounts", "followed")})/${fte},2)&${f.text(ORGANISATION_FIGURE.middle)}&${f.setting("days_per_fte")}&${f.text(ORGANISATION_FIGURE.after)}`;
  return `=IFERROR(IF(${missing}>0,${missing}&${f.text(text)},IF(${fte}>0,${figure},"")),"")`;
};

export const ACCOUNTS: TableSpec = {
  key: "accounts",
  name: TABLE_NAMES.accounts,
  sheet: t("Opleidingsrekeningen", "Training accounts"),
  title: t(
    "Individuele opleidingsrekeningen voor het analysejaar (alleen formules)",
    "Individual training accounts for the analysis year (formulas only)",
  ),
  anchor: { row: 2, col: 0 },
  sizedBy: { table: "employees", spare: ACCOUNTS_SPARE },
  warning: accountsWarning,
  columns: [
    {
      // row k: employee k of Medewerkers
      key: "employeeId",
      header: t("Medewerker-ID", "Employee ID"),
      width: 14,
      formula: (f) =>
        `=IFERROR(IF(${position(f)}>ROWS(${f.col("employees", "idKey")}),"",INDEX(${f.col("employees", "idKey")},${position(f)})&""),"")`,
    },
    {
      key: "team",
      header: t("Team", "Team"),
      width: 18,
      formula: (f) => `=IF(${a(f, "employeeId")}="","",IFERROR(${norm(emp(f, "team"))},""))`,
    },
    {
      key: "gender",
      header: t("Geslacht", "Gender"),
      width: 9,
      formula: (f) => `=IF(${a(f, "employeeId")}="","",IFERROR(${norm(emp(f, "gender"))},""))`,
    },
    { key: "fte", header: t("VTE", "FTE"), width: 7, numberFormat: "0.00", formula: (f) => asIs(f, "fte") },
    {
      key: "start",
      header: t("Datum in dienst", "Start date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      formula: (f) => asIs(f, "startDate"),
    },
    {
      key: "end",
      header: t("Datum uit dienst", "End date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      formula: (f) => asIs(f, "endDate"),
    },
    {
      // whole calendar months of the analysis year in service (trainingAccounts.ts monthsEmployed)
      key: "months",
      header: t("Maanden in dienst", "Months employed"),
      width: 10,
      numberFormat: "0",
      formula: (f) => {
        const s = a(f, "start");
        const e = a(f, "end");
        const y = year(f);
        const jan1 = `DATE(${y},1,1)`;
        const dec31 = `DATE(${y},12,31)`;
        const first = `IF(${s}="",${jan1},IF(INT(${s})<=${jan1},${jan1},IF(DAY(${s})=1,INT(${s}),EOMONTH(${s},0)+1)))`;
        const last = `IF(${e}="",${dec31},IF(INT(${e})>=${dec31},${dec31},IF(INT(${e})=EOMONTH(${e},0),INT(${e}),EOMONTH(${e},-1))))`;
        return `=IFERROR(IF(AND(${a(f, "employeeId")}<>"",ISNUMBER(${y}),${validDate(s)},${validDate(e)}),MAX(0,(YEAR(${last})-YEAR(${first}))*12+MONTH(${last})-MONTH(${first})+1),""),"")`;
      },
    },
    {
      key: "fteYear",
      header: t("VTE over het jaar", "FTE over the year"),
      width: 10,
      numberFormat: "0.00",
      formula: (f) =>
        `=IFERROR(IF(AND(ISNUMBER(${a(f, "months")}),ISNUMBER(${a(f, "fte")})),IF(${a(f, "fte")}>=0,${a(f, "fte")}*${a(f, "months")}/12,""),""),"")`,
    },
    {
      key: "due",
      header: t("Dagen recht", "Days due"),
      width: 10,
      numberFormat: "0.00",
      formula: (f) => {
        const d = f.setting("days_per_fte");
        return `=IFERROR(IF(AND(ISNUMBER(${a(f, "fteYear")}),ISNUMBER(${d})),${d}*${a(f, "fteYear")},""),"")`;
      },
    },
    {
      key: "followed",
      header: t("Dagen gevolgd (tellen)", "Days followed (counted)"),
      width: 11,
      numberFormat: "0.00",
      formula: (f) =>
        `=IF(${a(f, "employeeId")}="","",SUMIFS(${f.col("training", "days")},${f.col("training", "rightKey")},"r${SEP}"&${year(f)}&"${SEP}"&${a(f, "employeeId")}))`,
    },
    {
      key: "remaining",
      header: t("Dagen resterend", "Days remaining"),
      width: 10,
      numberFormat: "0.00",
      formula: (f) => `=IF(ISNUMBER(${a(f, "due")}),MAX(0,${a(f, "due")}-${a(f, "followed")}),"")`,
    },
    {
      key: "flag",
      header: t("Signaal", "Flag"),
      width: 16,
      flag: NONE_FOLLOWED,
      formula: (f) =>
        `=IFERROR(IF(AND(ISNUMBER(${a(f, "months")}),${a(f, "months")}>0,${a(f, "followed")}=0),${f.text(NONE_FOLLOWED)},""),"")`,
    },
  ],
};

// ---- sociale balans ------------------------------------------------------------------------------

const TYPE_TEXT: Record<TrainingType, Text> = {
  formal: t(
    "Formele voortgezette beroepsopleiding ten laste van de werkgever",
    "Formal continuing vocational training paid by the employer",
  ),
  informal: t(
    "Minder formele of informele voortgezette beroepsopleiding",
    "Less formal or informal continuing vocational training",
  ),
  initial: t(
    "Initiële beroepsopleiding ten laste van de werkgever",
    "Initial vocational training paid by the employer",
  ),
};
const MEASURE_TEXT: Record<Measure, Text> = {
  workers: t("aantal betrokken werknemers", "number of workers involved"),
  hours: t("aantal gevolgde opleidingsuren", "number of training hours followed"),
  net: t("nettokosten voor de onderneming (€)", "net cost to the company (€)"),
  gross: t(
    "waarvan brutokosten rechtstreeks verbonden met de opleiding (€)",
    "of which gross costs directly linked to the training (€)",
  ),
  contributions: t(
    "waarvan betaalde bijdragen en stortingen aan collectieve fondsen (€)",
    "of which contributions paid to collective funds (€)",
  ),
  subsidies: t(
    "waarvan ontvangen tegemoetkomingen en andere financiële voordelen (in mindering) (€)",
    "of which subsidies and other financial benefits received (deducted) (€)",
  ),
};
const GENDER_TEXT: Record<(typeof GENDER_GROUPS)[number], Text> = {
  m: t("mannen", "men"),
  f: t("vrouwen", "women"),
  na: t("niet toegewezen (geslacht X, leeg of onbekend)", "not assigned (gender X, blank or unknown)"),
  total: t("totaal", "total"),
};

/** The table's rows: key, code, description (the value and helper cells are formulas). */
export function socialBalanceRows(lang: WbLang): (string | number | boolean)[][] {
  return SOCIAL_BALANCE_CODES.flatMap((c) =>
    GENDER_GROUPS.map((g) =>
      [
        `${c.type}.${c.measure}.${g}`,
        g === "m" ? c.m : g === "f" ? c.f : "",
        `${TYPE_TEXT[c.type][lang]} — ${MEASURE_TEXT[c.measure][lang]} — ${GENDER_TEXT[g][lang]}`,
        "",
        c.type,
        c.measure,
        g,
        "",
        "",
        "",
        "",
        "",
        "",
      ].map((v) => cellInput(v)),
    ),
  );
}

const sb = (f: FormulaBuilder, c: string) => f.at("socialBalance", c);
const tr = (f: FormulaBuilder, c: string) => f.col("training", c);

/** A register column summed over the row's type and year, for the row's gender group. */
function byGender(f: FormulaBuilder, column: string, extra = ""): string {
  const base = `${tr(f, column)},${tr(f, "personKey")},${sb(f, "pattern")}${extra}`;
  const m = `SUMIFS(${base},${tr(f, "gender")},"${GENDER.male[f.lang]}")`;
  const v = `SUMIFS(${base},${tr(f, "gender")},"${GENDER.female[f.lang]}")`;
  const all = `SUMIFS(${base})`;
  const g = sb(f, "genderGroup");
  return `=IFERROR(IF(${g}="m",${m},IF(${g}="f",${v},IF(${g}="na",${all}-${m}-${v},${all}))),"")`;
}

export const SOCIAL_BALANCE: TableSpec = {
  key: "socialBalance",
  name: TABLE_NAMES.socialBalance,
  sheet: t("Sociale balans", "Social balance sheet"),
  title: t(
    "Sociale balans: opleidingen in het analysejaar (codes 58xx, uit het opleidingsregister; alleen formules)",
    "Social balance sheet: training in the analysis year (codes 58xx, from the training register; formulas only)",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "key", header: t("Sleutel", "Key"), width: 24, text: true, hidden: true },
    { key: "code", header: t("Code", "Code"), width: 9, text: true },
    { key: "description", header: t("Omschrijving", "Description"), width: 90, text: true },
    {
      // one formula for the column: the row's measure from its helper cells
      key: "value",
      header: t("Waarde", "Value"),
      width: 14,
      formula: (f) => {
        const hc = `N(${f.setting("hourly_cost")})`;
        const gross = `${sb(f, "direct")}+${sb(f, "hours")}*${hc}`;
        return (
          `=IFERROR(ROUND(CHOOSE(MATCH(${sb(f, "measure")},{"workers","hours","net","gross","contributions","subsidies"},0),` +
          `${sb(f, "workers")},${sb(f, "hours")},${gross}+${sb(f, "contributions")}-${sb(f, "subsidies")},${gross},${sb(f, "contributions")},${sb(f, "subsidies")}),2),"")`
        );
      },
    },
    // hidden helpers: the row's type, measure and gender group (seeded), and its sums
    { key: "type", header: t("Soort (sleutel)", "Type (key)"), width: 10, text: true, hidden: true },
    { key: "measure", header: t("Maat (sleutel)", "Measure (key)"), width: 10, text: true, hidden: true },
    {
      key: "genderGroup",
      header: t("Geslachtsgroep (sleutel)", "Gender group (key)"),
      width: 8,
      text: true,
      hidden: true,
    },
    {
      // the register's person-type-year keys of this row's type in the analysis year
      key: "pattern",
      header: t("Patroon", "Pattern"),
      width: 20,
      hidden: true,
      formula: (f) => {
        const types = Object.keys(TRAINING_TYPE) as TrainingType[];
        return `=IFERROR("p${SEP}"&CHOOSE(MATCH(${sb(f, "type")},{${types.map((k) => `"${k}"`).join(",")}},0),${types.map((k) => f.text(TRAINING_TYPE[k])).join(",")})&"${SEP}"&${year(f)}&"${SEP}*","")`;
      },
    },
    {
      key: "workers",
      header: t("Werknemers", "Workers"),
      width: 10,
      hidden: true,
      formula: (f) => byGender(f, "first"),
    },
    {
      key: "hours",
      header: t("Uren", "Hours"),
      width: 10,
      hidden: true,
      formula: (f) => byGender(f, "hours", `,${tr(f, "hours")},">=0"`),
    },
    {
      key: "direct",
      header: t("Directe kost", "Direct cost"),
      width: 10,
      hidden: true,
      formula: (f) => byGender(f, "directCost"),
    },
    {
      key: "subsidies",
      header: t("Subsidies", "Subsidies"),
      width: 10,
      hidden: true,
      formula: (f) => byGender(f, "subsidy"),
    },
    {
      // formal only: wage bill × rate, split pro rata the headcount in service in the year
      key: "contributions",
      header: t("Bijdragen fondsen", "Fund contributions"),
      width: 10,
      hidden: true,
      formula: (f) => {
        const fund = `N(${f.setting("wage_bill")})*N(${f.setting("fund_rate")})`;
        const acc = (c: string) => f.col("accounts", c);
        const head = (g: string) => `COUNTIFS(${acc("gender")},"${g}",${acc("months")},">0")`;
        const all = `COUNTIFS(${acc("months")},">0")`;
        const m = `IF(${all}=0,0,${fund}*${head(GENDER.male[f.lang])}/${all})`;
        const v = `IF(${all}=0,0,${fund}*${head(GENDER.female[f.lang])}/${all})`;
        const g = sb(f, "genderGroup");
        return `=IFERROR(IF(${sb(f, "type")}<>"formal",0,IF(${g}="m",${m},IF(${g}="f",${v},IF(${g}="na",${fund}-${m}-${v},${fund})))),"")`;
      },
    },
  ],
};
