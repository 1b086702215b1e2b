/**
 * The training plan (issue 13, items 1 and 2): the Opleidingsplan sheet (VTO_Plan: one row per
 * planned action; the rows are the user's, the pane only appends them), the settings the statutory
 * layout needs (registered office, joint committee, union delegation, FTE of the reference period,
 * the target days per FTE) and the note above Prioriteiten that says which of its two plan columns
 * to read. Every formula follows src/domain/plan.ts step by step.
 */
import type { NeedState, PlanStatus, PlanType, RiskGroup, SubsidySource } from "../domain/plan";
import { NEED_STATUS, NO, NO_BUDGET, QUESTION_VERDICT, Text, WbLang, YES } from "./lang";
import { normalisedId } from "./questionSpecs";
import { budgetOk } from "./prioritySpecs";
import {
  amountColumn,
  ColumnSpec,
  fromName,
  list,
  LIST_NAMES,
  t,
  TABLE_NAMES,
  type TableSpec,
} from "./specKit";
import type { FormulaBuilder, SettingRow } from "./specs";

export type PlanSettingKey =
  | "registered_office"
  | "joint_committee"
  | "union_delegation"
  | "fte_reference"
  | "days_per_fte"
  | "optimum_date"
  | "optimum_fingerprint";

export const PLAN_TYPE: Record<PlanType, Text> = {
  formal: { nl: "formeel", en: "formal" },
  informal: { nl: "informeel", en: "informal" },
};
export const PLAN_STATUS: Record<PlanStatus, Text> = {
  planned: { nl: "gepland", en: "planned" },
  ongoing: { nl: "lopend", en: "ongoing" },
  done: { nl: "gerealiseerd", en: "done" },
};
export const SUBSIDY_SOURCE: Record<SubsidySource, Text> = {
  sectorFund: { nl: "sectorfonds", en: "sector fund" },
  vivo: { nl: "VIVO", en: "VIVO" },
  vov: { nl: "VOV", en: "VOV" },
  other: { nl: "andere", en: "other" },
};
export const NEED_STATE: Record<Exclude<NeedState, "blank">, Text> = {
  yes: { nl: "ja", en: "yes" },
  unknownQuestion: { nl: "leervraag bestaat niet", en: "question does not exist" },
  notRealNeed: { nl: "nee: geen echte behoefte meer", en: "no: no longer a real need" },
  notListed: { nl: "nee: niet op Prioriteiten", en: "no: not on Priorities" },
  notRanked: { nl: "nee: niet gerangschikt", en: "no: not ranked" },
};
export const RISK_GROUP: Record<RiskGroup, Text> = {
  age50: { nl: "50-plussers", en: "workers aged 50+" },
  disability: { nl: "personen met een handicap", en: "people with a disability" },
  nonEu: { nl: "niet-EU-nationaliteit", en: "non-EU nationality" },
  bottleneck: { nl: "knelpuntberoepen", en: "bottleneck occupations" },
};

/** The note above Prioriteiten: which plan column to read (see optimumNote). */
export const OPTIMUM_NOTE = {
  none: t(
    "Lees 'In plan': de behoeften in rangorde zolang het budget strekt; die kolom volgt elke wijziging. 'In budgetoptimum' is leeg: het taakvenster (Plan of Prioriteren) berekent de selectie met de hoogste totale score binnen het budget. Het opleidingsplan zelf staat op het blad Opleidingsplan.",
    "Read 'In plan': the needs in rank order while the budget lasts; that column follows every change. 'In budget optimum' is empty: the task pane (Plan or Prioritise) computes the selection with the highest total score within the budget. The training plan itself is on the Training plan sheet.",
  ),
  currentBefore: t("'In budgetoptimum' is berekend op ", "'In budget optimum' was computed on "),
  currentAfter: t(
    " en klopt nog met de huidige scores, kosten en het budget (hoogste totale score binnen het budget). 'In plan' volgt de rangorde. Het opleidingsplan zelf staat op het blad Opleidingsplan.",
    " and still matches the current scores, costs and budget (highest total score within the budget). 'In plan' follows the rank order. The training plan itself is on the Training plan sheet.",
  ),
  staleBefore: t(
    "VEROUDERD: 'In budgetoptimum' is berekend op ",
    "OUT OF DATE: 'In budget optimum' was computed on ",
  ),
  staleAfter: t(
    "; scores, kosten, behoeften of budget zijn sindsdien gewijzigd. Lees 'In plan' (volgt elke wijziging) of bereken het optimum opnieuw in het taakvenster.",
    "; scores, costs, needs or the budget changed since. Read 'In plan' (follows every change) or compute the optimum again in the task pane.",
  ),
  unknownDate: t("een onbekende datum", "an unknown date"),
};

