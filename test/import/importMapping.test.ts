/** Import targets from the specs, header matching, reading rows and their keys. */
import {
  headerScore,
  importTables,
  importTarget,
  normalizeHeader,
  readRows,
  rowKey,
  suggestMapping,
} from "../../src/workbook/importMapping";
import { dateSerial } from "../../src/workbook/dates";

describe("targets", () => {
  test("input columns of each table with their kinds; computed columns are not targets", () => {
    expect(importTables().slice(0, 3)).toEqual(["employees", "competences", "gaps"]);
    const e = importTarget("employees", "nl");
    expect(e.columns.map((c) => [c.key, c.kind]).slice(0, 7)).toEqual([
      ["id", "text"],
      ["name", "text"],
      ["team", "text"],
      ["role", "text"],
      ["fte", "number"],
      ["exitYear", "number"],
      ["trainingHours", "number"],
    ]);
    expect(e.columns.some((c) => c.key === "idKey" || c.key === "stays")).toBe(false);
    const g = importTarget("gaps", "en");
    expect(Object.fromEntries(g.columns.map((c) => [c.key, c.kind]))).toMatchObject({
      employeeId: "text",
      competenceId: "text",
      assessor: "choice",
      date: "date",
      requiredNow: "number",
      current: "number",
      requiredAtHorizon: "number",
      note: "text",
    });
    expect(g.keyParts).toEqual(["employeeId", "competenceId", "assessor", "date"]);
    // an English workbook writes its own spelling, whichever language the source uses
    expect(g.columns.find((c) => c.key === "assessor")!.choices![1]).toEqual({
      value: "manager",
      spellings: ["manager", "leidinggevende"],
    });
    const crit = importTarget("competences", "nl").columns.find((c) => c.key === "critical")!;
    expect(crit.choices!.map((c) => c.value)).toEqual(["ja", "nee"]);
    expect(crit.choices![0].spellings).toEqual(expect.arrayContaining(["ja", "yes", "j", "y", "1"]));
  });
});

describe("header matching", () => {
  test("accents, case, spaces and punctuation aside", () => {
    expect(normalizeHeader(" Médewerker-ID ")).toBe("medewerkerid");
    const e = importTarget("employees", "nl");
    const fte = e.columns.find((c) => c.key === "fte")!;
    expect(headerScore("vte", fte)).toBe(1);
    expect(headerScore("FTE", fte)).toBe(1);
    expect(headerScore("Tewerkstellingsbreuk", fte)).toBe(0.95);
    expect(headerScore("Postcode", fte)).toBeLessThan(0.6);
  });

  test("a payroll export in Dutch maps onto the employees table; unknown columns stay unmapped", () => {
    const headers = [
      "Personeelsnummer",
      "Naam",
      "Afdeling",
      "Functie",
      "Tewerkstelling %",
      "Postcode",
      "Geboortedatum",
    ];
    const m = suggestMapping(headers, importTarget("employees", "nl"));
    expect(m).toMatchObject({
      id: 0,
      name: 1,
      team: 2,
      role: 3,
      fte: 4,
      exitYear: null,
      trainingHours: null,
    });
    expect(Object.values(m)).not.toContain(5);
  });

  test("an English LMS export onto the gap register, each source column used once", () => {
    const headers = [
      "Employee ID",
      "Competence ID",
      "Assessed by",
      "Assessment date",
      "Required level now",
      "Current level",
      "Notes",
    ];
    const m = suggestMapping(headers, importTarget("gaps", "nl"));
    expect(m).toMatchObject({
      employeeId: 0,
      competenceId: 1,
      assessor: 2,
      date: 3,
      requiredNow: 4,
      current: 5,
      note: 6,
    });
    expect(m.requiredAtHorizon).toBeNull();
  });

  test("our own headers in either language map exactly", () => {
    for (const lang of ["nl", "en"] as const)
      for (const key of importTables()) {
        const t = importTarget(key, lang);
        const m = suggestMapping(
          t.columns.map((c) => c.header[lang]),
          t,
        );
        expect([key, lang, m]).toEqual([key, lang, Object.fromEntries(t.columns.map((c, i) => [c.key, i]))]);
      }
  });
});

describe("rows and keys", () => {
  const g = importTarget("gaps", "nl");
  const mapping = suggestMapping(
    [
      "Medewerker-ID",
      "Competentie-ID",
      "Beoordeeld door",
      "Datum beoordeling",
      "Vereist niveau nu",
      "Huidig niveau",
    ],
    g,
  );

  test("values read per column kind; problems listed per cell", () => {
    const rows = readRows(
      [
        ["0012", "C01", "Manager", "29/02/2024", "3", "2"],
        ["M2", "C01", "baas", "31/04/2024", "drie", "2,5"],
      ],
      [2, 3],
      g,
      mapping,
      ",",
    );
    expect(rows[0]).toEqual({
      line: 2,
      values: expect.objectContaining({
        employeeId: "0012",
        assessor: "leidinggevende",
        date: dateSerial(2024, 2, 29),
        requiredNow: 3,
        current: 2,
        note: "",
      }),
      problems: [],
    });
    expect(rows[1].problems.map((p) => [p.column, p.error])).toEqual([
      ["assessor", "notInList"],
      ["date", "noSuchDate"],
      ["requiredNow", "notNumber"],
    ]);
    expect(rows[1].values.current).toBe(2.5); // the checker reports it: not a whole number
  });

  test("keys compare as the formulas do: case, spaces, numbers as text, either language", () => {
    const k = (v: Record<string, unknown>) => rowKey(v, g);
    const base = { employeeId: "M001", competenceId: "C01", assessor: "leidinggevende", date: 45000 };
    expect(k({ ...base, employeeId: " m001 " })).toBe(k(base));
    expect(k({ ...base, assessor: "Manager" })).toBe(k(base));
    expect(k({ ...base, date: 45001 })).not.toBe(k(base));
    expect(k({ ...base, date: "" })).not.toBe(k(base));
    expect(k({ ...base, employeeId: "" })).toBeNull();
    const e = importTarget("employees", "nl");
    expect(rowKey({ id: 7 }, e)).toBe(rowKey({ id: "7" }, e));
    expect(rowKey({ id: "0012" }, e)).not.toBe(rowKey({ id: "12" }, e));
  });
});
