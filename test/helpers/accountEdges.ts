/**
 * Employees and a register aimed at every edge the accounts and the sociale balans decide on, worked
 * out by hand for the analysis year 2026: start on 1 vs 2 July, 1 January, end on 30 vs 29 June and
 * 31 December, start after the year, end before it, FTE 0.5 and blank, gender M, V, X, blank and
 * lower case; register rows on 31/12/2025, 1/1/2026, 31/12/2026 and 1/1/2027, not followed, not
 * counting for the right (VOV), an unknown employee, the same person twice in one type.
 */
import { ExampleData, exampleData } from "../../src/workbook/example";
import { dateSerial as d } from "../../src/workbook/dates";

export function accountEdgeData(): ExampleData {
  const base = exampleData({ employees: 8, gapRows: 8, year: 2026, today: new Date(2026, 4, 20) });
  const people: [string, number | null, number | null, number | null][] = [
    // gender, start, end, FTE
    ["M", d(2026, 7, 1), null, 1], // joined on 1 July: half → 2.5 days
    ["V", d(2026, 7, 2), null, 1], // the 2nd: 5 months
    ["V", null, null, 0.5], // 0.5 FTE: 2.5 days
    [" m ", d(2020, 1, 1), d(2026, 6, 30), 1], // 6 months
    ["X", d(2026, 1, 1), d(2026, 6, 29), 0.8], // 5 months
    ["", d(2027, 1, 1), null, 1], // starts after the year
    ["V", null, d(2025, 12, 31), 1], // left before the year
    ["M", null, d(2026, 12, 31), null], // no FTE
  ];
  const employees = base.employees.map((e, i) => ({
    ...e,
    gender: people[i][0] as string,
    startDate: people[i][1],
    endDate: people[i][2],
    fte: people[i][3] as number,
  }));
  const id = (i: number) => String(employees[i].id);
  const row = (employeeId: string, o: Record<string, unknown>) => ({
    employeeId,
    training: "Opleiding",
    questionId: null,
    competenceId: null,
    type: "formeel",
    start: d(2026, 3, 10),
    end: null,
    hours: 7.6,
    followed: "ja",
    countsForRight: "ja",
    provider: null,
    directCost: 100,
    subsidy: null,
    validUntil: null,
    ...o,
  });
  return {
    ...base,
    employees,
    settingValues: {
      ...base.settingValues,
      hours_per_day: 7.6,
      wage_bill: 1000000,
      fund_rate: 0.001,
      hourly_cost: 40,
    },
    training: [
      row(id(0), { start: d(2025, 12, 31) }), // the year before
      row(id(0), { start: d(2026, 1, 1), hours: 15.2 }), // the first day: 2 days
      row(id(0), { start: d(2026, 12, 30), end: d(2027, 1, 1) }), // counts on its end: next year
      row(id(1), { start: d(2026, 12, 31), type: "informeel", hours: 3.8 }),
      row(id(1), { followed: "nee" }),
      row(id(2), { countsForRight: "nee", subsidy: 60 }), // VOV: in the sociale balans, not in the account
      row(id(3).toLowerCase(), { hours: 7.6 }),
      row(` ${id(3)} `, { hours: 3.8, subsidy: 20 }), // the same person again: one worker
      row(id(4), { type: "initieel", hours: 38 }),
      row(id(5), { hours: "8" }), // hours as text: no days, no hours
      row("X99", { hours: 7.6 }), // unknown employee: not assigned
      row(id(6), { type: "INFORMEEL", hours: 1.9, directCost: null }),
    ],
  };
}
