/**
 * Reading data pasted from payroll and LMS exports (issue 12 item 5): delimited text (`;`, tab or
 * `,`, detected), quoted fields with separators, line breaks and doubled quotes inside, a UTF-8
 * byte-order mark; cell values read the Belgian way — dates dd/mm/jjjj (also d/m/jjjj and
 * jjjj-mm-dd; a date that does not exist is an error, never a guess), decimal commas with
 * thousands dots (1.234,5). Text stays text exactly (leading zeros, "=…", "+…"). Pure.
 */

/** A source cell: pasted text is all strings; a range read from Excel has numbers and booleans too. */
export type SourceCell = string | number | boolean;

export type Separator = ";" | "\t" | ",";
export const SEPARATORS: Separator[] = ["\t", ";", ","];

const BOM = "\ufeff";

/**
 * Splits delimited text into records of fields (RFC 4180 with any separator): a field that starts
 * with a double quote runs to the matching quote, "" inside it is one quote, and separators and
 * line breaks inside it are part of the field. Line ends: CRLF, LF or CR. A last empty line is not
 * a record. A quote inside an unquoted field is kept as it is.
 */
export function parseDelimited(text: string, sep: Separator, maxRecords = Infinity): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  const n = s.length;
  let i = 0;
  let record: string[] = [];
  while (i <= n && records.length < maxRecords) {
    if (i === n) {
      // the text ended after a separator (a last empty field) or inside a record
      if (record.length) {
        record.push("");
        records.push(record);
      }
      break;
    }
    let field: string;
    if (s.charCodeAt(i) === 34 /* " */) {
      let out = "";
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) {
          // no closing quote: the rest of the text is the field
          out += s.slice(j);
          j = n;
          break;
        }
        out += s.slice(j, q);
        if (s.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // anything between the closing quote and the next separator or line end is kept
      let k = j;
      while (k < n && s[k] !== sep && s[k] !== "\n" && s[k] !== "\r") k++;
      field = out + s.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n && s[k] !== sep && s[k] !== "\n" && s[k] !== "\r") k++;
      field = s.slice(i, k);
      i = k;
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      record = [];
      break;
    }
    const c = s[i];
    if (c === sep) {
      i++;
      if (i === n) {
        record.push("");
        records.push(record);
        record = [];
        break;
      }
      continue;
    }
    // a line end: CRLF counts once
    i += c === "\r" && s[i + 1] === "\n" ? 2 : 1;
    records.push(record);
    record = [];
  }
  return records;
}

/**
 * The separator of a paste: the candidate that splits the first lines (quotes respected) into the
 * same number of fields, more than one, most often (and leaves no quote inside a field); ties go to tab, then `;`, then `,` (a decimal
 * comma is more common in Belgian exports than a comma separator). Text without any: `;`.
 */
export function detectSeparator(text: string): Separator {
  let best: { sep: Separator; score: number } = { sep: ";", score: 0 };
  for (const sep of SEPARATORS) {
    const records = parseDelimited(text, sep, 20).filter((r) => r.length > 1 || r[0] !== "");
    if (!records.length) continue;
    const first = records[0].length;
    if (first < 2) continue;
    const same = records.filter((r) => r.length === first).length / records.length;
    // consistent records count most, then how many columns they give; a quote left inside a
    // field means a quoted field was cut at a separator of its own (the wrong candidate)
    const stray = records.some((r) => r.some((f) => f.includes('"')));
    const score = same * 1000 + first - (stray ? 500 : 0);
    if (score > best.score) best = { sep, score };
  }
  return best.sep;
}

export interface ParsedPaste {
  separator: Separator;
  headers: string[];
  /** Data rows, each as long as the widest record (missing fields are ""). */
  rows: string[][];
  /** Wholly empty records left out (their line numbers are still counted in `lines`). */
  skippedBlank: number;
  /** Per data row: its first line in the text (1-based; a quoted line break spans lines). */
  lines: number[];
}

/** A paste with a header row: headers trimmed, empty records skipped, ragged records padded. */
export function parsePaste(text: string, sep: Separator = detectSeparator(text)): ParsedPaste {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const records = parseDelimited(s, sep);
  // line numbers: count the line breaks each record spans (outside the parser, cheaply)
  const lines: number[] = [];
  let line = 1;
  const starts: number[] = [];
  for (const r of records) {
    starts.push(line);
    for (const f of r) for (let i = f.indexOf("\n"); i >= 0; i = f.indexOf("\n", i + 1)) line++;
    line++;
  }
  const blank = (r: string[]) => r.every((f) => f.trim() === "");
  let h = 0;
  while (h < records.length && blank(records[h])) h++;
  const width = records.reduce((w, r) => Math.max(w, r.length), 0);
  const pad = (r: string[]) => (r.length < width ? [...r, ...Array(width - r.length).fill("")] : r);
  const headers = h < records.length ? pad(records[h]).map((x) => x.trim()) : [];
  const rows: string[][] = [];
  let skippedBlank = 0;
  for (let i = h + 1; i < records.length; i++) {
    if (blank(records[i])) {
      skippedBlank++;
      continue;
    }
    rows.push(pad(records[i]));
    lines.push(starts[i]);
  }
  return { separator: sep, headers, rows, skippedBlank, lines };
}

// ---- values ---------------------------------------------------------------------------------