export const PLAN_SETTING_ROWS: SettingRow[] = [
  {
    key: "registered_office",
    label: t("Maatschappelijke zetel", "Registered office"),
    value: () => "",
    help: t(
      "Adres van de maatschappelijke zetel (staat in het opleidingsplan).",
      "Address of the registered office (shown in the training plan).",
    ),
  },
  {
    key: "joint_committee",
    label: t("Paritair comité", "Joint committee"),
    value: () => "",
    help: t(
      "Nummer en naam van het paritair comité, bv. PC 330 (gezondheidsinrichtingen en -diensten).",
      "Number and name of the joint committee, e.g. PC 330 (health care institutions and services).",
    ),
  },
  {
    key: "union_delegation",
    label: t("Vakbondsafvaardiging", "Union delegation"),
    value: (l) => NO[l],
    help: t(
      "ja of nee. Het advies over het plan komt van de ondernemingsraad, anders de vakbondsafvaardiging, anders de werknemers.",
      "yes or no. The advice on the plan comes from the works council, else the union delegation, else the workers.",
    ),
  },
  {
    key: "fte_reference",
    label: t("VTE in de referentieperiode", "FTE in the reference period"),
    value: () => "",
    help: t(
      "Gemiddeld aantal voltijdse equivalenten (Q4 van jaar n-2 en Q1-Q3 van jaar n-1). Het plan deelt de geplande opleidingsdagen hierdoor.",
      "Average full-time equivalents (Q4 of year n-2 and Q1-Q3 of year n-1). The plan divides the planned training days by it.",
    ),
  },
  {
    key: "days_per_fte",
    label: t("Doel opleidingsdagen per VTE", "Target training days per FTE"),
    value: () => 5,
    help: t(
      "Het doel van de wet van 3 oktober 2022: 5 dagen per VTE per jaar; een sectorakkoord kan het lager zetten (minimaal 2).",
      "The target of the law of 3 October 2022: 5 days per FTE per year; a sector agreement may set it lower (at least 2).",
    ),
  },
  {
    key: "optimum_date",
    label: t("Budgetoptimum berekend op", "Budget optimum computed on"),
    value: () => "",
    help: t(
      "Ingevuld door het taakvenster wanneer het de kolom 'In budgetoptimum' schrijft.",
      "Filled in by the task pane when it writes the 'In budget optimum' column.",
    ),
  },
  {
    key: "optimum_fingerprint",
    label: t("Vingerafdruk budgetoptimum", "Budget optimum fingerprint"),
    value: () => "",
    help: t(
      "Ingevuld door het taakvenster: een getal uit de scores, kosten, uren en het budget op dat moment. Wijkt het af van wat Prioriteiten nu geeft, dan meldt dat blad dat het optimum verouderd is.",
      "Filled in by the task pane: a number from the scores, costs, hours and budget at that moment. When it differs from what Priorities gives now, that sheet says the optimum is out of date.",
    ),
  },
];

// ---- the optimum's fingerprint and the note above Prioriteiten ----------------------------------

const ranked = (f: FormulaBuilder) => `${f.col("priorities", "status")},${f.text(NEED_STATUS.ranked)}`;
const marked = (f: FormulaBuilder) => `${f.col("priorities", "optimum")},${f.text(YES)}`;
const hundredths = (x: string) => `ROUND((${x})*100,0)`;

/** optimumFingerprint() of src/domain/plan.ts over the Prioriteiten sheet as it is now. */
export function fingerprintFormula(f: FormulaBuilder): string {
  const sum = (c: string, only = false) =>
    `SUMIFS(${f.col("priorities", c)},${ranked(f)}${only ? `,${marked(f)}` : ""})`;
  const cap = f.setting("hours_cap");
  return (
    `${hundredths(sum("score"))}+7*${hundredths(sum("netCost"))}+13*${hundredths(sum("totalHours"))}` +
    `+1000003*COUNTIFS(${ranked(f)})` +
    `+17*${hundredths(`IF(${budgetOk(f)},${f.setting("budget")},-1)`)}` +
    `+19*${hundredths(`IF(ISNUMBER(${cap}),IF(${cap}>0,${cap},-1),-1)`)}` +
    `+23*${hundredths(sum("score", true))}+29*${hundredths(sum("netCost", true))}`
  );
}

/** d/m/yyyy without TEXT() (whose format codes Excel translates per locale). */
const dateText = (ref: string) => `DAY(${ref})&"/"&MONTH(${ref})&"/"&YEAR(${ref})`;

/** The note above Prioriteiten: which of "In plan" and "In budgetoptimum" to read, and whether the optimum is current. */
export function optimumNote(f: FormulaBuilder): string {
  const date = f.setting("optimum_date");
  const stored = f.setting("optimum_fingerprint");
  const when = `IFERROR(IF(ISNUMBER(${date}),${dateText(date)},${f.text(OPTIMUM_NOTE.unknownDate)}),${f.text(OPTIMUM_NOTE.unknownDate)})`;
  const current = `IFERROR(AND(ISNUMBER(${stored}),${stored}=${fingerprintFormula(f)}),FALSE())`;
  return (
    `=IF(COUNTIFS(${marked(f)})=0,${f.text(OPTIMUM_NOTE.none)},` +
    `IF(${current},${f.text(OPTIMUM_NOTE.currentBefore)}&${when}&${f.text(OPTIMUM_NOTE.currentAfter)},` +
    `${f.text(OPTIMUM_NOTE.staleBefore)}&${when}&${f.text(OPTIMUM_NOTE.staleAfter)}))`
  );
}

