/**
 * The learning-question services of the task pane: the verdict counts at a glance, questions
 * proposed from the gap register, causes proposed from the competentiepiramide and Gilbert.
 * Reads are those of readTables (2 syncs + packed chunks); each write is one more sync.
 */
import { Cause, countVerdicts, QuestionCounts } from "../domain/questions";
import {
  CauseProposal,
  GapProposal,
  nextIds,
  proposeCauses,
  proposeFromGaps,
  questionExists,
} from "../domain/proposals";
import { cellAddress, quoteSheetName } from "../workbook/address";
import { resolveGaps } from "../domain/profiles";
import { profilesOf } from "../domain/profileValidation";
import type { Locations, TableLocation } from "../workbook/findings";
import { CAUSE, WbLang } from "../workbook/lang";
import {
  parseEmployee,
  parseGap,
  parseGilbert,
  parsePyramid,
  parseQuestion,
  parseSettings,
} from "../workbook/parse";
import { questionRow } from "../workbook/rows";
import { INSTRUMENTS, InstrumentKey, TABLE_NAMES } from "../workbook/specs";
import { applyQuickFixes, RowKey } from "./quickFixes";
import type { Scalar } from "../workbook/plan";
import { readTables, recordsOf } from "./readTables";
import { appendRows } from "./appendRows";

export interface QuestionsOverview {
  lang: WbLang;
  /** False when the workbook has no learning-question table yet. */
  present: boolean;
  counts: QuestionCounts;
  /** Instrument sheets the workbook has. */
  instruments: InstrumentKey[];
}

export async function readOverview(context: Excel.RequestContext): Promise<QuestionsOverview> {
  const read = await readTables(context, ["questions", ...INSTRUMENTS]);
  const { records } = recordsOf(read);
  const questions = (records.questions ?? [])
    .map((r) => parseQuestion(r, read.lang))
    .filter((q) => q.id.trim() || q.title.trim());
  return {
    lang: read.lang,
    present: !read.missing.includes("questions"),
    counts: countVerdicts(questions),
    instruments: INSTRUMENTS.filter((k) => !read.missing.includes(k)),
  };
}

export class MissingTablesError extends Error {
  readonly code = "VtoMissingTables";
  constructor(readonly tables: string[]) {
    super(`The workbook lacks these tables: ${tables.join(", ")}`);
  }
}

// ---- from gaps to questions --------------------------------------------------------------------

