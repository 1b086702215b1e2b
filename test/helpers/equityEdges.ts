/**
 * Employees and a register aimed at every edge the Billijkheid sheet decides on, worked out by hand
 * for the reference date 20/05/2026 (EDATE −12: 20/05/2025, −24: 20/05/2024): start on the reference
 * date, end on it, left the day before, start the day after, a start typed as text, an ID typed twice;
 * the 50th birthday year (born 1976), a blank birth year; genders M, " m ", V, X, blank and F (the
 * English letter: not assigned in Dutch); FTE 1, 0.5, 0.75 and blank; register rows on the reference
 * date, the day after, exactly on both window edges and the day after each, not followed, hours as
 * text, 0 hours, an unknown employee, a leaver's hours.
 *
 * Five teams of two in-service employees each (N = 10) with 24-month hours A 25, B 20, C 15, D 10,
 * E 30 (H = 100): index = h × 10 ÷ (100 × 2) = 1.25, 1.00, 0.75, 0.50 and 1.50 exactly — each
 * threshold of the suggested score hit on the dot (scores 1, 2, 3, 4, 1).
 */
import { ExampleData, exampleData } from "../../src/workbook/example";
import { dateSerial as d } from "../../src/workbook/dates";

export const EDGE_REF = d(2026, 5, 20);

export function equityEdgeData(): ExampleData {
  const base = exampleData({ employees: 14, gapRows: 8, year: 2026, today: new Date(2026, 4, 20) });
  // team, gender, birth year, FTE, start, end
  const people: [string, string | null, number | null, number | null, unknown, unknown][] = [
    ["A", "M", 1976, 1, EDGE_REF, null], // 0 A1: starts on the reference date; born 1976: 50+
    ["A", "V", 1977, 0.5, null, null], // 1 A2: 49 in 2026; no training
    ["B", "X", 1970, 0.8, null, EDGE_REF], // 2 B1: ends on the reference date
    ["B", null, null, 1, null, null], // 3 B2: no gender, no birth year; a row on the 24-month edge only
    ["C", " m ", 1990, null, null, null], // 4 C1: FTE blank
    ["C", "V", 1985, 1, null, null], // 5 C2: not followed, hours as text
    ["D", "V", 1960, 1, null, null], // 6 D1
    ["D", "M", 2000, 0.5, null, null], // 7 D2: a row the day after the reference date
    ["E", "V", 1977, 1, null, null], // 8 E1: a row counted on its end date
    ["E", "F", 1976, 0.75, null, null], // 9 E2: 0 hours: takes part
    ["A", "V", 1980, 1, null, EDGE_REF - 1], // 10 left the day before
    ["B", "M", 1980, 1, EDGE_REF + 1, null], // 11 starts the day after
    ["C", "V", 1980, 1, "01/01/2020", null], // 12 start typed as text: not counted
    ["E", "V", 1980, 1, null, null], // 13 the ID of A2 again (padded, lower case): counted once
  ];
  const employees = base.employees.map((e, i) => ({
    ...e,
    id: i === 13 ? ` ${String(base.employees[1].id).toLowerCase()} ` : e.id,
    team: people[i][0],
    gender: people[i][1],
    birthYear: people[i][2],
    fte: people[i][3] as number,
    startDate: people[i][4] as number | null,
    endDate: people[i][5] as number | null,
  }));
  const id = (i: number) => String(employees[i].id);
  const row = (employeeId: string, start: number, hours: unknown, o: Record<string, unknown> = {}) => ({
    employeeId,
    training: "Opleiding",
    questionId: null,
    competenceId: null,
    type: "formeel",
    start,
    end: null,
    hours,
    followed: "ja",
    countsForRight: "ja",
    provider: null,
    directCost: null,
    subsidy: null,
    validUntil: null,
    ...o,
  });
  return {
    ...base,
    teams: ["A", "B", "C", "D", "E"],
    employees,
    settingValues: { ...base.settingValues, reference_date: EDGE_REF },
    training: [
      row(id(0), EDGE_REF, 10), // on the reference date: 12 and 24 months
      row(id(0), d(2025, 5, 20), 15), // on EDATE(ref, −12): 24 months only
      row(id(2), d(2025, 5, 21), 20), // the day after it: 12 months
      row(id(3), d(2024, 5, 20), 8), // on EDATE(ref, −24): neither
      row(id(4), d(2024, 5, 21), 15), // the day after it: 24 months
      row(id(5), d(2026, 1, 5), 5, { followed: "nee" }),
      row(id(5), d(2026, 1, 6), "6"), // hours as text: no hours, no participation
      row(id(6), d(2026, 1, 10), 10),
      row(id(7), EDGE_REF + 1, 6), // the day after the reference date
      row(id(8), d(2026, 3, 3), 30, { end: d(2026, 3, 4) }),
      row(id(8), d(2023, 3, 3), 4, { end: EDGE_REF + 10 }), // starts in the window, counts on its end: out
      row(id(9), d(2026, 2, 2), 0), // 0 hours: takes part
      row(id(10), d(2026, 1, 1), 12), // a leaver's hours: not counted
      row(id(11), d(2026, 1, 1), 12), // not yet in service
      row("ZZ9", d(2026, 1, 1), 9), // unknown employee
    ],
  };
}
