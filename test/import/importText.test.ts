/**
 * The paste parser: round trips of random tables through a CSV writer (separator, quotes, line
 * breaks, BOM), separator detection, dates and numbers at their boundaries.
 */
import fc from "fast-check";
import {
  daySerial,
  detectDecimalMark,
  detectSeparator,
  isLeapYear,
  parseDate,
  parseDelimited,
  parseNumber,
  parsePaste,
  readCell,
  Separator,
} from "../../src/domain/importText";
import { dateSerial } from "../../src/workbook/dates";
import { runs } from "../helpers/slow";

/** A CSV writer as spreadsheets and exports write: quotes only where needed (or always). */
function writeCsv(
  rows: string[][],
  sep: Separator,
  o: { quoteAll?: boolean; crlf?: boolean; bom?: boolean } = {},
) {
  const field = (f: string) =>
    o.quoteAll || f.includes(sep) || /["\r\n]/.test(f) || f.startsWith('"')
      ? `"${f.replace(/"/g, '""')}"`
      : f;
  return (o.bom ? "\ufeff" : "") + rows.map((r) => r.map(field).join(sep)).join(o.crlf ? "\r\n" : "\n");
}

const cellText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      "a",
      "Z",
      "é",
      "0",
      "1",
      " ",
      ";",
      ",",
      "\t",
      '"',
      "\n",
      "\r\n",
      "=",
      "+",
      "-",
      "@",
      "€",
      ".",
    ),
    maxLength: 8,
  }),
  fc.constantFrom("0012", "=SUM(A1)", "+32 476", "-", "@x", "1.234,56", "31/04/2024", ""),
);

describe("parseDelimited and parsePaste", () => {
  test("round trip: random tables through a CSV writer with ; , or tab, quotes, line breaks and a BOM", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((w) =>
          fc.record({
            rows: fc.array(fc.array(cellText, { minLength: w, maxLength: w }), {
              minLength: 1,
              maxLength: 6,
            }),
            sep: fc.constantFrom<Separator>(";", ",", "\t"),
            quoteAll: fc.boolean(),
            crlf: fc.boolean(),
            bom: fc.boolean(),
            trailingNewline: fc.boolean(),
          }),
        ),
        ({ rows, sep, quoteAll, crlf, bom, trailingNewline }) => {
          // a record of one empty field is an empty line: written quoted so that it stays a record
          const text =
            writeCsv(rows, sep, {
              quoteAll: quoteAll || rows.some((r) => r.length === 1 && r[0] === ""),
              crlf,
              bom,
            }) + (trailingNewline ? (crlf ? "\r\n" : "\n") : "");
          expect(parseDelimited(text, sep)).toEqual(rows);
        },
      ),
      { numRuns: runs(300, 5000) },
    );
  });

  test("quoted separators, line breaks and doubled quotes; CRLF; BOM; a last empty line", () => {
    const text =
      '\ufeffID;Naam;Notitie\r\nM001;"Peeters; An";"zei ""ja""\r\nen ging"\r\n0012;=SUM(A1);+32\r\n';
    const p = parsePaste(text);
    expect(p.separator).toBe(";");
    expect(p.headers).toEqual(["ID", "Naam", "Notitie"]);
    expect(p.rows).toEqual([
      ["M001", "Peeters; An", 'zei "ja"\r\nen ging'],
      ["0012", "=SUM(A1)", "+32"],
    ]);
    expect(p.lines).toEqual([2, 4]);
  });

  test("ragged records are padded, blank records skipped", () => {
    const p = parsePaste("a;b;c\n1\n\n;;\n4;5;6;7\n");
    expect(p.headers).toEqual(["a", "b", "c", ""]);
    expect(p.rows).toEqual([
      ["1", "", "", ""],
      ["4", "5", "6", "7"],
    ]);
    expect(p.skippedBlank).toBe(2);
    expect(p.lines).toEqual([2, 5]);
  });

  test("separator detection: tab, semicolon with decimal commas, comma", () => {
    expect(detectSeparator("ID\tVTE\nM1\t0,8\n")).toBe("\t");
    expect(detectSeparator("ID;VTE;Naam\nM1;0,8;Jansen, Piet\nM2;1;X\n")).toBe(";");
    expect(detectSeparator("ID,FTE\nM1,0.8\nM2,1\n")).toBe(",");
    expect(detectSeparator('ID,"Name; first"\nM1,"a;b"\n')).toBe(",");
    expect(detectSeparator("just one column\nx\n")).toBe(";");
  });

  test("detection finds the writer's separator on random tables of two or more columns", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((w) =>
          fc.record({
            rows: fc.array(
              fc.array(fc.constantFrom("M001", "0,8", "1.234,5", "Jansen", "a b", "12/03/2024", ""), {
                minLength: w,
                maxLength: w,
              }),
              {
                minLength: 2,
                maxLength: 8,
              },
            ),
            sep: fc.constantFrom<Separator>(";", "\t"),
          }),
        ),
        ({ rows, sep }) => expect(detectSeparator(writeCsv(rows, sep, { quoteAll: true }))).toBe(sep),
      ),
      { numRuns: runs(100, 1000) },
    );
  });
});

