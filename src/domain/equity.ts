/**
 * Billijkheid (Baert's equity criterion; issue 13, item 6): "zijn het steeds dezelfde
 * medewerkers?" Per group of the staff (the whole organisation, age 50+ and under 50, gender, part-
 * time and full-time, each team, each function) the share of the headcount against the share of
 * the participants and of the training hours over the last 12 and 24 months, the employees without
 * any training in 24 months, and from that an equity score 1–5 suggested for a need whose target
 * group is such a group. Pure: the reference the Billijkheid sheet's formulas (VTO_Equity and its
 * per-employee list VTO_EquityStaff) are checked against.
 *
 * The rules, exactly:
 * - reference date: the setting reference_date (its whole day), else today — as the register;
 * - a window of W months (12, 24): register rows that are followed, have hours that are a number of
 *   0 or more and an employee, and count (end date, else start date) after EDATE(ref, −W) and at
 *   most on ref — the register's own 12-month rule (training.ts inLastMonths) with W months;
 * - staff: the rows of Medewerkers with an ID, an ID typed twice counting once (its first row);
 *   in service on ref: start date blank or at most ref, end date blank or at least ref (a date that
 *   is not a number: not counted);
 * - age group: 50+ when YEAR(ref) − birth year ≥ 50 (the register's age rule, with the reference
 *   date's year), under 50 below, unknown without a numeric birth year; gender: M, V (F in English)
 *   or not assigned (X, blank, anything else), as the sociale balans; part-time FTE < 1, full-time
 *   FTE ≥ 1, unknown without a numeric FTE; team and function as typed, normalised (case aside);
 * - per group and window: headcount (in service), participants (of those, with at least one row in
 *   the window), hours (their rows' hours); each as a share of the organisation's; index = share of
 *   hours ÷ share of headcount = hours × N ÷ (H × n), rounded to 4 decimals, blank when the group or
 *   the organisation has no headcount or the organisation no hours;
 * - suggested equity score from the 24-month index: ≥ 1.25 → 1, ≥ 1.00 → 2, ≥ 0.75 → 3, ≥ 0.50 → 4,
 *   else 5 (groups that got less score higher); none when the index is blank.
 */
import { idKey, idText } from "./competences";
import { dec, excelRound, toNumber } from "./decimal";
import { ageGroup, inLastMonths, TrainingRow, TrainingTexts, yearOf } from "./training";
import { genderGroup, GenderTexts } from "./trainingAccounts";

export type Window = 12 | 24;
export const WINDOWS: Window[] = [12, 24];

export type GroupKind = "all" | "age" | "gender" | "regime" | "team" | "function";
export const GROUP_KINDS: GroupKind[] = ["all", "age", "gender", "regime", "team", "function"];

/** The groups every organisation has, in the table's order (its first rows). */
export type FixedGroup =
  | "all"
  | "age50"
  | "under50"
  | "ageUnknown"
  | "male"
  | "female"
  | "genderNa"
  | "partTime"
  | "fullTime"
  | "fteUnknown";
export const FIXED_GROUPS: { key: FixedGroup; kind: GroupKind }[] = [
  { key: "all", kind: "all" },
  { key: "age50", kind: "age" },
  { key: "under50", kind: "age" },
  { key: "ageUnknown", kind: "age" },
  { key: "male", kind: "gender" },
  { key: "female", kind: "gender" },
  { key: "genderNa", kind: "gender" },
  { key: "partTime", kind: "regime" },
  { key: "fullTime", kind: "regime" },
  { key: "fteUnknown", kind: "regime" },
];

/** Score thresholds on the 24-month hours index: at least `from` → `score`; below the last: 5. */
export const EQUITY_THRESHOLDS: { from: number; score: 1 | 2 | 3 | 4 }[] = [
  { from: 1.25, score: 1 },
  { from: 1.0, score: 2 },
  { from: 0.75, score: 3 },
  { from: 0.5, score: 4 },
];
export const LOWEST_SCORE = 5;

/** Target-group texts that mean the whole organisation (compared case aside, trimmed). */
export const EVERYONE = ["iedereen", "all", "everyone", "alle medewerkers", "all employees"];

export interface EquityEmployee {
  id: unknown;
  team?: unknown;
  role?: unknown;
  fte?: unknown;
  gender?: unknown;
  birthYear?: unknown;
  startDate?: unknown;
  endDate?: unknown;
}

