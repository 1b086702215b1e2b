/**
 * The training accounts' month rule and the FOD FAQ figures, the FLA deadline and the FLA CSV
 * builder (pure functions of src/domain/trainingAccounts.ts).
 */
import {
  daysDue,
  ddmmyyyy,
  flaCsv,
  flaDeadline,
  flaList,
  monthsEmployed,
} from "../../src/domain/trainingAccounts";
import { dateSerial as d } from "../../src/workbook/dates";

const Y = 2026;
const texts = { yes: "ja", type: { formal: "formeel", informal: "informeel", initial: "initieel" } };

test("months employed: whole calendar months of the year in service", () => {
  const cases: [unknown, unknown, number | null][] = [
    [null, null, 12],
    ["", " ", 12],
    [d(Y, 1, 1), null, 12],
    [d(Y - 5, 3, 15), null, 12],
    [d(Y, 1, 2), null, 11],
    [d(Y, 7, 1), null, 6], // FOD FAQ: joined on 1 July → half the days
    [d(Y, 7, 2), null, 5], // the 2nd: July is not a whole month in service
    [d(Y, 12, 1), null, 1],
    [d(Y, 12, 2), null, 0],
    [d(Y + 1, 1, 1), null, 0],
    [null, d(Y, 12, 31), 12],
    [null, d(Y, 12, 30), 11],
    [null, d(Y, 6, 30), 6],
    [null, d(Y, 6, 29), 5],
    [null, d(Y, 1, 31), 1],
    [null, d(Y, 1, 30), 0],
    [null, d(Y - 1, 12, 31), 0],
    [null, d(Y, 2, 28), 2], // 2026 is no leap year: 28 February is the month's last day
    [d(Y, 3, 1), d(Y, 3, 31), 1],
    [d(Y, 6, 1), d(Y, 3, 31), 0], // a start after the end
    [d(Y, 7, 1) + 0.5, d(Y, 9, 30) + 0.75, 3], // times of day do not matter
    ["01/07/2026", null, null], // a date typed as text: no months (the checker reports it)
    [0, null, null],
  ];
  for (const [start, end, want] of cases)
    expect([start, end, monthsEmployed(start, end, Y)]).toEqual([start, end, want]);
  expect(monthsEmployed(null, null, "2026")).toBeNull();
  expect(monthsEmployed(null, d(2024, 2, 29), 2024)).toBe(2); // leap year
});

test("days due: the FOD FAQ figures", () => {
  const five = { daysPerFte: 5 };
  expect(daysDue(0.5, 12, five)).toBe(2.5); // 0.5 FTE → 2.5 days
  expect(daysDue(1, monthsEmployed(d(Y, 7, 1), null, Y), five)).toBe(2.5); // joined on 1 July → half
  expect(daysDue(1, 12, five)).toBe(5);
  expect(daysDue(1, 12, { daysPerFte: 2 })).toBe(2); // a sector agreement
  expect(daysDue(0.8, 9, five)).toBeCloseTo(3, 12);
  expect(daysDue(null, 12, five)).toBeNull(); // no FTE
  expect(daysDue("0,5", 12, five)).toBeNull();
  expect(daysDue(1, null, five)).toBeNull();
  expect(daysDue(1, 12, { daysPerFte: "x" })).toBeNull();
});

test("FLA deadline: the last day of the month after the quarter", () => {
  expect([1, 2, 3, 4].map((q) => ddmmyyyy(flaDeadline(Y, q)))).toEqual([
    "30/04/2026",
    "31/07/2026",
    "31/10/2026",
    "31/01/2027",
  ]);
});

