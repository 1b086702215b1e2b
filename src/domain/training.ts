/**
 * The training register and certificates (issue 12, items 3 and 4; domain.md §5): what each row of
 * the register computes, the training hours of the last 12 months per employee, and the status of
 * the certificates a competence requires. Pure: the reference every formula of the Opleidingsregister,
 * Certificaten, the Medewerkers hour columns and the diagnosis' certificate rule is checked against.
 *
 * Cells are taken as they are read (numbers, text, booleans, null or "" for blank): list choices are
 * compared as the formulas compare them — TRIM(cell&"") case aside — and dates are Excel serials.
 */
import { idKey, idText } from "./competences";

export type TrainingType = "formal" | "informal" | "initial";
export const TRAINING_TYPES: TrainingType[] = ["formal", "informal", "initial"];

/** The list texts the reference needs, in the workbook's language (lower case compared). */
export interface TrainingTexts {
  yes: string;
  type: Record<TrainingType, string>;
}

/** The settings the register's formulas use. */
export interface TrainingSettings {
  /** Hours in one training day (default 7.6); days are blank when it is not a number above 0. */
  hoursPerDay: unknown;
  /** The reference date as an Excel serial (the setting, or today when the setting is blank). */
  referenceDate: number;
  /** Days before expiry a certificate counts as expiring (whole number ≥ 0). */
  warningDays: number;
  /** Whether the diagnosis counts a certified competence at level only with a valid certificate. */
  certificateForLevel: boolean;
}

export type TrainingRow = Record<string, unknown>;
export type Status = "valid" | "expiring" | "expired" | "missing";

/** TRIM(cell&"") as the formulas read a cell: a number as its text, spaces trimmed and collapsed. */
export const cellText = (v: unknown): string => idText(v === "" ? null : v);
const choice = (v: unknown, text: string) => idKey(v) === text.toLowerCase();
/** ISNUMBER: a number (Excel dates are numbers). */
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** A date cell: a number from 1 (1 January 1900) on. */
export const isDate = (v: unknown): v is number => isNum(v) && v >= 1;

export function trainingType(v: unknown, t: TrainingTexts): TrainingType | null {
  return TRAINING_TYPES.find((k) => choice(v, t.type[k])) ?? null;
}
export const followed = (r: TrainingRow, t: TrainingTexts) => choice(r.followed, t.yes);

/** The day a row counts on: its end date, or its start date when there is no end date. */
export function rowDate(r: TrainingRow): number | null {
  return isDate(r.end) ? r.end : isDate(r.start) ? r.start : null;
}

/** Excel's YEAR of a serial. */
export const yearOf = (serial: number): number => ymd(serial).y;

/** Excel's YEAR and MONTH of a serial (1900 system, from 1 March 1900 on). */
function ymd(serial: number): { y: number; m: number; d: number } {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
const serialOf = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

/** Excel's EDATE: the same day n months later, or the month's last day when it has fewer days. */
export function edate(serial: number, months: number): number {
  const { y, m, d } = ymd(serial);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return serialOf(ny, nm, Math.min(d, last));
}

/** Training days: hours ÷ hours per day, for hours ≥ 0 and hours per day above 0. */
export function trainingDays(r: TrainingRow, s: Pick<TrainingSettings, "hoursPerDay">): number | null {
  if (!isNum(r.hours) || r.hours < 0 || !isNum(s.hoursPerDay) || s.hoursPerDay <= 0) return null;
  return r.hours / s.hoursPerDay;
}

export function trainingYear(r: TrainingRow): number | null {
  const d = rowDate(r);
  return d === null ? null : ymd(d).y;
}

export function trainingQuarter(r: TrainingRow): number | null {
  const d = rowDate(r);
  return d === null ? null : Math.ceil(ymd(d).m / 3);
}

/**
 * The key of the first-of-its-kind marker: employee, type and year of a followed training with a
 * known type and a date; "" otherwise. Distinct people per type and year = rows whose marker is 1.
 */
export function personKey(r: TrainingRow, t: TrainingTexts): string {
  const type = trainingType(r.type, t);
  const year = trainingYear(r);
  const emp = cellText(r.employeeId);
  if (!followed(r, t) || type === null || year === null || emp === "") return "";
  return `p\u00a6${t.type[type]}\u00a6${year}\u00a6${emp}`;
}

/** 1 for the first row of its key (as MATCH finds it: case aside), 0 for later ones, null without key. */
export function firstOfKind(rows: TrainingRow[], t: TrainingTexts): (0 | 1 | null)[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    const k = personKey(r, t).toLowerCase();
    if (k === "") return null;
    if (seen.has(k)) return 0;
    seen.add(k);
    return 1;
  });
}

/** Whether a row counts toward an employee's hours of the last 12 months before the reference date. */
export function inLast12Months(r: TrainingRow, t: TrainingTexts, referenceDate: number): boolean {
  return inLastMonths(r, t, referenceDate, 12);
}

/**
 * Whether a row counts toward an employee's hours of the last `months` months: followed, hours a
 * number of 0 or more, an employee, and the day it counts on (end date, else start date) after
 * EDATE(reference date, −months) and at most the reference date.
 */
