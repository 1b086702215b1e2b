/**
 * Translates Excel formulas that use structured references (Tabel[@Kolom], Tabel[Kolom],
 * Tabel[[#This Row],[Kolom]], [@Kolom]) and workbook names into plain A1 formulas that
 * HyperFormula evaluates. Test/preview only.
 */
import { CellRect, columnLetters, quoteSheetName } from "../workbook/address";

export interface TableGeometry {
  name: string;
  sheetName: string;
  /** Header row plus data body. */
  rect: CellRect;
  columns: string[];
}

export interface RefResolver {
  table(name: string): TableGeometry | null;
  tableAt(sheetName: string, row: number, col: number): TableGeometry | null;
  /** The A1 reference or constant expression a workbook name stands for, or null. */
  name(name: string): string | null;
}

export class FormulaRefError extends Error {}

export interface TranslateOptions {
  /** Copy references to tables the resolver does not know as written, instead of failing. */
  keepUnknownTables?: boolean;
  /** Leave workbook names as written. */
  keepNames?: boolean;
  /** Write references to tables on this sheet without a sheet qualifier (as Excel does). */
  localSheet?: string;
  /** Write this instead of the row number in this-row references (a template for any row). */
  rowToken?: string;
}

const IDENT_START = /[A-Za-z_\\\u00C0-\u024F]/;
const IDENT_CHAR = /[A-Za-z0-9_.\\\u00C0-\u024F]/;

