/**
 * A priority workbook built so that every rule decides somewhere, with the outcome worked out by
 * hand (not by the reference): ties at every tie-break level (score, urgency, strategic fit, net
 * cost, ID), feasibility exactly at the minimum and one below, a net cost on a band's limit and a
 * cent above, a plan that fills the budget to the cent, a subsidy above the cost, missing and
 * invalid costs and scores, and question IDs padded, with a no-break or zero-width space, a tab, or
 * a number against its text — among them the case: LV12 and " LV12 " with the same scores.
 *
 * Weights: investment 20 %, urgency 10 %, success 10 %, equity 10 %, feasibility 20 %, efficiency
 * 20 %, strategic fit 10 % — urgency, success and strategic fit weigh the same, so swapping their
 * scores keeps the weighted score and leaves the tie to the tie-break.
 */
import type { Criterion, NeedInput } from "../../src/domain/priorities";
import type { LearningQuestion } from "../../src/domain/questions";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { onlyWhatIsUsed } from "./randomPriorities";

const question = (id: string | number, cause: LearningQuestion["cause"] = "knowledge"): LearningQuestion => ({
  id: id as string,
  title: `Vraag ${id}`,
  description: "",
  perspective: "competence",
  source: null,
  targetGroup: "",
  competenceIds: [],
  cause,
  wish: "yes",
  costEffective: "yes",
});

export const EDGE_QUESTIONS: LearningQuestion[] = [
  ...Array.from({ length: 19 }, (_, i) => question(`LV${String(i + 1).padStart(2, "0")}`)),
  question("7"), // text on the questions sheet, the number 7 on Prioriteiten
  question(8), // the number 8 on the questions sheet, the text " 8" on Prioriteiten
  question("LV20", "means"), // not a training need
];

/** [urgency, success, equity, feasibility, efficiency, strategic] */
type Scores = [unknown, unknown, unknown, unknown, unknown, unknown];
const need = (
  questionId: unknown,
  s: Scores,
  externalCost: unknown,
  more: Partial<Pick<NeedInput, "participants" | "hoursPerParticipant" | "subsidy">> = {},
): NeedInput => ({
  questionId: questionId as string,
  scores: {
    urgency: s[0],
    success: s[1],
    equity: s[2],
    feasibility: s[3],
    efficiency: s[4],
    strategic: s[5],
  },
  participants: "",
  hoursPerParticipant: "",
  externalCost,
  subsidy: 0,
  ...more,
});

const TIE: Scores = [3, 3, 3, 3, 3, 3];
export const EDGE_NEEDS: NeedInput[] = [
  need("\u00A0LV01", [5, 5, 5, 5, 5, 5], 2500), // net 2500 is band 2's limit: investment 4; score 95
  need("LV02", [4, 3, 3, 3, 3, 2], 300), // 60: urgency 4 beats the other 60s
  need("LV03", [2, 3, 3, 3, 3, 4], 300), // 60: urgency 2, last of the 60s (its strategic fit 4 does not count first)
  need("LV04", [3, 2, 3, 3, 3, 4], 300), // 60: urgency 3, strategic fit 4
  need("LV05", [3, 4, 3, 3, 3, 2], 300), // 60: urgency 3, strategic fit 2
  need("LV06", TIE, 500), // 60, 3, 3: net 500 after the 400s
  need(7, TIE, 400), // 60, 3, 3, 400: ID "7" first
  need("LV08", TIE, 400), // … then LV07 (next row), LV08, LV18: by ID, not by row
  need("LV07\u200B", TIE, 400),
  need("LV09", [1, 1, 1, 3, 1, 1], 100, { subsidy: 250 }), // subsidy above the cost: net 0; score 30
  need(" 8", [1, 1, 1, 3, 1, 1], 1000), // net 1000 is band 1's limit: investment 5; score 30, after LV09 (net 0)
  need("LV10", [1, 1, 1, 3, 1, 1], 1000.01), // a cent above: investment 4; score 25
  need("LV11", [5, 5, 5, 2, 5, 5], 100), // feasibility 2 < 3: not feasible
  need("LV12", TIE, 200), // the issue: the same question twice, once padded
  need(" LV12 ", TIE, 200),
  need("LV13", TIE, "", { participants: 5 }), // participants without hours: costs missing
  need("LV14", TIE, ""), // nothing that makes a cost: costs missing
  need("LV15", [2, 1, 1, 3, 1, 1], 200), // external cost only: fine; score 32.5
  need("LV16", [3, 3, 6, 3, 3, 3], 100), // 6 is not a score
  need("LV17", [3, "hoog", 3, 3, 3, 3], 100), // text is not a score
  need("LV20", TIE, 100), // not a training need
  need("LV99", TIE, 100), // no such question
  need("LV18\t", TIE, 0, { participants: 4, hoursPerParticipant: 2.5 }), // internal cost 4 × 2.5 × 40 = 400
  need("LV19", [1, 1, 1, 3, 1, 1], 150, { subsidy: 150 }), // subsidy equal to the cost: net 0, no remark; after LV09 by ID
];

/** Question IDs (normalised) in rank order, worked out by hand. */
export const EDGE_ORDER = [
  "LV01",
  "LV02",
  "LV04",
  "7",
  "LV07",
  "LV08",
  "LV18",
  "LV06",
  "LV05",
  "LV03",
  "LV15",
  "LV09",
  "LV19",
  "8",
  "LV10",
];
/** The rank-order walk within 3,900 €: 2500 + 300 + 300 + 400 + 400 fills it to the cent; LV09 and LV19 (net 0) still fit. */
export const EDGE_PLAN = ["LV01", "LV02", "LV04", "7", "LV07", "LV09", "LV19"];
export const EDGE_BUDGET = 3900;

const WEIGHTS: Record<Criterion, number> = {
  investment: 0.2,
  urgency: 0.1,
  success: 0.1,
  equity: 0.1,
  feasibility: 0.2,
  efficiency: 0.2,
  strategic: 0.1,
};

/** The edge workbook; `weightsBroken` makes the weights add up to 90 %. */
export function edgeData(weightsBroken = false): ExampleData {
  const base = onlyWhatIsUsed(exampleData({ employees: 2, gapRows: 1 }));
  return {
    ...base,
    questions: EDGE_QUESTIONS,
    starr: [],
    pyramid: [],
    eightFields: [],
    gilbert: [],
    priorities: EDGE_NEEDS,
    weightValues: Object.fromEntries(
      Object.entries(WEIGHTS).map(([c, w]) => [c, [weightsBroken && c === "efficiency" ? 0.1 : w]]),
    ),
    settingValues: {
      budget: EDGE_BUDGET,
      hourly_cost: 40,
      min_feasibility: 3,
      invest_band_1: 1000,
      invest_band_2: 2500,
      invest_band_3: 5000,
      invest_band_4: 10000,
    },
  };
}
