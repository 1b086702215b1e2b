/**
 * The training plan's computed columns (VTO_Plan) against the reference (src/domain/plan.ts), from
 * the data set's own inputs, whatever engine computed the workbook (the in-memory Excel or
 * LibreOffice on the export).
 */
import {
  computePlan,
  daysPerFteChart,
  netCostByQuarter,
  PlanRowInput,
  PlanRowResult,
  PlanSettings,
  realisedHours,
  RegisterRowInput,
  RISK_GROUPS,
  RiskGroup,
  statutorySummary,
} from "../../src/domain/plan";
import { prioritise } from "../../src/domain/priorities";
import { assessQuestion, isRealNeed, questionIndex, questionKey } from "../../src/domain/questions";
import type { ExampleData } from "../../src/workbook/example";
import { NO_BUDGET, NO, WbLang, YES } from "../../src/workbook/lang";
import { choice } from "../../src/workbook/parse";
import { NEED_STATE, PLAN_TYPE } from "../../src/workbook/planSpecs";
import { seedRows, SPEC_BY_KEY } from "../../src/workbook/specs";
import { followed, trainingYear } from "../../src/domain/training";
import { prioritySettingsOf } from "./verify";
import { accounts, daysPerFteFollowed } from "../../src/domain/trainingAccounts";
import { accountSettingsOf } from "./verifyAccounts";
import { trainingTexts } from "./verifyTraining";

const RISK_COLUMN: Record<RiskGroup, string> = {
  age50: "risk50",
  disability: "riskDisability",
  nonEu: "riskNonEu",
  bottleneck: "riskBottleneck",
};

/** A setting as the formulas read it: the data set's value over the seeded default. */
export function settingOf(data: ExampleData, key: string, lang: WbLang = "nl"): unknown {
  const seed = seedRows("settings", lang, 2026)!.find((r) => r[0] === key);
  if (data.settingValues && key in data.settingValues) return data.settingValues[key];
  return seed ? seed[2] : undefined;
}

/** COUNTIF(column,"ja"): the cell is the text ja (case aside, no trimming). */
const isYes = (v: unknown, lang: WbLang) => typeof v === "string" && v.toLowerCase() === YES[lang];

export function planInputs(data: ExampleData, lang: WbLang = "nl"): PlanRowInput[] {
  return (data.plan ?? []).map((r) => ({
    questionId: r.questionId,
    type: choice(PLAN_TYPE, r.type, lang),
    participants: r.participants ?? "",
    hoursPerParticipant: r.hoursPerParticipant ?? "",
    directCost: r.directCost ?? "",
    subsidy: r.subsidy ?? "",
    risk: Object.fromEntries(RISK_GROUPS.map((g) => [g, isYes(r[RISK_COLUMN[g]], lang)])) as Record<
      RiskGroup,
      boolean
    >,
    gender: isYes(r.gender, lang),
  }));
}

export function planSettingsOf(data: ExampleData, lang: WbLang = "nl"): PlanSettings {
  const hpd = settingOf(data, "hours_per_day", lang);
  const hourly = settingOf(data, "hourly_cost", lang);
  const budget = settingOf(data, "budget", lang);
  return {
    hoursPerDay: typeof hpd === "number" && hpd > 0 ? hpd : null,
    hourlyCost: typeof hourly === "number" ? hourly : 0,
    budget: typeof budget === "number" && budget >= 0 ? budget : null,
  };
}

/** The reference's plan for a data set. */
export function referencePlan(data: ExampleData, lang: WbLang = "nl"): PlanRowResult[] {
  const index = questionIndex(data.questions);
  const verdict = (key: string) => {
    const i = index.get(key);
    return i === undefined ? null : assessQuestion(data.questions[i]).verdict;
  };
  const results = prioritise(
    data.priorities,
    (id) => {
      const v = verdict(questionKey(id));
      return v === null ? null : isRealNeed(v);
    },
    prioritySettingsOf(data, lang),
  );
  const priority = (key: string) => {
    const i = data.priorities.findIndex((n) => questionKey(n.questionId) === key);
    return i < 0 ? null : { status: results[i].status, rank: results[i].rank };
  };
  return computePlan(planInputs(data, lang), planSettingsOf(data, lang), verdict, priority);
}

