/**
 * The training register, the employees' hour columns, the certificate view and the gap register's
 * certificate rule, checked against src/domain/training.ts whatever engine computed them (the
 * in-memory Excel or LibreOffice). The workbook is Dutch unless `lang` says otherwise.
 */
import { idKey, idText } from "../../src/domain/competences";
import {
  AgeGroup,
  ageGroup,
  certificateKey,
  certificateView,
  countsAtLevel,
  firstOfKind,
  hoursLast12,
  inLast12Months,
  personKey,
  registerHours,
  rowDate,
  trainingDays,
  TrainingSettings,
  TrainingTexts,
  trainingQuarter,
  trainingYear,
} from "../../src/domain/training";
import type { ExampleData } from "../../src/workbook/example";
import { dateSerial } from "../../src/workbook/dates";
import { WbLang, YES } from "../../src/workbook/lang";
import { seedRows, SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { AGE_GROUP, CERT_STATUS, expiringText, TRAINING_TYPE } from "../../src/workbook/trainingSpecs";
import type { ComputedWorkbook } from "./verify";

export const trainingTexts = (lang: WbLang): TrainingTexts => ({
  yes: YES[lang],
  type: {
    formal: TRAINING_TYPE.formal[lang],
    informal: TRAINING_TYPE.informal[lang],
    initial: TRAINING_TYPE.initial[lang],
  },
});

/** Today as an Excel serial (what TODAY() gives in the engines, local time). */
export function todaySerial(now = new Date()): number {
  return dateSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The register's settings as the workbook holds them for a data set (defaults under the data set's own). */
export function trainingSettingsOf(
  data: ExampleData,
  lang: WbLang = "nl",
  today = todaySerial(),
): TrainingSettings {
  const seeded = new Map(seedRows("settings", lang, 2026)!.map((r) => [String(r[0]), r[2]]));
  const value = (k: string): unknown => {
    const v = data.settingValues?.[k] ?? seeded.get(k);
    return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
  };
  const ref = value("reference_date");
  const days = value("cert_warning_days");
  if (typeof days !== "number") throw new Error("the three-way checks use a valid warning period");
  return {
    hoursPerDay: value("hours_per_day"),
    referenceDate: typeof ref === "number" ? Math.floor(ref) : today,
    warningDays: days,
    certificateForLevel: idKey(value("cert_for_level")) === YES[lang],
  };
}

const h = (table: TableKey, key: string, lang: WbLang) =>
  SPEC_BY_KEY[table].columns.find((c) => c.key === key)!.header[lang];
const blank = <T>(v: T | null) => (v === null ? "" : v);
const close = (a: unknown, b: number | null) =>
  b === null ? a === "" : typeof a === "number" && Math.abs(a - b) < 1e-9;

/** The predicate the diagnosis' "at level" count applies (see countsAtLevel). */
export function levelRule(data: ExampleData, lang: WbLang = "nl", today = todaySerial()) {
  const s = trainingSettingsOf(data, lang, today);
  const t = trainingTexts(lang);
  const rows = data.training ?? [];
  const competences = data.competences.map((c) => ({
    id: c.id,
    certificate: certificateCell(c.certificate, lang),
  }));
  return (g: { employeeId: unknown; competenceId: unknown }) =>
    countsAtLevel(g.employeeId, g.competenceId, competences, rows, t, s);
}

/** The certificate cell a data set's competence is written with (see competenceRow). */
export function certificateCell(v: unknown, lang: WbLang): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean") return v ? YES[lang] : lang === "nl" ? "nee" : "no";
  return v;
}

