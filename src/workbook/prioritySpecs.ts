/**
 * Baert priorities in the workbook (issue 6): the weights beside the settings, the Prioriteiten
 * sheet (one row per real training need: scores, raw investment figures, computed costs,
 * investment score, weighted score, rank, plan) and the Rangorde sheet that walks the ranks
 * within the budget. Every step follows prioritise() in src/domain/priorities.ts.
 */
import { CRITERIA, Criterion, CRITERION_DIRECTION, SCORE_MAX, SCORE_MIN, SCORED } from "../domain/priorities";
import {
  CRITERION,
  DIRECTION,
  FIXED_DIRECTION,
  NEED_STATUS,
  NO,
  NO_BUDGET,
  QUESTION_VERDICT,
  RANKING_SHORT,
  RANKING_SHORT_WARNING,
  RANKING_SHORT_WARNING_MANY,
  RANKING_SHORT_WARNING_ONE,
  STATUS_SEPARATOR,
  SUBSIDY_EXCEEDS,
  Text,
  WbLang,
  WEIGHTS_OK,
  YES,
} from "./lang";
import { cellInput } from "./cellText";
import { legacyOf, PRIORITIES_V1, RANKING_V1 } from "./priorityLegacy";
import { normalisedId } from "./questionSpecs";
import { amountColumn, ColumnSpec, fromName, t, TABLE_NAMES, type TableSpec } from "./specKit";
import type { FormulaBuilder, SettingRow } from "./specs";

export type PrioritySettingKey =
  | "hourly_cost"
  | "budget"
  | "hours_cap"
  | "min_feasibility"
  | "invest_band_1"
  | "invest_band_2"
  | "invest_band_3"
  | "invest_band_4"
  | "weights_total"
  | "weights_check";

export const DEFAULT_WEIGHTS: Record<Criterion, number> = {
  investment: 0.2,
  urgency: 0.2,
  success: 0.15,
  equity: 0.1,
  feasibility: 0.1,
  efficiency: 0.1,
  strategic: 0.15,
};

const W = (f: FormulaBuilder) => ({
  weight: f.col("weights", "weight"),
  key: f.col("weights", "key"),
  direction: f.col("weights", "direction"),
});

/** The weights are usable: seven rows, each criterion once, numbers ≥ 0 summing to 100 %. */
export function weightsOk(f: FormulaBuilder): string {
  const w = W(f);
  return (
    `AND(ROWS(${w.weight})=${CRITERIA.length},COUNT(${w.weight})=${CRITERIA.length},` +
    `COUNTIF(${w.weight},"<0")=0,ABS(SUM(${w.weight})-1)<0.000001,` +
    CRITERIA.map((c) => `ISNUMBER(MATCH("${c}",${w.key},0))`).join(",") +
    `)`
  );
}

const band = (n: number, upTo: number, score: number): SettingRow => ({
  key: `invest_band_${n}` as PrioritySettingKey,
  label: t(`Investeringsscore ${score} tot en met (€)`, `Investment score ${score} up to (€)`),
  value: () => upTo,
  help: t(
    `Nettokost tot en met dit bedrag geeft investeringsscore ${score}${n === 4 ? "; hoger geeft 1" : ""}. De financiële dienst kan de banden aanpassen.`,
    `A net cost up to this amount gives investment score ${score}${n === 4 ? "; more gives 1" : ""}. The finance department can adjust the bands.`,
  ),
});

