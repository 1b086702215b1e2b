/**
 * The allowed values of each setting in words, and the data validation of its value cell: built
 * from the checks in src/domain/settingsValidation.ts, so that the sheet's input message, Excel's
 * own validation and the checker's message say the same. The settings table has one value column
 * for every key, so the validation goes on each value cell, found by its key (generatePlan).
 */
import { SETTING_CHECKS, SettingCheck } from "../domain/settingsValidation";
import { ASSESSOR, listOf, NO, Text, WbLang, YES } from "./lang";
import { t, ValidationSpec } from "./specKit";

const nl = (n: number) => String(n).replace(".", ",");
const pct = (n: number) => `${Math.round(n * 100)}\u00a0%`;

/**
 * Settings whose cell gets data validation although the checker has its own rules for them (the
 * budget: budgetInvalid, budgetZero) or none (the organisation's name: any text).
 */
const VALIDATION_ONLY: Record<string, SettingCheck> = {
  organisation: { kind: "text" },
  budget: { kind: "number", min: 0 },
  // the statutory plan's organisation data: any text, blank allowed
  registered_office: { kind: "text" },
  joint_committee: { kind: "text" },
  // written by the task pane when it marks the budget optimum (a wrong value only makes the note
  // above Prioriteiten say the optimum is out of date)
  optimum_date: { kind: "optionalDate" },
  optimum_fingerprint: { kind: "optionalAnyNumber" },
};
const checkOf = (key: string): SettingCheck | undefined => SETTING_CHECKS[key] ?? VALIDATION_ONLY[key];

/** What a setting may hold, in words (no final full stop). */
export function allowedText(key: string, lang: WbLang): string {
  const check = checkOf(key);
  if (!check) return "";
  return describe(key, check)[lang];
}

function describe(key: string, c: SettingCheck): Text {
  switch (c.kind) {
    case "whole":
      return t(`een geheel getal van ${c.min} tot ${c.max}`, `a whole number from ${c.min} to ${c.max}`);
    case "number":
      if (key === "fund_rate")
        return t(
          `een aandeel van ${pct(c.min)} tot ${pct(c.max!)} (bv. 0,10\u00a0% of 0,001)`,
          `a share from ${pct(c.min)} to ${pct(c.max!)} (e.g. 0.10\u00a0% or 0.001)`,
        );
      if (key === "coverage_in_house")
        return t(
          `een aandeel van ${pct(c.min)} tot ${pct(c.max!)} (0 tot 1, bv. 80\u00a0% of 0,8)`,
          `a share from ${pct(c.min)} to ${pct(c.max!)} (0 to 1, e.g. 80\u00a0% or 0.8)`,
        );
      return c.max === undefined
        ? t(`een getal van ${nl(c.min)} of meer`, `a number of ${c.min} or more`)
        : t(`een getal van ${nl(c.min)} tot ${nl(c.max)}`, `a number from ${c.min} to ${c.max}`);
    case "optionalNumber":
      return t(`leeg, of een getal groter dan ${nl(c.above)}`, `blank, or a number above ${c.above}`);
    case "assessor":
      return {
        nl: `een van: ${listOf(ASSESSOR, "nl").join(", ")}`,
        en: `one of: ${listOf(ASSESSOR, "en").join(", ")}`,
      };
    case "label":
      return t("een omschrijving (niet leeg)", "a label (not blank)");
    case "text":
      return t("tekst, hoogstens 255 tekens", "text, at most 255 characters");
    case "yesNo":
      return t("ja of nee", "yes or no");
    case "optionalDate":
      return key === "reference_date"
        ? t("leeg (vandaag), of een datum", "blank (today), or a date")
        : t("leeg, of een datum", "blank, or a date");
    case "optionalAnyNumber":
      return t(
        "leeg, of een getal (het taakvenster vult het in)",
        "blank, or a number (the task pane fills it in)",
      );
    case "band":
      return c.previous
        ? t(
            "een bedrag van 0 of meer, niet lager dan de band erboven",
            "an amount of 0 or more, not below the band above it",
          )
        : t("een bedrag van 0 of meer", "an amount of 0 or more");
  }
}

