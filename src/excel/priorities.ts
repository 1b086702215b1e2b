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
import { assessQuestion, isRealNeed, questionIdText, questionIndex, questionKey } from "../domain/questions";
import { sensitivity, WeightInterval } from "../domain/sensitivity";
import { WbLang, YES } from "../workbook/lang";
import { parseNeed, parsePrioritySettings, parseQuestion } from "../workbook/parse";
import { priorityRow } from "../workbook/rows";
import { SPEC_BY_KEY, TABLE_NAMES } from "../workbook/specs";
import { generate } from "./generate";
import { MissingTablesError } from "./questions";
import { readTables, recordsOf } from "./readTables";
import { appendRows } from "./appendRows";
import { KeyedResult, normalizeKey, writeByKey } from "./keyedWrites";

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
  /** Rows not ranked, with their status (and, while the weights are unusable, the row's own problem). */
  unranked: {
    row: number;
    questionId: string;
    status: NeedResult["status"];
    rowProblem: NeedResult["rowProblem"];
  }[];
  /** Rows of the Rangorde table (null when it is missing). */
  rankingRows: number | null;
  /** Question IDs ranked past the last Rangorde row: they never enter the plan until it grows. */
  beyondRanking: string[];
  /** Real needs (and those to review) that have no row yet. */
  missing: { id: string; title: string }[];
  sensitivity: WeightInterval[];
  optimum: Optimum | null;
}

export async function readPriorities(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<PrioritiesView> {
  const read = await readTables(
    context,
    ["settings", "weights", "questions", "priorities", "ranking"],
    onProgress,
  );
  const missingTables = read.missing.filter((k) => k !== "ranking");
  if (missingTables.length) throw new MissingTablesError(missingTables.map((k) => TABLE_NAMES[k]));
  const { records } = recordsOf(read);
  const lang = read.lang;
  const settings = parsePrioritySettings(records.settings ?? [], records.weights ?? []);
  const questions = (records.questions ?? []).map((r) => parseQuestion(r, lang));
  // questions found by normalised ID (questionKey), as the sheet's key columns do
  const index = questionIndex(questions);
  const questionOf = (id: unknown) => {
    const i = index.get(questionKey(id));
    return i === undefined ? undefined : questions[i];
  };
  const real = (id: string) => {
    const q = questionOf(id);
    return q ? isRealNeed(assessQuestion(q).verdict) : null;
  };
  const needs: NeedInput[] = (records.priorities ?? []).map(parseNeed);
  const rankingRows = read.missing.includes("ranking")
    ? null
    : (read.tables.find((t) => t.key === "ranking")?.bodyRows ?? null);
  const results = prioritise(needs, real, settings, rankingRows ?? Infinity);
  const title = (id: unknown) => questionOf(id)?.title ?? "";
  const ranked = results
    .map((r, row) => ({ r, row }))
    .filter((x) => x.r.rank !== null)
    .sort((a, b) => a.r.rank! - b.r.rank!)
    .map(({ r, row }) => ({
      row,
      questionId: questionIdText(needs[row].questionId),
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
  const present = new Set(needs.map((n) => questionKey(n.questionId)).filter(Boolean));
  const missing = questions
    .filter((q, i) => q.id && index.get(questionKey(q.id)) === i)
    .filter((q) => isRealNeed(assessQuestion(q).verdict) && !present.has(questionKey(q.id)))
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
      .map((r, row) => ({
        row,
        questionId: questionIdText(needs[row].questionId),
        status: r.status,
        rowProblem: r.rowProblem,
      }))
      .filter((x) => x.status !== "ranked" && x.status !== "blank"),
    rankingRows,
    beyondRanking: results.flatMap((r, row) =>
      r.beyondRanking ? [questionIdText(needs[row].questionId)] : [],
    ),
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

/** Regenerates the sheets: the Rangorde table grows to a row per need (plus spare rows). */
export async function updateSheets(context: Excel.RequestContext, lang: WbLang, year: number) {
  return generate(context, { lang, year });
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

/**
 * Writes the seven weights (fractions) into the weights table, each into the row of its criterion
 * (found by key, wherever a sort put it); only weights that change are written, nothing else.
 */
export async function writeWeights(
  context: Excel.RequestContext,
  weights: Record<Criterion, number>,
): Promise<KeyedResult> {
  const columns = SPEC_BY_KEY.weights.columns;
  const weight = columns.find((c) => c.key === "weight")!.header;
  return writeByKey(
    context,
    TABLE_NAMES.weights,
    columns[0].header,
    [weight],
    CRITERIA.map((c) => ({ key: c, column: weight, value: weights[c] })),
  );
}

/** Appends a row per question ID below the priorities, then regenerates so the ranking table has room. */
export async function addNeeds(context: Excel.RequestContext, ids: string[], lang: WbLang, year: number) {
  if (!ids.length) return;
  // read again: a need added meanwhile (by a co-author, or by a run that failed halfway) is not added twice
  const read = await readTables(context, ["priorities"]);
  const present = new Set((recordsOf(read).records.priorities ?? []).map((r) => questionKey(r.questionId)));
  const fresh = [...new Map(ids.map((id) => [questionKey(id), id])).values()].filter(
    (id) => !present.has(questionKey(id)),
  );
  await appendRows(
    context,
    "priorities",
    fresh.map((id) =>
      priorityRow({
        questionId: id,
        scores: { urgency: "", success: "", equity: "", feasibility: "", efficiency: "", strategic: "" },
        participants: "",
        hoursPerParticipant: "",
        externalCost: "",
        subsidy: "",
      }),
    ),
    { fillFirstBlank: true },
  );
  await generate(context, { lang, year });
}

/**
 * Marks the optimum in the "in budget optimum" column: yes for the chosen needs, blank for the
 * others, each in the row of its question ID (found by ID, wherever a sort put it). The column
 * belongs to the add-in; the user confirms before it is written. Returns how many are marked.
 */
export async function writeOptimum(
  context: Excel.RequestContext,
  ids: string[],
  lang: WbLang,
): Promise<number> {
  const spec = SPEC_BY_KEY.priorities;
  const idHeader = spec.columns[0].header;
  const optimum = spec.columns.find((c) => c.key === "optimum")!.header;
  // question IDs compared normalised (questionKey); each cell is written by its row's own ID text
  const chosen = new Set(ids.map(questionKey));
  let marked = 0;
  await writeByKey(context, TABLE_NAMES.priorities, idHeader, [optimum], (keys) => {
    const present = [...new Set(keys.map(String).filter((k) => normalizeKey(k)))];
    marked = present.filter((id) => chosen.has(questionKey(id))).length;
    return present.map((id) => ({
      key: id,
      column: optimum,
      value: chosen.has(questionKey(id)) ? YES[lang] : "",
    }));
  });
  return marked;
}
