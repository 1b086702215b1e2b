/**
 * The equity reference (src/domain/equity.ts) on cases worked out by hand: the window edges, in
 * service on the reference date, the 50th birthday year, the groups' shares and indexes, the score's
 * thresholds hit exactly, and the target group of a learning question.
 */
import {
  equityGroups,
  equityScore,
  equityStaff,
  EquityGroup,
  suggestEquity,
  targetGroupOf,
} from "../../src/domain/equity";
import { edate, inLast12Months, inLastMonths } from "../../src/domain/training";
import { dateSerial as d } from "../../src/workbook/dates";
import { EDGE_REF, equityEdgeData } from "../helpers/equityEdges";

const t = { yes: "ja", type: { formal: "formeel", informal: "informeel", initial: "initieel" } };
const g = { male: "M", female: "V" };

test("the score's thresholds: exactly on a threshold takes the lower score", () => {
  const cases: [number | null, number | null][] = [
    [null, null],
    [2, 1],
    [1.25, 1],
    [1.2499, 2],
    [1, 2],
    [0.9999, 3],
    [0.75, 3],
    [0.7499, 4],
    [0.5, 4],
    [0.4999, 5],
    [0, 5],
  ];
  expect(cases.map(([i]) => equityScore(i))).toEqual(cases.map(([, s]) => s));
});

test("the windows: the register's 12-month rule, and the same with 24 months", () => {
  const ref = d(2026, 2, 28);
  const at = (day: number, o: Record<string, unknown> = {}) => ({
    employeeId: "M1",
    start: day,
    end: null,
    hours: 1,
    followed: "ja",
    ...o,
  });
  // EDATE of the last day of February: 28/02/2025 and 29/02/2024 → the last day of that February
  expect(edate(ref, -12)).toBe(d(2025, 2, 28));
  expect(edate(ref, -24)).toBe(d(2024, 2, 28));
  const rows = [ref, ref + 1, d(2025, 2, 28), d(2025, 3, 1), d(2024, 2, 28), d(2024, 2, 29)].map((x) =>
    at(x),
  );
  expect(rows.map((r) => inLastMonths(r, t, ref, 12))).toEqual([true, false, false, true, false, false]);
  expect(rows.map((r) => inLastMonths(r, t, ref, 24))).toEqual([true, false, true, true, false, true]);
  expect(rows.map((r) => inLast12Months(r, t, ref))).toEqual(rows.map((r) => inLastMonths(r, t, ref, 12)));
  // not followed, hours text or negative, no employee: never
  for (const o of [{ followed: "nee" }, { hours: "1" }, { hours: -1 }, { employeeId: " " }])
    expect(inLastMonths(at(ref, o), t, ref, 24)).toBe(false);
  // as the register: a time of day on the reference date is after it; the end date decides
  expect(inLastMonths(at(ref + 0.5), t, ref, 12)).toBe(false);
  expect(inLastMonths(at(ref - 5, { end: ref + 1 }), t, ref, 24)).toBe(false);
});