// ---- the plan table ---------------------------------------------------------------------------

const MONEY = "#,##0.00";
/** See HALF_UP in prioritySpecs.ts. */
const HALF_UP = "0.000000001";
const P = (f: FormulaBuilder, c: string) => f.at("plan", c);
/** An amount cell that is blank or a number of 0 or more (text, spaces or a negative number are not). */
const amountOk = (f: FormulaBuilder, c: string) =>
  `OR(${P(f, c)}="",AND(ISNUMBER(${P(f, c)}),${P(f, c)}>=0))`;
const questionMatch = (f: FormulaBuilder) => `MATCH(${P(f, "key")},${f.col("questions", "key")},0)`;
const priorityMatch = (f: FormulaBuilder) => `MATCH(${P(f, "key")},${f.col("priorities", "key")},0)`;
/** A list cell holds this choice (case and spaces at the ends aside). */
const is = (f: FormulaBuilder, c: string, choice: Text) => `TRIM(${P(f, c)}&"")=${f.text(choice)}`;

const yesNo = (key: string, header: Text, prompt: Text, width = 10): ColumnSpec => ({
  key,
  header,
  width,
  validation: (lang: WbLang) => list([YES[lang], NO[lang]], prompt, t("Kies ja of nee.", "Pick yes or no.")),
});
const listOfTexts = (m: Record<string, Text>, lang: WbLang) => Object.values(m).map((x) => x[lang]);