export const PRIORITY_SETTING_ROWS: SettingRow[] = [
  {
    key: "hourly_cost",
    label: t("Interne uurkost (€)", "Internal hourly cost (€)"),
    value: () => 45,
    help: t(
      "Loonkost per opleidingsuur van een deelnemer; geeft de interne kost.",
      "Wage cost per training hour of a participant; gives the internal cost.",
    ),
  },
  {
    key: "budget",
    label: t("VTO-budget (€)", "Training budget (€)"),
    value: () => 25000,
    help: t(
      "Het plan neemt behoeften in rangorde op zolang de opgetelde nettokost binnen dit budget blijft.",
      "The plan takes needs in rank order while the summed net cost stays within this budget.",
    ),
  },
  {
    key: "hours_cap",
    label: t("Maximum opleidingsuren (optioneel)", "Maximum training hours (optional)"),
    value: () => "",
    help: t(
      "Alleen voor het budgetoptimum in het taakvenster; leeg = geen grens.",
      "Only for the budget optimum in the task pane; blank = no cap.",
    ),
  },
  {
    key: "min_feasibility",
    label: t("Minimale haalbaarheid", "Minimum feasibility"),
    value: () => 2,
    help: t(
      "Een behoefte met een lagere haalbaarheidsscore is niet haalbaar en krijgt geen rang.",
      "A need with a lower feasibility score is not feasible and gets no rank.",
    ),
  },
  band(1, 1000, 5),
  band(2, 2500, 4),
  band(3, 5000, 3),
  band(4, 10000, 2),
  {
    key: "weights_total",
    label: t("Som van de gewichten", "Sum of the weights"),
    value: () => "",
    formula: (f) => `=SUM(${W(f).weight})`,
    help: t("Moet 100\u00a0% zijn.", "Must be 100\u00a0%."),
  },
  {
    key: "weights_check",
    label: t("Controle gewichten", "Weights check"),
    value: () => "",
    formula: (f) => `=IF(${weightsOk(f)},${f.text(WEIGHTS_OK)},${f.text(NEED_STATUS.weightsInvalid)})`,
    help: t(
      "Zolang de gewichten niet op 100\u00a0% uitkomen, tonen de scores een melding in plaats van een getal.",
      "While the weights do not add up to 100\u00a0%, the scores show a message instead of a number.",
    ),
  },
];

// ---- weights --------------------------------------------------------------------------------

const CRITERION_HELP: Record<Criterion, Text> = {
  investment: t(
    "Tijd, mensen, geld. Score uit de nettokost via de banden: 5 = goedkoopst. Altijd een kost, één keer toegepast: de banden keren de nettokost om, het gewicht niet nog eens.",
    "Time, people, money. Score from the net cost via the bands: 5 = cheapest. Always a cost, applied once: the bands reverse the net cost, the weight does not reverse it again.",
  ),
  urgency: t("Moet het probleem dringend opgelost worden?", "Must the problem be solved urgently?"),
  success: t(
    "Leervermogen en veranderingsbereidheid van de betrokken medewerkers.",
    "Learning ability and willingness to change of the employees concerned.",
  ),
  equity: t(
    "Krijgen nu ook anderen een kans, of steeds dezelfden?",
    "Do others get a chance now, or always the same people?",
  ),
  feasibility: t(
    "Is het relatief makkelijk aan te pakken? Is er aanbod, kunnen we het zelf?",
    "Is it relatively easy to tackle? Is there an offer, can we do it ourselves?",
  ),
  efficiency: t(
    "Gaat het om de kerntaak van de betrokkenen?",
    "Does it concern the core task of those involved?",
  ),
  strategic: t(
    "Past het bij de strategische doelstellingen van de organisatie?",
    "Does it fit the organisation's strategic objectives?",
  ),
};

export function weightRows(lang: WbLang): (string | number)[][] {
  // the direction column is computed (its formula is written with the column's other cells)
  return CRITERIA.map((c) => [
    c,
    cellInput(CRITERION[c][lang]) as string,
    DEFAULT_WEIGHTS[c],
    "",
    cellInput(CRITERION_HELP[c][lang]) as string,
  ]);
}

export const WEIGHTS: TableSpec = {
  key: "weights",
  name: TABLE_NAMES.weights,
  sheet: t("Instellingen", "Settings"),
  title: t("Gewichten van de criteria (Baert)", "Criterion weights (Baert)"),
  anchor: { row: 2, col: 8 },
  columns: [
    { key: "key", header: t("Sleutel", "Key"), width: 12, text: true, hidden: true },
    { key: "criterion", header: t("Criterium", "Criterion"), width: 24, text: true },
    {
      key: "weight",
      header: t("Gewicht", "Weight"),
      width: 10,
      numberFormat: "0.0%",
      validation: () => ({
        rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
        prompt: t(
          "Gewicht in procent; de zeven gewichten tellen op tot 100\u00a0%. Of stel ze in via het taakvenster (Prioriteren).",
          "Weight in percent; the seven weights add up to 100\u00a0%. Or set them in the task pane (Prioritise).",
        ),
        error: t(
          "Geef een percentage van 0\u00a0% tot 100\u00a0%.",
          "Enter a percentage from 0\u00a0% to 100\u00a0%.",
        ),
      }),
    },
    {
      key: "direction",
      header: t("Richting", "Direction"),
      width: 34,
      // fixed per criterion (CRITERION_DIRECTION); earlier versions had a list baat/kost here that the
      // formulas read: its default "baat" is ours to replace, a "kost" someone chose is kept and reported
      formula: (f) => {
        const costs = CRITERIA.filter((c) => CRITERION_DIRECTION[c] === "cost");
        const isCost = `OR(${costs.map((c) => `TRIM(${f.at("weights", "key")})="${c}"`).join(",")})`;
        return `=IF(${isCost},${f.text(FIXED_DIRECTION.cost)},${f.text(FIXED_DIRECTION.benefit)})`;
      },
      legacyValues: [DIRECTION.benefit],
    },
    { key: "help", header: t("Toelichting", "Explanation"), width: 50, text: true },
  ],
};

