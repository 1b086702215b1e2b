/** Checks computed workbook values against the domain reference, whatever engine computed them. */
import {
  AnalysisSettings,
  Assessor,
  diagnose,
  employeeOf,
  futureGap,
  gap,
  idText,
  selfManagerDifference,
  staysAfterHorizon,
  teamCell,
  validRating,
} from "../../src/domain/competences";
import type { ExampleData } from "../../src/workbook/example";
import {
  distinctFunctions,
  effectiveLevels,
  profileMatrixText,
  resolveGaps,
} from "../../src/domain/profiles";
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
  REQUIRED_SOURCE,
  RISK,
  STARR_PART,
  STATUS_SEPARATOR,
  SUBSIDY_EXCEEDS,
  VERDICT,
  VERDICT_REASON,
  VTO_HELPS,
  WbLang,
  YES,
  ASSESSOR as ASSESSOR_TEXT,
} from "../../src/workbook/lang";
import {
  PROFILE_MATRIX_FUNCTIONS,
  PROFILE_MATRIX_SPARE,
  seedRows,
  SPEC_BY_KEY,
  TableKey,
} from "../../src/workbook/specs";
import { BLOCK_HEADER_ROWS, blockStride, MATRIX } from "../../src/workbook/matrix";
import { levelRule } from "./verifyTraining";

/** "Geen VTO-behoefte" → "geen VTO-behoefte": the verdict as it reads after a colon. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The analysis settings as the workbook holds them for a data set (the defaults, with the data
 * set's own values over them), read by the reference on its own: the formulas' rules as the
 * README states them, not the task pane's parser.
 */
export function analysisSettingsOf(data: ExampleData, lang: WbLang = "nl"): AnalysisSettings {
  const seeded = new Map(seedRows("settings", lang, 2026)!.map((r) => [String(r[0]), r[2]]));
  const value = (k: string): unknown => {
    const v = data.settingValues?.[k] ?? seeded.get(k);
    return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
  };
  const number = (k: string) => {
    const v = value(k);
    if (typeof v !== "number")
      throw new Error(`the three-way checks use valid settings: ${k} = ${String(v)}`);
    return v;
  };
  const sourceText = String(value("diagnosis_source") ?? "")
    .trim()
    .toLowerCase();
  const source = (Object.keys(ASSESSOR_TEXT) as Assessor[]).find(
    (k) => ASSESSOR_TEXT[k][lang].toLowerCase() === sourceText,
  );
  return {
    organisation: String(value("organisation") ?? ""),
    analysisYear: number("analysis_year"),
    horizonYears: number("horizon_years"),
    scaleLabels: [],
    diagnosisSource: source ?? null,
    coverageInHouse: number("coverage_in_house"),
    gapThreshold: number("gap_threshold"),
    futureGapThreshold: number("future_gap_threshold"),
  };
}

/** The default settings (the example organisation's). */
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
  /** The cell above a table's header (its warning), when the engine can show it. */
  above?(table: string): unknown;
}

const blank = (v: number | null) => (v === null ? "" : v);
const close = (a: unknown, b: number | null) =>
  b === null ? a === "" : typeof a === "number" && Math.abs(a - b) < 1e-9;