/** The register as realisedHours reads it. */
export function registerInputs(data: ExampleData, lang: WbLang = "nl"): RegisterRowInput[] {
  const texts = trainingTexts(lang);
  return (data.training ?? []).map((r) => ({
    questionId: r.questionId,
    followed: followed(r, texts),
    year: trainingYear(r),
    hours: r.hours,
  }));
}

/** The realised hours of each plan row (null: blank). */
export function referenceRealised(data: ExampleData, lang: WbLang = "nl"): (number | null)[] {
  const year = settingOf(data, "analysis_year", lang);
  const register = registerInputs(data, lang);
  return referencePlan(data, lang).map((r) =>
    realisedHours(r.key, register, typeof year === "number" ? year : null),
  );
}

const header = (key: string, lang: WbLang) =>
  SPEC_BY_KEY.plan.columns.find((c) => c.key === key)!.header[lang];
const num = (v: number | null) => (v === null ? "" : v);

export function verifyPlanAgainstReference(
  table: (name: string) => Record<string, unknown>[],
  data: ExampleData,
  lang: WbLang = "nl",
): void {
  const want = referencePlan(data, lang);
  const realised = referenceRealised(data, lang);
  const rows = table("VTO_Plan");
  // a table with one blank body row stands for no rows
  const given = data.plan ?? [];
  expect(rows.length).toBe(Math.max(1, given.length));
  want.forEach((w, i) => {
    const row = rows[i];
    const got: Record<string, unknown> = {};
    const exp: Record<string, unknown> = {
      key: given[i].questionId === undefined ? "" : String(rowKeyText(given[i].questionId)),
      totalHours: num(w.totalHours),
      days: num(w.days),
      internalCost: num(w.internalCost),
      netCost: num(w.netCost),
      position: w.position,
      cumulative: num(w.cumulative),
      withinBudget:
        w.withinBudget === null
          ? ""
          : w.withinBudget === "noBudget"
            ? NO_BUDGET[lang]
            : (w.withinBudget ? YES : NO)[lang],
      need: w.need === "blank" ? "" : NEED_STATE[w.need][lang],
      rank: num(w.rank),
      listKey: num(w.listKey),
      realisedHours: num(realised[i]),
    };
    for (const k of Object.keys(exp)) {
      got[k] = row[header(k, lang)];
      // hours, days and amounts: equal up to floating-point noise (cents are compared exactly)
      if (
        ["totalHours", "days", "internalCost", "realisedHours"].includes(k) &&
        typeof got[k] === "number" &&
        typeof exp[k] === "number" &&
        Math.abs((got[k] as number) - (exp[k] as number)) <= 1e-9 * Math.max(1, Math.abs(exp[k] as number))
      )
        got[k] = exp[k];
      // the key: compared as the lookups compare it (case aside)
      if (
        k === "key" &&
        typeof got[k] === "string" &&
        String(got[k]).toLowerCase() === String(exp[k]).toLowerCase()
      )
        got[k] = exp[k];
    }
    expect([i, given[i], got]).toEqual([i, given[i], exp]);
  });
}

/** The normalised ID text the key column shows (questionIdText, not lower-cased). */
function rowKeyText(v: unknown): string {
  // questionKey lower-cases; the key column keeps the case, compared case-insensitively above
  return questionKey(v);
}

