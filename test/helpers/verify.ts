/** Checks computed workbook values against the domain reference, whatever engine computed them. */
import {
  AnalysisSettings,
  diagnose,
  futureGap,
  gap,
  selfManagerDifference,
  staysAfterHorizon,
  teamCell,
} from "../../src/domain/competences";
import type { ExampleData } from "../../src/workbook/example";
import {
  eightFieldsStatus,
  GILBERT_CAUSES,
  gilbertConclusion,
  PYRAMID_CAUSE,
  pyramidConclusion,
  STARR_PARTS,
  starrMissing,
} from "../../src/domain/instruments";
import {
  assessQuestion,
  isRealNeed,
  questionIdText,
  questionIndex,
  questionKey,
  suggestedAction,
} from "../../src/domain/questions";
import { Criterion, prioritise, readPrioritySettings } from "../../src/domain/priorities";
import {
  ACTION,
  CAUSE,
  COMPLETE,
  GILBERT_FACTOR,
  GILBERT_NONE,
  MISSING_PREFIX,
  NEED_STATUS,
  NO,
  NO_BUDGET,
  OR,
  PYRAMID_CONCLUSION,
  PYRAMID_LEVEL,
  QUESTION_VERDICT,
  RANKING_SHORT,
  RISK,
  STARR_PART,
  STATUS_SEPARATOR,
  SUBSIDY_EXCEEDS,
  VERDICT,
  VERDICT_REASON,
  VTO_HELPS,
  WbLang,
  YES,
} from "../../src/workbook/lang";
import { seedRows, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { MATRIX } from "../../src/workbook/matrix";

export const SETTINGS: AnalysisSettings = {
  organisation: "",
  analysisYear: 2026,
  horizonYears: 3,
  scaleLabels: [],
  diagnosisSource: "manager",
  coverageInHouse: 0.8,
  gapThreshold: 1,
  futureGapThreshold: 1,
};

export interface ComputedWorkbook {
  table(name: string): Record<string, unknown>[];
  /** Team matrix cell, 0-based sheet row and column. */
  matrix(row: number, col: number): unknown;
}

const blank = (v: number | null) => (v === null ? "" : v);
const close = (a: unknown, b: number | null) =>
  b === null ? a === "" : typeof a === "number" && Math.abs(a - b) < 1e-9;

export function verifyAgainstReference(wb: ComputedWorkbook, data: ExampleData): void {
  const gapRows = wb.table("VTO_Gaps");
  expect(gapRows).toHaveLength(data.gaps.length);
  const byId = new Map(data.employees.map((e) => [e.id, e]));
  data.gaps.forEach((g, i) => {
    const row = gapRows[i];
    expect(row["Kloof"]).toEqual(blank(gap(g)));
    expect(row["Toekomstige kloof"]).toEqual(blank(futureGap(g)));
    const stays = staysAfterHorizon(byId.get(g.employeeId), SETTINGS);
    expect(row["Blijft na horizon"]).toEqual(stays === null ? "" : stays ? 1 : 0);
    expect(row["Verschil zelf - leidinggevende"]).toEqual(blank(selfManagerDifference(g, data.gaps)));
  });
  const diag = wb.table("VTO_Diagnosis");
  data.competences.forEach((c, i) => {
    const ref = diagnose(c, data.gaps, data.employees, SETTINGS);
    const row = diag[i];
    expect(row["Competentie-ID"]).toBe(c.id);
    expect(row["Kritisch"]).toBe(c.critical ? YES.nl : "nee");
    expect(row["Beoordeeld"]).toBe(ref.assessed);
    expect(row["Op niveau"]).toBe(ref.atLevel);
    expect(close(row["Gemiddelde kloof"], ref.averageGap)).toBe(true);
    expect(close(row["Dekking"], ref.coverage)).toBe(true);
    expect(row["Oordeel"]).toBe(VERDICT[ref.verdict].nl);
    expect(row["Houders na horizon"]).toBe(ref.holdersAfterHorizon);
    expect(close(row["Gemiddelde toekomstige kloof"], ref.averageFutureGap)).toBe(true);
    expect(row["Risico"]).toBe(ref.risk ? RISK.nl : "");
    expect(close(row["Verschil zelf - leidinggevende"], ref.selfMinusManager)).toBe(true);
  });
  // rows beyond the catalogue stay blank
  expect(diag[data.competences.length]["Competentie-ID"]).toBe("");
  // the four stacked matrices: assessed, at level, average gap, coverage
  const teamRows = data.teams.length + MATRIX.spareTeams;
  data.teams.forEach((team, ti) => {
    data.competences.forEach((c, ci) => {
      const ref = teamCell(team, c.id, data.gaps, data.employees, SETTINGS);
      const at = (block: number) => wb.matrix(MATRIX.anchor.row + block * (teamRows + 3) + 1 + ti, 1 + ci);
      expect(wb.matrix(MATRIX.anchor.row + 1 + ti, 0)).toBe(team);
      expect(at(0)).toBe(ref.assessed);
      expect(at(1)).toBe(ref.atLevel);
      expect(close(at(2), ref.averageGap)).toBe(true);
      expect(close(at(3), ref.coverage)).toBe(true);
    });
  });
}

const header = (table: TableKey, key: string) =>
  SPEC_BY_KEY[table].columns.find((c) => c.key === key)!.header.nl;
const blankText = (s: unknown) => String(s ?? "").trim() === "";

/** The real-need test and the instrument conclusions, as the workbook (Dutch) should show them. */
export function verifyQuestionsAgainstReference(
  wb: Pick<ComputedWorkbook, "table">,
  data: ExampleData,
): void {
  const rows = wb.table("VTO_Questions");
  data.questions.forEach((q, i) => {
    const row = rows[i];
    const none = blankText(q.id) && blankText(q.title);
    const a = assessQuestion(q);
    expect([q, row[header("questions", "verdict")]]).toEqual([q, none ? "" : QUESTION_VERDICT[a.verdict].nl]);
    expect(row[header("questions", "reason")]).toBe(none ? "" : VERDICT_REASON[a.reason].nl);
    expect(row[header("questions", "action")]).toBe(none ? "" : ACTION[suggestedAction(q)].nl);
    expect([q.id, row[header("questions", "key")]]).toEqual([q.id, questionIdText(q.id)]);
  });

  // instrument sheets exist only for instruments with records
  const table = (name: string, records: unknown[]) => (records.length ? wb.table(name) : []);
  const starr = table("VTO_STARR", data.starr);
  data.starr.forEach((s, i) => {
    const empty = [s.id, s.employeeId, ...STARR_PARTS.map((p) => s[p])].every(blankText);
    const missing = starrMissing(s);
    const expected = empty
      ? ""
      : missing.length
        ? MISSING_PREFIX.nl + missing.map((p) => STARR_PART[p].nl).join(", ")
        : COMPLETE.nl;
    expect([s, starr[i][header("starr", "completeness")]]).toEqual([s, expected]);
  });

  const pyramid = table("VTO_Pyramid", data.pyramid);
  data.pyramid.forEach((p, i) => {
    const c = pyramidConclusion(p.answers);
    const row = pyramid[i];
    const got = ["firstShortfall", "proposedCause", "vtoHelps", "conclusion"].map(
      (k) => row[header("pyramid", k)],
    );
    const empty =
      [p.questionId, p.employeeId, p.note].every(blankText) && Object.values(p.answers).every((a) => a === null);
    const conclusion = c.missing.length
      ? empty
        ? ""
        : MISSING_PREFIX.nl + c.missing.map((l) => PYRAMID_LEVEL[l].nl).join(", ")
      : PYRAMID_CONCLUSION[c.firstShortfall ?? "none"].nl;
    const want = [
      c.firstShortfall ? PYRAMID_LEVEL[c.firstShortfall].nl : "",
      c.firstShortfall ? CAUSE[PYRAMID_CAUSE[c.firstShortfall]].nl : "",
      c.vtoHelps ? VTO_HELPS[c.vtoHelps].nl : "",
      conclusion,
    ];
    expect([p.answers, got]).toEqual([p.answers, want]);
  });

  const eight = table("VTO_EightFields", data.eightFields);
  data.eightFields.forEach((e, i) => {
    const empty = [e.id, e.questionId, e.title, ...Object.values(e.fields)].every(blankText);
    const st = eightFieldsStatus(e.fields);
    const row = eight[i];
    expect([e, row[header("eightFields", "filled")], row[header("eightFields", "status")]]).toEqual([
      e,
      empty ? "" : st.filled,
      empty ? "" : st.missing.length ? MISSING_PREFIX.nl + st.missing.join(", ") : COMPLETE.nl,
    ]);
  });

  const gilbert = table("VTO_Gilbert", data.gilbert);
  data.gilbert.forEach((g, i) => {
    const c = gilbertConclusion(g.ratings);
    const row = gilbert[i];
    const got = ["mainFactor", "proposedCause", "training"].map((k) => row[header("gilbert", k)]);
    const want = !c
      ? ["", "", ""]
      : c.mainFactor === null
        ? [GILBERT_NONE.nl, "", NO.nl]
        : [
            GILBERT_FACTOR[c.mainFactor].nl,
            GILBERT_CAUSES[c.mainFactor].map((x) => CAUSE[x].nl).join(OR.nl),
            (c.training ? YES : NO).nl,
          ];
    expect([g.ratings, got]).toEqual([g.ratings, want]);
  });
}

/**
 * The settings and weights tables as the workbook holds them for a data set, read by the
 * reference's own reader (readPrioritySettings), not the task pane's parser.
 */
export function prioritySettingsOf(data: ExampleData, lang: WbLang = "nl") {
  const settings = seedRows("settings", lang, 2026)!.map((r) => ({
    key: r[0],
    value: data.settingValues?.[String(r[0])] ?? r[2],
  }));
  const weights = seedRows("weights", lang, 2026)!.map((r) => {
    const given = data.weightValues?.[String(r[0]) as Criterion];
    return { key: r[0], weight: given ? given[0] : r[2] };
  });
  return readPrioritySettings(settings, weights);
}

/** Priorities and the rank-order walk, as the workbook (Dutch) should show them. */
export function verifyPrioritiesAgainstReference(
  wb: Pick<ComputedWorkbook, "table">,
  data: ExampleData,
): void {
  const s = prioritySettingsOf(data);
  const index = questionIndex(data.questions);
  const questionOf = (id: unknown) => {
    const i = index.get(questionKey(id));
    return i === undefined ? undefined : data.questions[i];
  };
  const verdictOf = (id: unknown) => {
    const q = questionOf(id);
    return q ? assessQuestion(q).verdict : null;
  };
  const walk = wb.table("VTO_Ranking");
  const results = prioritise(
    data.priorities,
    (id) => {
      const v = verdictOf(id);
      return v === null ? null : isRealNeed(v);
    },
    s,
    walk.length,
  );
  const rows = wb.table("VTO_Priorities");
  const h = (k: string) => header("priorities", k);
  results.forEach((r, i) => {
    const row = rows[i];
    const n = data.priorities[i];
    const status =
      r.status === "blank"
        ? ""
        : r.status === "notRealNeed"
          ? NEED_STATUS.notRealNeed.nl + QUESTION_VERDICT[verdictOf(n.questionId)!].nl
          : r.status === "weightsInvalid" && r.rowProblem
            ? NEED_STATUS.weightsInvalid.nl + STATUS_SEPARATOR + NEED_STATUS[r.rowProblem].nl
            : NEED_STATUS[r.status].nl;
    const num = (v: number | null | undefined) => (v === null || v === undefined ? "" : v);
    const got = {
      key: row[h("key")],
      title: row[h("title")],
      status: row[h("status")],
      totalHours: row[h("totalHours")],
      internalCost: row[h("internalCost")],
      netCost: row[h("netCost")],
      investmentScore: row[h("investmentScore")],
      score: row[h("score")],
      rank: row[h("rank")],
      inPlan: row[h("inPlan")],
      cumulative: row[h("cumulative")],
      remark: row[h("remark")],
    };
    const want = {
      key: questionIdText(n.questionId),
      title: r.status === "blank" ? "" : (questionOf(n.questionId)?.title ?? ""),
      status,
      totalHours: num(r.costs?.totalHours),
      internalCost: num(r.costs?.internalCost),
      netCost: num(r.costs?.netCost),
      investmentScore: num(r.investmentScore),
      score: r.status === "weightsInvalid" ? NEED_STATUS.weightsInvalid.nl : num(r.score),
      rank: num(r.rank),
      inPlan:
        r.status !== "ranked"
          ? ""
          : r.beyondRanking
            ? RANKING_SHORT.nl
            : s.budget === null
              ? NO_BUDGET.nl
              : r.inPlan
                ? YES.nl
                : NO.nl,
      cumulative: r.status === "ranked" && !r.beyondRanking && s.budget !== null ? r.cumulative : "",
      remark: r.costs?.subsidyExceedsCost ? SUBSIDY_EXCEEDS.nl : "",
    };
    for (const k of ["totalHours", "internalCost"] as const)
      if (
        typeof want[k] === "number" &&
        typeof got[k] === "number" &&
        Math.abs((want[k] as number) - (got[k] as number)) < 1e-6
      )
        got[k] = want[k];
    expect([i, n, got]).toEqual([i, n, want]);
  });
  // ranks are 1…N without ties or holes
  const ranks = results.flatMap((r) => (r.rank === null ? [] : [r.rank])).sort((a, b) => a - b);
  expect(ranks).toEqual(ranks.map((_, k) => k + 1));
  // the walk: rank order, within the budget
  const ranked = results
    .map((r, i) => ({ r, i }))
    .filter((x) => x.r.rank !== null)
    .sort((a, b) => a.r.rank! - b.r.rank!);
  walk.forEach((row, k) => {
    const x = ranked[k];
    const got = [
      row[header("ranking", "questionId")],
      row[header("ranking", "score")],
      row[header("ranking", "inPlan")],
      row[header("ranking", "cumulative")],
    ];
    const want = !x
      ? ["", "", "", ""]
      : [
          String(data.priorities[x.i].questionId),
          x.r.score,
          s.budget === null ? "" : x.r.inPlan ? 1 : 0,
          s.budget === null ? "" : x.r.cumulative,
        ];
    expect([k, got]).toEqual([k, want]);
  });
  // the plan stays within the budget
  if (s.budget !== null) {
    const planned = results.filter((r) => r.inPlan).reduce((t, r) => t + r.costs!.netCost, 0);
    expect(planned).toBeLessThanOrEqual(s.budget + 1e-6);
  }
}