export const PLAN: TableSpec = {
  key: "plan",
  name: TABLE_NAMES.plan,
  sheet: t("Opleidingsplan", "Training plan"),
  title: t(
    "Opleidingsplan: de acties van dit jaar (jouw rijen; het taakvenster voegt alleen rijen toe)",
    "Training plan: this year's actions (your rows; the task pane only adds rows)",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    {
      key: "questionId",
      header: t("Leervraag-ID", "Question ID"),
      width: 11,
      text: true,
      validation: () =>
        fromName(
          LIST_NAMES.questionIds.name,
          t(
            "De leervraag (blad Leervragen) waarop deze actie antwoordt; leeg voor een actie zonder leervraag.",
            "The learning question (Learning questions sheet) this action answers; blank for an action without one.",
          ),
          t(
            "Deze leervraag-ID staat niet op het blad Leervragen.",
            "This question ID is not on the Learning questions sheet.",
          ),
        ),
    },
    { key: "action", header: t("Actie of opleiding", "Action or training"), width: 30, text: true },
    {
      key: "type",
      header: t("Type", "Type"),
      width: 10,
      validation: (lang) =>
        list(
          listOfTexts(PLAN_TYPE, lang),
          t(
            "formeel: georganiseerd door een opleider, los van de werkplek; informeel: zelf georganiseerd, op het werk (coaching, leren op de werkvloer, congres).",
            "formal: organised by a trainer, away from the workplace; informal: self-organised, on the job (coaching, on-the-job learning, conference).",
          ),
          t("Kies formeel of informeel.", "Pick formal or informal."),
        ),
    },
    {
      key: "targetGroup",
      header: t("Doelgroep (team, functie, iedereen)", "Target group (team, function, all)"),
      width: 22,
      text: true,
    },
    yesNo(
      "risk50",
      t("Aandacht 50+", "Focus 50+"),
      t(
        "Besteedt deze actie bijzondere aandacht aan werknemers van 50 jaar of ouder?",
        "Does this action pay special attention to workers aged 50 or over?",
      ),
    ),
    yesNo(
      "riskDisability",
      t("Aandacht handicap", "Focus disability"),
      t(
        "Bijzondere aandacht voor werknemers met een handicap?",
        "Special attention to workers with a disability?",
      ),
    ),
    yesNo(
      "riskNonEu",
      t("Aandacht niet-EU", "Focus non-EU"),
      t(
        "Bijzondere aandacht voor werknemers met een niet-EU-nationaliteit?",
        "Special attention to workers of non-EU nationality?",
      ),
    ),
    yesNo(
      "riskBottleneck",
      t("Knelpuntberoep", "Bottleneck occupation"),
      t("Gaat het om een knelpuntberoep?", "Does it concern a bottleneck occupation?"),
    ),
    yesNo(
      "gender",
      t("Aandacht gender", "Focus gender"),
      t(
        "Let deze actie op een evenwichtige deelname van mannen en vrouwen?",
        "Does this action see to a balanced participation of men and women?",
      ),
    ),
    amountColumn(
      "participants",
      t("Deelnemers", "Participants"),
      10,
      "0",
      t("Aantal deelnemers.", "Number of participants."),
    ),
    amountColumn(
      "hoursPerParticipant",
      t("Uren per deelnemer", "Hours per participant"),
      10,
      "0.0",
      t("Opleidingsuren per deelnemer.", "Training hours per participant."),
    ),
    {
      key: "quarter",
      header: t("Kwartaal", "Quarter"),
      width: 9,
      numberFormat: "0",
      validation: () => ({
        rule: { wholeNumber: { formula1: 1, formula2: 4, operator: "Between" } },
        prompt: t("Het kwartaal waarin de actie loopt: 1 tot 4.", "The quarter the action runs in: 1 to 4."),
        error: t("Geef een kwartaal van 1 tot 4.", "Enter a quarter from 1 to 4."),
      }),
    },
    { key: "provider", header: t("Aanbieder", "Provider"), width: 20, text: true },
    amountColumn(
      "directCost",
      t("Directe kost (€)", "Direct cost (€)"),
      12,
      MONEY,
      t(
        "Factuur van lesgever, inschrijving, zaal, materiaal, verplaatsing…",
        "Trainer's invoice, fees, room, material, travel…",
      ),
    ),
    amountColumn(
      "subsidy",
      t("Subsidie (€)", "Subsidy (€)"),
      12,
      MONEY,
      t(
        "Tussenkomst van een sectorfonds, VIVO, VOV of andere.",
        "Contribution of a sector fund, VIVO, VOV or other.",
      ),
    ),
    {
      key: "subsidySource",
      header: t("Bron subsidie", "Subsidy source"),
      width: 12,
      validation: (lang) =>
        list(
          listOfTexts(SUBSIDY_SOURCE, lang),
          t("Sectorfonds, VIVO, VOV of andere.", "Sector fund, VIVO, VOV or other."),
          t("Kies een bron uit de lijst.", "Pick a source from the list."),
        ),
    },
    {
      key: "status",
      header: t("Status", "Status"),
      width: 12,
      validation: (lang) =>
        list(
          listOfTexts(PLAN_STATUS, lang),
          t("gepland, lopend of gerealiseerd.", "planned, ongoing or done."),
          t("Kies gepland, lopend of gerealiseerd.", "Pick planned, ongoing or done."),
        ),
    },
    { key: "note", header: t("Notitie", "Note"), width: 24, text: true },
    // ---- computed
    {
      key: "totalHours",
      header: t("Totaal uren", "Total hours"),
      width: 10,
      numberFormat: "0.0",
      formula: (f) => {
        const [p, h] = [P(f, "participants"), P(f, "hoursPerParticipant")];
        return `=IF(AND(ISNUMBER(${p}),ISNUMBER(${h})),IF(AND(${p}>=0,${h}>=0),${p}*${h},""),"")`;
      },
    },
    {
      key: "days",
      header: t("Dagen", "Days"),
      width: 8,
      numberFormat: "0.00",
      formula: (f) => {
        const d = f.setting("hours_per_day");
        return `=IF(${P(f, "totalHours")}="","",IFERROR(IF(AND(ISNUMBER(${d}),${d}>0),${P(f, "totalHours")}/${d},""),""))`;
      },
    },
    {
      key: "internalCost",
      header: t("Interne kost (€)", "Internal cost (€)"),
      width: 12,
      numberFormat: MONEY,
      formula: (f) => `=IF(${P(f, "totalHours")}="","",${P(f, "totalHours")}*N(${f.setting("hourly_cost")}))`,
    },
    {
      key: "netCost",
      header: t("Nettokost (€)", "Net cost (€)"),
      width: 12,
      numberFormat: MONEY,
      // blank while an amount is invalid, or while nothing makes a cost (no hours, no direct cost)
      formula: (f) => {
        const ok = ["participants", "hoursPerParticipant", "directCost", "subsidy"].map((c) =>
          amountOk(f, c),
        );
        return (
          `=IF(OR(NOT(AND(${ok.join(",")})),AND(${P(f, "totalHours")}="",${P(f, "directCost")}="")),"",` +
          `ROUND(MAX(0,N(${P(f, "directCost")})+N(${P(f, "internalCost")})-N(${P(f, "subsidy")}))+${HALF_UP},2))`
        );
      },
    },
    {
      key: "position",
      header: t("Nr", "No"),
      width: 6,
      numberFormat: "0",
      formula: (f) => `=ROW()-ROW(${f.head("plan", "position")})`,
    },
    {
      key: "cumulative",
      header: t("Cumulatieve kost (€)", "Cumulative cost (€)"),
      width: 13,
      numberFormat: MONEY,
      formula: (f) =>
        `=IF(${P(f, "netCost")}="","",ROUND(SUMIFS(${f.col("plan", "netCost")},${f.col("plan", "position")},"<="&${P(f, "position")}),2))`,
    },
    {
      key: "withinBudget",
      header: t("Binnen budget", "Within budget"),
      width: 10,
      formula: (f) =>
        `=IF(${P(f, "cumulative")}="","",IF(NOT(${budgetOk(f)}),${f.text(NO_BUDGET)},IF(ROUND(${P(f, "cumulative")},2)<=${f.setting("budget")},${f.text(YES)},${f.text(NO)})))`,
    },
    {
      key: "need",
      header: t("Nog echte behoefte (gerangschikt)", "Still a real need (ranked)"),
      width: 22,
      formula: (f) => {
        const verdict = `INDEX(${f.col("questions", "verdict")},${questionMatch(f)})`;
        return (
          `=IF(${P(f, "key")}="","",IF(ISNA(${questionMatch(f)}),${f.text(NEED_STATE.unknownQuestion)},` +
          `IF(NOT(OR(${verdict}=${f.text(QUESTION_VERDICT.realNeed)},${verdict}=${f.text(QUESTION_VERDICT.toReview)})),${f.text(NEED_STATE.notRealNeed)},` +
          `IF(ISNA(${priorityMatch(f)}),${f.text(NEED_STATE.notListed)},` +
          `IF(INDEX(${f.col("priorities", "status")},${priorityMatch(f)})=${f.text(NEED_STATUS.ranked)},${f.text(NEED_STATE.yes)},${f.text(NEED_STATE.notRanked)})))))`
        );
      },
    },
    {
      key: "rank",
      header: t("Rang", "Rank"),
      width: 7,
      numberFormat: "0",
      formula: (f) =>
        `=IF(${P(f, "need")}=${f.text(NEED_STATE.yes)},INDEX(${f.col("priorities", "rank")},${priorityMatch(f)}),"")`,
    },
    {
      // the order the statutory layout lists the actions in: formal first, then informal, each by row
      key: "listKey",
      header: t("Volgorde wettelijk plan", "Statutory plan order"),
      width: 10,
      numberFormat: "0",
      formula: (f) =>
        `=IF(${is(f, "type", PLAN_TYPE.formal)},100000+${P(f, "position")},IF(${is(f, "type", PLAN_TYPE.informal)},200000+${P(f, "position")},""))`,
    },
    {
      key: "key",
      header: t("Sleutel leervraag", "Key of question"),
      width: 11,
      formula: (f) => `=${normalisedId(P(f, "questionId"))}`,
    },
    {
      // realisedHours() of src/domain/plan.ts; the register's question IDs normalised as the key
      // column does. ISNUMBER: hours typed as text count 0 (SUMPRODUCT alone would take "7" as 7
      // in some engines and as 0 in Excel)
      key: "realisedHours",
      header: t("Gerealiseerde uren (register, analysejaar)", "Realised hours (register, analysis year)"),
      width: 14,
      numberFormat: "0.0",
      formula: (f) => {
        const y = f.setting("analysis_year");
        const hours = f.col("training", "hours");
        return (
          `=IF(OR(${P(f, "key")}="",NOT(ISNUMBER(${y}))),"",SUMPRODUCT(` +
          `--(${normalisedId(f.col("training", "questionId"))}=${P(f, "key")}),` +
          `--(TRIM(${f.col("training", "followed")}&"")=${f.text(YES)}),` +
          `--(${f.col("training", "year")}=${y}),--ISNUMBER(${hours}),--(${hours}>=0),${hours}))`
        );
      },
    },
  ],
};

