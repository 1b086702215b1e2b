/**
 * The Billijkheid sheet (VTO_Equity, VTO_EquityStaff) and the register's 24-month key, checked
 * against src/domain/equity.ts whatever engine computed them (the in-memory Excel or LibreOffice).
 */
import {
  EquityGroup,
  equityGroups,
  equityStaff,
  FIXED_GROUPS,
  profileFunctions,
  StaffMember,
  WINDOWS,
} from "../../src/domain/equity";
import { inLastMonths } from "../../src/domain/training";
import { idText } from "../../src/domain/competences";
import type { ExampleData } from "../../src/workbook/example";
import type { WbLang } from "../../src/workbook/lang";
import { SPEC_BY_KEY, TableKey } from "../../src/workbook/specs";
import { FIXED_GROUP_TEXT, GROUP_KIND_TEXT, NO_TRAINING_24 } from "../../src/workbook/equitySpecs";
import { todaySerial, trainingSettingsOf, trainingTexts } from "./verifyTraining";
import { genderTexts } from "./verifyAccounts";
import type { ComputedWorkbook } from "./verify";

const h = (table: TableKey, key: string, lang: WbLang) =>
  SPEC_BY_KEY[table].columns.find((c) => c.key === key)!.header[lang];
const close = (a: unknown, b: number | null) =>
  b === null ? a === "" : typeof a === "number" && Math.abs(a - b) < 1e-9;

/** The reference's staff and groups for a data set, as the workbook holds it. */
export function equityReference(data: ExampleData, lang: WbLang = "nl", today = todaySerial()) {
  const ref = trainingSettingsOf(data, lang, today).referenceDate;
  const staff = equityStaff(data.employees, data.training ?? [], trainingTexts(lang), genderTexts(lang), ref);
  const groups = equityGroups(staff, data.teams, profileFunctions(data.profiles ?? []));
  return { ref, staff, groups };
}

/** A group's name as the sheet shows it. */
export const groupName = (g: EquityGroup, lang: WbLang) => {
  const fixed = FIXED_GROUPS.find((x) => x.key === g.group && x.kind === g.kind);
  return g.kind !== "team" && g.kind !== "function" && fixed ? FIXED_GROUP_TEXT[fixed.key][lang] : g.group;
};

export function verifyEquityAgainstReference(
  wb: Pick<ComputedWorkbook, "table" | "above">,
  data: ExampleData,
  lang: WbLang = "nl",
  today = todaySerial(),
): { staff: (StaffMember | null)[]; groups: (EquityGroup | null)[] } {
  const { ref, staff, groups } = equityReference(data, lang, today);
  const rows = data.training ?? [];
  const t = trainingTexts(lang);

  // the register's 24-month key
  const reg = wb.table("VTO_Training").slice(0, rows.length);
  rows.forEach((r, i) => {
    const want = inLastMonths(r, t, ref, 24) ? `v\u00a6${idText(r.employeeId)}` : "";
    expect([i, r, reg[i][h("training", "hoursKey24", lang)]]).toEqual([i, r, want]);
  });

  // the per-employee list
  const c = (k: string) => h("equityStaff", k, lang);
  const got = wb.table("VTO_EquityStaff");
  expect(got.length).toBeGreaterThanOrEqual(staff.length);
  got.forEach((row, k) => {
    const s = k < staff.length ? staff[k] : null;
    const have = {
      id: row[c("employeeId")],
      team: row[c("team")],
      role: row[c("role")],
      gender: row[c("gender")],
      age: row[c("age")],
      regime: row[c("regime")],
      inService: row[c("inService")],
      hours12: close(row[c("hours12")], s ? s.hours[12] : null) || row[c("hours12")],
      hours24: close(row[c("hours24")], s ? s.hours[24] : null) || row[c("hours24")],
      took12: row[c("took12")],
      took24: row[c("took24")],
      flag: row[c("flag")],
    };
    const want = s
      ? {
          id: s.id,
          team: s.team,
          role: s.role,
          gender: FIXED_GROUP_TEXT[s.gender][lang],
          age: FIXED_GROUP_TEXT[s.age][lang],
          regime: FIXED_GROUP_TEXT[s.regime][lang],
          inService: s.inService ? 1 : 0,
          hours12: true,
          hours24: true,
          took12: s.participated[12] ? 1 : 0,
          took24: s.participated[24] ? 1 : 0,
          flag: s.inService && !s.participated[24] ? NO_TRAINING_24[lang] : "",
        }
      : {
          id: "",
          team: "",
          role: "",
          gender: "",
          age: "",
          regime: "",
          inService: "",
          hours12: true,
          hours24: true,
          took12: "",
          took24: "",
          flag: "",
        };
    expect([k, data.employees[k], have]).toEqual([k, data.employees[k], want]);
  });

  // the groups
  const e = (k: string) => h("equity", k, lang);
  const table = wb.table("VTO_Equity");
  expect(table.length).toBeGreaterThanOrEqual(groups.length);
  table.forEach((row, k) => {
    const g = k < groups.length ? groups[k] : null;
    const have: Record<string, unknown> = {
      kind: row[e("kind")],
      group: row[e("group")],
      headcount: row[e("headcount")],
      shareHeadcount:
        close(row[e("shareHeadcount")], g ? g.shareHeadcount : null) || row[e("shareHeadcount")],
      without24: row[e("without24")],
      score: row[e("score")],
    };
    const want: Record<string, unknown> = {
      kind: g ? GROUP_KIND_TEXT[g.kind][lang] : "",
      group: g ? groupName(g, lang) : "",
      headcount: g ? g.headcount : "",
      shareHeadcount: true,
      without24: g ? g.without24 : "",
      score: g && g.score !== null ? g.score : "",
    };
    for (const w of WINDOWS) {
      const f = g ? g.windows[w] : null;
      have[`participants${w}`] = row[e(`participants${w}`)];
      want[`participants${w}`] = f ? f.participants : "";
      for (const [key, v] of [
        [`shareParticipants${w}`, f ? f.shareParticipants : null],
        [`hours${w}`, f ? f.hours : null],
        [`shareHours${w}`, f ? f.shareHours : null],
        [`index${w}`, f ? f.index : null],
      ] as const) {
        have[key] = close(row[e(key)], v) || row[e(key)];
        want[key] = true;
      }
    }
    expect([k, have]).toEqual([k, want]);
  });
  if (wb.above) {
    expect(wb.above("VTO_Equity")).toBe("");
    expect(wb.above("VTO_EquityStaff")).toBe("");
  }
  return { staff, groups };
}
