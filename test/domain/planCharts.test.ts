/** The charts' data beside the statutory plan (src/domain/plan.ts), worked out by hand. */
import { daysPerFteChart, netCostByQuarter, PlanRowResult } from "../../src/domain/plan";

const row = (netCost: number | null) => ({ netCost }) as PlanRowResult;

test("net cost per quarter: only quarters that are the numbers 1–4, blank net costs count 0, exact to the cent", () => {
  const quarters: unknown[] = [1, 1, 2, "2", 3, 2.5, "", 4, 0, 5, 4, 3];
  const results = [0.1, 0.2, 100, 999, null, 50, 60, 12.345, 7, 8, 0.005, 1e6].map(row);
  // q1: 0.1 + 0.2 = 0.3 (not 0.30000000000000004); q2: "2" as text and 2.5 count nowhere;
  // q3: a blank net cost counts 0; q4: 12.345 + 0.005 = 12.35
  expect(netCostByQuarter(quarters, results)).toEqual([0.3, 100, 1e6, 12.35]);
  expect(netCostByQuarter([], [])).toEqual([0, 0, 0, 0]);
});

test("days per FTE: planned, followed and the target to 2 decimals, blank where there is none", () => {
  expect(daysPerFteChart(99.74 / 48.7, 3.0249999, 5)).toEqual({ planned: 2.05, followed: 3.02, target: 5 });
  expect(daysPerFteChart(null, null, "5")).toEqual({ planned: null, followed: null, target: null });
  // half away from zero, on the value as Excel shows it
  expect(daysPerFteChart(2.675, 0.125, 4.999)).toEqual({ planned: 2.68, followed: 0.13, target: 5 });
});