// ---- the statutory plan: the facts the works council gets (formulas only, one row each) ----------

export interface StatutoryRow {
  key: string;
  label: Text;
  value: (f: FormulaBuilder) => string;
  numberFormat?: string;
  help: Text;
}

const col = (f: FormulaBuilder, c: string) => f.col("plan", c);
const typeRange = (f: FormulaBuilder, from: number, to: number) =>
  `${col(f, "listKey")},">=${from}",${col(f, "listKey")},"<${to}"`;
const settingText = (key: PlanSettingKey | "organisation") => (f: FormulaBuilder) => `=${f.setting(key)}&""`;
const fteOk = (f: FormulaBuilder) => `ISNUMBER(${f.setting("fte_reference")})`;
const deadline = (month: number, day: number) => (f: FormulaBuilder) => {
  const y = f.setting("analysis_year");
  // as text dd/mm/yyyy (a general cell would show a date's serial; TEXT's codes differ per locale)
  const pad = (n: number) => String(n).padStart(2, "0");
  return `=IF(ISNUMBER(${y}),"${pad(day)}/${pad(month)}/"&YEAR(DATE(${y},${month},${day})),"")`;
};
const perType = (from: number, to: number, what: "count" | "participants" | "days") => (f: FormulaBuilder) =>
  what === "count"
    ? `=COUNTIFS(${typeRange(f, from, to)})`
    : what === "days"
      ? `=ROUND(SUMIFS(${col(f, "days")},${typeRange(f, from, to)}),2)`
      : `=SUMIFS(${col(f, "participants")},${typeRange(f, from, to)})`;
