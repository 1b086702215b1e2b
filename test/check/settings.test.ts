/**
 * Every setting's allowed values, on both sides of each boundary: the checker's rule, the data
 * validation written on its value cell and the message agree.
 */
import { RegisterInput, validateRegisters } from "../../src/domain/validation";
import { SETTING_CHECKS } from "../../src/domain/settingsValidation";
import { locate } from "../../src/workbook/findings";
import { settingNumberFormats, settingValidation, settingValidations } from "../../src/workbook/settingRules";
import { FormulaBuilder, seedRows, SETTING_ROWS } from "../../src/workbook/specs";
import { matrixCapacity, matrixWarning } from "../../src/workbook/matrix";

const DEFAULTS = Object.fromEntries(seedRows("settings", "nl", 2026)!.map((r) => [String(r[0]), r[2]]));

function findings(key: string, value: unknown, others: Record<string, unknown> = {}) {
  const values = { ...DEFAULTS, ...others, [key]: value };
  const input: RegisterInput = {
    competences: [],
    employees: [],
    gaps: [],
    settings: Object.entries(values).map(([k, v], row) => ({ key: k, value: v, row })),
    assessors: {
      zelf: "self",
      leidinggevende: "manager",
      extern: "external",
      self: "self",
      manager: "manager",
    },
    sourceChoices: new Set(["zelf", "leidinggevende", "extern"]),
    yesNoChoices: new Set(["ja", "nee"]),
    competenceTypes: new Set(),
    analysisYear: 2026,
    today: 46353,
    textFields: {},
  };
  return validateRegisters(input).filter((f) => f.table === "settings");
}

// [key, allowed values, values just outside]
const EDGES: [string, unknown[], unknown[]][] = [
  ["analysis_year", [2000, 2100, 2026], [1999, 2101, 2026.5, "2026", "dit jaar", ""]],
  ["horizon_years", [1, 50, 3], [0, 51, 2.5, -1, "3", ""]],
  [
    "diagnosis_source",
    ["zelf", "leidinggevende", "extern", " Leidinggevende "],
    ["iemand", "manager", "", 1],
  ],
  ["coverage_in_house", [0, 1, 0.8, 0.0001], [-0.0001, 1.0001, 80, "0,8", ""]],
  ["gap_threshold", [0, 4, 1.5], [-0.01, 4.01, "1", ""]],
  ["future_gap_threshold", [0, 4, 1], [-1, 5, ""]],
  ["hourly_cost", [0, 45.5, 1e6], [-0.01, "45", "duur", ""]],
  ["hours_cap", ["", 0.5, 100], [0, -1, "veel"]],
  ["min_feasibility", [1, 5, 2], [0, 6, 9, 2.5, ""]],
  ["invest_band_1", [0, 1000], [-1, "", "veel"]],
  ["level_0", ["niet aanwezig", "x"], ["", "   "]],
  // the statutory training plan's settings
  ["union_delegation", ["ja", "nee", " Nee ", "JA"], ["", "yes", "misschien", 1]],
  ["fte_reference", ["", 0.5, 42.3], [0, -1, "veel", "42"]],
  ["days_per_fte", [2, 5, 3.5], [1.99, 5.01, 0, "5", ""]],
  // the sociale balans' settings
  ["wage_bill", [0, 2400000], [-1, "veel", "", "2400000"]],
  ["fund_rate", [0, 0.001, 1], [-0.001, 1.01, 10, "0,1", ""]],
];

test.each(EDGES)("%s: allowed values pass, values just outside are reported at its cell", (key, ok, bad) => {
  for (const v of ok) expect([key, v, findings(key, v)]).toEqual([key, v, []]);
  for (const v of bad) {
    const got = findings(key, v);
    expect([key, v, got.length]).toEqual([key, v, 1]);
    expect(got[0].row).toBe(Object.keys({ ...DEFAULTS, [key]: v }).indexOf(key));
  }
});

test("an investment band may equal the band above it, not be lower", () => {
  expect(findings("invest_band_2", 1000, { invest_band_1: 1000 })).toEqual([]);
  expect(findings("invest_band_2", 999.99, { invest_band_1: 1000 }).map((f) => f.rule)).toEqual([
    "settingInvalid",
  ]);
  // a band below an invalid band above it is not compared (that one is reported)
  expect(findings("invest_band_2", 5, { invest_band_1: "veel" }).map((f) => f.params?.setting)).toEqual([
    "invest_band_1",
  ]);
});

