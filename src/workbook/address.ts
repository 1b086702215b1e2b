/** A1 addresses, shared by the Office layer, messages and the in-memory Excel. Pure. */

export interface CellRect {
  row: number; // 0-based
  col: number; // 0-based
  rows: number;
  cols: number;
}

const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(col) && col >= 0 && col < 16384) LETTERS[col] = s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectAddress(r: CellRect): string {
  const a = cellAddress(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Quotes a sheet name the way Excel does in addresses ('My sheet'!A1). */
export function quoteSheetName(name: string): string {
  // a dotted name is quoted too: Excel takes it either way, HyperFormula (the tests' engine) only quoted
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, r: CellRect): string {
  return `${quoteSheetName(sheet)}!${rectAddress(r)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Parses "A1", "A1:C3", "A:C" or "2:5" (without sheet). Returns null when it is not an address. */
export function parseRect(address: string): CellRect | null {
  const text = address.trim();
  const [a, b] = text.split(":");
  if (b === undefined) {
    const m = CELL.exec(a);
    if (!m) return null;
    return checked({ row: Number(m[2]) - 1, col: columnIndex(m[1]), rows: 1, cols: 1 });
  }
  const ma = CELL.exec(a);
  const mb = CELL.exec(b);
  if (ma && mb) {
    const r1 = Number(ma[2]) - 1;
    const r2 = Number(mb[2]) - 1;
    const c1 = columnIndex(ma[1]);
    const c2 = columnIndex(mb[1]);
    return checked({
      row: Math.min(r1, r2),
      col: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      cols: Math.abs(c2 - c1) + 1,
    });
  }
  const mc = COLS.exec(text);
  if (mc) {
    const c1 = columnIndex(mc[1]);
    const c2 = columnIndex(mc[2]);
    return checked({ row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 });
  }
  const mr = ROWS.exec(text);
  if (mr) {
    const r1 = Number(mr[1]) - 1;
    const r2 = Number(mr[2]) - 1;
    return checked({ row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS });
  }
  return null;
}

function checked(r: CellRect): CellRect | null {
  if (r.row < 0 || r.col < 0 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS) return null;
  return r;
}

/** Splits "'My sheet'!A1:B2" into sheet name and local address. */
export function splitSheetAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function rectContains(outer: CellRect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}