describe("dates", () => {
  test("dd/mm/jjjj, d/m/jjjj, jjjj-mm-dd give Excel's serial", () => {
    expect(parseDate("15/03/2024")).toEqual({ ok: true, serial: dateSerial(2024, 3, 15) });
    expect(parseDate("5/3/2024")).toEqual({ ok: true, serial: dateSerial(2024, 3, 5) });
    expect(parseDate("2024-03-05")).toEqual({ ok: true, serial: dateSerial(2024, 3, 5) });
    expect(parseDate("05-03-2024")).toEqual({ ok: true, serial: dateSerial(2024, 3, 5) });
    expect(parseDate("05.03.2024 00:00")).toEqual({ ok: true, serial: dateSerial(2024, 3, 5) });
    expect(parseDate("2024-03-05T08:30:00")).toEqual({ ok: true, serial: dateSerial(2024, 3, 5) });
    expect(parseDate(" 01/01/2000 ")).toEqual({ ok: true, serial: 36526 });
  });

  test("boundaries: 29/02 of leap and non-leap years, 31/04, month 13, two-digit years", () => {
    expect(parseDate("29/02/2024")).toEqual({ ok: true, serial: dateSerial(2024, 2, 29) });
    expect(parseDate("29/02/2000")).toEqual({ ok: true, serial: dateSerial(2000, 2, 29) });
    expect(parseDate("29/02/2023")).toEqual({ ok: false, reason: "noSuchDate" });
    expect(parseDate("29/02/1900")).toEqual({ ok: false, reason: "noSuchDate" });
    expect(parseDate("29/02/2100")).toEqual({ ok: false, reason: "noSuchDate" });
    expect(parseDate("31/04/2024")).toEqual({ ok: false, reason: "noSuchDate" });
    expect(parseDate("30/04/2024")).toEqual({ ok: true, serial: dateSerial(2024, 4, 30) });
    expect(parseDate("31/12/2024")).toEqual({ ok: true, serial: dateSerial(2024, 12, 31) });
    expect(parseDate("01/13/2024")).toEqual({ ok: false, reason: "noSuchDate" });
    expect(parseDate("00/01/2024")).toEqual({ ok: false, reason: "noSuchDate" });
    expect(parseDate("2024-02-30")).toEqual({ ok: false, reason: "noSuchDate" });
    expect(parseDate("15/03/24")).toEqual({ ok: false, reason: "notDate" });
    expect(parseDate("15 maart 2024")).toEqual({ ok: false, reason: "notDate" });
    expect(parseDate("45366")).toEqual({ ok: false, reason: "notDate" });
  });

  test("every day of random years: valid days parse to consecutive serials, the day after the last does not exist", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2199 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
        const dd = (d: number) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
        for (let d = 1; d <= last; d++)
          expect(parseDate(dd(d))).toEqual({ ok: true, serial: daySerial(y, m, 1) + d - 1 });
        expect(parseDate(dd(last + 1))).toEqual({ ok: false, reason: "noSuchDate" });
        expect(daySerial(y, m, 1)).toBe(dateSerial(y, m, 1));
      }),
      { numRuns: runs(100, 2000) },
    );
  });
});

