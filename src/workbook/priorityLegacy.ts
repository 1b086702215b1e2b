/**
 * The formulas earlier versions wrote into the priority sheets (the `legacy` lists of their
 * columns): regenerating a workbook made by such a version recognises them as the add-in's own and
 * writes the current formula, instead of keeping them as a user's. Frozen text: never edit these,
 * add a new version instead.
 */
import { CRITERIA, Criterion, SCORE_MAX, SCORE_MIN, SCORED } from "../domain/priorities";
import { DIRECTION, NEED_STATUS, NO, NO_BUDGET, QUESTION_VERDICT, YES } from "./lang";
import type { FormulaBuilder } from "./specs";

// ---- version 1 (the first priority sheets): IDs trimmed only, a direction per criterion --------

const HALF_UP = "0.000000001";
const W = (f: FormulaBuilder) => ({
  weight: f.col("weights", "weight"),
  key: f.col("weights", "key"),
  direction: f.col("weights", "direction"),
});
function weightsOk(f: FormulaBuilder): string {
  const w = W(f);
  return (
    `AND(ROWS(${w.weight})=${CRITERIA.length},COUNT(${w.weight})=${CRITERIA.length},` +
    `COUNTIF(${w.weight},"<0")=0,ABS(SUM(${w.weight})-1)<0.000001,` +
    CRITERIA.map((c) => `ISNUMBER(MATCH("${c}",${w.key},0))`).join(",") +
    `)`
  );
}
const p = (f: FormulaBuilder, c: string) => f.at("priorities", c);
const id = (f: FormulaBuilder) => `TRIM(${p(f, "questionId")})`;
const questionMatch = (f: FormulaBuilder) => `MATCH(${id(f)},${f.col("questions", "id")},0)`;
const isRanked = (f: FormulaBuilder) => `${p(f, "status")}=${f.text(NEED_STATUS.ranked)}`;
const amountOk = (f: FormulaBuilder, c: string) =>
  `OR(${p(f, c)}="",AND(ISNUMBER(${p(f, c)}),${p(f, c)}>=0))`;
const costsOk = (f: FormulaBuilder) =>
  `AND(${["participants", "hoursPerParticipant", "externalCost", "subsidy"].map((c) => amountOk(f, c)).join(",")})`;
const scoreOk = (f: FormulaBuilder, c: string) =>
  `AND(ISNUMBER(${p(f, c)}),${p(f, c)}>=${SCORE_MIN},${p(f, c)}<=${SCORE_MAX},${p(f, c)}=INT(${p(f, c)}))`;
const budgetOk = (f: FormulaBuilder) => `AND(ISNUMBER(${f.setting("budget")}),N(${f.setting("budget")})>=0)`;
function contribution(f: FormulaBuilder, c: Criterion): string {
  const w = W(f);
  const at = (col: string) => `INDEX(${col},MATCH("${c}",${w.key},0))`;
  const s = p(f, c === "investment" ? "investmentScore" : c);
  const range = SCORE_MAX - SCORE_MIN;
  return `${at(w.weight)}*IF(TRIM(${at(w.direction)})=${f.text(DIRECTION.cost)},(${SCORE_MAX}-${s})/${range},(${s}-${SCORE_MIN})/${range})*100`;
}

export const PRIORITIES_V1: Record<string, (f: FormulaBuilder) => string> = {
  title: (f) =>
    `=IF(${id(f)}="","",IFERROR(INDEX(${f.col("questions", "title")},${questionMatch(f)})&"",""))`,
  status: (f) => {
    const verdict = `INDEX(${f.col("questions", "verdict")},${questionMatch(f)})`;
    return (
      `=IF(${id(f)}="","",` +
      `IF(ISNA(${questionMatch(f)}),${f.text(NEED_STATUS.unknownQuestion)},` +
      `IF(COUNTIF(${f.col("priorities", "questionId")},${id(f)})>1,${f.text(NEED_STATUS.duplicate)},` +
      `IF(NOT(OR(${verdict}=${f.text(QUESTION_VERDICT.realNeed)},${verdict}=${f.text(QUESTION_VERDICT.toReview)})),${f.text(NEED_STATUS.notRealNeed)}&${verdict},` +
      `IF(NOT(${weightsOk(f)}),${f.text(NEED_STATUS.weightsInvalid)},` +
      `IF(NOT(AND(${SCORED.map((c) => scoreOk(f, c)).join(",")})),${f.text(NEED_STATUS.scoresInvalid)},` +
      `IF(NOT(${costsOk(f)}),${f.text(NEED_STATUS.costsInvalid)},` +
      `IF(${p(f, "feasibility")}<N(${f.setting("min_feasibility")}),${f.text(NEED_STATUS.notFeasible)},` +
      `${f.text(NEED_STATUS.ranked)}))))))))`
    );
  },
  totalHours: (f) =>
    `=IF(OR(${id(f)}="",NOT(${costsOk(f)})),"",N(${p(f, "participants")})*N(${p(f, "hoursPerParticipant")}))`,
  score: (f) =>
    `=IF(${isRanked(f)},ROUND(${CRITERIA.map((c) => contribution(f, c)).join("+")}+${HALF_UP},2),IF(${p(f, "status")}=${f.text(NEED_STATUS.weightsInvalid)},${f.text(NEED_STATUS.weightsInvalid)},""))`,
  rank: (f) => {
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
      `+IF(COUNTIFS(${ranked},${eq("score")},${eq("urgency")},${eq("strategic")},${eq("netCost")})>1,` +
      `SUMPRODUCT((${col("status")}=${f.text(NEED_STATUS.ranked)})*(${col("score")}=${p(f, "score")})*(${col("urgency")}=${p(f, "urgency")})*(${col("strategic")}=${p(f, "strategic")})*(${col("netCost")}=${p(f, "netCost")})*(TRIM(${col("questionId")})<${id(f)})),0))`
    );
  },
  inPlan: (f) =>
    `=IF(NOT(${isRanked(f)}),"",IF(NOT(${budgetOk(f)}),${f.text(NO_BUDGET)},IF(INDEX(${f.col("ranking", "inPlan")},${p(f, "rank")})=1,${f.text(YES)},${f.text(NO)})))`,
  cumulative: (f) =>
    `=IF(OR(NOT(${isRanked(f)}),NOT(${budgetOk(f)})),"",INDEX(${f.col("ranking", "cumulative")},${p(f, "rank")}))`,
};

const r = (f: FormulaBuilder, c: string) => f.at("ranking", c);
const previous = (f: FormulaBuilder) => `IF(${r(f, "position")}=1,0,N(${f.above("ranking", "cumulative")}))`;

export const RANKING_V1: Record<string, (f: FormulaBuilder) => string> = {
  cumulative: (f) =>
    `=IF(OR(${r(f, "row")}="",NOT(${budgetOk(f)})),"",ROUND(${previous(f)}+IF(${r(f, "inPlan")}=1,${r(f, "netCost")},0),2))`,
};

/** The legacy list of a column: its formulas of every earlier version. */
export const legacyOf = (versions: Record<string, (f: FormulaBuilder) => string>[], column: string) =>
  versions.flatMap((v) => (v[column] ? [v[column]] : []));