/** The statutory table (VTO_PlanStatutory) against statutorySummary() of the reference. */
export function verifyStatutoryAgainstReference(
  table: (name: string) => Record<string, unknown>[],
  data: ExampleData,
  lang: WbLang = "nl",
): void {
  const rows = planInputs(data, lang);
  const results = referencePlan(data, lang);
  const fteRaw = settingOf(data, "fte_reference", lang);
  const targetRaw = settingOf(data, "days_per_fte", lang);
  const yearRaw = settingOf(data, "analysis_year", lang);
  const s = statutorySummary({
    rows,
    results,
    fte: typeof fteRaw === "number" && fteRaw > 0 ? fteRaw : null,
    target: typeof targetRaw === "number" ? targetRaw : null,
    year: typeof yearRaw === "number" ? yearRaw : null,
  });
  const r2 = (x: number) => Math.round(x * 100 + 1e-9) / 100;
  const text = (k: string) => {
    const v = settingOf(data, k, lang);
    return v === undefined || v === null ? "" : String(v);
  };
  const date = (serialValue: number) => {
    const d = new Date(Date.UTC(1899, 11, 30) + serialValue * 86400000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  };
  const want: Record<string, unknown> = {
    organisation: text("organisation") || (data.organisation ?? undefined),
    registered_office: text("registered_office"),
    joint_committee: text("joint_committee"),
    union_delegation: text("union_delegation"),
    year: yearRaw,
    fte: typeof fteRaw === "number" && fteRaw > 0 ? fteRaw : "",
    planned_days: r2(s.plannedDays),
    days_per_fte: s.daysPerFte === null ? "" : r2(s.daysPerFte),
    target: targetRaw,
    shortfall: s.shortfall === null ? "" : r2(s.shortfall),
    formal_count: s.byType.formal.actions,
    formal_participants: s.byType.formal.participants,
    formal_days: r2(s.byType.formal.days),
    informal_count: s.byType.informal.actions,
    informal_participants: s.byType.informal.participants,
    informal_days: r2(s.byType.informal.days),
    risk50: s.risk.age50,
    riskDisability: s.risk.disability,
    riskNonEu: s.risk.nonEu,
    riskBottleneck: s.risk.bottleneck,
    gender: s.gender,
    documents_by: s.timeline ? date(s.timeline.documents) : "",
    advice_by: s.timeline ? date(s.timeline.advice) : "",
    plan_by: s.timeline ? date(s.timeline.plan) : "",
  };
  const h = (k: string) => SPEC_BY_KEY.statutory.columns.find((c) => c.key === k)!.header[lang];
  const got: Record<string, unknown> = {};
  for (const row of table("VTO_PlanStatutory")) got[String(row[h("key")])] = row[h("value")];
  // the organisation's name: the example writes its own where none is set
  if (want.organisation === undefined) delete want.organisation;
  for (const k of Object.keys(got)) if (!(k in want)) delete got[k];
  for (const k of Object.keys(want))
    if (
      typeof got[k] === "number" &&
      typeof want[k] === "number" &&
      Math.abs((got[k] as number) - (want[k] as number)) < 1e-9
    )
      got[k] = want[k];
  expect(got).toEqual(want);
  verifyPlanChartsAgainstReference(table, data, lang, results, s.daysPerFte);
}

/**
 * The charts' data beside the statutory plan (VTO_PlanQuarters, VTO_PlanDays): the net cost per
 * quarter and the days per FTE — planned (the statutory summary), followed (the accounts) and the
 * target — as the reference computes them.
 */
export function verifyPlanChartsAgainstReference(
  table: (name: string) => Record<string, unknown>[],
  data: ExampleData,
  lang: WbLang,
  results: PlanRowResult[],
  plannedPerFte: number | null,
): void {
  const byKey = (name: "planQuarters" | "planDays", value: string) => {
    const h = (k: string) => SPEC_BY_KEY[name].columns.find((c) => c.key === k)!.header[lang];
    const out: Record<string, unknown> = {};
    for (const row of table(SPEC_BY_KEY[name].name)) out[String(row[h("key")])] = row[h(value)];
    return out;
  };
  const quarters = netCostByQuarter(
    (data.plan ?? []).map((r) => r.quarter),
    results,
  );
  const close = (got: Record<string, unknown>, want: Record<string, unknown>) => {
    for (const k of Object.keys(want))
      if (
        typeof got[k] === "number" &&
        typeof want[k] === "number" &&
        Math.abs((got[k] as number) - (want[k] as number)) < 1e-9
      )
        got[k] = want[k];
    expect(got).toEqual(want);
  };
  close(byKey("planQuarters", "netCost"), {
    q1: quarters[0],
    q2: quarters[1],
    q3: quarters[2],
    q4: quarters[3],
  });
  const s = accountSettingsOf(data, lang);
  const followedPerFte = daysPerFteFollowed(
    accounts(data.employees, data.training ?? [], trainingTexts(lang), s),
  );
  const days = daysPerFteChart(plannedPerFte, followedPerFte, settingOf(data, "days_per_fte", lang));
  const blank = (x: number | null) => (x === null ? "" : x);
  close(byKey("planDays", "value"), {
    planned: blank(days.planned),
    followed: blank(days.followed),
    target: blank(days.target),
  });
  const labels = byKey("planQuarters", "label");
  expect(labels).toEqual(
    lang === "nl"
      ? { q1: "Kwartaal 1", q2: "Kwartaal 2", q3: "Kwartaal 3", q4: "Kwartaal 4" }
      : { q1: "Quarter 1", q2: "Quarter 2", q3: "Quarter 3", q4: "Quarter 4" },
  );
}
