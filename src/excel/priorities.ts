/**
 * The Prioriteren services: read what the workbook holds and compute what formulas cannot do well
 * (sensitivity, the exact budget optimum); write weights, new needs and the optimum. Reads are
 * those of readTables (2 syncs + packed chunks); each write is one more sync (adding needs also
 * regenerates, to size the ranking table).
 */
import { knapsack } from "../domain/knapsack";
import {
  CRITERIA,
  Criterion,
  NeedInput,
  NeedResult,
  prioritise,
  PrioritySettings,
} from "../domain/priorities";
import { assessQuestion, isRealNeed } from "../domain/questions";
import { sensitivity, WeightInterval } from "../domain/sensitivity";
import { headerMatches, WbLang, YES } from "../workbook/lang";
import { parseNeed, parsePrioritySettings, parseQuestion } from "../workbook/parse";
import { priorityRow } from "../workbook/rows";
import { FormulaBuilder, SPEC_BY_KEY, TABLE_NAMES } from "../workbook/specs";
import { generate } from "./generate";
import { MissingTablesError } from "./questions";
import { readTables, recordsOf } from "./readTables";

export interface RankedNeed {
  row: number;
  questionId: string;
  title: string;
  score: number;
  netCost: number;
  hours: number;
  rank: number;
  inPlan: boolean | null;
  /** Within 1 point of the next in rank. */
  nearTie: boolean;
}

export interface Optimum {
  ids: string[];
  score: number;
  cost: number;
  hours: number;
  /** What the rank-order plan takes. */
  plan: { ids: string[]; score: number; cost: number; hours: number };
}

export interface PrioritiesView {
  lang: WbLang;
  settings: PrioritySettings;
  weightsValid: boolean;
  ranked: RankedNeed[];
  /** Rows not ranked, with their status. */
  unranked: { row: number; questionId: string; status: NeedResult["status"] }[];
  /** Real needs (and those to review) that have no row yet. */
  missing: { id: string; title: string }[];
  sensitivity: WeightInterval[];
  optimum: Optimum | null;
}

export async function readPriorities(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<PrioritiesView> {
  const read = await readTables(context, ["settings", "weights", "questions", "priorities"], onProgress);
  if (read.missing.length) throw new MissingTablesError(read.missing.map((k) => TABLE_NAMES[k]));
  const { records } = recordsOf(read);
  const lang = read.lang;
  const settings = parsePrioritySettings(records.settings ?? [], records.weights ?? [], lang);
  const questions = (records.questions ?? []).map((r) => parseQuestion(r, lang));
  const real = (id: string) => {
    const q = questions.find((x) => x.id.toLowerCase() === id.toLowerCase());
    return q ? isRealNeed(assessQuestion(q).verdict) : null;
  };
  const needs: NeedInput[] = (records.priorities ?? []).map(parseNeed);
  const results = prioritise(needs, real, settings);
  const title = (id: string) =>
    questions.find((q) => q.id.toLowerCase() === id.trim().toLowerCase())?.title ?? "";
  const ranked = results
    .map((r, row) => ({ r, row }))
    .filter((x) => x.r.rank !== null)
    .sort((a, b) => a.r.rank! - b.r.rank!)
    .map(({ r, row }) => ({
      row,
      questionId: needs[row].questionId.trim(),
      title: title(needs[row].questionId),
      score: r.score!,
      netCost: r.costs!.netCost,
      hours: r.costs!.totalHours,
      rank: r.rank!,
      inPlan: r.inPlan,
      nearTie: false,
    }));
  ranked.forEach((n, i) => {
    const next = ranked[i + 1];
    const prev = ranked[i - 1];
    n.nearTie =
      (next !== undefined && n.score - next.score <= 1) || (prev !== undefined && prev.score - n.score <= 1);
  });
  const present = new Set(needs.map((n) => n.questionId.trim().toLowerCase()).filter(Boolean));
  const missing = questions
    .filter((q) => q.id && isRealNeed(assessQuestion(q).verdict) && !present.has(q.id.toLowerCase()))
    .map((q) => ({ id: q.id, title: q.title }));
  const scoresOf = (row: number): Record<Criterion, number> => ({
    ...(needs[row].scores as Record<Exclude<Criterion, "investment">, number>),
    investment: results[row].investmentScore!,
  });
  return {
    lang,
    settings,
    weightsValid:
      results.every((r) => r.status !== "weightsInvalid") && !Number.isNaN(settings.weights.urgency.weight),
    ranked,
    unranked: results
      .map((r, row) => ({ row, questionId: needs[row].questionId.trim(), status: r.status }))
      .filter((x) => x.status !== "ranked" && x.status !== "blank"),
    missing,
    sensitivity:
      ranked.length >= 2
        ? sensitivity(
            ranked.map((n) => ({ id: n.questionId, scores: scoresOf(n.row) })),
            settings.weights,
          )
        : [],
    optimum: settings.budget === null ? null : optimumOf(ranked, settings),
  };
}

/** The exact optimum within the budget (and hours cap), beside the rank-order plan. */
export function optimumOf(ranked: RankedNeed[], s: PrioritySettings): Optimum {
  const result = knapsack(
    ranked.map((n) => ({ value: n.score, cost: n.netCost, hours: n.hours })),
    s.budget ?? 0,
    s.hoursCap,
  );
  const sum = (list: RankedNeed[], f: (n: RankedNeed) => number) => list.reduce((t, n) => t + f(n), 0);
  const chosen = ranked.filter((_, i) => result.chosen[i]);
  const plan = ranked.filter((n) => n.inPlan);
  return {
    ids: chosen.map((n) => n.questionId),
    score: sum(chosen, (n) => n.score),
    cost: sum(chosen, (n) => n.netCost),
    hours: sum(chosen, (n) => n.hours),
    plan: {
      ids: plan.map((n) => n.questionId),
      score: sum(plan, (n) => n.score),
      cost: sum(plan, (n) => n.netCost),
      hours: sum(plan, (n) => n.hours),
    },
  };
}

/** Writes the seven weights (fractions) by criterion key. 2 syncs. */
export async function writeWeights(
  context: Excel.RequestContext,
  weights: Record<Criterion, number>,
): Promise<void> {
  const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES.weights);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  if (table.isNullObject) throw new MissingTablesError([TABLE_NAMES.weights]);
  const columns = SPEC_BY_KEY.weights.columns;
  const keyCol = header.values[0].findIndex((h) => headerMatches(h, columns[0].header));
  const weightCol = header.values[0].findIndex((h) => headerMatches(h, columns[2].header));
  if (keyCol < 0 || weightCol < 0) throw new MissingTablesError([TABLE_NAMES.weights]);
  const column = body.values.map((r) => {
    const key = String(r[keyCol]).trim() as Criterion;
    return [CRITERIA.includes(key) ? weights[key] : r[weightCol]];
  });
  table.getDataBodyRange().getColumn(weightCol).values = column as (string | number)[][];
  await context.sync();
}