test("the edge organisation by hand: in service, groups, shares, indexes exactly on the thresholds", () => {
  const data = equityEdgeData();
  const staff = equityStaff(data.employees, data.training!, t, g, EDGE_REF);
  // in service: the first ten; the leaver, the starter of tomorrow, the text date and the repeated ID not
  expect(staff.map((s) => s!.inService)).toEqual([...Array(10).fill(true), false, false, false, false]);
  expect(staff.map((s) => s!.age).slice(0, 4)).toEqual(["age50", "under50", "age50", "ageUnknown"]);
  expect(staff.map((s) => s!.gender).slice(0, 10)).toEqual([
    "male",
    "female",
    "genderNa",
    "genderNa",
    "male",
    "female",
    "female",
    "male",
    "female",
    "genderNa",
  ]);
  expect(staff.map((s) => s!.hours[24]).slice(0, 10)).toEqual([25, 0, 20, 0, 15, 0, 10, 0, 30, 0]);
  expect(staff.map((s) => s!.hours[12]).slice(0, 10)).toEqual([10, 0, 20, 0, 0, 0, 10, 0, 30, 0]);
  expect(staff.map((s) => s!.participated[24]).slice(0, 10)).toEqual([
    true,
    false,
    true,
    false,
    true,
    false,
    true,
    false,
    true,
    true,
  ]);
  const groups = equityGroups(staff, data.teams, ["niemand"]);
  const by = (kind: string, group: string) => groups.find((x) => x?.kind === kind && x.group === group)!;
  const all = by("all", "all");
  expect([all.headcount, all.windows[24].participants, all.windows[24].hours, all.without24]).toEqual([
    10, 6, 100, 4,
  ]);
  expect([all.windows[12].participants, all.windows[12].hours, all.windows[24].index, all.score]).toEqual([
    5, 70, 1, 2,
  ]);
  const teams = ["A", "B", "C", "D", "E"].map((x) => by("team", x));
  expect(teams.map((x) => x.headcount)).toEqual([2, 2, 2, 2, 2]);
  expect(teams.map((x) => x.shareHeadcount)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  expect(teams.map((x) => x.windows[24].hours)).toEqual([25, 20, 15, 10, 30]);
  expect(teams.map((x) => x.windows[24].index)).toEqual([1.25, 1, 0.75, 0.5, 1.5]);
  expect(teams.map((x) => x.score)).toEqual([1, 2, 3, 4, 1]);
  expect(teams.map((x) => x.without24)).toEqual([1, 1, 1, 1, 0]);
  // 12 months: A 10, B 20, C 0, D 10, E 30 of 70 → 10 × 10 ÷ (70 × 2) = 0.7143 (4 decimals)
  expect(teams.map((x) => x.windows[12].index)).toEqual([0.7143, 1.4286, 0, 0.7143, 2.1429]);
  // 50+: A1 (born 1976: 50 in 2026), B1, D1, E2; 55 of 100 hours, 4 of 10 → 1.375
  expect([by("age", "age50").headcount, by("age", "age50").windows[24].index]).toEqual([4, 1.375]);
  expect([by("age", "under50").headcount, by("age", "under50").windows[24].index]).toEqual([5, 0.9]);
  expect([by("age", "ageUnknown").headcount, by("age", "ageUnknown").score]).toEqual([1, 5]);
  expect(["male", "female", "genderNa"].map((k) => by("gender", k).headcount)).toEqual([3, 4, 3]);
  expect(["partTime", "fullTime", "fteUnknown"].map((k) => by("regime", k).headcount)).toEqual([4, 5, 1]);
  // a function nobody holds: headcount 0, no index
  expect([by("function", "niemand").headcount, by("function", "niemand").score]).toEqual([0, null]);
});

test("no staff or no hours: shares and index blank, no suggestion", () => {
  const none = equityGroups([], ["A"], []);
  expect([none[0]!.shareHeadcount, none[0]!.windows[24].index, none[0]!.score]).toEqual([null, null, null]);
  const staff = equityStaff([{ id: "M1", team: "A", fte: 1 }], [], t, g, EDGE_REF);
  const groups = equityGroups(staff, ["A", " "], []);
  expect([
    groups[0]!.shareHeadcount,
    groups[0]!.windows[24].shareHours,
    groups[0]!.windows[24].index,
  ]).toEqual([1, null, null]);
  // a blank team name is a row without figures
  expect(groups[11]).toBeNull();
});

test("a question's target group: a team first, then a function, 'iedereen' / 'all' the organisation", () => {
  // ten people and 100 hours in all; two people per group: hours = index × 20
  const row = (kind: EquityGroup["kind"], group: string, index24: number | null) => ({
    kind,
    group,
    headcount: kind === "all" ? 10 : 2,
    hours24: index24 === null ? null : kind === "all" ? 100 : index24 * 20,
    shareHeadcount: kind === "all" ? 1 : 0.2,
    shareHours24: index24 === null ? null : kind === "all" ? 1 : index24 * 0.2,
    index24,
    score: equityScore(index24),
  });
  const groups = [
    row("all", "all", 1),
    row("team", "Zorg", 0.45),
    row("team", "Keuken", 1.3),
    row("function", "zorg", 2),
    row("function", "kok", 0.8),
    row("team", "Leeg", null),
    null,
  ];
  expect(targetGroupOf(" ZORG ", groups)?.kind).toBe("team");
  expect(targetGroupOf("Kok", groups)?.group).toBe("kok");
  expect(targetGroupOf("Iedereen", groups)?.kind).toBe("all");
  expect(targetGroupOf("all", groups)?.kind).toBe("all");
  expect(targetGroupOf("verpleging", groups)).toBeNull();
  expect(targetGroupOf("", groups)).toBeNull();
  expect(suggestEquity("zorg", groups)).toEqual({
    score: 5,
    kind: "team",
    group: "Zorg",
    shareHeadcount: 0.2,
    shareHours: 0.45 * 0.2,
    index: 0.45,
  });
  expect(suggestEquity("Keuken", groups)?.score).toBe(1);
  expect(suggestEquity("iedereen", groups)?.score).toBe(2);
  expect(suggestEquity("Leeg", groups)).toBeNull();
  expect(suggestEquity("onbekend", groups)).toBeNull();
  // a list of teams: their people and hours together, 9 + 26 of 100 hours for 4 of 10 → 0.875 → 3
  expect(suggestEquity("Zorg, Keuken", groups)).toEqual({
    score: 3,
    kind: "team",
    group: "Zorg + Keuken",
    shareHeadcount: 0.4,
    shareHours: 0.35,
    index: 0.875,
  });
  expect(suggestEquity("zorg en keuken", groups)?.group).toBe("Zorg + Keuken");
  expect(suggestEquity("Zorg / Zorg", groups)?.index).toBe(0.45);
  // "zorg" is a team and a function, "kok" only a function: the functions together
  expect(suggestEquity("zorg; kok", groups)?.group).toBe("zorg + kok");
  expect(suggestEquity("Kok, zorg", groups)?.kind).toBe("function");
  // a list mixing teams and functions, or naming something unknown: none
  expect(suggestEquity("Kok, Keuken", groups)).toBeNull();
  expect(suggestEquity("Zorg, verpleging", groups)).toBeNull();
  expect(suggestEquity("Zorg, Leeg", groups)).toBeNull();
});