export interface StaffMember {
  /** The normalised ID (as TRIM(cell&"")). */
  id: string;
  team: string;
  role: string;
  age: "age50" | "under50" | "ageUnknown";
  gender: "male" | "female" | "genderNa";
  regime: "partTime" | "fullTime" | "fteUnknown";
  /** In service on the reference date (and the first row of its ID). */
  inService: boolean;
  hours: Record<Window, number>;
  participated: Record<Window, boolean>;
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const blankOrDate = (v: unknown) => v === null || v === undefined || idText(v) === "" || (isNum(v) && v >= 1);
const isBlank = (v: unknown) => v === null || v === undefined || idText(v) === "";

/** One entry per row of Medewerkers (null for a row without ID), as the per-employee list shows it. */
export function equityStaff(
  employees: EquityEmployee[],
  rows: TrainingRow[],
  t: TrainingTexts,
  g: GenderTexts,
  referenceDate: number,
): (StaffMember | null)[] {
  const ref = Math.floor(referenceDate);
  const year = yearOf(ref);
  // the register's hours and rows per employee and window
  const sums = new Map<string, Record<Window, { hours: number; rows: number }>>();
  for (const r of rows)
    for (const w of WINDOWS) {
      if (!inLastMonths(r, t, ref, w)) continue;
      const k = idKey(r.employeeId);
      const s = sums.get(k) ?? { 12: { hours: 0, rows: 0 }, 24: { hours: 0, rows: 0 } };
      s[w].hours += r.hours as number;
      s[w].rows++;
      sums.set(k, s);
    }
  const firstRow = new Map<string, number>();
  employees.forEach((e, i) => {
    const k = idKey(e.id);
    if (k !== "" && !firstRow.has(k)) firstRow.set(k, i);
  });
  return employees.map((e, i) => {
    const id = idText(e.id);
    if (id === "") return null;
    const k = id.toLowerCase();
    const age = ageGroup(e.birthYear, year);
    const gender = genderGroup(e.gender, g);
    const start = e.startDate;
    const end = e.endDate;
    const inService =
      firstRow.get(k) === i &&
      blankOrDate(start) &&
      blankOrDate(end) &&
      (isBlank(start) || Math.floor(start as number) <= ref) &&
      (isBlank(end) || Math.floor(end as number) >= ref);
    const s = sums.get(k);
    return {
      id,
      team: idText(e.team),
      role: idText(e.role),
      age: age === null ? "ageUnknown" : age === "from50" ? "age50" : "under50",
      gender: gender === "m" ? "male" : gender === "f" ? "female" : "genderNa",
      regime: isNum(e.fte) ? (e.fte < 1 ? "partTime" : "fullTime") : "fteUnknown",
      inService,
      hours: { 12: s ? s[12].hours : 0, 24: s ? s[24].hours : 0 },
      participated: { 12: !!s && s[12].rows > 0, 24: !!s && s[24].rows > 0 },
    };
  });
}

export interface WindowFigures {
  participants: number;
  shareParticipants: number | null;
  hours: number;
  shareHours: number | null;
  index: number | null;
}

export interface EquityGroup {
  kind: GroupKind;
  /** A fixed group's key, or the team's or function's name as the list has it (normalised). */
  group: string;
  headcount: number;
  shareHeadcount: number | null;
  windows: Record<Window, WindowFigures>;
  /** In-service employees of the group without any row in the last 24 months. */
  without24: number;
  /** The equity score a need for this group gets suggested (from the 24-month index). */
  score: number | null;
}

/** The equity score of a 24-month hours index (see EQUITY_THRESHOLDS); null without index. */
export function equityScore(index: number | null): number | null {
  if (index === null) return null;
  for (const t of EQUITY_THRESHOLDS) if (index >= t.from) return t.score;
  return LOWEST_SCORE;
}

/** Hours × N ÷ (H × n), rounded to 4 decimals as Excel's ROUND does. */
function hoursIndex(hours: number, headcount: number, totalHours: number, totalHeadcount: number) {
  if (headcount === 0 || totalHeadcount === 0 || totalHours === 0) return null;
  return toNumber(excelRound(dec((hours * totalHeadcount) / (totalHours * headcount)), 4));
}

const member = (kind: GroupKind, group: string, s: StaffMember): boolean => {
  switch (kind) {
    case "all":
      return true;
    case "age":
      return s.age === group;
    case "gender":
      return s.gender === group;
    case "regime":
      return s.regime === group;
    case "team":
      return s.team.toLowerCase() === group.toLowerCase();
    case "function":
      return s.role.toLowerCase() === group.toLowerCase();
  }
};

/**
 * The groups' figures: the fixed groups, then one group per team of the team list and per function
 * (distinct, in the profiles' order), as the table's rows; a blank team name gives a row without
 * figures (null).
 */
export function equityGroups(
  staff: (StaffMember | null)[],
  teams: unknown[],
  functions: unknown[],
): (EquityGroup | null)[] {
  const counted = staff.filter((s): s is StaffMember => s !== null && s.inService);
  const total = {
    headcount: counted.length,
    participants: { 12: 0, 24: 0 } as Record<Window, number>,
    hours: { 12: 0, 24: 0 } as Record<Window, number>,
  };
  for (const s of counted)
    for (const w of WINDOWS) {
      total.participants[w] += s.participated[w] ? 1 : 0;
      total.hours[w] += s.hours[w];
    }
  const figures = (kind: GroupKind, group: string): EquityGroup => {
    const of = counted.filter((s) => member(kind, group, s));
    const headcount = of.length;
    const windows = {} as Record<Window, WindowFigures>;
    for (const w of WINDOWS) {
      const participants = of.filter((s) => s.participated[w]).length;
      const hours = of.reduce((n, s) => n + s.hours[w], 0);
      windows[w] = {
        participants,
        shareParticipants: total.participants[w] === 0 ? null : participants / total.participants[w],
        hours,
        shareHours: total.hours[w] === 0 ? null : hours / total.hours[w],
        index: hoursIndex(hours, headcount, total.hours[w], total.headcount),
      };
    }
    return {
      kind,
      group,
      headcount,
      shareHeadcount: total.headcount === 0 ? null : headcount / total.headcount,
      windows,
      without24: of.filter((s) => !s.participated[24]).length,
      score: equityScore(windows[24].index),
    };
  };
  return [
    ...FIXED_GROUPS.map((x) => figures(x.kind, x.key)),
    ...teams.map((team) => (idText(team) === "" ? null : figures("team", idText(team)))),
    ...functions.map((fn) => (idText(fn) === "" ? null : figures("function", idText(fn)))),
  ];
}

/** The distinct functions of the profiles, normalised, in their first row's order (the sheet's list). */
export function profileFunctions(profiles: { function: unknown }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of profiles) {
    const f = idText(p.function);
    if (f === "" || seen.has(f.toLowerCase())) continue;
    seen.add(f.toLowerCase());
    out.push(f);
  }
  return out;
}