/** Appends a row per question ID, then regenerates so the ranking table has room. */
export async function addNeeds(context: Excel.RequestContext, ids: string[], lang: WbLang, year: number) {
  if (!ids.length) return;
  const f = new FormulaBuilder(lang);
  const table = context.workbook.tables.getItem(TABLE_NAMES.priorities);
  const header = table.getHeaderRowRange().load("values");
  await context.sync();
  const specCols = header.values[0].map((h) =>
    SPEC_BY_KEY.priorities.columns.findIndex((c) => headerMatches(h, c.header)),
  );
  const rows = ids.map((id) => {
    const values = priorityRow({
      questionId: id,
      scores: { urgency: "", success: "", equity: "", feasibility: "", efficiency: "", strategic: "" },
      participants: "",
      hoursPerParticipant: "",
      externalCost: "",
      subsidy: "",
    });
    return specCols.map((c) => {
      if (c < 0) return "";
      const spec = SPEC_BY_KEY.priorities.columns[c];
      return spec.formula ? spec.formula(f) : values[c];
    });
  });
  table.rows.add(undefined, rows);
  await context.sync();
  await generate(context, { lang, year });
}

/**
 * Marks the optimum in the "in budget optimum" column: yes for the chosen rows, blank for the
 * others. The column belongs to the add-in; the user confirms before it is written. 2 syncs.
 */
export async function writeOptimum(
  context: Excel.RequestContext,
  ids: string[],
  lang: WbLang,
): Promise<number> {
  const table = context.workbook.tables.getItem(TABLE_NAMES.priorities);
  const idCol = table.columns
    .getItem(SPEC_BY_KEY.priorities.columns[0].header[lang])
    .getDataBodyRange()
    .load("values");
  await context.sync();
  const chosen = new Set(ids.map((i) => i.toLowerCase()));
  const column = idCol.values.map((r) => [chosen.has(String(r[0]).trim().toLowerCase()) ? YES[lang] : ""]);
  const header = SPEC_BY_KEY.priorities.columns.find((c) => c.key === "optimum")!.header[lang];
  table.columns.getItem(header).getDataBodyRange().values = column;
  await context.sync();
  return column.filter((r) => r[0] !== "").length;
}