test("FLA list and CSV: the year's rows by quarter, ';', BOM, dd/mm/yyyy, quoting", () => {
  const row = (o: Record<string, unknown>) => ({
    employeeId: " M001 ",
    training: "Palliatieve zorg",
    type: "formeel",
    start: d(Y, 3, 31),
    end: null,
    hours: 7.6,
    followed: "ja",
    countsForRight: "ja",
    validUntil: null,
    ...o,
  });
  const rows = [
    row({ start: d(Y, 4, 1), training: 'Wondzorg; "praktijk"' }),
    row({}),
    row({ start: d(Y - 1, 12, 31) }), // other year
    row({ employeeId: "" }), // no employee
    row({ start: d(Y, 12, 30), end: d(Y + 1, 1, 2) }), // counts on its end date: next year
    row({
      start: d(Y, 10, 1),
      end: d(Y, 12, 31),
      followed: "nee",
      countsForRight: "nee",
      validUntil: d(Y + 2, 12, 31),
      hours: "x",
      training: "=cmd",
    }),
  ];
  const lines = flaList(rows, texts, { year: Y, hoursPerDay: 7.6 });
  expect(lines.map((l) => [l.quarter, l.row])).toEqual([
    [1, 1],
    [2, 0],
    [4, 5],
  ]);
  const csv = flaCsv(lines, {
    headers: [
      "Kwartaal",
      "Uiterlijk",
      "Medewerker-ID",
      "Opleiding",
      "Uren",
      "Dagen",
      "Begindatum",
      "Einddatum",
      "Gevolgd",
      "Telt voor opleidingsrecht",
      "Certificaat geldig tot",
    ],
    yes: "ja",
    no: "nee",
    decimal: ",",
  });
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split("\r\n")).toEqual([
    "Kwartaal;Uiterlijk;Medewerker-ID;Opleiding;Uren;Dagen;Begindatum;Einddatum;Gevolgd;Telt voor opleidingsrecht;Certificaat geldig tot",
    "Q1;30/04/2026;M001;Palliatieve zorg;7,6;1;31/03/2026;;ja;ja;",
    'Q2;31/07/2026;M001;"Wondzorg; ""praktijk""";7,6;1;01/04/2026;;ja;ja;',
    "Q4;31/01/2027;M001;'=cmd;;;01/10/2026;31/12/2026;nee;nee;31/12/2028",
    "",
  ]);
  // UTF-8 with BOM once encoded
  expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test("FLA list: rows of employees out of service for the whole year are left out (edge dates)", () => {
  const row = (employeeId: unknown) => ({
    employeeId,
    training: "Wondzorg",
    type: "formeel",
    start: d(Y, 5, 4),
    end: null,
    hours: 7.6,
    followed: "ja",
    countsForRight: "ja",
    validUntil: null,
  });
  const employees = [
    { id: "L1", startDate: null, endDate: d(Y - 1, 12, 31) }, // left on 31/12 of the year before: out
    { id: "L2", startDate: null, endDate: d(Y, 1, 1) }, // left on 1/1: in
    { id: "L3", startDate: null, endDate: d(Y - 1, 12, 31) + 0.9 }, // the same day with a time: out
    { id: "S1", startDate: d(Y, 12, 31), endDate: null }, // starts on 31/12: in
    { id: "S2", startDate: d(Y + 1, 1, 1), endDate: null }, // starts on 1/1 of the next year: out
    { id: "S3", startDate: d(Y + 1, 1, 1) - 0.1, endDate: null }, // 31/12 with a time: in
    { id: "T1", startDate: "1/1/2030", endDate: "1/1/2000" }, // dates as text: in (the checker reports)
    { id: 7, startDate: null, endDate: d(Y - 3, 6, 30) }, // a numeric ID: out for its text and padded rows
    { id: "D1", startDate: null, endDate: null }, // the same ID twice: the first row decides (in)
    { id: "d1", startDate: null, endDate: d(Y - 2, 1, 1) },
  ];
  const ids = ["L1", "L2", "L3", "S1", "S2", "S3", "T1", "7", " 7 ", "D1", "X99"];
  const lines = flaList(ids.map(row), texts, { year: Y, hoursPerDay: 7.6 }, employees);
  expect(lines.map((l) => l.employeeId)).toEqual(["L2", "S1", "S3", "T1", "D1", "X99"]);
  // without Medewerkers every row of the year is listed
  expect(flaList(ids.map(row), texts, { year: Y, hoursPerDay: 7.6 })).toHaveLength(ids.length);
});