// ---- priorities -----------------------------------------------------------------------------

const SCORE_DESCRIPTORS: Record<Exclude<Criterion, "investment">, Text> = {
  urgency: t("1 = kan wachten, 5 = moet nu opgelost worden.", "1 = can wait, 5 = must be solved now."),
  success: t(
    "1 = weinig leervermogen of veranderingsbereidheid, 5 = groot leervermogen en gemotiveerd.",
    "1 = little learning ability or willingness to change, 5 = able and motivated.",
  ),
  equity: t(
    "1 = steeds dezelfde medewerkers, 5 = medewerkers die nog weinig kansen kregen.",
    "1 = always the same employees, 5 = employees who had few chances so far.",
  ),
  feasibility: t(
    "1 = moeilijk, geen aanbod, 5 = makkelijk: er is aanbod of we doen het zelf.",
    "1 = hard, no offer, 5 = easy: there is an offer or we do it ourselves.",
  ),
  efficiency: t(
    "1 = ver van de kerntaak, 5 = de kerntaak zelf.",
    "1 = far from the core task, 5 = the core task itself.",
  ),
  strategic: t(
    "1 = los van de strategische doelen, 5 = sluit er sterk op aan.",
    "1 = unrelated to the strategic goals, 5 = fits them closely.",
  ),
};

const p = (f: FormulaBuilder, c: string) => f.at("priorities", c);
/** This need's question ID, normalised (the key column). */
const key = (f: FormulaBuilder) => p(f, "key");
const questionMatch = (f: FormulaBuilder) => `MATCH(${key(f)},${f.col("questions", "key")},0)`;
const isRanked = (f: FormulaBuilder) => `${p(f, "status")}=${f.text(NEED_STATUS.ranked)}`;
const amountOk = (f: FormulaBuilder, c: string) =>
  `OR(${p(f, c)}="",AND(ISNUMBER(${p(f, c)}),${p(f, c)}>=0))`;
const costsOk = (f: FormulaBuilder) =>
  `AND(${["participants", "hoursPerParticipant", "externalCost", "subsidy"].map((c) => amountOk(f, c)).join(",")})`;
/**
 * Costs missing (see checkCosts): participants and hours per participant not both filled in or both
 * blank, or participants, hours and external cost all blank.
 */
const costsMissing = (f: FormulaBuilder) => {
  const blank = (c: string) => `(${p(f, c)}="")`;
  return `OR(${blank("participants")}<>${blank("hoursPerParticipant")},AND(${blank("participants")},${blank("externalCost")}))`;
};
/**
 * A whole number 1–5; text is never a score (and never reaches INT, which would give an error). IF
 * without an else gives FALSE (a bare FALSE is a name to the in-memory Excel).
 */
const scoreOk = (f: FormulaBuilder, c: string) =>
  `IF(ISNUMBER(${p(f, c)}),AND(${p(f, c)}>=${SCORE_MIN},${p(f, c)}<=${SCORE_MAX},${p(f, c)}=INT(${p(f, c)})))`;
export const budgetOk = (f: FormulaBuilder) =>
  `AND(ISNUMBER(${f.setting("budget")}),N(${f.setting("budget")})>=0)`;
/** Rows of the Rangorde table: ranks past it are never walked. */
const rankingRows = (f: FormulaBuilder) => `ROWS(${f.col("ranking", "position")})`;

