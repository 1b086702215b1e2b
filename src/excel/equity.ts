/**
 * The Prioritise pane's equity suggestion (issue 13, item 6): per need of Prioriteiten, the score
 * for Billijkheid that its question's target group suggests, from how that group fared on the
 * Billijkheid sheet (VTO_Equity, its 24-month hours index; src/domain/equity.ts), and writing a
 * suggestion into the need's Billijkheid cell only while that cell is blank (read → plan → apply →
 * verify by the question ID, writeByKey). Reads: readTables (2 syncs + chunks).
 */
import { EquitySuggestion, GROUP_KINDS, GroupKind, suggestEquity, targetGroupOf } from "../domain/equity";
import { questionIdText, questionIndex, questionKey } from "../domain/questions";
import { GROUP_KIND_TEXT } from "../workbook/equitySpecs";
import { WbLang } from "../workbook/lang";
import { parseQuestion } from "../workbook/parse";
import { SPEC_BY_KEY, TABLE_NAMES } from "../workbook/specs";
import { KeyedResult, writeByKey } from "./keyedWrites";
import { MissingTablesError } from "./questions";
import { readTables, recordsOf } from "./readTables";

export interface EquityNeed {
  questionId: string;
  /** The question's target group as typed ("" when none). */
  target: string;
  /** The need's Billijkheid cell as it is ("" when blank). */
  current: unknown;
  blank: boolean;
  suggestion: EquitySuggestion | null;
  /** Why there is none: no target group, one that names no group, or a group without figures. */
  why: "noTarget" | "unknownGroup" | "noFigures" | null;
}

export interface EquityView {
  lang: WbLang;
  /** Whether the workbook has the Billijkheid sheet (older workbooks: generate first). */
  hasSheet: boolean;
  needs: EquityNeed[];
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const isBlank = (v: unknown) => v === null || v === undefined || /^ *$/.test(String(v));

/** The groups as the sheet computed them (kind from its text in the workbook's language). */
function groupsOf(records: Record<string, unknown>[], lang: WbLang) {
  const kindOf = (text: unknown): GroupKind | null =>
    GROUP_KINDS.find((k) => GROUP_KIND_TEXT[k][lang].toLowerCase() === String(text ?? "").toLowerCase()) ??
    null;
  return records.map((r) => {
    const kind = kindOf(r.kind);
    const group = String(r.group ?? "");
    if (kind === null || group === "") return null;
    return {
      kind,
      group,
      headcount: num(r.headcount) ?? 0,
      hours24: num(r.hours24),
      shareHeadcount: num(r.shareHeadcount),
      shareHours24: num(r.shareHours24),
      index24: num(r.index24),
      score: num(r.score),
    };
  });
}

export async function readEquity(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<EquityView> {
  const read = await readTables(context, ["questions", "priorities", "equity"], onProgress);
  const missing = read.missing.filter((k) => k !== "equity");
  if (missing.length) throw new MissingTablesError(missing.map((k) => TABLE_NAMES[k]));
  const { records } = recordsOf(read);
  const lang = read.lang;
  const questions = (records.questions ?? []).map((r) => parseQuestion(r, lang));
  const index = questionIndex(questions);
  const groups = groupsOf(records.equity ?? [], lang);
  const needs = (records.priorities ?? [])
    .filter((r) => questionKey(r.questionId) !== "")
    .map((r): EquityNeed => {
      const i = index.get(questionKey(r.questionId));
      const target = i === undefined ? "" : String(questions[i].targetGroup ?? "").trim();
      const suggestion = suggestEquity(target, groups);
      return {
        questionId: questionIdText(r.questionId),
        target,
        current: isBlank(r.equity) ? "" : r.equity,
        blank: isBlank(r.equity),
        suggestion,
        why: suggestion
          ? null
          : target === ""
            ? "noTarget"
            : targetGroupOf(target, groups) === null
              ? "unknownGroup"
              : "noFigures",
      };
    });
  return { lang, hasSheet: !read.missing.includes("equity"), needs };
}

/**
 * Writes suggested scores into the needs' Billijkheid cells, each only while it is blank (a score
 * typed meanwhile is kept and reported in notBlank), found by the question ID.
 */
export async function writeEquity(
  context: Excel.RequestContext,
  scores: { questionId: string; score: number }[],
): Promise<KeyedResult> {
  const spec = SPEC_BY_KEY.priorities;
  const column = spec.columns.find((c) => c.key === "equity")!.header;
  return writeByKey(
    context,
    TABLE_NAMES.priorities,
    spec.columns[0].header,
    [column],
    scores.map((s) => ({ key: s.questionId, column, value: s.score, onlyIfBlank: true })),
  );
}
