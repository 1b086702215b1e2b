/**
 * Random training registers on top of the random competence registers (randomData): IDs typed as
 * elsewhere (spaces, case, number ↔ text), unknown and blank; list choices off the list, in the
 * other language or padded; dates on the edges the formulas decide on (the reference date, the day
 * 12 months before it, the end of the warning period), text and 0; hours negative, as text, blank;
 * certificates required or not per competence; and the settings drawn at random (hours per day,
 * reference date or blank for today, warning days, the certificate rule).
 */
import fc from "fast-check";
import type { ExampleData } from "../../src/workbook/example";
import { edate } from "../../src/domain/training";
import { randomData } from "./randomData";
import { todaySerial } from "./verifyTraining";

const REFERENCE = 46150; // 05/05/2026

function variant(id: unknown, how: number): unknown {
  const text = String(id);
  switch (how) {
    case 1:
      return ` ${text} `;
    case 2:
      return text.toLowerCase() === text ? text.toUpperCase() : text.toLowerCase();
    case 3:
      return typeof id === "number" ? text : /^\d+$/.test(text) ? Number(text) : text;
    default:
      return id;
  }
}

const settings = fc.record({
  hours_per_day: fc.constantFrom<unknown>(7.6, 7.6, 8, 7.2, 0, "x"),
  reference_date: fc.constantFrom<unknown>(null, REFERENCE, REFERENCE, REFERENCE + 0.75),
  cert_warning_days: fc.constantFrom(0, 30, 60, 90),
  cert_for_level: fc.constantFrom("ja", "ja", "nee", " JA ", "yes"),
});

const row = fc.record({
  e: fc.integer({ min: 0, max: 7 }),
  eHow: fc.integer({ min: 0, max: 5 }),
  c: fc.integer({ min: 0, max: 5 }),
  cHow: fc.integer({ min: 0, max: 5 }),
  type: fc.constantFrom<unknown>(
    "formeel",
    "informeel",
    "initieel",
    " Informeel ",
    "INITIEEL",
    "",
    null,
    "formal",
    "cursus",
  ),
  start: fc.integer({ min: 0, max: 12 }),
  end: fc.integer({ min: 0, max: 12 }),
  valid: fc.integer({ min: 0, max: 12 }),
  hours: fc.constantFrom<unknown>(0, 4, 7.6, 8, 120, 3.25, -2, "8", null, " "),
  followed: fc.constantFrom<unknown>("ja", "ja", "ja", "nee", " JA ", "", "yes", "x"),
  counts: fc.constantFrom<unknown>("ja", "nee", null),
  question: fc.constantFrom<unknown>(null, "LV01", "lv99"),
});

export const randomTrainingData: fc.Arbitrary<ExampleData> = fc
  .tuple(
    randomData,
    settings,
    fc.array(row, { maxLength: 24 }),
    fc.array(fc.constantFrom<boolean | string | undefined>(true, true, false, undefined, " JA ", "yes"), {
      minLength: 4,
      maxLength: 4,
    }),
  )
  .map(([base, s, rows, certified]) => {
    const ref = typeof s.reference_date === "number" ? Math.floor(s.reference_date) : todaySerial();
    const n = s.cert_warning_days;
    // the days the formulas decide on, and values that are no date
    const day = (k: number): unknown =>
      [
        null,
        ref,
        ref - 1,
        ref + 1,
        edate(ref, -12),
        edate(ref, -12) + 1,
        ref - 200,
        ref - 420,
        ref + n,
        ref + n + 1,
        ref + 400,
        "12/03/2026",
        0,
      ][k];
    const competences = base.competences.map((c, i) => ({ ...c, certificate: certified[i] }));
    const settingValues: Record<string, string | number> = { ...base.settingValues };
    for (const [k, v] of Object.entries(s)) if (v !== null) settingValues[k] = v as string | number;
    return {
      ...base,
      competences,
      settingValues,
      training: rows.map((r) => ({
        // 6: not on the list; 7: blank
        employeeId: r.e === 6 ? "X99" : r.e === 7 ? null : variant(base.employees[r.e].id, r.eHow),
        training: "Opleiding",
        questionId: r.question,
        competenceId: r.c >= 4 ? (r.c === 4 ? null : "C99") : variant(competences[r.c].id, r.cHow),
        type: r.type,
        start: day(r.start),
        end: day(r.end),
        hours: r.hours,
        followed: r.followed,
        countsForRight: r.counts,
        provider: null,
        directCost: 100,
        subsidy: null,
        validUntil: day(r.valid),
      })),
    };
  });