/** Excel's date serial of a calendar day (1900 date system, from 1 March 1900 on). */
export function daySerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export type DateResult = { ok: true; serial: number } | { ok: false; reason: "notDate" | "noSuchDate" };

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/**
 * A date as exports write it: dd/mm/jjjj or d/m/jjjj (also with - or .), or jjjj-mm-dd, each
 * optionally followed by a time (ignored). Day first, always: 03/04/2024 is 3 April. A day that
 * does not exist (31/04, 29/02 of a year that is not a leap year) is `noSuchDate`; two-digit years
 * and anything else are `notDate`.
 */
export function parseDate(text: string): DateResult {
  const s = text.trim();
  let y: number, m: number, d: number;
  let hit = DMY.exec(s);
  if (hit) [d, m, y] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else if ((hit = YMD.exec(s))) [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else return { ok: false, reason: "notDate" };
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: "noSuchDate" };
  // Excel's serials are off by a day before 1 March 1900 (its phantom 29/02/1900): not accepted
  if (y < 1900 || (y === 1900 && m < 3)) return { ok: false, reason: "notDate" };
  return { ok: true, serial: daySerial(y, m, d) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export type DecimalMark = "," | ".";

const SPACES = /[\s\u00a0\u202f]/g;
/** Digits with an optional sign, currency and percent, before the separators are read. */
const NUMBER_SHAPE = /^[+-]?(?:€)?[\d.,]+(?:€)?%?$/;

/**
 * A number as exports write it. With the decimal comma (Belgian): 1.234,56 · 1234,5 · 0,8 ·
 * 1.234 (one thousand two hundred and thirty-four); with the decimal point: 1,234.56 · 0.8.
 * Thousands separators must group by three; spaces (also no-break) may group too. A leading €
 * or a trailing € or %, and a sign, are allowed (80 % is 0.8). Anything else: null.
 */
export function parseNumber(text: string, mark: DecimalMark = ","): number | null {
  let s = text.replace(SPACES, "");
  if (!s || !NUMBER_SHAPE.test(s)) return null;
  let sign = 1;
  if (s[0] === "+" || s[0] === "-") {
    if (s[0] === "-") sign = -1;
    s = s.slice(1);
  }
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1);
  s = s.replace(/^€|€$/g, "");
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const thousands = mark === "," ? "." : ",";
  const parts = s.split(mark);
  if (parts.length > 2) return null;
  const [whole, frac] = parts;
  if (frac !== undefined && !/^\d+$/.test(frac)) return null;
  let digits: string;
  if (whole.includes(thousands)) {
    // groups of three after the first group of one to three digits
    if (!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(whole)) return null;
    digits = whole.split(thousands).join("");
  } else {
    if (!/^\d*$/.test(whole) || (whole === "" && frac === undefined)) return null;
    digits = whole || "0";
  }
  const n = Number(`${digits}${frac !== undefined ? `.${frac}` : ""}`);
  if (!Number.isFinite(n)) return null;
  return (sign * n) / (percent ? 100 : 1);
}

/**
 * The decimal mark of a set of number cells: the point only when some cell can only be read with
 * it (1.5, 1,234.5) and none only with the comma; otherwise the comma, as Belgian exports write.
 */
export function detectDecimalMark(cells: Iterable<string>): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const c of cells) {
    const s = c.replace(SPACES, "");
    if (!s || !NUMBER_SHAPE.test(s)) continue;
    const asComma = parseNumber(s, ",");
    const asPoint = parseNumber(s, ".");
    if (asComma !== null && asPoint === null) comma++;
    else if (asPoint !== null && asComma === null) point++;
  }
  return point > 0 && comma === 0 ? "." : ",";
}

// ---- cells for a column ---------------------------------------------------------------------

/** How a target column reads its source cells. */
export type ValueKind = "text" | "number" | "date" | "choice";

/** A list column's choices: what is written, and every spelling (lower-case) that means it. */
export interface Choice {
  value: string;
  spellings: string[];
}

export type CellError = "notNumber" | "notDate" | "noSuchDate" | "notInList";

export type CellResult = { ok: true; value: string | number | boolean } | { ok: false; error: CellError };

/**
 * One source cell read for a target column; a blank cell (empty or spaces) is "". Text is kept as
 * it is apart from spaces at its ends (payroll exports pad fields), so "0012" and "=A1" stay text;
 * a number or boolean from a range stays what it is in a text column. Numbers from a range are
 * taken as they are (also in a date column: Excel stores dates as serials).
 */
export function readCell(
  raw: SourceCell,
  kind: ValueKind,
  options: { mark?: DecimalMark; choices?: Choice[] } = {},
): CellResult {
  if (typeof raw === "string" && raw.trim() === "") return { ok: true, value: "" };
  switch (kind) {
    case "text":
      return { ok: true, value: typeof raw === "string" ? raw.trim() : raw };
    case "number": {
      if (typeof raw === "number") return { ok: true, value: raw };
      if (typeof raw === "boolean") return { ok: false, error: "notNumber" };
      const n = parseNumber(raw, options.mark ?? ",");
      return n === null ? { ok: false, error: "notNumber" } : { ok: true, value: n };
    }
    case "date": {
      if (typeof raw === "number") return { ok: true, value: raw };
      if (typeof raw === "boolean") return { ok: false, error: "notDate" };
      const d = parseDate(raw);
      return d.ok ? { ok: true, value: d.serial } : { ok: false, error: d.reason };
    }
    case "choice": {
      const s = String(raw).trim().toLowerCase();
      const hit = (options.choices ?? []).find((c) => c.spellings.includes(s));
      return hit ? { ok: true, value: hit.value } : { ok: false, error: "notInList" };
    }
  }
}
