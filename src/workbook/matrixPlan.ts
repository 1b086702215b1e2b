/**
 * What the team matrix's cells hold, for regenerating it: which contents are the add-in's own
 * (titles in its first column, formulas of the current or an earlier layout, recognised by shape),
 * which of them were header cells (bold), and what an earlier, differently sized layout left
 * outside the new one. Pure.
 */
import { CellRect } from "./address";
import { canonicalFormula } from "./formulaText";
import { WbLang } from "./lang";
import { MATRIX_LEGACY, MATRIX_TITLES, MatrixBlock, matrixBlocks } from "./matrix";
import type { Scalar } from "./plan";

const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

/** A formula with its A1 references and numbers as placeholders. */
export const shape = (formula: string): string => {
  let s = shapeMemo.get(formula);
  if (s === undefined) {
    if (shapeMemo.size >= 20_000) shapeMemo.clear();
    s = canonicalFormula(formula)
      .replace(/\$?[a-z]{1,3}\$?\d+/g, "R")
      .replace(/\d+/g, "N");
    shapeMemo.set(formula, s);
  }
  return s;
};
const shapeMemo = new Map<string, string>();

export interface MatrixShapes {
  all: Set<string>;
  /** Shapes of header cells (competence IDs): bold in the layout that wrote them. */
  header: Set<string>;
}

/** The shapes of the current layout's formulas and of every earlier one. */
export function matrixShapes(lang: WbLang): MatrixShapes {
  const all = new Set<string>();
  const header = new Set<string>();
  for (const b of matrixBlocks(lang, 2, 2))
    b.cells.forEach((row, r) =>
      row.forEach((v) => {
        if (!isFormula(v)) return;
        all.add(shape(v));
        if (r === 0 && b.key !== "check") header.add(shape(v));
      }),
    );
  for (const legacy of MATRIX_LEGACY) {
    const { header: h, body } = legacy(lang);
    for (const v of h) {
      all.add(shape(v));
      header.add(shape(v));
    }
    for (const v of body) all.add(shape(v));
  }
  return { all, header };
}

/** Content of ours: a block title in the matrix's first column, or a formula of one of our shapes. */
export function isMatrixContent(v: Scalar, shapes: MatrixShapes, firstColumn: boolean): boolean {
  if (typeof v !== "string") return false;
  if (MATRIX_TITLES.has(v)) return firstColumn;
  return isFormula(v) && shapes.all.has(shape(v));
}

/** Whether a cell of ours was a header cell (a title or a competence ID). */
export function wasHeader(v: Scalar, shapes: MatrixShapes, firstColumn: boolean): boolean {
  if (typeof v !== "string") return false;
  if (MATRIX_TITLES.has(v)) return firstColumn;
  return isFormula(v) && shapes.header.has(shape(v));
}

export interface Leftovers {
  /** Our cells outside the new layout: cleared. */
  clear: { row: number; col: number; v: Scalar }[];
  /** Former header cells that are no header now: their bold is taken away. */
  unbold: { row: number; col: number }[];
}

/**
 * What earlier layouts left: every filled cell of the region that holds our content but lies
 * outside the blocks now, and every former header cell that is no header cell now.
 */
export function matrixLeftovers(
  filled: { row: number; col: number; v: Scalar }[],
  blocks: MatrixBlock[],
  anchorCol: number,
  shapes: MatrixShapes,
): Leftovers {
  const inside = new Set<number>();
  const header = new Set<number>();
  const key = (r: number, c: number) => r * 16384 + c;
  for (const b of blocks)
    b.cells.forEach((row, r) =>
      row.forEach((_, c) => {
        inside.add(key(b.top + r, b.left + c));
        if (r === 0) header.add(key(b.top + r, b.left + c));
      }),
    );
  const out: Leftovers = { clear: [], unbold: [] };
  for (const x of filled) {
    const first = x.col === anchorCol;
    if (!isMatrixContent(x.v, shapes, first)) continue;
    const k = key(x.row, x.col);
    if (!inside.has(k)) out.clear.push(x);
    if (!header.has(k) && wasHeader(x.v, shapes, first)) out.unbold.push({ row: x.row, col: x.col });
  }
  return out;
}

/** Cells grouped into spans of one row: [row, first column, last column]. */
export function rowSpans(cells: { row: number; col: number }[]): CellRect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: CellRect[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.row === c.row && last.col + last.cols === c.col) last.cols++;
    else out.push({ row: c.row, col: c.col, rows: 1, cols: 1 });
  }
  return out;
}
