/**
 * What each setting of the Instellingen table may hold, and the rule that reports a value outside
 * it at its cell. The same table gives each value cell its data validation (src/workbook/
 * settingRules.ts) and the message's list of allowed values, so sheet, checker and message agree.
 * Pure.
 */
import type { FindingOut, Raw, RegisterInput, RuleId } from "./validation";
import { blankCell, SCALE_MAX, SCALE_MIN } from "./competences";

export type SettingCheck =
  /** A whole number from min to max. */
  | { kind: "whole"; min: number; max: number }
  /** A number from min (to max). */
  | { kind: "number"; min: number; max?: number }
  /** Blank, or a number above `above`. */
  | { kind: "optionalNumber"; above: number }
  /** One of the assessors, in the workbook's language. */
  | { kind: "assessor" }
  /** Any text, not blank. */
  | { kind: "label" }
  /** Any text (data validation only: at most 255 characters). */
  | { kind: "text" }
  /** A number of 0 or more, not below the band before it. */
  | { kind: "band"; previous?: string }
  /** ja or nee (yes or no), in the workbook's language. */
  | { kind: "yesNo" }
  /** Blank, or a date (a number from 1, i.e. 1 January 1900, on). */
  | { kind: "optionalDate" }
  /** Blank, or any number (a value the task pane writes: data validation only). */
  | { kind: "optionalAnyNumber" };

/** Keys without an entry (organisation, budget, computed rows) are not checked here. */
export const SETTING_CHECKS: Record<string, SettingCheck> = {
  analysis_year: { kind: "whole", min: 2000, max: 2100 },
  horizon_years: { kind: "whole", min: 1, max: 50 },
  level_0: { kind: "label" },
  level_1: { kind: "label" },
  level_2: { kind: "label" },
  level_3: { kind: "label" },
  level_4: { kind: "label" },
  diagnosis_source: { kind: "assessor" },
  coverage_in_house: { kind: "number", min: 0, max: 1 },
  gap_threshold: { kind: "number", min: SCALE_MIN, max: SCALE_MAX },
  future_gap_threshold: { kind: "number", min: SCALE_MIN, max: SCALE_MAX },
  // the priority settings (their formulas live in prioritySpecs.ts; the budget has its own rules)
  hourly_cost: { kind: "number", min: 0 },
  hours_cap: { kind: "optionalNumber", above: 0 },
  min_feasibility: { kind: "whole", min: 1, max: 5 },
  invest_band_1: { kind: "band" },
  invest_band_2: { kind: "band", previous: "invest_band_1" },
  invest_band_3: { kind: "band", previous: "invest_band_2" },
  invest_band_4: { kind: "band", previous: "invest_band_3" },
  // the training register and the certificates (trainingSpecs.ts)
  hours_per_day: { kind: "number", min: 1, max: 24 },
  reference_date: { kind: "optionalDate" },
  cert_warning_days: { kind: "whole", min: 0, max: 3650 },
  cert_for_level: { kind: "yesNo" },
  // the training plan's statutory layout (planSpecs.ts; registered office and joint committee are
  // any text: data validation only)
  union_delegation: { kind: "yesNo" },
  fte_reference: { kind: "optionalNumber", above: 0 },
  // 5 by law (3 October 2022); a sector agreement may set it lower, to at least 2
  days_per_fte: { kind: "number", min: 2, max: 5 },
  // the sociale balans' contributions to collective training funds (accountSpecs.ts)
  wage_bill: { kind: "number", min: 0 },
  fund_rate: { kind: "number", min: 0, max: 1 },
};

const NUMERIC_TEXT = /^\s*[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*$/;

/** Whether a value is allowed for a setting; `value` reads another setting (bands). */
export function settingAllowed(
  check: SettingCheck,
  v: Raw,
  other: (key: string) => Raw,
  sources: Set<string>,
  yesNo: Set<string> = new Set(["ja", "nee", "yes", "no"]),
): boolean {
  const n = typeof v === "number" && Number.isFinite(v) ? v : null;
  switch (check.kind) {
    case "whole":
      return n !== null && Number.isInteger(n) && n >= check.min && n <= check.max;
    case "number":
      return n !== null && n >= check.min && (check.max === undefined || n <= check.max);
    case "optionalNumber":
      return blankCell(v) || (n !== null && n > check.above);
    case "assessor":
      return typeof v === "string" && sources.has(v.trim().toLowerCase());
    case "label":
      return !blankCell(v) && !(typeof v === "string" && v.trim() === "");
    case "text":
      return true;
    case "yesNo":
      return typeof v === "string" && yesNo.has(v.trim().replace(/ +/g, " ").toLowerCase());
    case "optionalDate":
      return blankCell(v) || (n !== null && n >= 1);
    case "optionalAnyNumber":
      return blankCell(v) || n !== null;
    case "band": {
      if (n === null || n < 0) return false;
      const before = check.previous ? other(check.previous) : null;
      return !(typeof before === "number" && n < before);
    }
  }
}

/** One finding per setting whose value is not allowed (horizon and scale labels keep their own rules). */
export function validateSettings(input: RegisterInput, out: FindingOut): void {
  const byKey = new Map(input.settings.map((s) => [s.key, s]));
  const other = (key: string) => byKey.get(key)?.value;
  const sources = input.sourceChoices ?? new Set(Object.keys(input.assessors));
  for (const s of input.settings) {
    const check = SETTING_CHECKS[s.key];
    if (!check) continue;
    if (settingAllowed(check, s.value, other, sources, input.yesNoChoices)) continue;
    const numeric = check.kind !== "label" && check.kind !== "assessor" && check.kind !== "yesNo";
    const rule: RuleId =
      numeric && typeof s.value === "string" && NUMERIC_TEXT.test(s.value)
        ? "numberAsText"
        : s.key === "horizon_years"
          ? "horizonInvalid"
          : check.kind === "label"
            ? "scaleLabelMissing"
            : "settingInvalid";
    out.push({
      rule,
      severity: "error",
      table: "settings",
      row: s.row,
      field: "value",
      value: s.value,
      params: { setting: s.key },
    });
  }
}