/**
 * w·(s−1)/4·100; s of investment is the computed investment score, already "5 = cheapest": the
 * direction of every criterion is fixed and applied once (CRITERION_DIRECTION).
 */
function contribution(f: FormulaBuilder, c: Criterion): string {
  const w = W(f);
  const s = p(f, c === "investment" ? "investmentScore" : c);
  return `INDEX(${w.weight},MATCH("${c}",${w.key},0))*(${s}-${SCORE_MIN})/${SCORE_MAX - SCORE_MIN}*100`;
}

/** The row's own status: its first problem (scores, costs, feasibility), or ranked. */
function ownStatus(f: FormulaBuilder): string {
  return (
    `IF(NOT(AND(${SCORED.map((c) => scoreOk(f, c)).join(",")})),${f.text(NEED_STATUS.scoresInvalid)},` +
    `IF(NOT(${costsOk(f)}),${f.text(NEED_STATUS.costsInvalid)},` +
    `IF(${costsMissing(f)},${f.text(NEED_STATUS.costsMissing)},` +
    `IF(${p(f, "feasibility")}<N(${f.setting("min_feasibility")}),${f.text(NEED_STATUS.notFeasible)},` +
    `${f.text(NEED_STATUS.ranked)}))))`
  );
}

const scoreColumn = (c: Exclude<Criterion, "investment">): ColumnSpec => ({
  key: c,
  header: CRITERION[c],
  width: 11,
  validation: () => ({
    rule: { wholeNumber: { formula1: SCORE_MIN, formula2: SCORE_MAX, operator: "Between" } },
    prompt: t(
      `${CRITERION[c].nl}: ${SCORE_DESCRIPTORS[c].nl}`,
      `${CRITERION[c].en}: ${SCORE_DESCRIPTORS[c].en}`,
    ),
    error: t(
      `Geef een geheel getal van ${SCORE_MIN} tot ${SCORE_MAX}.`,
      `Enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}.`,
    ),
  }),
});

const MONEY = "#,##0.00";
/**
 * Added before rounding a non-negative value to cents: an exact half (67.225) can come out of the
 * sum as 67.22499999…, which some engines round down; the nudge makes every engine round it up,
 * as Excel does. Far below a cent, so it changes nothing else.
 */
const HALF_UP = "0.000000001";
/** A column of the ranking table by row number of the priorities table. */
const fromPriority = (f: FormulaBuilder, c: string) =>
  `IF(${f.at("ranking", "row")}="","",INDEX(${f.col("priorities", c)},${f.at("ranking", "row")}))`;

/**
 * The need's status. A need that is not a real need says why, the verdict after the colon starting
 * in lower case ("uitgesloten: geen VTO-behoefte"); `lowerFirst` false is the earlier form.
 */
function statusFormula(f: FormulaBuilder, lowerFirst: boolean): string {
  const verdict = `INDEX(${f.col("questions", "verdict")},${questionMatch(f)})`;
  const keys = f.col("priorities", "key");
  // a duplicate: another row whose key is the same text — by the very comparison the rank's
  // last tie-break uses, so two ranked rows never compare equal and every rank is unique
  const twice = `SUMPRODUCT((${keys}>=${key(f)})*(${keys}<=${key(f)}))>1`;
  const own = ownStatus(f);
  return (
    `=IF(${key(f)}="","",` +
    `IF(ISNA(${questionMatch(f)}),${f.text(NEED_STATUS.unknownQuestion)},` +
    `IF(${twice},${f.text(NEED_STATUS.duplicate)},` +
    `IF(NOT(OR(${verdict}=${f.text(QUESTION_VERDICT.realNeed)},${verdict}=${f.text(QUESTION_VERDICT.toReview)})),${f.text(NEED_STATUS.notRealNeed)}&${lowerFirst ? `LOWER(LEFT(${verdict},1))&MID(${verdict},2,255)` : verdict},` +
    // while the weights are unusable: that, and the row's own problem if it has one
    `IF(${weightsOk(f)},${own},` +
    `${f.text(NEED_STATUS.weightsInvalid)}&SUBSTITUTE("${STATUS_SEPARATOR}"&${own},"${STATUS_SEPARATOR}"&${f.text(NEED_STATUS.ranked)},""))))))`
  );
}

