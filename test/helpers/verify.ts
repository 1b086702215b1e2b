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
  GILBERT_CAUSE,
  gilbertConclusion,
  PYRAMID_CAUSE,
  pyramidConclusion,
  STARR_PARTS,
  starrMissing,
} from "../../src/domain/instruments";
import { assessQuestion, suggestedAction } from "../../src/domain/questions";
import {
  ACTION,
  CAUSE,
  COMPLETE,
  GILBERT_FACTOR,
  MISSING_PREFIX,
  NO,
  PYRAMID_CONCLUSION,
  PYRAMID_LEVEL,
  QUESTION_VERDICT,
  RISK,
  STARR_PART,
  VERDICT,
  VERDICT_REASON,
  VTO_HELPS,
  YES,
} from "../../src/workbook/lang";
import { SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
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
const blankText = (s: string) => s.trim() === "";

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
  });

  const starr = wb.table("VTO_STARR");
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

  const pyramid = wb.table("VTO_Pyramid");
  data.pyramid.forEach((p, i) => {
    const c = pyramidConclusion(p.answers);
    const row = pyramid[i];
    const got = ["firstShortfall", "proposedCause", "vtoHelps", "conclusion"].map(
      (k) => row[header("pyramid", k)],
    );
    const want = !c
      ? ["", "", "", ""]
      : c.firstShortfall === null
        ? ["", "", "", PYRAMID_CONCLUSION.none.nl]
        : [
            PYRAMID_LEVEL[c.firstShortfall].nl,
            CAUSE[PYRAMID_CAUSE[c.firstShortfall]].nl,
            VTO_HELPS[c.vtoHelps!].nl,
            PYRAMID_CONCLUSION[c.firstShortfall].nl,
          ];
    expect([p.answers, got]).toEqual([p.answers, want]);
  });

  const eight = wb.table("VTO_EightFields");
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

  const gilbert = wb.table("VTO_Gilbert");
  data.gilbert.forEach((g, i) => {
    const c = gilbertConclusion(g.ratings);
    const row = gilbert[i];
    const got = ["mainFactor", "proposedCause", "training"].map((k) => row[header("gilbert", k)]);
    const want = !c
      ? ["", "", ""]
      : c.mainFactor === null
        ? ["", "", NO.nl]
        : [
            GILBERT_FACTOR[c.mainFactor].nl,
            CAUSE[GILBERT_CAUSE[c.mainFactor]].nl,
            (c.training ? YES : NO).nl,
          ];
    expect([g.ratings, got]).toEqual([g.ratings, want]);
  });
}