const yesCount = (c: string) => (f: FormulaBuilder) => `=COUNTIF(${col(f, c)},${f.text(YES)})`;

export const STATUTORY_ROWS: StatutoryRow[] = [
  {
    key: "organisation",
    label: t("Organisatie", "Organisation"),
    value: settingText("organisation"),
    help: t("Uit Instellingen.", "From Settings."),
  },
  {
    key: "registered_office",
    label: t("Maatschappelijke zetel", "Registered office"),
    value: settingText("registered_office"),
    help: t("Uit Instellingen.", "From Settings."),
  },
  {
    key: "joint_committee",
    label: t("Paritair comité", "Joint committee"),
    value: settingText("joint_committee"),
    help: t("Uit Instellingen.", "From Settings."),
  },
  {
    key: "union_delegation",
    label: t("Vakbondsafvaardiging", "Union delegation"),
    value: settingText("union_delegation"),
    help: t("Uit Instellingen.", "From Settings."),
  },
  {
    key: "year",
    label: t("Plan voor het jaar", "Plan for the year"),
    value: (f) => `=${f.setting("analysis_year")}`,
    numberFormat: "0",
    help: t("Het analysejaar (Instellingen).", "The analysis year (Settings)."),
  },
  {
    key: "fte",
    label: t("VTE in de referentieperiode", "FTE in the reference period"),
    value: (f) => `=IF(${fteOk(f)},IF(${f.setting("fte_reference")}>0,${f.setting("fte_reference")},""),"")`,
    numberFormat: "0.0",
    help: t(
      "Uit Instellingen (Q4 van jaar n-2 en Q1-Q3 van jaar n-1); leeg tot het ingevuld is.",
      "From Settings (Q4 of year n-2 and Q1-Q3 of year n-1); blank until filled in.",
    ),
  },
  {
    key: "planned_days",
    label: t("Geplande opleidingsdagen", "Planned training days"),
    value: (f) => `=ROUND(SUM(${col(f, "days")}),2)`,
    numberFormat: "0.0",
    help: t("Som van de dagen op het blad Opleidingsplan.", "Sum of the days on the Training plan sheet."),
  },
  {
    key: "days_per_fte",
    label: t("Geplande dagen per VTE", "Planned days per FTE"),
    value: (f) =>
      `=IF(${fteOk(f)},IF(${f.setting("fte_reference")}>0,ROUND(SUM(${col(f, "days")})/${f.setting("fte_reference")},2),""),"")`,
    numberFormat: "0.00",
    help: t("Geplande dagen ÷ VTE.", "Planned days ÷ FTE."),
  },
  {
    key: "target",
    label: t("Doel dagen per VTE", "Target days per FTE"),
    value: (f) => `=${f.setting("days_per_fte")}`,
    numberFormat: "0.0",
    help: t("Wet van 3 oktober 2022: 5 (Instellingen).", "Law of 3 October 2022: 5 (Settings)."),
  },
  {
    key: "shortfall",
    label: t("Nog te gaan tot het doel (dagen per VTE)", "Still to go to the target (days per FTE)"),
    value: (f) => {
      const now = `SUM(${col(f, "days")})/${f.setting("fte_reference")}`;
      return `=IFERROR(IF(AND(${fteOk(f)},ISNUMBER(${f.setting("days_per_fte")})),IF(${f.setting("fte_reference")}>0,ROUND(MAX(0,${f.setting("days_per_fte")}-${now}),2),""),""),"")`;
    },
    numberFormat: "0.00",
    help: t(
      "0: het plan haalt het doel. Ook gevolgde opleidingen buiten dit plan tellen mee voor het recht.",
      "0: the plan reaches the target. Trainings followed outside this plan count toward the right too.",
    ),
  },
  {
    key: "formal_count",
    label: t("Formele acties", "Formal actions"),
    value: perType(100000, 200000, "count"),
    numberFormat: "0",
    help: t(
      "Georganiseerd door een opleider, los van de werkplek; doelgroepen: zie Opleidingsplan.",
      "Organised by a trainer, away from the workplace; target groups: see Training plan.",
    ),
  },
  {
    key: "formal_participants",
    label: t("Deelnemers formeel", "Participants formal"),
    value: perType(100000, 200000, "participants"),
    numberFormat: "0",
    help: t("Som van de deelnemers.", "Sum of the participants."),
  },
  {
    key: "formal_days",
    label: t("Dagen formeel", "Days formal"),
    value: perType(100000, 200000, "days"),
    numberFormat: "0.0",
    help: t("Som van de dagen.", "Sum of the days."),
  },
  {
    key: "informal_count",
    label: t("Informele acties", "Informal actions"),
    value: perType(200000, 300000, "count"),
    numberFormat: "0",
    help: t(
      "Zelf georganiseerd, op het werk (coaching, leren op de werkvloer, congres).",
      "Self-organised, on the job (coaching, on-the-job learning, conference).",
    ),
  },
  {
    key: "informal_participants",
    label: t("Deelnemers informeel", "Participants informal"),
    value: perType(200000, 300000, "participants"),
    numberFormat: "0",
    help: t("Som van de deelnemers.", "Sum of the participants."),
  },
  {
    key: "informal_days",
    label: t("Dagen informeel", "Days informal"),
    value: perType(200000, 300000, "days"),
    numberFormat: "0.0",
    help: t("Som van de dagen.", "Sum of the days."),
  },
  {
    key: "risk50",
    label: t("Acties met aandacht voor 50-plussers", "Actions paying attention to workers aged 50+"),
    value: yesCount("risk50"),
    numberFormat: "0",
    help: t("Risicogroep (wet van 3 oktober 2022).", "Risk group (law of 3 October 2022)."),
  },
  {
    key: "riskDisability",
    label: t("… voor werknemers met een handicap", "… to workers with a disability"),
    value: yesCount("riskDisability"),
    numberFormat: "0",
    help: t("Risicogroep.", "Risk group."),
  },
  {
    key: "riskNonEu",
    label: t("… voor werknemers met een niet-EU-nationaliteit", "… to workers of non-EU nationality"),
    value: yesCount("riskNonEu"),
    numberFormat: "0",
    help: t("Risicogroep.", "Risk group."),
  },
  {
    key: "riskBottleneck",
    label: t("… voor knelpuntberoepen", "… to bottleneck occupations"),
    value: yesCount("riskBottleneck"),
    numberFormat: "0",
    help: t("Risicogroep.", "Risk group."),
  },
  {
    key: "gender",
    label: t("… voor gelijke kansen van mannen en vrouwen", "… to equal chances for men and women"),
    value: yesCount("gender"),
    numberFormat: "0",
    help: t("Gelijke behandeling van mannen en vrouwen.", "Equal treatment of men and women."),
  },
  {
    key: "documents_by",
    label: t("Documenten aan de ondernemingsraad uiterlijk", "Documents to the works council by"),
    value: deadline(2, 28),
    numberFormat: "dd/mm/yyyy",
    help: t(
      "Minstens 15 dagen vóór de vergadering over het advies.",
      "At least 15 days before the meeting on the advice.",
    ),
  },
  {
    key: "advice_by",
    label: t("Advies van de ondernemingsraad uiterlijk", "Advice of the works council by"),
    value: deadline(3, 15),
    numberFormat: "dd/mm/yyyy",
    help: t(
      "Anders de vakbondsafvaardiging, anders de werknemers.",
      "Else the union delegation, else the workers.",
    ),
  },
  {
    key: "plan_by",
    label: t("Opleidingsplan klaar uiterlijk", "Training plan ready by"),
    value: deadline(3, 31),
    numberFormat: "dd/mm/yyyy",
    help: t(
      "Voor werkgevers met minstens 20 werknemers; bewaard in de onderneming.",
      "For employers with at least 20 workers; kept in-house.",
    ),
  },
];

