/**
 * The Plan panel's services (issue 13, item 1): read the rank-order plan and the budget optimum
 * side by side with their totals (score, net cost, hours, days, days per FTE) and which needs the
 * training plan (VTO_Plan) already holds; take chosen needs into the plan (rows appended below
 * the table, read → plan → apply → verify; a need already in the plan is reported, never added
 * twice, and existing rows are never written); mark the optimum with the stamp that lets the
 * Prioriteiten sheet say whether it is still current.
 */
import { optimumFingerprint } from "../domain/plan";
import { questionIndex, questionKey } from "../domain/questions";
import { dateSerial } from "../workbook/dates";
import { planRecordFromNeed } from "../workbook/examplePlan";
import type { WbLang } from "../workbook/lang";
import { parseNeed, parseQuestion } from "../workbook/parse";
import { planRow } from "../workbook/rows";
import { SPEC_BY_KEY, TABLE_NAMES } from "../workbook/specs";
import { appendRows } from "./appendRows";
import { writeByKey } from "./keyedWrites";
import { PrioritiesView, RankedNeed, readPriorities, writeOptimum } from "./priorities";
import { readTables, recordsOf } from "./readTables";

export interface PlanChoice {
  ids: string[];
  score: number;
  netCost: number;
  hours: number;
  /** Hours ÷ hours per day (null without a valid setting). */
  days: number | null;
  /** Days ÷ FTE of the reference period (null without either). */
  daysPerFte: number | null;
}

export interface PlanView {
  lang: WbLang;
  priorities: PrioritiesView;
  /** The needs ranked, in rank order (what the checkboxes list). */
  ranked: RankedNeed[];
  rankOrder: PlanChoice;
  optimum: PlanChoice | null;
  /** Question keys the plan table already holds (lower case, normalised). */
  inPlan: string[];
  /** The plan table is missing (the sheets predate it): the pane asks to update the sheets first. */
  planMissing: boolean;
  hoursPerDay: number | null;
  fte: number | null;
  /** Whether the FTE is the setting of the reference period (else the Employees' FTE summed). */
  fteFromSetting: boolean;
  target: number | null;
}

const setting = (rows: Record<string, unknown>[], key: string) =>
  rows.find((r) => String(r.key ?? "").trim() === key)?.value;

export async function readPlanView(context: Excel.RequestContext): Promise<PlanView> {
  const priorities = await readPriorities(context);
  const read = await readTables(context, ["settings", "employees", "plan"]);
  const { records } = recordsOf(read);
  const settings = records.settings ?? [];
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const hpd = num(setting(settings, "hours_per_day"));
  const hoursPerDay = hpd !== null && hpd > 0 ? hpd : null;
  const fteSetting = num(setting(settings, "fte_reference"));
  const staffFte = (records.employees ?? []).reduce((s, e) => s + (num(e.fte) ?? 0), 0);
  const fte = fteSetting !== null && fteSetting > 0 ? fteSetting : staffFte > 0 ? staffFte : null;
  const choice = (list: RankedNeed[]): PlanChoice => {
    const hours = list.reduce((s, n) => s + n.hours, 0);
    const days = hoursPerDay === null ? null : hours / hoursPerDay;
    return {
      ids: list.map((n) => n.questionId),
      score: list.reduce((s, n) => s + n.score, 0),
      netCost: list.reduce((s, n) => s + n.netCost, 0),
      hours,
      days,
      daysPerFte: days === null || fte === null ? null : days / fte,
    };
  };
  const ranked = priorities.ranked;
  const opt = priorities.optimum;
  const optIds = new Set((opt?.ids ?? []).map(questionKey));
  return {
    lang: priorities.lang,
    priorities,
    ranked,
    rankOrder: choice(ranked.filter((n) => n.inPlan)),
    optimum: opt ? choice(ranked.filter((n) => optIds.has(questionKey(n.questionId)))) : null,
    inPlan: [...new Set((records.plan ?? []).map((r) => questionKey(r.questionId)).filter(Boolean))],
    planMissing: read.missing.includes("plan"),
    hoursPerDay,
    fte,
    fteFromSetting: fteSetting !== null && fteSetting > 0,
    target: num(setting(settings, "days_per_fte")),
  };
}

export interface TakeResult {
  added: string[];
  /** Needs the plan already held (compared by normalised question ID): not added again. */
  already: string[];
  syncs: number;
}

/**
 * Appends a plan row per chosen need (its question, target group and cost figures; type formal and
 * status planned for the user to adjust) below the plan table. Reads the plan again first, so a
 * need added meanwhile (by a co-author, or by a run that failed halfway) is reported, not added
 * twice. Existing rows are never written.
 */
export async function takeIntoPlan(
  context: Excel.RequestContext,
  ids: string[],
  lang: WbLang,
): Promise<TakeResult> {
  const read = await readTables(context, ["questions", "priorities", "plan"]);
  const { records } = recordsOf(read);
  if (read.missing.includes("plan")) throw new Error(`${TABLE_NAMES.plan} is missing`);
  const present = new Set((records.plan ?? []).map((r) => questionKey(r.questionId)).filter(Boolean));
  const questions = (records.questions ?? []).map((r) => parseQuestion(r, lang));
  const index = questionIndex(questions);
  const needs = (records.priorities ?? []).map(parseNeed);
  const wanted = [...new Map(ids.map((id) => [questionKey(id), id])).values()];
  const already = wanted.filter((id) => present.has(questionKey(id)));
  const fresh = wanted.filter((id) => !present.has(questionKey(id)));
  const rows = fresh.map((id) => {
    const need = needs.find((n) => questionKey(n.questionId) === questionKey(id));
    const qi = index.get(questionKey(id));
    const record = planRecordFromNeed(
      need ?? { questionId: id, participants: "", hoursPerParticipant: "", externalCost: "", subsidy: "" },
      qi === undefined ? undefined : questions[qi],
      lang,
    );
    // the question ID as the priorities row has it (its own text), else as chosen
    return planRow({ ...record, questionId: need ? need.questionId : id });
  });
  const result = rows.length ? await appendRows(context, "plan", rows, { fillFirstBlank: true }) : null;
  return { added: fresh, already, syncs: (result?.syncs ?? 0) + 2 };
}

/**
 * Marks the optimum in Prioriteiten's "In budgetoptimum" column (writeOptimum) and stamps the
 * settings with the day and the fingerprint of what it was computed from, so that the note above
 * Prioriteiten says whether the column is still current. Returns how many needs are marked.
 */
export async function markOptimum(
  context: Excel.RequestContext,
  ids: string[],
  lang: WbLang,
  today: Date = new Date(),
): Promise<number> {
  const view = await readPriorities(context);
  const chosen = new Set(ids.map(questionKey));
  const marked = await writeOptimum(context, ids, lang);
  const fingerprint = optimumFingerprint({
    ranked: view.ranked.map((n) => ({
      score: n.score,
      netCost: n.netCost,
      hours: n.hours,
      inOptimum: chosen.has(questionKey(n.questionId)),
    })),
    budget: view.settings.budget,
    hoursCap: view.settings.hoursCap,
  });
  const columns = SPEC_BY_KEY.settings.columns;
  const value = columns.find((c) => c.key === "value")!.header;
  await writeByKey(
    context,
    TABLE_NAMES.settings,
    columns[0].header,
    [value],
    [
      {
        key: "optimum_date",
        column: value,
        value: dateSerial(today.getFullYear(), today.getMonth() + 1, today.getDate()),
      },
      { key: "optimum_fingerprint", column: value, value: fingerprint },
    ],
  );
  return marked;
}
