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
import { RISK, VERDICT, YES } from "../../src/workbook/lang";
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