export async function proposeQuestions(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<{ lang: WbLang; proposals: GapProposal[] }> {
  const read = await readTables(
    context,
    ["settings", "teams", "competences", "employees", "gaps", "questions", "profiles"],
    onProgress,
  );
  // a workbook made before function profiles has none yet: every required level is typed
  const missing = read.missing.filter((k) => k !== "profiles");
  if (missing.length) throw new MissingTablesError(missing.map((k) => TABLE_NAMES[k]));
  const { records } = recordsOf(read);
  const str = (v: unknown) => String(v ?? "").trim();
  // the levels each rating is measured against, as the gap register computes them: its own, else
  // its employee's function profile
  const employees = (records.employees ?? []).map((r) => ({ ...parseEmployee(r), role: str(r.role) }));
  const gaps = resolveGaps(
    (records.gaps ?? []).flatMap((r) => parseGap(r) ?? []),
    employees,
    profilesOf(records.profiles ?? []),
  );
  const proposals = proposeFromGaps(
    {
      teams: [...new Set((records.teams ?? []).map((r) => str(r.team)).filter(Boolean))],
      competences: (records.competences ?? [])
        .filter((r) => str(r.id))
        .map((r) => ({ id: str(r.id), name: str(r.name) })),
      employees,
      gaps,
      existing: (records.questions ?? []).map((r) => parseQuestion(r, read.lang)),
    },
    parseSettings(records.settings ?? []),
  );
  return { lang: read.lang, proposals };
}

const fmt = (v: number | null, lang: WbLang) =>
  v === null ? "–" : lang === "nl" ? v.toFixed(2).replace(".", ",") : v.toFixed(2);

function proposalDescription(p: GapProposal, lang: WbLang): string {
  return lang === "nl"
    ? `Voorgesteld uit de kloofanalyse: gemiddelde kloof ${fmt(p.averageGap, lang)} bij ${p.assessed} beoordeelde medewerkers, toekomstige kloof ${fmt(p.averageFutureGap, lang)}.`
    : `Proposed from the gap analysis: average gap ${fmt(p.averageGap, lang)} over ${p.assessed} employees assessed, future gap ${fmt(p.averageFutureGap, lang)}.`;
}

export interface AddedQuestions {
  ids: string[];
  /** Proposals a question already covered when writing (e.g. added by a co-author meanwhile). */
  alreadyThere: number;
}

/**
 * Appends the chosen proposals as questions: perspective competentie, source kloofanalyse, the
 * team as target group; cause and wish are left for the user. Reads the table again first, so a
 * question that appeared meanwhile is not duplicated. 1 read + 1 write.
 */
export async function addQuestions(
  context: Excel.RequestContext,
  proposals: GapProposal[],
): Promise<AddedQuestions> {
  const read = await readTables(context, ["questions"]);
  if (read.missing.length) throw new MissingTablesError([TABLE_NAMES.questions]);
  const { records } = recordsOf(read);
  const lang = read.lang;
  const existing = (records.questions ?? []).map((r) => parseQuestion(r, lang));
  const fresh: GapProposal[] = [];
  for (const p of proposals) {
    if (questionExists(existing, p.team, p.competenceId)) continue;
    if (fresh.some((f) => f.team === p.team && f.competenceId === p.competenceId)) continue;
    fresh.push(p);
  }
  const ids = nextIds(
    existing.map((q) => q.id),
    fresh.length,
  );
  if (fresh.length) {
    const specRow = (p: GapProposal, id: string) =>
      questionRow(
        {
          id,
          title: `${p.competenceName || p.competenceId} – ${p.team}`,
          description: proposalDescription(p, lang),
          perspective: "competence",
          source: "gapAnalysis",
          targetGroup: p.team,
          competenceIds: [p.competenceId],
          cause: null,
          wish: null,
          costEffective: null,
        },
        lang,
      );
    // below the table, in its own column order; the calculated columns fill themselves. A new
    // table's one blank row takes the first question (no empty row left above it)
    await appendRows(
      context,
      "questions",
      fresh.map((p, i) => specRow(p, ids[i])),
      { fillFirstBlank: true },
    );
  }
  return { ids, alreadyThere: proposals.length - fresh.length };
}

// ---- causes from the instruments -------------------------------------------------------------

export interface CauseSuggestion extends CauseProposal {
  questionId: string;
  title: string;
  /** The question's cause cell, Sheet!A1. */
  address: string;
  /** What the cell holds now (the fix applies only while it still does). */
  current: unknown;
  proposedLabel: string;
  /** The instrument record's first cell, Sheet!A1. */
  recordAddress: string;
  /** The question's ID cell as read: the cause is written only while that row is still this question. */
  key: RowKey;
}

const cellOf = (loc: TableLocation | undefined, row: number, column: string) => {
  const col = loc?.columns[column];
  if (!loc || col === undefined) return "";
  return `${quoteSheetName(loc.sheet)}!${cellAddress(loc.headerRow + 1 + row, col)}`;
};
const firstCellOf = (loc: TableLocation | undefined, row: number) => {
  if (!loc) return "";
  return `${quoteSheetName(loc.sheet)}!${cellAddress(loc.headerRow + 1 + row, Math.min(...Object.values(loc.columns)))}`;
};

export async function suggestCauses(
  context: Excel.RequestContext,
): Promise<{ lang: WbLang; suggestions: CauseSuggestion[] }> {
  const read = await readTables(context, ["questions", "pyramid", "gilbert"]);
  if (read.missing.includes("questions")) throw new MissingTablesError([TABLE_NAMES.questions]);
  const { records, locations } = recordsOf(read);
  const lang = read.lang;
  const raw = records.questions ?? [];
  const questions = raw.map((r) => parseQuestion(r, lang));
  const proposals = proposeCauses(
    questions,
    (records.pyramid ?? []).map((r) => parsePyramid(r, lang)),
    (records.gilbert ?? []).map(parseGilbert),
  );
  const loc = locations as Locations & Record<string, TableLocation | undefined>;
  return {
    lang,
    suggestions: proposals.map((p) => ({
      ...p,
      questionId: questions[p.question].id,
      title: questions[p.question].title,
      address: cellOf(loc.questions, p.question, "cause"),
      current: raw[p.question].cause ?? "",
      proposedLabel: CAUSE[p.proposed as Cause][lang],
      recordAddress: firstCellOf(loc[p.from], p.record),
      key: { address: cellOf(loc.questions, p.question, "id"), value: raw[p.question].id as Scalar },
    })),
  };
}

/** Writes the confirmed causes, each only into a cell that still holds what was read. 2 syncs. */
export function applyCauses(context: Excel.RequestContext, chosen: CauseSuggestion[]): Promise<number> {
  return applyQuickFixes(
    context,
    chosen.map((s) => ({
      address: s.address,
      expected: s.current,
      replacement: s.proposedLabel,
      key: s.key,
    })),
  );
}