describe("numbers", () => {
  test("decimal comma with thousands dots", () => {
    expect(parseNumber("1.234,56")).toBe(1234.56);
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("1.234")).toBe(1234);
    expect(parseNumber("1.234.567,8")).toBe(1234567.8);
    expect(parseNumber("0,8")).toBe(0.8);
    expect(parseNumber(",5")).toBe(0.5);
    expect(parseNumber("-12,50")).toBe(-12.5);
    expect(parseNumber("+3")).toBe(3);
    expect(parseNumber("1 234,5")).toBe(1234.5);
    expect(parseNumber("1\u00a0234,5")).toBe(1234.5);
    expect(parseNumber("€ 1.250,00")).toBe(1250);
    expect(parseNumber("1.250,00 €")).toBe(1250);
    expect(parseNumber("80 %")).toBe(0.8);
    expect(parseNumber("007")).toBe(7);
  });

  test("what is not a number", () => {
    for (const s of [
      "",
      "1.23,4",
      "12.34",
      "1,234,5",
      "1.2345",
      "abc",
      "=1+1",
      "1,2,3",
      "3e5",
      "1-2",
      ".",
      ",",
      "€",
      "12:30",
    ])
      expect([s, parseNumber(s)]).toEqual([s, null]);
  });

  test("decimal point when the cells need it", () => {
    expect(parseNumber("1,234.56", ".")).toBe(1234.56);
    expect(parseNumber("1.5", ".")).toBe(1.5);
    expect(parseNumber("1,234", ".")).toBe(1234);
    expect(detectDecimalMark(["1.5", "2", "0.75"])).toBe(".");
    expect(detectDecimalMark(["1,5", "2", "0,75"])).toBe(",");
    // 1.234 reads both ways: the Belgian reading wins
    expect(detectDecimalMark(["1.234", "2"])).toBe(",");
    expect(detectDecimalMark(["1.5", "0,75"])).toBe(",");
  });

  test("round trip: numbers written the Belgian way with thousands dots read back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + (Math.sign(whole || 1) * cents) / 100;
        const text = new Intl.NumberFormat("nl-BE", { minimumFractionDigits: 2, useGrouping: true }).format(
          n,
        );
        expect(parseNumber(text)).toBeCloseTo(n, 6);
        const en = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, useGrouping: true }).format(n);
        expect(parseNumber(en, ".")).toBeCloseTo(n, 6);
      }),
      { numRuns: runs(200, 5000) },
    );
  });
});

describe("readCell", () => {
  test("text stays text: leading zeros, formulas, signs", () => {
    for (const s of ["0012", "=SUM(A1)", "+32 476 12 34 56", "-", "@home", "TRUE"])
      expect(readCell(s, "text")).toEqual({ ok: true, value: s });
    expect(readCell("  M001 ", "text")).toEqual({ ok: true, value: "M001" });
    expect(readCell("   ", "number")).toEqual({ ok: true, value: "" });
    expect(readCell(7, "text")).toEqual({ ok: true, value: 7 });
  });
  test("numbers, dates and choices", () => {
    expect(readCell("0,8", "number")).toEqual({ ok: true, value: 0.8 });
    expect(readCell("0.8", "number", { mark: "." })).toEqual({ ok: true, value: 0.8 });
    expect(readCell("n.v.t.", "number")).toEqual({ ok: false, error: "notNumber" });
    expect(readCell(45366, "date")).toEqual({ ok: true, value: 45366 });
    expect(readCell("31/04/2024", "date")).toEqual({ ok: false, error: "noSuchDate" });
    const choices = [{ value: "ja", spellings: ["ja", "yes", "j"] }];
    expect(readCell(" J ", "choice", { choices })).toEqual({ ok: true, value: "ja" });
    expect(readCell("misschien", "choice", { choices })).toEqual({ ok: false, error: "notInList" });
  });
});
