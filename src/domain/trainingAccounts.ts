/**
 * Individual training accounts, the training section of the sociale balans and the Federal Learning
 * Account list (issue 13, items 3–5; domain.md §5). Pure: the reference every formula of the
 * Opleidingsrekeningen (VTO_Accounts) and Sociale balans (VTO_SocialBalance) sheets and the
 * register's own columns for them is checked against, and the builder of the FLA list and its CSV.
 *
 * Cells are taken as they are read (numbers, text, booleans, null or "" for blank); IDs and list
 * choices are compared as the formulas compare them (TRIM(cell&""), case aside); dates are serials.
 */
import { blankCell, idKey, idText } from "./competences";
import {
  followed,
  isDate,
  rowDate,
  trainingDays,
  TrainingRow,
  TrainingTexts,
  trainingType,
  trainingYear,
  TrainingType,
} from "./training";

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** Excel's N(): a number stays, TRUE is 1, anything else 0. */
export const excelN = (v: unknown): number => (isNum(v) ? v : v === true ? 1 : 0);

function ymd(serial: number): { y: number; m: number; d: number } {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
const serialOf = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
/** Excel's EOMONTH: the last day of the month `months` after the serial's month. */
export function eomonth(serial: number, months: number): number {
  const { y, m } = ymd(serial);
  const index = y * 12 + (m - 1) + months;
  return serialOf(Math.floor(index / 12), (index % 12) + 1 + 1, 0);
}

// ---- individual training accounts ----------------------------------------------------------------

/**
 * Months employed in the year: the **whole calendar months** of the year the employee is in service
 * from their first through their last day. A blank start date means in service since before the
 * year, a blank end date still in service. So a start on 1 July gives 6 months (half a year), a
 * start on 2 July 5; an end on 30 June 6 months, on 29 June 5; a start after the end gives 0.
 * null when a date is neither blank nor a date (a number from 1 on), or the year is no number.
 */
export function monthsEmployed(start: unknown, end: unknown, year: unknown): number | null {
  if (!isNum(year)) return null;
  const okStart = blankCell(start) || start === "" || isDate(start);
  const okEnd = blankCell(end) || end === "" || isDate(end);
  if (!okStart || !okEnd) return null;
  const jan1 = serialOf(year, 1, 1);
  const dec31 = serialOf(year, 12, 31);
  let first = jan1;
  if (isDate(start)) {
    const s = Math.floor(start);
    first = s <= jan1 ? jan1 : ymd(s).d === 1 ? s : eomonth(s, 0) + 1;
  }
  let last = dec31;
  if (isDate(end)) {
    const e = Math.floor(end);
    last = e >= dec31 ? dec31 : e === eomonth(e, 0) ? e : eomonth(e, -1);
  }
  const a = ymd(first);
  const b = ymd(last);
  return Math.max(0, (b.y - a.y) * 12 + b.m - a.m + 1);
}

export interface AccountSettings {
  /** The analysis year (a setting cell). */
  year: unknown;
  /** Training days per FTE per year (a setting cell; default 5, a sector agreement 2–5). */
  daysPerFte: unknown;
  /** Hours in one training day (a setting cell). */
  hoursPerDay: unknown;
}

/**
 * Days due: days per FTE × FTE × months employed ÷ 12, for an FTE that is a number of 0 or more
 * and days per FTE a number; null otherwise (the checker reports an employee without FTE).
 */
export function daysDue(fte: unknown, months: number | null, s: Pick<AccountSettings, "daysPerFte">) {
  if (months === null || !isNum(fte) || fte < 0 || !isNum(s.daysPerFte)) return null;
  return (s.daysPerFte * fte * months) / 12;
}

/**
 * The register row's key for the training right: followed, counts for the right, a date (its
 * year), an employee and its days (hours ≥ 0, hours per day above 0); "" otherwise.
 */
export function rightKey(r: TrainingRow, t: TrainingTexts, s: Pick<AccountSettings, "hoursPerDay">): string {
  const emp = idText(r.employeeId === "" ? null : r.employeeId);
  const year = trainingYear(r);
  if (!followed(r, t) || idKey(r.countsForRight) !== t.yes.toLowerCase()) return "";
  if (year === null || emp === "" || trainingDays(r, s) === null) return "";
  return `r\u00a6${year}\u00a6${emp}`;
}

/** The days of the analysis year that count for the training right, per normalised employee key. */
export function countedDays(rows: TrainingRow[], t: TrainingTexts, s: AccountSettings): Map<string, number> {
  const out = new Map<string, number>();
  if (!isNum(s.year)) return out;
  for (const r of rows) {
    const k = rightKey(r, t, s).toLowerCase();
    if (k === "" || trainingYear(r) !== s.year) continue;
    const emp = k.slice(k.indexOf("\u00a6", 2) + 1);
    out.set(emp, (out.get(emp) ?? 0) + (trainingDays(r, s) as number));
  }
  return out;
}

export interface AccountEmployee {
  id: unknown;
  team?: unknown;
  fte?: unknown;
  gender?: unknown;
  startDate?: unknown;
  endDate?: unknown;
}

export interface Account {
  employeeId: string;
  team: string;
  gender: string;
  months: number | null;
  /** FTE × months ÷ 12 (the FTE over the year), null without an FTE of 0 or more or months. */
  fteYear: number | null;
  due: number | null;
  followed: number;
  remaining: number | null;
  /** No day followed that counts while in service in the year. */
  noneFollowed: boolean;
}

/** One account per employee (null for an employee without ID: a blank row). */
export function accounts(
  employees: AccountEmployee[],
  rows: TrainingRow[],
  t: TrainingTexts,
  s: AccountSettings,
): (Account | null)[] {
  const counted = countedDays(rows, t, s);
  return employees.map((e) => {
    const id = idText(e.id === "" ? null : e.id);
    if (id === "") return null;
    const months = monthsEmployed(e.startDate, e.endDate, s.year);
    const due = daysDue(e.fte, months, s);
    const done = counted.get(id.toLowerCase()) ?? 0;
    return {
      employeeId: id,
      team: idText(e.team === "" ? null : e.team),
      gender: idText(e.gender === "" ? null : e.gender),
      months,
      fteYear: months !== null && isNum(e.fte) && e.fte >= 0 ? (e.fte * months) / 12 : null,
      due,
      followed: done,
      remaining: due === null ? null : Math.max(0, due - done),
      noneFollowed: months !== null && months > 0 && done === 0,
    };
  });
}

/**
 * The organisation's figure: days followed that count ÷ FTE employed in the year (each FTE × months
 * ÷ 12, over the accounts with both), against the target days per FTE. null without any FTE.
 */
export function daysPerFteFollowed(list: (Account | null)[]): number | null {
  let days = 0;
  let fte = 0;
  for (const a of list) {
    if (!a) continue;
    days += a.followed;
    if (a.fteYear !== null) fte += a.fteYear;
  }
  return fte > 0 ? days / fte : null;
}

// ---- sociale balans ----------------------------------------------------------------------------

export type Measure = "workers" | "hours" | "net" | "gross" | "contributions" | "subsidies";
export type GenderGroup = "m" | "f" | "na" | "total";
export const GENDER_GROUPS: GenderGroup[] = ["m", "f", "na", "total"];

/**
 * The rows of the training section: per type the measures the NBB form asks, with the codes for men
 * and women. The cost breakdown (gross, contributions to collective funds, subsidies) exists for
 * formal training only; informal and initial training have a net cost = gross − subsidies (all the
 * fund contributions go to formal training, as on the form).
 */
export const SOCIAL_BALANCE_CODES: { type: TrainingType; measure: Measure; m: string; f: string }[] = [
  { type: "formal", measure: "workers", m: "5801", f: "5811" },
  { type: "formal", measure: "hours", m: "5802", f: "5812" },
  { type: "formal", measure: "net", m: "5803", f: "5813" },
  { type: "formal", measure: "gross", m: "58031", f: "58131" },
  { type: "formal", measure: "contributions", m: "58032", f: "58132" },
  { type: "formal", measure: "subsidies", m: "58033", f: "58133" },
  { type: "informal", measure: "workers", m: "5821", f: "5831" },
  { type: "informal", measure: "hours", m: "5822", f: "5832" },
  { type: "informal", measure: "net", m: "5823", f: "5833" },
  { type: "initial", measure: "workers", m: "5841", f: "5851" },
  { type: "initial", measure: "hours", m: "5842", f: "5852" },
  { type: "initial", measure: "net", m: "5843", f: "5853" },
];

export interface SocialBalanceSettings extends AccountSettings {
  /** Internal hourly wage cost (the setting hourly_cost, through N()). */
  hourlyCost: unknown;
  /** Gross wage bill of the year (through N()). */
  wageBill: unknown;
  /** Rate of the contributions to collective funds (through N(); default 0.10 %). */
  fundRate: unknown;
}

export interface GenderTexts {
  male: string;
  female: string;
}

/** An employee's gender group: M, the workbook's V/F, or not assigned (X, blank, anything else). */
export function genderGroup(v: unknown, g: GenderTexts): "m" | "f" | "na" {
  const k = idKey(v);
  return k === g.male.toLowerCase() ? "m" : k === g.female.toLowerCase() ? "f" : "na";
}

type Sums = { workers: number; hours: number; direct: number; subsidies: number };
const zero = (): Sums => ({ workers: 0, hours: 0, direct: 0, subsidies: 0 });

/**
 * The sociale balans values, by `${type}.${measure}.${gender group}` (see socialBalanceKeys):
 * workers = distinct employees with a followed training of the type dated in the year; hours =
 * their hours (numbers ≥ 0); gross = direct cost + hours × hourly cost; contributions (formal only) =
 * wage bill × rate split over men and women pro rata the headcount in service in the year (the
 * accounts with months > 0), the rest not assigned; net = gross + contributions − subsidies.
 * A register row's gender is its employee's (Medewerkers, by normalised ID; unknown: not assigned).
 */
export function socialBalance(
  employees: AccountEmployee[],
  rows: TrainingRow[],
  t: TrainingTexts,
  g: GenderTexts,
  s: SocialBalanceSettings,
): Map<string, number> {
  const genderOf = new Map<string, "m" | "f" | "na">();
  for (const e of employees) {
    const k = idKey(e.id);
    if (k !== "" && !genderOf.has(k)) genderOf.set(k, genderGroup(e.gender, g));
  }
  const sums = new Map<string, Sums>();
  const seen = new Set<string>();
  for (const r of rows) {
    const type = trainingType(r.type, t);
    const year = trainingYear(r);
    const emp = idKey(r.employeeId);
    if (!followed(r, t) || type === null || year === null || emp === "" || year !== s.year) continue;
    const gender = genderOf.get(emp) ?? "na";
    const key = `${type}.${gender}`;
    const x = sums.get(key) ?? zero();
    const person = `${type}\u00a6${emp}`;
    if (!seen.has(person)) {
      seen.add(person);
      x.workers += 1;
    }
    if (isNum(r.hours) && r.hours >= 0) x.hours += r.hours;
    if (isNum(r.directCost)) x.direct += r.directCost;
    if (isNum(r.subsidy)) x.subsidies += r.subsidy;
    sums.set(key, x);
  }
  // headcount in service in the year, by gender group
  const head = { m: 0, f: 0, na: 0 };
  for (const e of employees) {
    if (idKey(e.id) === "") continue;
    const months = monthsEmployed(e.startDate, e.endDate, s.year);
    if (months !== null && months > 0) head[genderGroup(e.gender, g)] += 1;
  }
  const all = head.m + head.f + head.na;
  const fund = excelN(s.wageBill) * excelN(s.fundRate);
  const fundShare = {
    m: all === 0 ? 0 : (fund * head.m) / all,
    f: all === 0 ? 0 : (fund * head.f) / all,
    na: 0,
    total: fund,
  };
  fundShare.na = fund - fundShare.m - fundShare.f;
  const hc = excelN(s.hourlyCost);
  const out = new Map<string, number>();
  for (const type of ["formal", "informal", "initial"] as TrainingType[])
    for (const gg of GENDER_GROUPS) {
      const x =
        gg === "total"
          ? (["m", "f", "na"] as const).reduce((acc, k) => {
              const y = sums.get(`${type}.${k}`) ?? zero();
              return {
                workers: acc.workers + y.workers,
                hours: acc.hours + y.hours,
                direct: acc.direct + y.direct,
                subsidies: acc.subsidies + y.subsidies,
              };
            }, zero())
          : (sums.get(`${type}.${gg}`) ?? zero());
      const contributions = type === "formal" ? fundShare[gg] : 0;
      const gross = x.direct + x.hours * hc;
      const values: Record<Measure, number> = {
        workers: x.workers,
        hours: x.hours,
        gross,
        contributions,
        subsidies: x.subsidies,
        net: gross + contributions - x.subsidies,
      };
      for (const m of Object.keys(values) as Measure[]) out.set(`${type}.${m}.${gg}`, values[m]);
    }
  return out;
}

/** The table's rows in order: per code line, men, women, not assigned and the total. */
export function socialBalanceKeys(): {
  key: string;
  type: TrainingType;
  measure: Measure;
  gender: GenderGroup;
  code: string;
}[] {
  return SOCIAL_BALANCE_CODES.flatMap((c) =>
    GENDER_GROUPS.map((gender) => ({
      key: `${c.type}.${c.measure}.${gender}`,
      type: c.type,
      measure: c.measure,
      gender,
      code: gender === "m" ? c.m : gender === "f" ? c.f : "",
    })),
  );
}

// ---- Federal Learning Account --------------------------------------------------------------------

/** The FLA deadline of a quarter: the last day of the month after it. */
export const flaDeadline = (year: number, quarter: number): number =>
  eomonth(serialOf(year, quarter * 3, 1), 1);

export interface FlaLine {
  quarter: number;
  deadline: number;
  employeeId: string;
  training: string;
  hours: number | null;
  days: number | null;
  start: number | null;
  end: number | null;
  followed: boolean;
  countsForRight: boolean;
  validUntil: number | null;
  /** The register's row (0-based), for going to it. */
  row: number;
}

/**
 * Whether an employee of Medewerkers is out of service for the whole year: left before it (an end
 * date before 1 January) or starting after it (a start date after 31 December). Dates typed as
 * text say nothing (the checker reports them); times of day do not count.
 */
export function outOfYear(e: Pick<AccountEmployee, "startDate" | "endDate">, year: number): boolean {
  return (
    (isDate(e.endDate) && Math.floor(e.endDate) < serialOf(year, 1, 1)) ||
    (isDate(e.startDate) && Math.floor(e.startDate) > serialOf(year, 12, 31))
  );
}

/**
 * The trainings of the analysis year to register in the Federal Learning Account, by quarter of the
 * day they count on (the end date, else the start date: the register's Kwartaal): every row with an
 * employee and a date in the year, followed or not; in quarter and register order. Rows of an
 * employee whom Medewerkers has out of service for the whole year (left before 1 January, starting
 * after 31 December; the first row of the ID, compared normalised, as a lookup finds it) are left
 * out; an employee not on Medewerkers keeps their rows.
 */
export function flaList(
  rows: TrainingRow[],
  t: TrainingTexts,
  s: Pick<AccountSettings, "year" | "hoursPerDay">,
  employees: Pick<AccountEmployee, "id" | "startDate" | "endDate">[] = [],
): FlaLine[] {
  if (!isNum(s.year)) return [];
  const year = s.year;
  const first = new Map<string, Pick<AccountEmployee, "startDate" | "endDate">>();
  for (const e of employees) {
    const k = idKey(e.id);
    if (k !== "" && !first.has(k)) first.set(k, e);
  }
  const out: FlaLine[] = [];
  rows.forEach((r, row) => {
    const d = rowDate(r);
    const emp = idText(r.employeeId === "" ? null : r.employeeId);
    if (d === null || emp === "" || ymd(d).y !== year) return;
    const e = first.get(idKey(emp));
    if (e && outOfYear(e, year)) return;
    const quarter = Math.ceil(ymd(d).m / 3);
    out.push({
      quarter,
      deadline: flaDeadline(year, quarter),
      employeeId: emp,
      training: idText(r.training === "" ? null : r.training),
      hours: isNum(r.hours) && r.hours >= 0 ? r.hours : null,
      days: trainingDays(r, s),
      start: isDate(r.start) ? Math.floor(r.start) : null,
      end: isDate(r.end) ? Math.floor(r.end) : null,
      followed: followed(r, t),
      countsForRight: idKey(r.countsForRight) === t.yes.toLowerCase(),
      validUntil: isDate(r.validUntil) ? Math.floor(r.validUntil) : null,
      row,
    });
  });
  return out.sort((a, b) => a.quarter - b.quarter || a.row - b.row);
}

/** dd/mm/yyyy of a serial. */
export function ddmmyyyy(serial: number): string {
  const { y, m, d } = ymd(serial);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d)}/${p(m)}/${y}`;
}

export interface CsvTexts {
  headers: string[];
  yes: string;
  no: string;
  /** The decimal separator (a comma in Dutch). */
  decimal: string;
}

/** A CSV field: quoted when it holds the separator, a quote or a line break; a leading = + - @ made inert. */
function field(v: string): string {
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The FLA list as CSV: `;` between fields, CRLF between lines, UTF-8 with a BOM (the string starts
 * with U+FEFF), dates dd/mm/yyyy, numbers with the language's decimal separator (at most 2 decimals).
 */
export function flaCsv(lines: FlaLine[], x: CsvTexts): string {
  const num = (n: number | null) =>
    n === null ? "" : String(Math.round(n * 100) / 100).replace(".", x.decimal);
  const date = (n: number | null) => (n === null ? "" : ddmmyyyy(n));
  const body = lines.map((l) =>
    [
      `Q${l.quarter}`,
      date(l.deadline),
      l.employeeId,
      l.training,
      num(l.hours),
      num(l.days),
      date(l.start),
      date(l.end),
      l.followed ? x.yes : x.no,
      l.countsForRight ? x.yes : x.no,
      date(l.validUntil),
    ]
      .map(field)
      .join(";"),
  );
  return "\ufeff" + [x.headers.map(field).join(";"), ...body].join("\r\n") + "\r\n";
}