test("the message names the setting and what is allowed, in the workbook's language", () => {
  const f = findings("coverage_in_house", 5);
  const where = { settings: { sheet: "Instellingen", headerRow: 2, columns: { value: 2 } } };
  const row = 4 + SETTING_ROWS.findIndex((r) => r.key === "coverage_in_house");
  expect(locate(f, where, "nl")[0].message).toBe(
    `Instellingen!C${row}: 5 is geen geldige waarde voor “Minimale dekking voor in huis”. Toegestaan: een aandeel van 0\u00a0% tot 100\u00a0% (0 tot 1, bv. 80\u00a0% of 0,8).`,
  );
  const source = findings("diagnosis_source", "iemand");
  expect(locate(source, where, "en")[0].message).toContain("Allowed: one of: self, manager, external.");
  const min = findings("min_feasibility", 9);
  expect(locate(min, where, "nl")[0].message).toContain("Toegestaan: een geheel getal van 1 tot 5.");
});

test("every checked setting has data validation on its value cell, with the same allowed values", () => {
  const keys = settingValidations("nl").map((v) => v.key);
  for (const key of Object.keys(SETTING_CHECKS)) expect(keys).toContain(key);
  expect(keys).toEqual(expect.arrayContaining(["organisation", "budget"]));
  // every seeded setting that users fill in is covered (the computed ones are not)
  for (const r of SETTING_ROWS) if (!r.formula) expect([r.key, keys.includes(r.key)]).toEqual([r.key, true]);
  expect(settingValidation("min_feasibility", "nl")!.rule).toEqual({
    wholeNumber: { formula1: 1, formula2: 5, operator: "Between" },
  });
  expect(settingValidation("coverage_in_house", "en")!.rule).toEqual({
    decimal: { formula1: 0, formula2: 1, operator: "Between" },
  });
  expect(settingValidation("diagnosis_source", "en")!.rule).toEqual({
    list: { inCellDropDown: true, source: "self,manager,external" },
  });
  expect(settingValidation("hours_cap", "nl")!.prompt.nl).toBe(
    "Toegestaan: leeg, of een getal groter dan 0.",
  );
  // the statutory plan's settings
  expect(settingValidation("days_per_fte", "nl")!.rule).toEqual({
    decimal: { formula1: 2, formula2: 5, operator: "Between" },
  });
  expect(settingValidation("union_delegation", "en")!.rule).toEqual({
    list: { inCellDropDown: true, source: "yes,no" },
  });
  expect(settingValidation("fte_reference", "nl")!.prompt.nl).toBe(
    "Toegestaan: leeg, of een getal groter dan 0.",
  );
  expect(settingValidation("registered_office", "nl")!.rule).toEqual({
    textLength: { formula1: 255, operator: "LessThanOrEqualTo" },
  });
  expect(settingValidation("optimum_date", "en")!.prompt.en).toBe("Allowed: blank, or a date.");
  expect(settingValidation("reference_date", "nl")!.prompt.nl).toBe(
    "Toegestaan: leeg (vandaag), of een datum.",
  );
});

test("the statutory plan's settings have number formats; the pane's two are not checked", () => {
  const formats = Object.fromEntries(settingNumberFormats("nl").map((f) => [f.key, f.format]));
  expect(formats).toMatchObject({
    fte_reference: "0.0",
    days_per_fte: "0.0",
    optimum_date: "dd/mm/yyyy",
    optimum_fingerprint: "0",
  });
  // what the pane writes is never a checker finding (a stale value only makes the note say so)
  expect(findings("optimum_fingerprint", "oud")).toEqual([]);
  expect(findings("optimum_date", "gisteren")).toEqual([]);
  expect(findings("registered_office", "")).toEqual([]);
});

test("the team matrix's size is read from its warning formula, as written and as Excel shows it back", () => {
  const f = new FormulaBuilder("nl");
  const written = matrixWarning(f, 10, 35);
  expect(matrixCapacity(written)).toEqual({ teams: 10, competences: 35 });
  expect(
    matrixCapacity(written.replace("VTO_Teams[[Team]]", "VTO_Teams[Team]").replace(/\[\[ID\]\]/g, "[ID]")),
  ).toEqual({
    teams: 10,
    competences: 35,
  });
  expect(matrixCapacity(matrixWarning(new FormulaBuilder("en"), 6, 11))).toEqual({
    teams: 6,
    competences: 11,
  });
  expect(matrixCapacity("=1+2")).toBeNull();
  expect(matrixCapacity("")).toBeNull();
});