export function verifyAgainstReference(wb: ComputedWorkbook, data: ExampleData, lang: WbLang = "nl"): void {
  const s = analysisSettingsOf(data);
  const gapRows = wb.table("VTO_Gaps");
  expect(gapRows).toHaveLength(data.gaps.length);
  const profiles = data.profiles ?? [];
  // the levels each row is measured against: its own, else its employee's function profile
  const gaps = resolveGaps(data.gaps, data.employees, profiles);
  const h = (key: string) => header("gaps", key, lang);
  data.gaps.forEach((typed, i) => {
    const g = gaps[i];
    const row = gapRows[i];
    const employee = employeeOf(data.employees, g.employeeId);
    const stays = staysAfterHorizon(employee, s);
    const eff = effectiveLevels(typed, data.employees, profiles);
    const got = {
      valid: row[h("valid")],
      gap: row[h("gap")],
      future: row[h("futureGap")],
      team: row[h("team")],
      stays: row[h("stays")],
      smm: row[h("selfMinusManager")],
      fn: row[h("function")],
      source: row[h("source")],
      now: row[h("nowEff")],
      horizon: row[h("horizonEff")],
    };
    const want = {
      valid: validRating(g) ? 1 : 0,
      gap: blank(gap(g)),
      future: blank(futureGap(g)),
      team: employee ? idText(employee.team) : "",
      stays: stays === null ? "" : stays ? 1 : 0,
      smm: blank(selfManagerDifference(g, gaps)),
      fn: eff.function,
      source: eff.source === "" ? "" : REQUIRED_SOURCE[eff.source][lang],
      now: eff.requiredNow ?? "",
      horizon: eff.requiredAtHorizon ?? "",
    };
    expect([i, typed, got]).toEqual([i, typed, want]);
  });
  const employeeRows = wb.table("VTO_Employees");
  data.employees.forEach((e, i) => {
    const stays = staysAfterHorizon(e, s);
    expect([e, employeeRows[i]["Sleutel"], employeeRows[i]["Blijft na horizon"]]).toEqual([
      e,
      idText(e.id),
      stays === null ? "" : stays ? 1 : 0,
    ]);
  });
  const diag = wb.table("VTO_Diagnosis");
  data.competences.forEach((c, i) => {
    const ref = diagnose(c, gaps, data.employees, s, levelRule(data));
    const row = diag[i];
    const got = {
      id: row["Competentie-ID"],
      name: row["Competentie"],
      critical: row["Kritisch"],
      assessed: row["Beoordeeld"],
      atLevel: row["Op niveau"],
      verdict: row["Oordeel"],
      holders: row["Houders na horizon"],
      risk: row["Risico"],
      averageGap: close(row["Gemiddelde kloof"], ref.averageGap) || row["Gemiddelde kloof"],
      coverage: close(row["Dekking"], ref.coverage) || row["Dekking"],
      averageFutureGap:
        close(row["Gemiddelde toekomstige kloof"], ref.averageFutureGap) ||
        row["Gemiddelde toekomstige kloof"],
      selfMinusManager:
        close(row["Verschil zelf - leidinggevende"], ref.selfMinusManager) ||
        row["Verschil zelf - leidinggevende"],
    };
    const want = {
      id: idText(c.id),
      name: c.name,
      critical: c.critical ? YES.nl : "nee",
      assessed: ref.assessed,
      atLevel: ref.atLevel,
      verdict: VERDICT[ref.verdict].nl,
      holders: ref.holdersAfterHorizon,
      risk: ref.risk ? RISK.nl : "",
      averageGap: true,
      coverage: true,
      averageFutureGap: true,
      selfMinusManager: true,
    };
    expect([c, s, got]).toEqual([c, s, want]);
  });
  // rows beyond the catalogue stay blank, and the sheet has room: no warning
  expect(diag[data.competences.length]["Competentie-ID"]).toBe("");
  if (wb.above) expect(wb.above("VTO_Diagnosis")).toBe("");
  // the four stacked matrices: assessed, at level, average gap, coverage; IDs, names, teams
  const teamRows = data.teams.length + MATRIX.spareTeams;
  const top = (block: number) => MATRIX.anchor.row + block * blockStride(teamRows);
  expect(wb.matrix(MATRIX.anchor.row - 1, 0)).toBe(""); // the warning: everything fits
  data.competences.forEach((c, ci) => {
    expect(wb.matrix(top(0), 1 + ci)).toBe(idText(c.id));
    expect(wb.matrix(top(3) + 1, 1 + ci)).toBe(c.name);
  });
  data.teams.forEach((team, ti) => {
    expect(wb.matrix(top(2) + BLOCK_HEADER_ROWS + ti, 0)).toBe(idText(team));
    data.competences.forEach((c, ci) => {
      const ref = teamCell(team, c.id, gaps, data.employees, s);
      const at = (block: number) => wb.matrix(top(block) + BLOCK_HEADER_ROWS + ti, 1 + ci);
      const got = [at(0), at(1), close(at(2), ref.averageGap) || at(2), close(at(3), ref.coverage) || at(3)];
      expect([team, c.id, got]).toEqual([team, c.id, [ref.assessed, ref.atLevel, true, true]]);
    });
  });
}

const header = (table: TableKey, key: string, lang: WbLang = "nl") =>
  SPEC_BY_KEY[table].columns.find((c) => c.key === key)!.header[lang];
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
      [p.questionId, p.employeeId, p.note].every(blankText) &&
      Object.values(p.answers).every((a) => a === null);
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
          ? NEED_STATUS.notRealNeed.nl + lowerFirst(QUESTION_VERDICT[verdictOf(n.questionId)!].nl)
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

/**
 * The function profiles' computed columns (key, function list) and the profile matrix
 * (function × competence) against the reference in src/domain/profiles.ts.
 */
export function verifyProfilesAgainstReference(
  wb: Pick<ComputedWorkbook, "table" | "above">,
  data: ExampleData,
  lang: WbLang = "nl",
): void {
  const profiles = data.profiles ?? [];
  const h = (table: TableKey, key: string) => header(table, key, lang);
  const rows = wb.table("VTO_Profiles");
  const functions = distinctFunctions(profiles);
  profiles.forEach((p, i) => {
    const complete = idText(p.function) !== "" && idText(p.competenceId) !== "";
    expect([i, p, rows[i][h("profiles", "key")], rows[i][h("profiles", "functionList")]]).toEqual([
      i,
      p,
      complete ? `${idText(p.function)}\u00a6${idText(p.competenceId)}` : "",
      functions[i] ?? "",
    ]);
  });
  const matrix = wb.table("VTO_ProfileMatrix");
  expect(matrix).toHaveLength(data.competences.length + 1 + PROFILE_MATRIX_SPARE);
  const shown = functions.slice(0, PROFILE_MATRIX_FUNCTIONS);
  for (let k = 1; k <= PROFILE_MATRIX_FUNCTIONS; k++)
    expect([k, matrix[0][h("profileMatrix", `f${k}`)]]).toEqual([k, shown[k - 1] ?? ""]);
  data.competences.forEach((c, ci) => {
    const row = matrix[ci + 1];
    expect(row[h("profileMatrix", "id")]).toBe(idText(c.id));
    for (let k = 1; k <= PROFILE_MATRIX_FUNCTIONS; k++) {
      const fn = shown[k - 1];
      const want = fn === undefined ? "" : profileMatrixText(profiles, fn, c.id);
      expect([c.id, fn, row[h("profileMatrix", `f${k}`)]]).toEqual([c.id, fn, want]);
    }
  });
  expect(matrix[data.competences.length + 1][h("profileMatrix", "id")]).toBe("");
  if (wb.above && functions.length <= PROFILE_MATRIX_FUNCTIONS)
    expect(wb.above("VTO_ProfileMatrix")).toBe("");
}
