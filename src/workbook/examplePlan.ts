/**
 * Plan rows (VTO_Plan) from needs: what "take into plan" writes for a need (its question, target
 * group and cost figures, status planned), and the example organisation's training plan — its
 * rank-order plan within the budget, each action filled in the way an HR officer would (type,
 * quarter, provider, subsidy source, risk groups, status), plus one informal action without a
 * learning question. Pure.
 */
import type { NeedInput } from "../domain/priorities";
import { prioritise, readPrioritySettings } from "../domain/priorities";
import {
  assessQuestion,
  isRealNeed,
  LearningQuestion,
  questionIndex,
  questionKey,
} from "../domain/questions";
import { WbLang, YES } from "./lang";
import { PLAN_STATUS, PLAN_TYPE, SUBSIDY_SOURCE } from "./planSpecs";
import { seedRows } from "./specs";

export type PlanRecord = Record<string, string | number | null>;

/** The plan row a need becomes when it is taken into the plan: the user fills in the rest. */
export function planRecordFromNeed(
  n: Pick<NeedInput, "questionId" | "participants" | "hoursPerParticipant" | "externalCost" | "subsidy">,
  q: Pick<LearningQuestion, "title" | "targetGroup"> | undefined,
  lang: WbLang,
): PlanRecord {
  const cell = (v: unknown) => (typeof v === "number" || typeof v === "string" ? v : null);
  return {
    questionId: n.questionId,
    action: q?.title ?? "",
    type: PLAN_TYPE.formal[lang],
    targetGroup: q?.targetGroup ?? "",
    participants: cell(n.participants),
    hoursPerParticipant: cell(n.hoursPerParticipant),
    directCost: cell(n.externalCost),
    subsidy: cell(n.subsidy),
    status: PLAN_STATUS.planned[lang],
  };
}

type Extra = Record<string, string | number>;
const tx = (nl: string, en: string) => ({ nl, en });

/** How the example's HR officer completed each action (by question ID). */
const EXTRAS: Record<string, (lang: WbLang) => Extra> = {
  LV01: (l) => ({
    quarter: 1,
    provider: tx("Expertisecentrum Dementie", "Dementia Expertise Centre")[l],
    subsidySource: SUBSIDY_SOURCE.sectorFund[l],
    gender: YES[l],
    status: PLAN_STATUS.done[l],
  }),
  LV02: (l) => ({
    quarter: 2,
    provider: tx("Zorgacademie", "Care Academy")[l],
    risk50: YES[l],
    status: PLAN_STATUS.ongoing[l],
  }),
  LV03: (l) => ({
    quarter: 2,
    provider: tx("Vormingscentrum Agressie", "Aggression Training Centre")[l],
    subsidySource: SUBSIDY_SOURCE.vivo[l],
    riskNonEu: YES[l],
  }),
  LV06: (l) => ({
    quarter: 3,
    provider: tx("Ergo-coaches vzw", "Ergo Coaches")[l],
    subsidySource: SUBSIDY_SOURCE.sectorFund[l],
    risk50: YES[l],
    riskDisability: YES[l],
  }),
  LV08: (l) => ({
    type: PLAN_TYPE.informal[l],
    quarter: 3,
    provider: tx("externe coach", "external coach")[l],
    subsidySource: SUBSIDY_SOURCE.vov[l],
    gender: YES[l],
  }),
  LV13: (l) => ({ quarter: 4, provider: tx("intern", "in-house")[l] }),
};

/** The informal action without a learning question. */
const INTERVISION = (lang: WbLang): PlanRecord => ({
  questionId: "",
  action: tx(
    "Intervisie en leren op de werkvloer (maandelijks)",
    "Peer review and learning on the job (monthly)",
  )[lang],
  type: PLAN_TYPE.informal[lang],
  targetGroup: tx("iedereen", "all")[lang],
  risk50: YES[lang],
  riskBottleneck: YES[lang],
  gender: YES[lang],
  participants: 24,
  hoursPerParticipant: 6,
  quarter: 4,
  provider: tx("intern", "in-house")[lang],
  directCost: 0,
  subsidy: "",
  status: PLAN_STATUS.planned[lang],
});

/**
 * The example's training plan: the needs the rank-order walk takes within the budget (default
 * settings and weights, or the data set's own), in rank order, then the informal intervision.
 */
export function examplePlan(
  data: {
    questions: LearningQuestion[];
    priorities: NeedInput[];
    settingValues?: Record<string, string | number>;
  },
  lang: WbLang,
  year: number,
): PlanRecord[] {
  const settings = seedRows("settings", lang, year)!.map((r) => ({
    key: r[0],
    value: data.settingValues?.[String(r[0])] ?? r[2],
  }));
  const weights = seedRows("weights", lang, year)!.map((r) => ({ key: r[0], weight: r[2] }));
  const index = questionIndex(data.questions);
  const question = (id: unknown) => {
    const i = index.get(questionKey(id));
    return i === undefined ? undefined : data.questions[i];
  };
  const results = prioritise(
    data.priorities,
    (id) => {
      const q = question(id);
      return q ? isRealNeed(assessQuestion(q).verdict) : null;
    },
    readPrioritySettings(settings, weights),
  );
  const chosen = results
    .map((r, i) => ({ r, i }))
    .filter((x) => x.r.inPlan)
    .sort((a, b) => a.r.rank! - b.r.rank!);
  return [
    ...chosen.map(({ i }) => {
      const n = data.priorities[i];
      const q = question(n.questionId);
      return { ...planRecordFromNeed(n, q, lang), ...(EXTRAS[String(n.questionId)]?.(lang) ?? {}) };
    }),
    INTERVISION(lang),
  ];
}

/** The organisation data the statutory plan shows (registered office, joint committee, …). */
export function examplePlanSettings(
  employees: { fte: unknown }[],
  lang: WbLang,
): Record<string, string | number> {
  const fte = employees.reduce((s, e) => s + (typeof e.fte === "number" ? e.fte : 0), 0);
  return {
    registered_office: tx("Kerkstraat 12, 9000 Gent", "Kerkstraat 12, 9000 Ghent (Belgium)")[lang],
    joint_committee: tx(
      "PC 330 (gezondheidsinrichtingen en -diensten)",
      "JC 330 (health care institutions and services)",
    )[lang],
    union_delegation: YES[lang],
    // the reference period's average: the staff's FTE today, to one decimal
    fte_reference: Math.round(fte * 10) / 10,
  };
}