export const PRIORITIES: TableSpec = {
  key: "priorities",
  name: TABLE_NAMES.priorities,
  sheet: t("Prioriteiten", "Priorities"),
  title: t(
    "Prioriteiten volgens de criteria van Baert: scores 1–5, investering, gewogen score, rang en plan",
    "Priorities by Baert's criteria: scores 1–5, investment, weighted score, rank and plan",
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
          "VTO_QuestionIDs",
          t(
            "Een leervraag die een echte VTO-behoefte is (blad Leervragen).",
            "A learning question that is a real training need (Learning questions sheet).",
          ),
          t(
            "Deze leervraag-ID staat niet op het blad Leervragen.",
            "This question ID is not on the Learning questions sheet.",
          ),
        ),
    },
    {
      key: "title",
      header: t("Leervraag", "Learning question"),
      width: 30,
      formula: (f) =>
        `=IF(${key(f)}="","",IFERROR(INDEX(${f.col("questions", "title")},${questionMatch(f)})&"",""))`,
      legacy: legacyOf([PRIORITIES_V1], "title"),
    },
    {
      key: "status",
      header: t("Status", "Status"),
      width: 20,
      formula: (f) => statusFormula(f, true),
      // the previous form wrote the verdict as is after the colon ("uitgesloten: Geen …")
      legacy: [...legacyOf([PRIORITIES_V1], "status"), (f) => statusFormula(f, false)],
    },
    ...SCORED.map(scoreColumn),
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
    amountColumn(
      "externalCost",
      t("Externe kost (€)", "External cost (€)"),
      12,
      MONEY,
      t("Factuur van lesgever, inschrijving, verplaatsing…", "Trainer's invoice, fees, travel…"),
    ),
    amountColumn(
      "subsidy",
      t("Subsidie (€)", "Subsidy (€)"),
      12,
      MONEY,
      t(
        "Tussenkomst van een sectorfonds (bv. VIVO) of andere subsidie.",
        "Contribution of a sector fund (e.g. VIVO) or other subsidy.",
      ),
    ),
    {
      key: "totalHours",
      header: t("Totaal uren", "Total hours"),
      width: 10,
      numberFormat: "0.0",
      formula: (f) =>
        `=IF(OR(${key(f)}="",NOT(${costsOk(f)}),${costsMissing(f)}),"",N(${p(f, "participants")})*N(${p(f, "hoursPerParticipant")}))`,
      legacy: legacyOf([PRIORITIES_V1], "totalHours"),
    },
    {
      key: "internalCost",
      header: t("Interne kost (€)", "Internal cost (€)"),
      width: 12,
      numberFormat: MONEY,
      formula: (f) => `=IF(${p(f, "totalHours")}="","",${p(f, "totalHours")}*N(${f.setting("hourly_cost")}))`,
    },
    {
      key: "netCost",
      header: t("Nettokost (€)", "Net cost (€)"),
      width: 12,
      numberFormat: MONEY,
      formula: (f) =>
        `=IF(${p(f, "totalHours")}="","",ROUND(MAX(0,N(${p(f, "externalCost")})+${p(f, "internalCost")}-N(${p(f, "subsidy")}))+${HALF_UP},2))`,
    },
    {
      key: "investmentScore",
      header: t("Investeringsscore", "Investment score"),
      width: 11,
      numberFormat: "0",
      formula: (f) => {
        const net = p(f, "netCost");
        const bands = [1, 2, 3, 4].map((n) => `N(${f.setting(`invest_band_${n}` as PrioritySettingKey)})`);
        return `=IF(${net}="","",${bands.reduceRight((rest, b, i) => `IF(${net}<=${b},${SCORE_MAX - i},${rest})`, String(SCORE_MIN))})`;
      },
    },
    {
      key: "score",
      header: t("Gewogen score", "Weighted score"),
      width: 11,
      numberFormat: "0.00",
      formula: (f) => {
        const wi = f.text(NEED_STATUS.weightsInvalid);
        return `=IF(${isRanked(f)},ROUND(${CRITERIA.map((c) => contribution(f, c)).join("+")}+${HALF_UP},2),IF(LEFT(${p(f, "status")},LEN(${wi}))=${wi},${wi},""))`;
      },
      legacy: legacyOf([PRIORITIES_V1], "score"),
    },
    {
      key: "rank",
      header: t("Rang", "Rank"),
      width: 7,
      numberFormat: "0",
      // the number of ranked needs before this one, plus 1; the tie-break is total, so ranks are
      // 1, 2, 3, … without ties or holes: higher score, higher urgency, higher strategic fit, lower
      // net cost, then the normalised question ID as text — unique among ranked needs, because the
      // status calls two rows whose keys compare equal duplicates and ranks neither
      formula: (f) => {
        const col = (c: string) => f.col("priorities", c);
        const ranked = `${col("status")},${f.text(NEED_STATUS.ranked)}`;
        const eq = (c: string) => `${col(c)},${p(f, c)}`;
        const gt = (c: string) => `${col(c)},">"&${p(f, c)}`;
        return (
          `=IF(NOT(${isRanked(f)}),"",1` +
          `+COUNTIFS(${ranked},${gt("score")})` +
          `+COUNTIFS(${ranked},${eq("score")},${gt("urgency")})` +
          `+COUNTIFS(${ranked},${eq("score")},${eq("urgency")},${gt("strategic")})` +
          `+COUNTIFS(${ranked},${eq("score")},${eq("urgency")},${eq("strategic")},${col("netCost")},"<"&${p(f, "netCost")})` +
          // the last tie-break compares text, which COUNTIFS criteria do not do everywhere: an
          // array comparison, computed only for rows that tie on everything else
          `+IF(COUNTIFS(${ranked},${eq("score")},${eq("urgency")},${eq("strategic")},${eq("netCost")})>1,` +
          `SUMPRODUCT((${col("status")}=${f.text(NEED_STATUS.ranked)})*(${col("score")}=${p(f, "score")})*(${col("urgency")}=${p(f, "urgency")})*(${col("strategic")}=${p(f, "strategic")})*(${col("netCost")}=${p(f, "netCost")})*(${col("key")}<${key(f)})),0))`
        );
      },
      legacy: legacyOf([PRIORITIES_V1], "rank"),
    },
    {
      key: "inPlan",
      header: t("In plan", "In plan"),
      width: 9,
      formula: (f) =>
        `=IF(NOT(${isRanked(f)}),"",IF(${p(f, "rank")}>${rankingRows(f)},${f.text(RANKING_SHORT)},` +
        `IF(NOT(${budgetOk(f)}),${f.text(NO_BUDGET)},IF(INDEX(${f.col("ranking", "inPlan")},${p(f, "rank")})=1,${f.text(YES)},${f.text(NO)}))))`,
      legacy: legacyOf([PRIORITIES_V1], "inPlan"),
    },
    {
      key: "cumulative",
      header: t("Cumulatieve kost plan (€)", "Plan cost so far (€)"),
      width: 13,
      numberFormat: MONEY,
      formula: (f) =>
        `=IF(OR(NOT(${isRanked(f)}),NOT(${budgetOk(f)})),"",IF(${p(f, "rank")}>${rankingRows(f)},"",INDEX(${f.col("ranking", "cumulative")},${p(f, "rank")})))`,
      legacy: legacyOf([PRIORITIES_V1], "cumulative"),
    },
    {
      key: "optimum",
      header: t("In budgetoptimum", "In budget optimum"),
      width: 11,
      text: true,
    },
    { key: "note", header: t("Notitie", "Note"), width: 30, text: true },
    {
      key: "remark",
      header: t("Opmerking", "Remark"),
      width: 36,
      // a subsidy above the cost (by half a cent or more): the net cost is floored to 0, said here
      formula: (f) =>
        `=IF(OR(${key(f)}="",${p(f, "totalHours")}=""),"",` +
        `IF(ROUND(N(${p(f, "externalCost")})+${p(f, "internalCost")}-N(${p(f, "subsidy")}),2)<0,${f.text(SUBSIDY_EXCEEDS)},""))`,
    },
    {
      key: "key",
      header: t("Leervraag-sleutel", "Question key"),
      width: 11,
      formula: (f) => `=${normalisedId(p(f, "questionId"))}`,
    },
  ],
};