/** Data validation for a setting's value cell, or null for keys without a check. */
export function settingValidation(key: string, lang: WbLang): ValidationSpec | null {
  const c = checkOf(key);
  if (!c) return null;
  const allowed = describe(key, c);
  const prompt: Text = {
    nl: `Toegestaan: ${allowed.nl}.`,
    en: `Allowed: ${allowed.en}.`,
  };
  const error: Text = {
    nl: `Geef ${allowed.nl}.`,
    en: `Enter ${allowed.en}.`,
  };
  const rule = ((): ValidationSpec["rule"] => {
    switch (c.kind) {
      case "whole":
        return { wholeNumber: { formula1: c.min, formula2: c.max, operator: "Between" } };
      case "number":
        return c.max === undefined
          ? { decimal: { formula1: c.min, operator: "GreaterThanOrEqualTo" } }
          : { decimal: { formula1: c.min, formula2: c.max, operator: "Between" } };
      case "optionalNumber":
        return { decimal: { formula1: c.above, operator: "GreaterThan" } };
      case "assessor":
        return { list: { inCellDropDown: true, source: listOf(ASSESSOR, lang).join(",") } };
      case "label":
        return { textLength: { formula1: 1, formula2: 255, operator: "Between" } };
      case "text":
        return { textLength: { formula1: 255, operator: "LessThanOrEqualTo" } };
      case "band":
        return { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      case "yesNo":
        return { list: { inCellDropDown: true, source: [YES[lang], NO[lang]].join(",") } };
      case "optionalDate":
        return { date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" } };
      case "optionalAnyNumber":
        return { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" } };
    }
  })();
  return { rule, prompt, error };
}

/** Every setting key with its value cell's validation (for the layout and the .xlsx export). */
export function settingValidations(lang: WbLang): { key: string; validation: ValidationSpec }[] {
  return [...Object.keys(VALIDATION_ONLY), ...Object.keys(SETTING_CHECKS)].flatMap((key) => {
    const v = settingValidation(key, lang);
    return v ? [{ key, validation: v }] : [];
  });
}

const EURO: Text = { nl: '"€ "#,##0', en: '"€"#,##0' };
const EURO_CENTS: Text = { nl: '"€ "#,##0.00', en: '"€"#,##0.00' };
// "0%" in both: Excel shows it in the user's locale; "0 %" is not read by every spreadsheet
const PERCENT: Text = { nl: "0%", en: "0%" };
const PERCENT_1: Text = { nl: "0.0%", en: "0.0%" };
/**
 * The number format of a setting's value cell, by key: amounts in euro, shares as percentages (the
 * separators follow the user's Excel locale: "€ 17.430" in Belgian Dutch).
 */
const NUMBER_FORMATS: Record<string, Text> = {
  hourly_cost: EURO_CENTS,
  budget: EURO,
  invest_band_1: EURO,
  invest_band_2: EURO,
  invest_band_3: EURO,
  invest_band_4: EURO,
  coverage_in_house: PERCENT,
  weights_total: PERCENT_1,
  reference_date: { nl: "dd/mm/yyyy", en: "dd/mm/yyyy" },
  hours_per_day: { nl: "0.0", en: "0.0" },
  wage_bill: EURO,
  fund_rate: { nl: "0.00%", en: "0.00%" },
  fte_reference: { nl: "0.0", en: "0.0" },
  days_per_fte: { nl: "0.0", en: "0.0" },
  optimum_date: { nl: "dd/mm/yyyy", en: "dd/mm/yyyy" },
  optimum_fingerprint: { nl: "0", en: "0" },
};

/** Every setting key with its value cell's number format (for the layout and the .xlsx export). */
export function settingNumberFormats(lang: WbLang): { key: string; format: string }[] {
  return Object.entries(NUMBER_FORMATS).map(([key, f]) => ({ key, format: f[lang] }));
}
