/**
 * Random data for the Billijkheid sheet, on top of the random accounts data (randomAccounts:
 * genders, FTE, registers with IDs typed every way): start and end dates around the reference date
 * (on it, the day before and after, blank, text), birth years around the 50th birthday in the
 * reference date's year (and blank or text), teams padded, in other case or unknown, and register
 * rows moved onto the window edges (EDATE(ref, −24) and −12, the day after each, the reference date
 * and the day after).
 */
import fc from "fast-check";
import type { ExampleData } from "../../src/workbook/example";
import { edate, yearOf } from "../../src/domain/training";
import { randomAccountsData } from "./randomAccounts";
import { todaySerial } from "./verifyTraining";

export const randomEquityData: fc.Arbitrary<ExampleData> = fc
  .tuple(
    randomAccountsData,
    fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 6 }),
        end: fc.integer({ min: 0, max: 6 }),
        born: fc.integer({ min: 0, max: 6 }),
        team: fc.integer({ min: 0, max: 5 }),
      }),
      { minLength: 12, maxLength: 12 },
    ),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 24, maxLength: 24 }),
  )
  .map(([base, people, moves]) => {
    const setting = base.settingValues?.reference_date;
    const ref = typeof setting === "number" ? Math.floor(setting) : todaySerial();
    const y = yearOf(ref);
    const days: unknown[] = [null, null, ref, ref - 1, ref + 1, ref - 900, "01/01/2020"];
    const born: unknown[] = [y - 50, y - 49, y - 51, null, "1970", y - 30, y - 50.5];
    const edges = [edate(ref, -24), edate(ref, -24) + 1, edate(ref, -12), edate(ref, -12) + 1, ref, ref + 1];
    const team = (t: unknown, how: number): unknown => {
      const text = String(base.teams[how % base.teams.length] ?? t);
      return how === 3 ? ` ${text.toUpperCase()} ` : how === 4 ? "Onbekend team" : how === 5 ? null : text;
    };
    return {
      ...base,
      employees: base.employees.map((e, i) => {
        const p = people[i % people.length];
        return {
          ...e,
          team: team(e.team, p.team) as string,
          birthYear: born[p.born] as number | null,
          startDate: days[p.start] as number | null,
          endDate: days[p.end] as number | null,
        };
      }),
      training: (base.training ?? []).map((r, i) => {
        const m = moves[i % moves.length];
        return m < edges.length ? { ...r, start: edges[m], end: i % 2 === 0 ? null : edges[m] } : r;
      }),
    };
  });
