/**
 * A training register aimed at every edge the formulas decide on, with the reference date fixed:
 * certificates valid until the day before the reference date (expired), the reference date itself
 * (still valid, expiring), the last day of the warning period (expiring) and the day after it
 * (valid), the latest of two, a later one not followed; hours on the first day of the 12 months
 * (EDATE(reference, −12) is out, the day after it in), on the reference date (in) and the day
 * after (out), a training without end date, hours as text; the first of each person × type × year
 * with the same person typed in another case.
 */
import { edate } from "../../src/domain/training";
import { ExampleData, exampleData } from "../../src/workbook/example";

export const EDGE_REFERENCE = 46150; // 05/05/2026
export const EDGE_DAYS = 30;

export function trainingEdgeData(): ExampleData {
  const base = exampleData({ employees: 6, gapRows: 12, year: 2026, today: new Date(2026, 4, 20) });
  const ref = EDGE_REFERENCE;
  const n = EDGE_DAYS;
  const year = edate(ref, -12);
  const row = (employeeId: string, o: Record<string, unknown>) => ({
    employeeId,
    training: "Opleiding",
    questionId: null,
    competenceId: null,
    type: "formeel",
    start: ref - 400,
    end: null,
    hours: 4,
    followed: "ja",
    countsForRight: "ja",
    provider: null,
    directCost: 0,
    subsidy: null,
    validUntil: null,
    ...o,
  });
  const cert = (
    employeeId: string,
    competenceId: string,
    validUntil: number,
    o: Record<string, unknown> = {},
  ) => row(employeeId, { competenceId, validUntil, ...o });
  return {
    ...base,
    competences: base.competences.map((c, i) => ({ ...c, certificate: i < 2 })),
    employees: base.employees.map((e) => ({ ...e, trainingHours: null })),
    settingValues: { reference_date: ref, cert_warning_days: n, cert_for_level: "ja", hours_per_day: 8 },
    training: [
      cert("M001", "C01", ref - 1),
      cert("M001", "C02", ref),
      cert("M002", "C01", ref + n),
      cert("M002", "C02", ref + n + 1),
      cert("M003", "C01", ref - 200),
      cert("M003", "C01", ref + 100),
      cert("M003", "C02", ref - 5),
      cert("M003", "C02", ref + 300, { followed: "nee" }),
      // the last 12 months: (EDATE(reference, −12), reference]
      row("M004", { start: year - 3, end: year, hours: 1 }),
      row("M004", { start: year, end: year + 1, hours: 2 }),
      row("M004", { start: ref - 1, end: ref, hours: 4 }),
      row("M004", { start: ref, end: ref + 1, hours: 8 }),
      row("M004", { start: ref - 10, hours: 16 }),
      row("M004", { start: ref - 10, hours: "32" }),
      row("M005", { start: ref - 10, hours: 64, followed: "nee" }),
      // the first of its kind: M006 formal twice in one year (also as m006), informal once
      row("M006", { start: ref - 20, end: ref - 19 }),
      row("m006", { start: ref - 30, end: ref - 29, type: "Formeel" }),
      row("M006", { start: ref - 40, type: "informeel" }),
      row("M006", { start: ref - 400, end: ref - 399 }),
    ],
  };
}