export const STATUTORY: TableSpec = {
  key: "statutory",
  name: TABLE_NAMES.statutory,
  sheet: t("Wettelijk opleidingsplan", "Statutory training plan"),
  title: t(
    "Opleidingsplan voor de ondernemingsraad (wet van 3 oktober 2022; alleen formules) — de acties zelf: blad Opleidingsplan",
    "Training plan for the works council (law of 3 October 2022; formulas only) — the actions themselves: Training plan sheet",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "key", header: t("Sleutel", "Key"), width: 16, text: true, hidden: true },
    { key: "label", header: t("Onderdeel", "Item"), width: 46, text: true },
    {
      // one formula for the whole column (a table column of different formulas would be filled
      // over by Excel's calculated column): each row's expression chosen by its key
      key: "value",
      header: t("Waarde", "Value"),
      width: 34,
      formula: (f) =>
        `=IFERROR(CHOOSE(MATCH(TRIM(${f.at("statutory", "key")}&""),{${STATUTORY_ROWS.map((r) => `"${r.key}"`).join(",")}},0),` +
        `${STATUTORY_ROWS.map((r) => r.value(f).slice(1)).join(",")}),"")`,
    },
    { key: "help", header: t("Toelichting", "Explanation"), width: 70, text: true },
  ],
};

// ---- the chart data beside the statutory plan (formulas only, rows seeded by key) ----------------

/** One formula for a whole column: each row's expression chosen by its key (see STATUTORY). */
const byKey = (f: FormulaBuilder, table: "planQuarters" | "planDays", keys: string[], values: string[]) =>
  `=IFERROR(CHOOSE(MATCH(TRIM(${f.at(table, "key")}&""),{${keys.map((k) => `"${k}"`).join(",")}},0),` +
  `${values.join(",")}),"")`;