// ---- ranking: the ranks in order, walked within the budget ----------------------------------

const r = (f: FormulaBuilder, c: string) => f.at("ranking", c);
/** How many ranked needs the Rangorde table has no row for. */
const rankingMissing = (f: FormulaBuilder) =>
  `COUNTIF(${f.col("priorities", "status")},${f.text(NEED_STATUS.ranked)})-ROWS(${f.col("ranking", "position")})`;
const previous = (f: FormulaBuilder) => `IF(${r(f, "position")}=1,0,N(${f.above("ranking", "cumulative")}))`;

export const RANKING: TableSpec = {
  key: "ranking",
  name: TABLE_NAMES.ranking,
  sheet: t("Rangorde", "Ranking"),
  title: t(
    "Rangorde en plan binnen het budget (alleen formules)",
    "Ranking and plan within the budget (formulas only)",
  ),
  anchor: { row: 2, col: 0 },
  sizedBy: { table: "priorities", spare: 10 },
  // above the table: how many ranked needs do not fit (works without the add-in)
  warning: (f) => {
    const missing = rankingMissing(f);
    return `=IF(${missing}>1,${missing}&${f.text(RANKING_SHORT_WARNING_MANY)},IF(${missing}=1,${f.text(RANKING_SHORT_WARNING_ONE)},""))`;
  },
  warningLegacy: [
    (f) => `=IF(${rankingMissing(f)}>0,${rankingMissing(f)}&${f.text(RANKING_SHORT_WARNING)},"")`,
  ],
  columns: [
    {
      key: "position",
      header: t("Positie", "Position"),
      width: 8,
      numberFormat: "0",
      formula: (f) => `=ROW()-ROW(${f.head("ranking", "position")})`,
    },
    {
      key: "row",
      header: t("Rij in Prioriteiten", "Row in Priorities"),
      width: 10,
      numberFormat: "0",
      formula: (f) => `=IFERROR(MATCH(${r(f, "position")},${f.col("priorities", "rank")},0),"")`,
    },
    {
      key: "questionId",
      header: t("Leervraag-ID", "Question ID"),
      width: 11,
      formula: (f) => `=${fromPriority(f, "questionId")}&""`,
    },
    {
      key: "title",
      header: t("Leervraag", "Learning question"),
      width: 30,
      formula: (f) => `=${fromPriority(f, "title")}&""`,
    },
    {
      key: "score",
      header: t("Gewogen score", "Weighted score"),
      width: 11,
      numberFormat: "0.00",
      formula: (f) => `=${fromPriority(f, "score")}`,
    },
    {
      key: "netCost",
      header: t("Nettokost (€)", "Net cost (€)"),
      width: 12,
      numberFormat: MONEY,
      formula: (f) => `=${fromPriority(f, "netCost")}`,
    },
    {
      key: "inPlan",
      header: t("In plan (1/0)", "In plan (1/0)"),
      width: 9,
      numberFormat: "0",
      formula: (f) =>
        `=IF(OR(${r(f, "row")}="",NOT(${budgetOk(f)})),"",IF(ROUND(${previous(f)}+${r(f, "netCost")},2)<=${f.setting("budget")},1,0))`,
    },
    {
      key: "cumulative",
      header: t("Cumulatief (€)", "Cumulative (€)"),
      width: 12,
      numberFormat: MONEY,
      // a position without a need (only possible when a rank is missing, e.g. a user's value in the
      // rank column) carries the total on while ranked needs follow: the walk never restarts
      formula: (f) =>
        `=IF(NOT(${budgetOk(f)}),"",IF(${r(f, "row")}="",IF(${r(f, "position")}<MAX(${f.col("priorities", "rank")}),${previous(f)},""),` +
        `ROUND(${previous(f)}+IF(${r(f, "inPlan")}=1,${r(f, "netCost")},0),2)))`,
      legacy: legacyOf([RANKING_V1], "cumulative"),
    },
  ],
};

/** The charts beside the ranking (names are how the add-in finds them again). */
export const CHARTS = {
  value: {
    name: "VTO_ChartValueForMoney",
    type: "XYScatter",
    at: ["J3", "Q20"],
    title: t(
      "Waarde voor geld: gewogen score tegenover nettokost",
      "Value for money: weighted score against net cost",
    ),
    x: t("Nettokost (€)", "Net cost (€)"),
    y: t("Gewogen score", "Weighted score"),
  },
  ranking: {
    name: "VTO_ChartRanking",
    type: "BarClustered",
    at: ["J22", "Q44"],
    title: t("Rangorde: gewogen score per behoefte", "Ranking: weighted score per need"),
  },
};
