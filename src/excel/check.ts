/**
 * Re-checks the registers: reads the tables in chunks (each response well under 5 MB), runs the
 * domain rules, and locates every finding as Sheet!A1. Reads only: checking never writes.
 */
import { Assessor } from "../domain/competences";
import {
  BoundedFindings,
  KEPT_PER_RULE,
  RegisterInput,
  RuleCount,
  RuleId,
  TableId,
  validateRegistersInSlices,
} from "../domain/validation";
import { QuestionChoices } from "../domain/questionValidation";
import type { PriorityCheckInput } from "../domain/priorityValidation";
import { LocatedFinding, Locations, locate, RULE_TEXT } from "../workbook/findings";
import { readTables, recordsOf, TableMeta, TablesRead, yieldToUi } from "./readTables";
import { parseRect, splitSheetAddress } from "../workbook/address";
import {
  ANSWER,
  ASSESSOR,
  CAUSE,
  COMPETENCE_TYPE,
  GENDER,
  PERSPECTIVE,
  PYRAMID_ANSWER,
  QUESTION_SOURCE,
  NO,
  YES,
  Text,
  WbLang,
} from "../workbook/lang";
import { INSTRUMENTS, SPEC_BY_KEY, TABLE_NAMES, TableKey } from "../workbook/specs";
import { MATRIX, matrixCapacity } from "../workbook/matrix";
import { dateSerial } from "../workbook/dates";
import { TRAINING_TYPE } from "../workbook/trainingSpecs";

export type Checked = TableId & TableKey;
export const CHECKED: Checked[] = [
  "settings",
  "teams",
  "competences",
  "profiles",
  "employees",
  "gaps",
  "questions",
  "starr",
  "pyramid",
  "eightFields",
  "gilbert",
  "weights",
  "priorities",
  "training",
  "plan",
  // formulas only: read for its size (the warning above it)
  "diagnosis",
  "certificates",
  "equity",
];
/** Instrument tables exist only when chosen: their absence is no problem. */
const OPTIONAL = new Set<Checked>([...INSTRUMENTS, "training", "certificates", "plan", "equity"]);

export interface CheckResult {
  lang: WbLang;
  /**
   * The first findings of each rule (KEPT_PER_RULE at most, in the order of the rows): 100,000
   * rows of junk are counted, not kept. More of a rule: findingsPage.
   */
  findings: LocatedFinding[];
  /** Every finding counted, per rule and table (also the ones not kept). */
  counts: LocatedCount[];
  rows: Record<Checked, number>;
  missingTables: string[];
  /** What was read, so that edited rows can be re-read alone. */
  state: CheckState;
}

export interface CheckState extends Omit<TablesRead, "missing"> {
  today: Date;
  missingTables: string[];
  /** The team matrix: where its warning cell is and the size it was laid out for. */
  matrix: {
    sheet: string;
    row: number;
    col: number;
    capacity: { teams: number; competences: number } | null;
  } | null;
}

