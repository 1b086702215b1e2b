/**
 * The training accounts, the sociale balans and the register's columns for them, checked against
 * src/domain/trainingAccounts.ts whatever engine computed them (the in-memory Excel or LibreOffice).
 */
import { idKey } from "../../src/domain/competences";
import {
  accounts,
  daysPerFteFollowed,
  flaDeadline,
  rightKey,
  socialBalance,
  socialBalanceKeys,
  SocialBalanceSettings,
} from "../../src/domain/trainingAccounts";
import { genderGroup, GenderTexts } from "../../src/domain/trainingAccounts";
import { trainingQuarter, trainingYear } from "../../src/domain/training";
import type { ExampleData } from "../../src/workbook/example";
import { GENDER, WbLang } from "../../src/workbook/lang";
import { seedRows, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { NONE_FOLLOWED, ORGANISATION_FIGURE } from "../../src/workbook/accountSpecs";
import { trainingTexts } from "./verifyTraining";
import type { ComputedWorkbook } from "./verify";

export const genderTexts = (lang: WbLang): GenderTexts => ({
  male: GENDER.male[lang],
  female: GENDER.female[lang],
});

/** The settings the accounts and the sociale balans use, as the workbook holds them for a data set. */
export function accountSettingsOf(
  data: ExampleData,
  lang: WbLang = "nl",
  year = 2026,
): SocialBalanceSettings {
  const seeded = new Map(seedRows("settings", lang, year)!.map((r) => [String(r[0]), r[2]]));
  const value = (k: string): unknown => {
    const v = data.settingValues?.[k] ?? seeded.get(k);
    if (v === "") return null;
    return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
  };
  return {
    year: value("analysis_year"),
    daysPerFte: value("days_per_fte"),
    hoursPerDay: value("hours_per_day"),
    hourlyCost: value("hourly_cost"),
    wageBill: value("wage_bill"),
    fundRate: value("fund_rate"),
  };
}

const h = (table: TableKey, key: string, lang: WbLang) =>
  SPEC_BY_KEY[table].columns.find((c) => c.key === key)!.header[lang];
const blank = <T>(v: T | null) => (v === null ? "" : v);
const close = (a: unknown, b: number | null, eps = 1e-9) =>
  b === null ? a === "" : typeof a === "number" && Math.abs(a - b) < eps;

export function verifyAccountsAgainstReference(
  wb: Pick<ComputedWorkbook, "table" | "above">,
  data: ExampleData,
  lang: WbLang = "nl",
  year = 2026,
): { accounts: ReturnType<typeof accounts>; balance: Map<string, number> } {
  const s = accountSettingsOf(data, lang, year);
  const t = trainingTexts(lang);
  const g = genderTexts(lang);
  const rows = data.training ?? [];

  // the register's own columns for them
  const reg = wb.table("VTO_Training").slice(0, rows.length);
  const employeeOf = (id: unknown) => {
    const k = idKey(id);
    return k === "" ? undefined : data.employees.find((e) => idKey(e.id) === k);
  };
  const col = (key: string) => h("training", key, lang);
  rows.forEach((r, i) => {
    const e = employeeOf(r.employeeId);
    const q = trainingQuarter(r);
    const want = {
      gender:
        e && e.gender !== null && e.gender !== undefined ? String(e.gender).trim().replace(/ +/g, " ") : "",
      rightKey: rightKey(r, t, s),
      deadline: q === null ? "" : flaDeadline(trainingYear(r)!, q),
    };
    const have = {
      gender: reg[i][col("gender")],
      rightKey: reg[i][col("rightKey")],
      deadline: reg[i][col("flaDeadline")],
    };
    expect([i, r, have]).toEqual([i, r, want]);
  });

  // the accounts
  const list = accounts(data.employees, rows, t, s);
  const got = wb.table("VTO_Accounts");
  expect(got.length).toBeGreaterThanOrEqual(list.length);
  const c = (key: string) => h("accounts", key, lang);
  got.forEach((row, k) => {
    const a = k < list.length ? list[k] : null;
    const have = {
      employeeId: row[c("employeeId")],
      gender: row[c("gender")],
      months: row[c("months")],
      fteYear: close(row[c("fteYear")], a ? a.fteYear : null) || row[c("fteYear")],
      due: close(row[c("due")], a ? a.due : null) || row[c("due")],
      followed: close(row[c("followed")], a ? a.followed : null) || row[c("followed")],
      remaining: close(row[c("remaining")], a ? a.remaining : null) || row[c("remaining")],
      flag: row[c("flag")],
    };
    const want = {
      employeeId: a ? a.employeeId : "",
      gender: a ? a.gender : "",
      months: a ? blank(a.months) : "",
      fteYear: true,
      due: true,
      followed: true,
      remaining: true,
      flag: a && a.noneFollowed ? NONE_FOLLOWED[lang] : "",
    };
    expect([k, data.employees[k], have]).toEqual([k, data.employees[k], want]);
  });
  if (wb.above) {
    const figure = daysPerFteFollowed(list);
    const num = (n: number) => String(Math.round(n * 100) / 100);
    expect(wb.above("VTO_Accounts")).toBe(
      figure === null || typeof s.daysPerFte !== "number"
        ? figure === null
          ? ""
          : wb.above("VTO_Accounts")
        : `${ORGANISATION_FIGURE.before[lang]}${num(figure)}${ORGANISATION_FIGURE.middle[lang]}${s.daysPerFte}${ORGANISATION_FIGURE.after[lang]}`,
    );
  }

  // the sociale balans
  const balance = socialBalance(data.employees, rows, t, g, s);
  const sb = wb.table("VTO_SocialBalance");
  const keys = socialBalanceKeys();
  expect(sb).toHaveLength(keys.length);
  keys.forEach((k, i) => {
    const row = sb[i];
    expect([row[h("socialBalance", "key", lang)], row[h("socialBalance", "code", lang)]]).toEqual([
      k.key,
      k.code,
    ]);
    const want = Math.round(balance.get(k.key)! * 100) / 100;
    const v = row[h("socialBalance", "value", lang)];
    expect([k.key, close(v, want, 0.0051) || v]).toEqual([k.key, true]);
  });
  return { accounts: list, balance };
}

/** The employees' gender groups as the sociale balans counts them (for the properties). */
export const groupOf = (v: unknown, lang: WbLang) => genderGroup(v, genderTexts(lang));
