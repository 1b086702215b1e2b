/**
 * Random data for the training accounts and the sociale balans, on top of the random training
 * registers (randomTraining): employees' gender (M, V, X, blank, lower case, padded, the other
 * language's F), FTE (0.5, 1, 0, blank, text), start and end dates on the edges the months decide on
 * (1 January, 1 vs 2 July, 30 vs 29 June, 31 December, the years around, text), register rows moved
 * onto the year's edges, direct costs and subsidies; the settings drawn too (analysis year, days per
 * FTE, hourly cost, wage bill, fund rate).
 */
import fc from "fast-check";
import type { ExampleData } from "../../src/workbook/example";
import { dateSerial } from "../../src/workbook/dates";
import { randomTrainingData } from "./randomTraining";

const d = dateSerial;
const starts = (y: number): unknown[] => [
  null,
  d(y, 1, 1),
  d(y, 1, 2),
  d(y, 7, 1),
  d(y, 7, 2),
  d(y, 12, 1),
  d(y, 12, 31),
  d(y + 1, 1, 1),
  d(y - 1, 12, 31),
  d(y - 3, 3, 15),
  "01/07/2026",
];
const ends = (y: number): unknown[] => [
  null,
  null,
  d(y, 12, 31),
  d(y, 12, 30),
  d(y, 6, 30),
  d(y, 6, 29),
  d(y, 1, 1),
  d(y, 1, 31),
  d(y - 1, 12, 31),
  d(y + 1, 1, 31),
  d(y, 2, 28),
];
const edges = [d(2025, 12, 31), d(2026, 1, 1), d(2026, 12, 31), d(2027, 1, 1), d(2026, 3, 31), d(2026, 4, 1)];

export const randomAccountsData: fc.Arbitrary<ExampleData> = fc
  .tuple(
    randomTrainingData,
    fc.record({
      analysis_year: fc.constantFrom(2026, 2026, 2025),
      days_per_fte: fc.constantFrom<unknown>(5, 5, 2, 3.5, "x"),
      hourly_cost: fc.constantFrom<unknown>(45, 0, 38.5, "x"),
      wage_bill: fc.constantFrom<unknown>(0, 1250000, 987654.32),
      fund_rate: fc.constantFrom<unknown>(0.001, 0.002, 0),
    }),
    fc.array(
      fc.record({
        gender: fc.constantFrom<unknown>("M", "V", "V", "X", null, " m ", "v", "F"),
        fte: fc.constantFrom<unknown>(0.5, 1, 1, 0.8, 0, null, "x"),
        start: fc.integer({ min: 0, max: 10 }),
        end: fc.integer({ min: 0, max: 10 }),
      }),
      { minLength: 12, maxLength: 12 },
    ),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 24, maxLength: 24 }),
    fc.array(fc.constantFrom<unknown>(0, 120, 95.5, null, "x", 40), { minLength: 24, maxLength: 24 }),
  )
  .map(([base, s, people, moves, money]) => {
    const y = s.analysis_year;
    const settingValues: Record<string, string | number> = { ...base.settingValues };
    for (const [k, v] of Object.entries(s)) settingValues[k] = v as string | number;
    return {
      ...base,
      settingValues,
      employees: base.employees.map((e, i) => {
        const p = people[i % people.length];
        return {
          ...e,
          gender: p.gender as string | null,
          fte: p.fte as number,
          startDate: starts(y)[p.start] as number | null,
          endDate: ends(y)[p.end] as number | null,
        };
      }),
      training: (base.training ?? []).map((r, i) => ({
        ...r,
        // some rows onto the year's edges (end date, or start date without one)
        ...(moves[i % moves.length] < edges.length
          ? {
              start: edges[moves[i % moves.length]],
              end: i % 3 === 0 ? null : edges[moves[i % moves.length]],
            }
          : {}),
        directCost: money[i % money.length],
        subsidy: money[(i + 7) % money.length],
      })),
    };
  });