export async function runCheck(
  context: Excel.RequestContext,
  options: { today?: Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<CheckResult> {
  // the matrix's name is read with the tables' first sync; its warning cell then in one more
  const name = context.workbook.names.getItemOrNullObject(MATRIX.name).load("formula");
  // the Rangorde table too: only its size is checked (needs ranked past its last row)
  const read = await readTables(context, [...CHECKED, "ranking"], options.onProgress);
  const state: CheckState = {
    ...read,
    today: options.today ?? new Date(),
    missingTables: read.missing
      .filter((k) => !OPTIONAL.has(k as Checked) && k !== "diagnosis")
      .map((k) => TABLE_NAMES[k]),
    matrix: await readMatrixCheck(context, name),
  };
  return evaluate(state);
}

/** The team matrix's warning cell (above its anchor) and the size its formula names. */
async function readMatrixCheck(
  context: Excel.RequestContext,
  name: Excel.NamedItem,
): Promise<CheckState["matrix"]> {
  if (name.isNullObject) return null;
  const { sheet, local } = splitSheetAddress(String(name.formula).replace(/^=/, ""));
  const anchor = parseRect(local.replace(/\$/g, ""));
  if (!sheet || !anchor || anchor.row < 1) return null;
  const cell = name.getRange().getOffsetRange(-1, 0).load("formulas");
  await context.sync();
  return { sheet, row: anchor.row, col: anchor.col, capacity: matrixCapacity(cell.formulas[0][0]) };
}

/** The rules' input from what was read, and where each table is (also the import's preview). */
export function inputOf(state: CheckState): {
  input: RegisterInput & PriorityCheckInput;
  locations: Locations;
  rows: CheckResult["rows"];
} {
  // paging through a large result asks for the same input many times: build it once per state
  const known = inputs.get(state);
  if (known) return known;
  const made = buildInput(state);
  inputs.set(state, made);
  return made;
}

const inputs = new WeakMap<CheckState, ReturnType<typeof buildInput>>();

function buildInput(state: CheckState): {
  input: RegisterInput & PriorityCheckInput;
  locations: Locations;
  rows: CheckResult["rows"];
} {
  const read = recordsOf(state);
  const locations = read.locations;
  // the rules look at what users type: computed columns (formulas) are not theirs to fix
  const records = Object.fromEntries(
    Object.entries(read.records).map(([key, rows]) => {
      const computed = SPEC_BY_KEY[key as Checked].columns.filter((c) => c.formula).map((c) => c.key);
      if (!computed.length) return [key, rows];
      for (const r of rows!) for (const c of computed) delete r[c];
      return [key, rows];
    }),
  ) as typeof read.records;
  const settings = (records.settings ?? []).map((r, row) => ({
    key: String(r.key ?? "").trim(),
    value: r.value,
    row,
  }));
  const year = settings.find((s) => s.key === "analysis_year")?.value;
  const today = state.today;
  const assessors: Record<string, Assessor> = {};
  for (const [k, t] of Object.entries(ASSESSOR) as [Assessor, Text][]) {
    assessors[t.nl] = k;
    assessors[t.en] = k;
  }
  const ranking = state.tables.find((t) => t.key === "ranking");
  const input: RegisterInput & PriorityCheckInput = {
    rankingRows: ranking ? ranking.bodyRows : null,
    competences: records.competences ?? [],
    employees: records.employees ?? [],
    gaps: records.gaps ?? [],
    settings,
    assessors,
    competenceTypes: new Set(Object.values(COMPETENCE_TYPE).flatMap((t) => [t.nl, t.en])),
    analysisYear: typeof year === "number" ? year : today.getFullYear(),
    today: dateSerial(today.getFullYear(), today.getMonth() + 1, today.getDate()),
    textFields: Object.fromEntries(CHECKED.map((k) => [k, k === "settings" ? [] : textFields(k)])),
    questions: records.questions ?? [],
    starr: records.starr ?? [],
    pyramid: records.pyramid ?? [],
    eightFields: records.eightFields ?? [],
    gilbert: records.gilbert ?? [],
    weights: records.weights,
    priorities: records.priorities,
    training: records.training ?? [],
    plan: records.plan ?? [],
    trainingTexts: {
      yes: YES[state.lang],
      type: {
        formal: TRAINING_TYPE.formal[state.lang],
        informal: TRAINING_TYPE.informal[state.lang],
        initial: TRAINING_TYPE.initial[state.lang],
      },
    },
    yesNoChoices: new Set([YES[state.lang], NO[state.lang]]),
    choices: questionChoices(state.lang),
    teams: records.teams ?? [],
    profiles: records.profiles ?? [],
    genders: new Set(Object.values(GENDER).map((t) => t[state.lang].toLowerCase())),
    sourceChoices: new Set(Object.values(ASSESSOR).map((t) => t[state.lang].toLowerCase())),
    sizes: {
      diagnosisRows: state.tables.find((t) => t.key === "diagnosis")?.bodyRows ?? null,
      matrix: state.matrix?.capacity ?? null,
      certificateRows: state.tables.find((t) => t.key === "certificates")?.bodyRows ?? null,
      equityRows: state.tables.find((t) => t.key === "equity")?.bodyRows ?? null,
    },
  };
  if (state.matrix)
    locations.matrix = {
      sheet: state.matrix.sheet,
      headerRow: state.matrix.row,
      columns: { check: state.matrix.col },
    };
  const rows = Object.fromEntries(CHECKED.map((k) => [k, (records[k] ?? []).length])) as Record<
    Checked,
    number
  >;
  return { input, locations, rows };
}

/** Runs the rules over what was read: every finding counted, the first of each rule located. */
async function evaluate(state: CheckState): Promise<CheckResult> {
  const { input, locations, rows } = inputOf(state);
  const sink = new BoundedFindings({ keep: KEPT_PER_RULE });
  await validateRegistersInSlices(input, { pause: yieldToUi }, sink);
  return {
    lang: state.lang,
    findings: locate(sink.findings(), locations, state.lang),
    counts: locateCounts(sink.ruleCounts(), locations, state.lang),
    rows,
    missingTables: state.missingTables,
    state,
  };
}

/**
 * A page of one rule's findings (in the tables given, or in all), in the order of the rows: what the
 * check counted but did not keep. Runs the rules again over what the check read (nothing is read
 * from the workbook), keeping only that page.
 */
export async function findingsPage(
  result: CheckResult,
  page: { rule: RuleId; tables?: ReadonlySet<TableId>; offset: number; limit: number },
): Promise<LocatedFinding[]> {
  const { input, locations } = inputOf(result.state);
  const sink = new BoundedFindings({
    keep: page.limit,
    skip: page.offset,
    rules: new Set([page.rule]),
    tables: page.tables,
  });
  await validateRegistersInSlices(input, { pause: yieldToUi }, sink);
  return locate(sink.findings(), locations, result.lang);
}

/** A rule's count in one table, with the sheet it is on and its title in the workbook's language. */
export interface LocatedCount extends RuleCount {
  sheet: string;
  title: string;
}

export function locateCounts(counts: RuleCount[], where: Locations, lang: WbLang): LocatedCount[] {
  return counts.flatMap((c) => {
    const loc = where[c.table];
    return loc ? [{ ...c, sheet: loc.sheet, title: RULE_TEXT[c.rule].title[lang] }] : [];
  });
}

export interface Edit {
  worksheetId: string;
  /** The edited range on that sheet, e.g. "F5" or "A4:C6" (a sheet prefix is ignored). */
  address: string;
}

/**
 * Re-reads only the edited rows of the registers and runs the rules again (one round trip).
 * Returns null when the edit changed the shape of a register (rows added or removed, a header
 * edited): then a full check is needed.
 */
export async function recheckRows(
  context: Excel.RequestContext,
  previous: CheckResult,
  edits: Edit[],
): Promise<CheckResult | null> {
  const state = previous.state;
  const reads: { meta: TableMeta; start: number; count: number; range: Excel.Range }[] = [];
  const sizes = state.tables.map((meta) => ({
    meta,
    body: context.workbook.tables.getItem(TABLE_NAMES[meta.key]).getDataBodyRange().load("rowCount"),
  }));
  for (const edit of edits) {
    const rect = parseRect(splitSheetAddress(edit.address).local);
    if (!rect) return null;
    for (const meta of state.tables) {
      if (meta.sheetId !== edit.worksheetId) continue;
      if (rect.row <= meta.headerRow && rect.row + rect.rows > meta.headerRow) return null; // a header
      const first = Math.max(rect.row, meta.headerRow + 1) - meta.headerRow - 1;
      const last = Math.min(rect.row + rect.rows - 1, meta.headerRow + meta.bodyRows) - meta.headerRow - 1;
      if (rect.row + rect.rows - 1 > meta.headerRow + meta.bodyRows && rect.row > meta.headerRow) return null; // grew
      if (last < first) continue;
      const range = context.workbook.tables
        .getItem(TABLE_NAMES[meta.key])
        .getDataBodyRange()
        .getRow(first)
        .getResizedRange(last - first, 0)
        .load("values");
      reads.push({ meta, start: first, count: last - first + 1, range });
    }
  }
  await context.sync();
  if (sizes.some((s) => s.body.rowCount !== s.meta.bodyRows)) return null;
  const raw = { ...state.raw };
  for (const r of reads) {
    const rows = [...(raw[r.meta.key] ?? [])];
    r.range.values.forEach((v, i) => (rows[r.start + i] = v));
    raw[r.meta.key] = rows;
  }
  return evaluate({ ...state, raw });
}

/**
 * A list's spellings in the workbook's language, lower-case: the formulas compare with exactly
 * these (case aside), so another language's word is not a choice there.
 */
function spellings<K extends string>(map: Record<K, Text>, lang: WbLang): Record<string, K> {
  const out: Record<string, K> = {};
  for (const [k, t] of Object.entries(map) as [K, Text][]) out[t[lang].toLowerCase()] = k;
  return out;
}

export function questionChoices(lang: WbLang): QuestionChoices {
  return {
    perspectives: new Set(Object.keys(spellings(PERSPECTIVE, lang))),
    sources: new Set(Object.keys(spellings(QUESTION_SOURCE, lang))),
    causes: spellings(CAUSE, lang),
    answers: spellings(ANSWER, lang),
    pyramidAnswers: spellings(PYRAMID_ANSWER, lang),
  };
}

function textFields(key: Checked): string[] {
  return SPEC_BY_KEY[key].columns.filter((c) => c.text && c.key !== "id").map((c) => c.key);
}

/** Selects a finding's cell in Excel (activates its sheet). */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, local } = splitSheetAddress(address);
  const ws = context.workbook.worksheets.getItem(sheet ?? "");
  ws.activate();
  ws.getRange(local).select();
  await context.sync();
}