/** True when the formula mentions something that the resolver must translate. */
export function translateFormula(
  formula: string,
  at: { sheetName: string; row: number; col: number },
  resolver: RefResolver,
  options: TranslateOptions = {},
): { text: string; symbolic: boolean } {
  let out = "";
  let symbolic = false;
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
    if (ch === "'") {
      // quoted sheet name: copy through the closing quote
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      // a bare structured reference: the table that holds the formula cell
      const table = resolver.tableAt(at.sheetName, at.row, at.col);
      const end = matchBracket(formula, i);
      if (!table && options.keepUnknownTables) {
        out += formula.slice(i, end);
        i = end;
        continue;
      }
      if (!table) throw new FormulaRefError("A structured reference outside a table");
      out += resolveSpec(table, formula.slice(i, end), at, options);
      symbolic = true;
      i = end;
      continue;
    }
    if (IDENT_START.test(ch) && (i === 0 || !IDENT_CHAR.test(formula[i - 1]))) {
      let j = i + 1;
      while (j < n && IDENT_CHAR.test(formula[j])) j++;
      const ident = formula.slice(i, j);
      const next = formula[j];
      if (next === "[") {
        const table = resolver.table(ident);
        const end = matchBracket(formula, j);
        if (!table && options.keepUnknownTables) {
          out += formula.slice(i, end);
          i = end;
          continue;
        }
        if (!table) throw new FormulaRefError(`Unknown table ${ident}`);
        out += resolveSpec(table, formula.slice(j, end), at, options);
        symbolic = true;
        i = end;
        continue;
      }
      if (next !== "(" && next !== "!") {
        const table = resolver.table(ident);
        if (table) {
          out += resolveSpec(table, "[]", at, options);
          symbolic = true;
          i = j;
          continue;
        }
        const named = options.keepNames ? null : resolver.name(ident);
        if (named !== null) {
          out += `(${named})`;
          symbolic = true;
          i = j;
          continue;
        }
      }
      out += ident;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return { text: out, symbolic };
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

/** Index just past the bracket that closes the one at `start`; honours ' escapes. */
function matchBracket(s: string, start: number): number {
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
  throw new FormulaRefError("Unbalanced [ ] in a structured reference");
}

function unescapeColumn(s: string): string {
  return s.replace(/'(.)/g, "$1").trim();
}

/** Splits "[a],[b]" at top-level commas into their bracket contents. */
function items(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (let j = 0; j < inner.length; j++) {
    const c = inner[j];
    if (c === "'") {
      cur += c + (inner[j + 1] ?? "");
      j++;
      continue;
    }
    if (c === "[") depth++;
    if (c === "]") depth--;
    if (c === "," && depth === 0) {
      parts.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

function resolveSpec(
  table: TableGeometry,
  spec: string,
  at: { sheetName: string; row: number },
  { localSheet, rowToken }: TranslateOptions,
): string {
  const inner = spec.slice(1, -1).trim();
  let area: "data" | "all" | "headers" | "thisRow" = "data";
  let colSpec = "";
  if (inner.startsWith("@")) {
    area = "thisRow";
    colSpec = inner.slice(1).trim();
  } else if (inner.startsWith("[")) {
    for (const part of items(inner)) {
      const body = part.startsWith("[") && part.endsWith("]") ? part.slice(1, -1) : part;
      const key = body.trim().toLowerCase();
      if (key === "#this row") area = "thisRow";
      else if (key === "#all") area = "all";
      else if (key === "#headers") area = "headers";
      else if (key === "#data") area = "data";
      else if (key === "#totals") throw new FormulaRefError("#Totals is not supported");
      else colSpec = part;
    }
  } else if (inner.startsWith("#")) {
    const key = inner.toLowerCase();
    area = key === "#all" ? "all" : key === "#headers" ? "headers" : key === "#this row" ? "thisRow" : "data";
  } else {
    colSpec = inner;
  }

  let c1 = 0;
  let c2 = table.columns.length - 1;
  if (colSpec) {
    const cols = colSpec.startsWith("[") ? colSpec.split(/\]\s*:\s*\[/) : [colSpec];
    const names = cols.map((c) => unescapeColumn(c.replace(/^\[/, "").replace(/\]$/, "")));
    const idx = names.map((nm) => table.columns.findIndex((c) => c.toLowerCase() === nm.toLowerCase()));
    if (idx.some((x) => x < 0)) throw new FormulaRefError(`Unknown column in ${table.name}${spec}`);
    c1 = Math.min(...idx);
    c2 = Math.max(...idx);
  }
  const { rect } = table;
  const sheet =
    localSheet !== undefined && localSheet.toLowerCase() === table.sheetName.toLowerCase()
      ? ""
      : `${quoteSheetName(table.sheetName)}!`;
  const colA = columnLetters(rect.col + c1);
  const colB = columnLetters(rect.col + c2);
  if (area === "thisRow") {
    const r = rowToken ?? at.row + 1;
    return c1 === c2 ? `${sheet}$${colA}${r}` : `${sheet}$${colA}${r}:$${colB}${r}`;
  }
  const top = area === "data" ? rect.row + 1 : rect.row;
  const bottom = area === "headers" ? rect.row : rect.row + rect.rows - 1;
  return `${sheet}$${colA}$${top + 1}:$${colB}$${bottom + 1}`;
}

/**
 * Characters that Microsoft's structured-reference rules allow in a column specifier only inside
 * an extra pair of brackets (`T[[Col-1]]`, `T[@[Col-1]]`); `'`, `[`, `]` and `#` must also be
 * escaped with a leading `'`. Space is allowed unbracketed (`DeptSales[Sales Amount]`).
 */
const NEEDS_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-><\/]/;

/**
 * Rejects what Excel rejects when a formula is written: a single-bracket column specifier with a
 * special character (`VTO_Gaps[Competentie-ID]`, `[@Verschil zelf - leidinggevende]`). Returns an
 * error message, or null when the formula's structured references are well formed.
 */
export function structuredSyntaxError(formula: string): string | null {
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i = skipString(formula, i);
      continue;
    }
    if (ch === "]") return "Unbalanced [ ] in a structured reference";
    if (ch !== "[") {
      i++;
      continue;
    }
    let end: number;
    try {
      end = matchBracket(formula, i);
    } catch {
      return "Unbalanced [ ] in a structured reference";
    }
    const inner = formula.slice(i + 1, end - 1).trim();
    const simple = inner.startsWith("@") ? inner.slice(1).trim() : inner;
    if (
      !simple.startsWith("[") &&
      !simple.startsWith("#") &&
      NEEDS_BRACKETS.test(simple.replace(/'./g, "x"))
    ) {
      return `The column name "${simple}" needs double brackets in a structured reference`;
    }
    if (!simple.startsWith("[") && /(^|[^'])[[\]#']/.test(simple))
      return `Unescaped character in "${simple}"`;
    i = end;
  }
  return null;
}