export function inLastMonths(
  r: TrainingRow,
  t: TrainingTexts,
  referenceDate: number,
  months: number,
): boolean {
  const d = rowDate(r);
  return (
    followed(r, t) &&
    isNum(r.hours) &&
    r.hours >= 0 &&
    cellText(r.employeeId) !== "" &&
    d !== null &&
    d > edate(referenceDate, -months) &&
    d <= referenceDate
  );
}

/** The register's hours of the last 12 months of one employee (by normalised ID); null for a blank ID. */
export function registerHours(
  employeeId: unknown,
  rows: TrainingRow[],
  t: TrainingTexts,
  referenceDate: number,
): number | null {
  const k = idKey(employeeId);
  if (k === "") return null;
  return rows
    .filter((r) => idKey(r.employeeId) === k && inLast12Months(r, t, referenceDate))
    .reduce((sum, r) => sum + (r.hours as number), 0);
}

/** Hours of the last 12 months an employee counts: a number typed in Medewerkers wins, else the register's. */
export function hoursLast12(typed: unknown, register: number | null): number | null {
  return isNum(typed) ? typed : register;
}

/** A row that gives a certificate: followed, a validity date, an employee and a competence. */
export function certificateKey(r: TrainingRow, t: TrainingTexts): string {
  const emp = cellText(r.employeeId);
  const comp = cellText(r.competenceId);
  if (!followed(r, t) || !isDate(r.validUntil) || emp === "" || comp === "") return "";
  return `c\u00a6${emp}\u00a6${comp}`;
}

/** The latest validity date of an employee's certificate for a competence; null when there is none. */
export function latestValidity(
  employeeId: unknown,
  competenceId: unknown,
  rows: TrainingRow[],
  t: TrainingTexts,
): number | null {
  const k = `c\u00a6${cellText(employeeId)}\u00a6${cellText(competenceId)}`.toLowerCase();
  let best: number | null = null;
  for (const r of rows) {
    if (certificateKey(r, t).toLowerCase() !== k) continue;
    const v = r.validUntil as number;
    if (best === null || v > best) best = v;
  }
  return best;
}

/**
 * A certificate's status on the reference date: valid through its date (a date equal to the
 * reference date is still valid); expiring when it ends within the warning days (at most
 * reference + N); expired before the reference date; missing without one.
 */
export function certificateStatus(latest: number | null, s: TrainingSettings): Status {
  if (latest === null) return "missing";
  if (latest < s.referenceDate) return "expired";
  if (latest <= s.referenceDate + s.warningDays) return "expiring";
  return "valid";
}

/** Whether a status still counts as a valid certificate (expiring ones are valid today). */
export const stillValid = (s: Status) => s === "valid" || s === "expiring";

/** The competences that require a certificate, by normalised ID, in the catalogue's order. */
export function certifiedCompetences(
  competences: { id: unknown; certificate?: unknown }[],
  yes: string,
): { id: string; position: number }[] {
  const out: { id: string; position: number }[] = [];
  competences.forEach((c, i) => {
    if (choice(c.certificate, yes)) out.push({ id: cellText(c.id), position: i + 1 });
  });
  return out;
}

export interface CertificateViewRow {
  employeeId: string;
  competenceId: string;
  position: number;
  latest: number | null;
  status: Status;
}

/**
 * The certificate view: row k is employee ⌊(k−1)/K⌋+1 × certified competence ((k−1) mod K)+1 of
 * the K competences that require one; rows whose employee has no ID are blank (null).
 */
export function certificateView(
  employees: { id: unknown }[],
  competences: { id: unknown; certificate?: unknown }[],
  rows: TrainingRow[],
  t: TrainingTexts,
  s: TrainingSettings,
): (CertificateViewRow | null)[] {
  const certified = certifiedCompetences(competences, t.yes);
  const out: (CertificateViewRow | null)[] = [];
  for (const e of employees)
    for (const c of certified) {
      const emp = cellText(e.id);
      if (emp === "") {
        out.push(null);
        continue;
      }
      const latest = latestValidity(emp, c.id, rows, t);
      out.push({
        employeeId: emp,
        competenceId: c.id,
        position: c.position,
        latest,
        status: certificateStatus(latest, s),
      });
    }
  return out;
}

/**
 * Whether a rating at level counts in the diagnosis: always, unless the setting asks for valid
 * certificates and the competence requires one that the employee has not (valid on the reference date).
 */
export function countsAtLevel(
  employeeId: unknown,
  competenceId: unknown,
  competences: { id: unknown; certificate?: unknown }[],
  rows: TrainingRow[],
  t: TrainingTexts,
  s: TrainingSettings,
): boolean {
  if (!s.certificateForLevel) return true;
  const comp = idKey(competenceId);
  if (comp === "") return true;
  const certified = certifiedCompetences(competences, t.yes).some((c) => c.id.toLowerCase() === comp);
  if (!certified) return true;
  const latest = latestValidity(employeeId, competenceId, rows, t);
  return latest !== null && latest >= s.referenceDate;
}

/** Age group from the birth year and the year of the training: under 25, 25–49, 50 and over. */
export type AgeGroup = "under25" | "from25to49" | "from50";
export function ageGroup(birthYear: unknown, year: number | null): AgeGroup | null {
  if (!isNum(birthYear) || year === null) return null;
  const age = year - birthYear;
  return age < 25 ? "under25" : age < 50 ? "from25to49" : "from50";
}
