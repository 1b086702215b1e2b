/**
 * A1 references inside formula text: found outside strings and structured references, so that
 * row/column inserts and deletes can shift them, and formulas can be copied to another cell with
 * their relative parts adjusted (calculated columns, sort), as Excel does. Test/preview only.
 */
import { columnIndex, columnLetters, MAX_COLS, MAX_ROWS, quoteSheetName } from "../workbook/address";

export type Axis = "row" | "col";

/** One reference; rows/columns are 0-based, ends inclusive. Whole columns/rows span the sheet. */
export interface A1Ref {
  /** Sheet name as written (unquoted), or null for an unqualified reference. */
  sheet: string | null;
  kind: "cell" | "range" | "cols" | "rows";
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** $ flags: absolute row/column of the first and the second corner. */
  ar1: boolean;
  ac1: boolean;
  ar2: boolean;
  ac2: boolean;
}

// the letters beyond ASCII the formula engine takes in names and unquoted sheet names: one range
// for every class below, so that a reference is never found inside a name
const IDENT_CHAR = /[A-Za-z0-9_.\\$\u00C0-\u02AF]/;
const IDENT_START = /[A-Za-z0-9_\\\u00C0-\u02AF]/;
const UNQUOTED_SHEET = /^([A-Za-z_\\\u00C0-\u02AF][A-Za-z0-9_.\\\u00C0-\u02AF]*)!/;
const AFTER_REF = /^(?![A-Za-z0-9_.(\\[!'\u00C0-\u02AF])/;
const CELL_RANGE = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/;
const COL_RANGE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/;
const ROW_RANGE = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})/;

function parseRefAt(s: string, i: number, sheet: string | null): { ref: A1Ref; end: number } | null {
  const rest = s.slice(i);
  const after = (len: number) => AFTER_REF.test(rest.slice(len));
  let m = CELL_RANGE.exec(rest);
  if (m && after(m[0].length)) {
    const c1 = columnIndex(m[2]);
    const r1 = Number(m[4]) - 1;
    const two = m[6] !== undefined;
    const c2 = two ? columnIndex(m[6]) : c1;
    const r2 = two ? Number(m[8]) - 1 : r1;
    if (c1 < MAX_COLS && c2 < MAX_COLS && r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS) {
      const ref: A1Ref = {
        sheet,
        kind: two ? "range" : "cell",
        r1,
        c1,
        r2,
        c2,
        ar1: m[3] === "$",
        ac1: m[1] === "$",
        ar2: two ? m[7] === "$" : m[3] === "$",
        ac2: two ? m[5] === "$" : m[1] === "$",
      };
      return { ref, end: i + m[0].length };
    }
  }
  m = COL_RANGE.exec(rest);
  if (m && after(m[0].length)) {
    const c1 = columnIndex(m[2]);
    const c2 = columnIndex(m[4]);
    if (c1 < MAX_COLS && c2 < MAX_COLS) {
      const ref: A1Ref = {
        sheet,
        kind: "cols",
        r1: 0,
        c1,
        r2: MAX_ROWS - 1,
        c2,
        ar1: true,
        ac1: m[1] === "$",
        ar2: true,
        ac2: m[3] === "$",
      };
      return { ref, end: i + m[0].length };
    }
  }
  m = ROW_RANGE.exec(rest);
  if (m && after(m[0].length)) {
    const r1 = Number(m[2]) - 1;
    const r2 = Number(m[4]) - 1;
    if (r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS) {
      const ref: A1Ref = {
        sheet,
        kind: "rows",
        r1,
        c1: 0,
        r2,
        c2: MAX_COLS - 1,
        ar1: m[1] === "$",
        ac1: true,
        ar2: m[3] === "$",
        ac2: true,
      };
      return { ref, end: i + m[0].length };
    }
  }
  return null;
}

/** False only when a formula certainly holds no A1 reference (a cheap test before lexing). */
const MAYBE_A1 = /[A-Za-z]\$?\d|\d:\$?\d|[A-Za-z]:\$?[A-Za-z]/;
export const mayHoldA1 = (formula: string): boolean => MAYBE_A1.test(formula);

/** The reference as Excel writes it (without a sheet qualifier). */
export function formatRef(ref: A1Ref): string {
  const col = (c: number, abs: boolean) => `${abs ? "$" : ""}${columnLetters(c)}`;
  const row = (r: number, abs: boolean) => `${abs ? "$" : ""}${r + 1}`;
  switch (ref.kind) {
    case "cell":
      return `${col(ref.c1, ref.ac1)}${row(ref.r1, ref.ar1)}`;
    case "range":
      return `${col(ref.c1, ref.ac1)}${row(ref.r1, ref.ar1)}:${col(ref.c2, ref.ac2)}${row(ref.r2, ref.ar2)}`;
    case "cols":
      return `${col(ref.c1, ref.ac1)}:${col(ref.c2, ref.ac2)}`;
    case "rows":
      return `${row(ref.r1, ref.ar1)}:${row(ref.r2, ref.ar2)}`;
  }
}

function skipString(s: string, start: number): number {
  let j = start + 1;
  while (j < s.length) {
    if (s[j] === '"' && s[j + 1] === '"') j += 2;
    else if (s[j] === '"') return j + 1;
    else j++;
  }
  return j;
}

function skipBrackets(s: string, start: number): number {
  let depth = 0;
  for (let j = start; j < s.length; j++) {
    const c = s[j];
    if (c === "'") {
      j++;
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return s.length;
}

/**
 * Rewrites every A1 reference in a formula: `fn` returns the new reference text (without the
 * sheet qualifier, which is kept as written), or null to keep it. Strings, structured references
 * ([…]) and names are left alone.
 */
export function mapA1Refs(
  formula: string,
  fn: (ref: A1Ref) => string | null,
  /** the new name for a sheet qualifier, or null to keep it as written */
  sheetFn: (sheet: string) => string | null = () => null,
): string {
  if (!mayHoldA1(formula)) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      const end = skipString(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      const end = skipBrackets(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const startOfToken = i === 0 || !IDENT_CHAR.test(formula[i - 1]);
    if (ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      const quoted = formula.slice(i, j + 1);
      if (formula[j + 1] === "!") {
        const sheet = quoted.slice(1, -1).replace(/''/g, "'");
        const hit = parseRefAt(formula, j + 2, sheet);
        if (hit) {
          const text = fn(hit.ref);
          const renamed = sheetFn(sheet);
          out += `${renamed === null ? quoted : quoteSheetName(renamed)}!${text ?? formula.slice(j + 2, hit.end)}`;
          i = hit.end;
          continue;
        }
      }
      out += quoted;
      i = j + 1;
      continue;
    }
    if (startOfToken) {
      const q = UNQUOTED_SHEET.exec(formula.slice(i));
      if (q) {
        const hit = parseRefAt(formula, i + q[0].length, q[1]);
        if (hit) {
          const text = fn(hit.ref);
          const renamed = sheetFn(q[1]);
          out += `${renamed === null ? q[0] : `${quoteSheetName(renamed)}!`}${text ?? formula.slice(i + q[0].length, hit.end)}`;
          i = hit.end;
          continue;
        }
      }
      if (/[A-Za-z$0-9]/.test(ch)) {
        const hit = parseRefAt(formula, i, null);
        if (hit) {
          const text = fn(hit.ref);
          out += text ?? formula.slice(i, hit.end);
          i = hit.end;
          continue;
        }
      }
      // skip the rest of an identifier or number so that no reference is found inside it
      let j = i + 1;
      if (IDENT_START.test(ch)) while (j < n && IDENT_CHAR.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The formula with its references to a renamed sheet following the new name, as Excel does. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const lower = from.toLowerCase();
  return mapA1Refs(
    formula,
    () => null,
    (sheet) => (sheet.toLowerCase() === lower ? to : null),
  );
}

/** The formula with its relative references moved by (dRow, dCol), as when copying a cell. */
export function relocateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapA1Refs(formula, (ref) => {
    const r = { ...ref };
    if (ref.kind !== "cols") {
      if (!ref.ar1) r.r1 += dRow;
      if (!ref.ar2) r.r2 += dRow;
    }
    if (ref.kind !== "rows") {
      if (!ref.ac1) r.c1 += dCol;
      if (!ref.ac2) r.c2 += dCol;
    }
    const bad =
      Math.min(r.r1, r.r2, r.c1, r.c2) < 0 ||
      Math.max(r.r1, r.r2) >= MAX_ROWS ||
      Math.max(r.c1, r.c2) >= MAX_COLS;
    return bad ? "#REF!" : formatRef(r);
  });
}

/** A key that is equal for two formulas that are the same in R1C1 terms (one copied from the other). */
/** Formulas without A1 references (structured references only) have the same shape everywhere. */
const noA1 = new Map<string, boolean>();

export function formulaShapeKey(formula: string, row: number, col: number): string {
  let plain = noA1.get(formula);
  if (plain === undefined) {
    plain = mapA1Refs(formula, () => "") === formula;
    if (noA1.size > 10000) noA1.clear();
    noA1.set(formula, plain);
  }
  if (plain) return formula;
  return mapA1Refs(formula, (ref) => {
    const rr = (r: number, abs: boolean) => (abs ? `R${r}` : `R[${r - row}]`);
    const cc = (c: number, abs: boolean) => (abs ? `C${c}` : `C[${c - col}]`);
    const s = ref.sheet === null ? "" : `${ref.sheet.toLowerCase()}!`;
    return `${s}${rr(ref.r1, ref.ar1)}${cc(ref.c1, ref.ac1)}:${rr(ref.r2, ref.ar2)}${cc(ref.c2, ref.ac2)}`;
  });
}

/**
 * Where an extent [start, start+len) on the shifted axis ends up when `count` rows/columns are
 * inserted (count > 0) or deleted (count < 0) at `at`; null when it is deleted entirely.
 * An extent that the insertion point falls strictly inside grows, as Excel grows ranges.
 */
export function remapExtent(
  start: number,
  len: number,
  at: number,
  count: number,
  max: number,
): { start: number; len: number } | null {
  if (len >= max) return { start, len }; // whole columns/rows are not shifted along themselves
  const end = start + len;
  if (count > 0) {
    if (at <= start) {
      if (start + count >= max) return null;
      return { start: start + count, len: Math.min(len, max - start - count) };
    }
    if (at < end) return { start, len: Math.min(len + count, max - start) };
    return { start, len };
  }
  const n = -count;
  const d0 = at;
  const d1 = at + n;
  const newStart = start < d0 ? start : start >= d1 ? start - n : d0;
  const last = end - 1;
  const newLast = last < d0 ? last : last >= d1 ? last - n : d0 - 1;
  if (newLast < newStart) return null;
  return { start: newStart, len: newLast - newStart + 1 };
}

/** A structural shift on one sheet: rows (axis "row") or columns inserted/deleted within a band. */
export interface ShiftSpec {
  axis: Axis;
  at: number;
  /** > 0 inserts, < 0 deletes. */
  count: number;
  /** The span on the other axis whose cells move: [from, to). Whole rows/columns: everything. */
  band: { from: number; to: number };
}

/** Shifts one A1 reference; "#REF!" when its cells are deleted, null when it does not change. */
export function shiftRef(ref: A1Ref, shift: ShiftSpec): A1Ref | "#REF!" | null {
  const rowAxis = shift.axis === "row";
  const mainStart = rowAxis ? ref.r1 : ref.c1;
  const mainLen = (rowAxis ? ref.r2 - ref.r1 : ref.c2 - ref.c1) + 1;
  const crossStart = rowAxis ? ref.c1 : ref.r1;
  const crossEnd = (rowAxis ? ref.c2 : ref.r2) + 1;
  if (crossStart < shift.band.from || crossEnd > shift.band.to) return null;
  const max = rowAxis ? MAX_ROWS : MAX_COLS;
  const moved = remapExtent(mainStart, mainLen, shift.at, shift.count, max);
  if (!moved) return "#REF!";
  if (moved.start === mainStart && moved.len === mainLen) return null;
  const r = { ...ref };
  if (rowAxis) {
    r.r1 = moved.start;
    r.r2 = moved.start + moved.len - 1;
  } else {
    r.c1 = moved.start;
    r.c2 = moved.start + moved.len - 1;
  }
  return r;
}

/**
 * Shifts the references in a formula that point at `sheetName` (unqualified references count
 * when the formula lives on that sheet).
 */
export function shiftFormula(formula: string, ownSheet: string, sheetName: string, shift: ShiftSpec): string {
  const target = sheetName.toLowerCase();
  return mapA1Refs(formula, (ref) => {
    const on = (ref.sheet ?? ownSheet).toLowerCase();
    if (on !== target) return null;
    const moved = shiftRef(ref, shift);
    if (moved === null) return null;
    return moved === "#REF!" ? "#REF!" : formatRef(moved);
  });
}

/** "'My sheet'!$A$1:$B$2" style text for an A1 rectangle. */
export function qualified(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}