export const QUARTER_KEYS = ["q1", "q2", "q3", "q4"];

/**
 * The plan's net cost per quarter (netCostByQuarter of src/domain/plan.ts): the plan rows whose
 * quarter is the number 1–4 (a quarter typed as text or blank counts nowhere), their net cost (a
 * blank one counts 0), to the cent. The data of the chart VTO_ChartPlanQuarters.
 */
export const PLAN_QUARTERS: TableSpec = {
  key: "planQuarters",
  name: TABLE_NAMES.planQuarters,
  sheet: t("Wettelijk opleidingsplan", "Statutory training plan"),
  title: t("Nettokost van het plan per kwartaal", "Net cost of the plan per quarter"),
  anchor: { row: 2, col: 5 },
  notPrinted: true,
  columns: [
    { key: "key", header: t("Sleutel kwartaal", "Key of quarter"), width: 8, text: true, hidden: true },
    {
      key: "label",
      header: t("Kwartaal", "Quarter"),
      width: 12,
      formula: (f) =>
        byKey(
          f,
          "planQuarters",
          QUARTER_KEYS,
          QUARTER_KEYS.map((_, i) => `${f.text(t("Kwartaal ", "Quarter "))}&${i + 1}`),
        ),
    },
    {
      key: "netCost",
      header: t("Nettokost plan (€)", "Plan net cost (€)"),
      width: 16,
      numberFormat: MONEY,
      formula: (f) => {
        const q = col(f, "quarter");
        const net = col(f, "netCost");
        return byKey(
          f,
          "planQuarters",
          QUARTER_KEYS,
          QUARTER_KEYS.map(
            (_, i) => `ROUND(SUMPRODUCT(--ISNUMBER(${q}),--(${q}=${i + 1}),--ISNUMBER(${net}),${net}),2)`,
          ),
        );
      },
    },
  ],
};

export const DAYS_KEYS = ["planned", "followed", "target"];
/** The labels of VTO_PlanDays' rows (the chart's categories). */
export const DAYS_LABEL = {
  planned: t("Gepland (opleidingsplan)", "Planned (training plan)"),
  followed: t("Gevolgd (register, telt voor het recht)", "Followed (register, counts for the right)"),
  target: t("Doel", "Target"),
};

/**
 * Training days per FTE against the target: planned (the statutory plan's planned days per FTE),
 * followed (the training accounts' organisation figure: days followed that count ÷ FTE over the
 * year) and the target (days_per_fte), each to 2 decimals, blank where it cannot be computed. The
 * data of the chart VTO_ChartDaysPerFte.
 */
export const PLAN_DAYS: TableSpec = {
  key: "planDays",
  name: TABLE_NAMES.planDays,
  sheet: t("Wettelijk opleidingsplan", "Statutory training plan"),
  title: t("Opleidingsdagen per VTE tegenover het doel", "Training days per FTE against the target"),
  anchor: { row: 2, col: 9 },
  notPrinted: true,
  columns: [
    { key: "key", header: t("Sleutel dagen", "Key of days"), width: 8, text: true, hidden: true },
    {
      key: "label",
      header: t("Dagen per VTE", "Days per FTE"),
      width: 22,
      formula: (f) =>
        byKey(
          f,
          "planDays",
          DAYS_KEYS,
          DAYS_KEYS.map((k) => f.text(DAYS_LABEL[k as keyof typeof DAYS_LABEL])),
        ),
    },
    {
      key: "value",
      header: t("Dagen", "Days"),
      width: 10,
      numberFormat: "0.00",
      formula: (f) => {
        const fte = f.setting("fte_reference");
        const target = f.setting("days_per_fte");
        const acc = (c: string) => `SUM(${f.col("accounts", c)})`;
        return byKey(f, "planDays", DAYS_KEYS, [
          `IF(ISNUMBER(${fte}),IF(${fte}>0,ROUND(SUM(${col(f, "days")})/${fte},2),""),"")`,
          `IF(${acc("fteYear")}>0,ROUND(${acc("followed")}/${acc("fteYear")},2),"")`,
          `IF(ISNUMBER(${target}),ROUND(${target},2),"")`,
        ]);
      },
    },
  ],
};

/** The charts beside the statutory plan, on the two tables' whole columns (found again by name). */
export const PLAN_CHARTS = {
  quarters: {
    name: "VTO_ChartPlanQuarters",
    type: "ColumnClustered",
    table: "planQuarters" as const,
    at: ["F9", "L24"] as [string, string],
    title: t(
      "Nettokost van het opleidingsplan per kwartaal (€)",
      "Net cost of the training plan per quarter (€)",
    ),
  },
  days: {
    name: "VTO_ChartDaysPerFte",
    type: "BarClustered",
    table: "planDays" as const,
    at: ["F26", "L41"] as [string, string],
    title: t("Opleidingsdagen per VTE tegenover het doel", "Training days per FTE against the target"),
  },
};