export function verifyTrainingAgainstReference(
  wb: Pick<ComputedWorkbook, "table" | "above">,
  data: ExampleData,
  lang: WbLang = "nl",
  today = todaySerial(),
): void {
  const s = trainingSettingsOf(data, lang, today);
  const t = trainingTexts(lang);
  const rows = data.training ?? [];
  const col = (key: string) => h("training", key, lang);
  const blankText = (g: AgeGroup | null) => (g === null ? "" : AGE_GROUP[g][lang]);
  const reg = wb.table("VTO_Training").slice(0, rows.length);
  expect(reg).toHaveLength(rows.length);
  const employeeOf = (id: unknown) => {
    const k = idKey(id);
    return k === "" ? undefined : data.employees.find((e) => idKey(e.id) === k);
  };
  const firsts = firstOfKind(rows, t);
  rows.forEach((r, i) => {
    const e = employeeOf(r.employeeId);
    const got = reg[i];
    const want = {
      date: blank(rowDate(r)),
      days: true,
      year: blank(trainingYear(r)),
      quarter: blank(trainingQuarter(r)),
      team: e ? idText(e.team) : "",
      role: e ? idText(e.role) : "",
      ageGroup: e ? blankText(ageGroup(e.birthYear, trainingYear(r))) : "",
      personKey: personKey(r, t),
      first: blank(firsts[i]),
      hoursKey: inLast12Months(r, t, s.referenceDate) ? `u\u00a6${idText(r.employeeId)}` : "",
      certKey: certificateKey(r, t),
    };
    const have = {
      date: got[col("date")],
      days: close(got[col("days")], trainingDays(r, s)) || got[col("days")],
      year: got[col("year")],
      quarter: got[col("quarter")],
      team: got[col("team")],
      role: got[col("role")],
      ageGroup: got[col("ageGroup")],
      personKey: got[col("personKey")],
      first: got[col("first")],
      hoursKey: got[col("hoursKey")],
      certKey: got[col("certKey")],
    };
    expect([i, r, s, have]).toEqual([i, r, s, want]);
  });

  const employees = wb.table("VTO_Employees");
  data.employees.forEach((e, i) => {
    const register = registerHours(e.id, rows, t, s.referenceDate);
    const got = [
      close(employees[i][h("employees", "registerHours", lang)], register) ||
        employees[i][h("employees", "registerHours", lang)],
      close(employees[i][h("employees", "hoursLast12", lang)], hoursLast12(e.trainingHours, register)) ||
        employees[i][h("employees", "hoursLast12", lang)],
    ];
    expect([e.id, got]).toEqual([e.id, [true, true]]);
  });

  const competences = data.competences.map((c) => ({
    id: c.id,
    certificate: certificateCell(c.certificate, lang),
  }));
  const view = certificateView(data.employees, competences, rows, t, s);
  const certs = wb.table("VTO_Certificates");
  expect(certs.length).toBeGreaterThanOrEqual(view.length);
  const statusText = (v: (typeof view)[number]) =>
    v === null
      ? ""
      : v.status === "expiring"
        ? expiringText(s.warningDays, lang)
        : CERT_STATUS[v.status][lang];
  const c = (key: string) => h("certificates", key, lang);
  certs.forEach((got, k) => {
    const v = k < view.length ? view[k] : null;
    const have = {
      employeeId: got[c("employeeId")],
      competenceId: got[c("competenceId")],
      latest: got[c("latest")],
      daysLeft: got[c("daysLeft")],
      status: got[c("status")],
    };
    const want = {
      employeeId: v ? v.employeeId : "",
      competenceId: v ? v.competenceId : "",
      latest: v ? blank(v.latest) : "",
      daysLeft: v && v.latest !== null ? v.latest - s.referenceDate : "",
      status: statusText(v),
    };
    expect([k, have]).toEqual([k, want]);
  });
  if (wb.above) expect(wb.above("VTO_Certificates")).toBe("");

  const gaps = wb.table("VTO_Gaps");
  const rule = levelRule(data, lang, today);
  data.gaps.forEach((g, i) =>
    expect([i, g, gaps[i][h("gaps", "levelCounts", lang)]]).toEqual([i, g, rule(g) ? 1 : 0]),
  );
}