/**
 * The group a learning question's target group names: a team of the list (first), else a function,
 * else the whole organisation for "iedereen" / "all"; null when it names none of them (no suggestion).
 */
export function targetGroupOf<G extends { kind: GroupKind; group: string }>(
  target: unknown,
  groups: (G | null)[],
): G | null {
  const k = idKey(target);
  if (k === "") return null;
  const find = (kind: GroupKind, name?: string) =>
    groups.find((x) => x !== null && x.kind === kind && (name === undefined || idKey(x.group) === name)) ??
    null;
  if (EVERYONE.includes(k)) return find("all");
  return find("team", k) ?? find("function", k);
}

export interface EquitySuggestion {
  score: number;
  kind: GroupKind;
  /** The group's name; several teams (or functions) joined by " + ". */
  group: string;
  shareHeadcount: number;
  shareHours: number;
  index: number;
}

/** A group as the pane reads it from the sheet (its 24-month figures). */
export type SheetGroup = Pick<EquityGroup, "kind" | "group" | "headcount" | "shareHeadcount" | "score"> & {
  hours24: number | null;
  shareHours24: number | null;
  index24: number | null;
};

/** How a target group may list several teams or functions: "A, B", "A; B", "A en B", "A/B", "A + B". */
const LIST_SEPARATOR = /\s*(?:,|;|\/|\+|&|\s(?:en|and)\s)\s*/i;

/**
 * The groups a target group names: the one group it names as a whole, else every part of a list
 * when each names a team (or each a function) — teams do not overlap, so their figures add up; a
 * list mixing teams and functions, or with a part that names nothing, names nothing (null).
 */
export function targetGroupsOf<G extends { kind: GroupKind; group: string }>(
  target: unknown,
  groups: (G | null)[],
): G[] | null {
  const whole = targetGroupOf(target, groups);
  if (whole) return [whole];
  const parts = idText(target)
    .split(LIST_SEPARATOR)
    .filter((p) => p !== "");
  if (parts.length < 2) return null;
  for (const kind of ["team", "function"] as const) {
    const found = parts.map((p) =>
      groups.find((x) => x !== null && x.kind === kind && idKey(x.group) === idKey(p)),
    );
    if (found.every((x) => x !== undefined)) {
      const distinct = [...new Set(found as G[])];
      return distinct;
    }
  }
  return null;
}

/**
 * The suggested equity score of a need from its question's target group, or null: one group's
 * 24-month index as the sheet computed it; several teams (or functions) together: their headcount
 * and hours added up, index = Σ hours × N ÷ (H × Σ headcount) to 4 decimals as the sheet rounds.
 */
export function suggestEquity(target: unknown, groups: (SheetGroup | null)[]): EquitySuggestion | null {
  const found = targetGroupsOf(target, groups);
  if (!found) return null;
  if (found.length === 1) {
    const g = found[0];
    if (g.index24 === null || g.shareHeadcount === null || g.shareHours24 === null) return null;
    return {
      score: equityScore(g.index24)!,
      kind: g.kind,
      group: g.group,
      shareHeadcount: g.shareHeadcount,
      shareHours: g.shareHours24,
      index: g.index24,
    };
  }
  const all = groups.find((x) => x !== null && x.kind === "all");
  if (!all || all.hours24 === null || found.some((g) => g.hours24 === null)) return null;
  const n = found.reduce((a, g) => a + g.headcount, 0);
  const h = found.reduce((a, g) => a + (g.hours24 ?? 0), 0);
  const index = hoursIndex(h, n, all.hours24, all.headcount);
  if (index === null) return null;
  return {
    score: equityScore(index)!,
    kind: found[0].kind,
    group: found.map((g) => g.group).join(" + "),
    shareHeadcount: n / all.headcount,
    shareHours: h / all.hours24,
    index,
  };
}
