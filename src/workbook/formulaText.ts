/**
 * Formula text: structured references written in the one form Excel accepts for any header, and
 * a canonical form to recognise a formula as the add-in's own however Excel shows it back
 * (Excel drops the table name inside its own table, prefers `[@Col]` to `[[#This Row],[Col]]`,
 * upper-cases function names). Pure.
 */

/**
 * A column name inside a structured reference. Microsoft's rules: `'`, `[`, `]` and `#` are
 * escaped with a leading `'`; the double-bracket form (`T[[Col]]`, `T[@[Col]]`) is valid for
 * every header, including those with spaces, `-`, `/`, `(`, `%` and the other special characters.
 */
export function escapeColumn(header: string): string {
  return header.replace(/['[\]#]/g, (c) => `'${c}`);
}

/** The whole data column: `VTO_Gaps[[Competentie-ID]]`. */
export const columnRef = (table: string, header: string) => `${table}[[${escapeColumn(header)}]]`;
/** This row's cell: `VTO_Gaps[@[Competentie-ID]]`. */
export const thisRowRef = (table: string, header: string) => `${table}[@[${escapeColumn(header)}]]`;
/** The header cell: `VTO_Gaps[[#Headers],[Competentie-ID]]`. */
export const headerRef = (table: string, header: string) => `${table}[[#Headers],[${escapeColumn(header)}]]`;

const IDENT_START = /[A-Za-z_\\\u00C0-\u024F]/;
const IDENT_CHAR = /[A-Za-z0-9_.\\\u00C0-\u024F]/;

/** Index just past the bracket expression that starts at `start` (escapes with ' honoured). */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      i++; // the escaped character
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

const unescape = (s: string) => s.replace(/'(.)/g, "$1");
const squash = (s: string) => unescape(s).replace(/\s+/g, "").toLowerCase();

/** One structured reference's specifier in canonical form: `@col`, `col`, `#headers,col`, … */
function canonicalSpec(inner: string): string {
  // inner: what is between the outer brackets
  if (!inner.includes("[")) {
    const s = inner.trim();
    if (s.startsWith("@")) return `@${squash(s.slice(1))}`;
    return squash(s);
  }
  const parts: string[] = [];
  let i = 0;
  let thisRow = false;
  while (i < inner.length) {
    const c = inner[i];
    if (c === "@") {
      thisRow = true;
      i++;
    } else if (c === "[") {
      const end = bracketEnd(inner, i);
      const item = inner.slice(i + 1, end - 1);
      if (/^\s*#this\s*row\s*$/i.test(item)) thisRow = true;
      else parts.push(squash(item));
      i = end;
    } else if (c === ":") {
      parts.push(":");
      i++;
    } else i++; // commas and spaces
  }
  const body = parts.join(",").replace(/,:,/g, ":");
  return thisRow ? `@${body}` : body;
}

/**
 * The canonical form of a formula: outside string literals no spaces and lower case, structured
 * references as `table[spec]` with the table named even where Excel leaves it out. Two formulas
 * with the same canonical form compute the same thing.
 */
export function canonicalFormula(formula: string, containingTable = ""): string {
  // a table repeats one formula in every row: compute each distinct text once
  const memoKey = `${containingTable}\u0000${formula}`;
  const known = canonicalMemo.get(memoKey);
  if (known !== undefined) return known;
  if (canonicalMemo.size >= CANONICAL_MEMO_SIZE) canonicalMemo.clear();
  const result = canonicalUncached(formula, containingTable);
  canonicalMemo.set(memoKey, result);
  return result;
}

const CANONICAL_MEMO_SIZE = 20_000;
const canonicalMemo = new Map<string, string>();

function canonicalUncached(formula: string, containingTable: string): string {
  let out = "";
  const n = formula.length;
  let i = 0;
  while (i < n) {
    const c = formula[i];
    if (c === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      out += formula.slice(i, j + 1).toLowerCase();
      i = j + 1;
      continue;
    }
    if (c === "[") {
      const end = bracketEnd(formula, i);
      out += `${containingTable.toLowerCase()}[${canonicalSpec(formula.slice(i + 1, end - 1))}]`;
      i = end;
      continue;
    }
    if (IDENT_START.test(c) && (i === 0 || !IDENT_CHAR.test(formula[i - 1]))) {
      let j = i + 1;
      while (j < n && IDENT_CHAR.test(formula[j])) j++;
      const ident = formula.slice(i, j);
      if (formula[j] === "[") {
        const end = bracketEnd(formula, j);
        out += `${ident.toLowerCase()}[${canonicalSpec(formula.slice(j + 1, end - 1))}]`;
        i = end;
        continue;
      }
      out += ident.replace(/^_xlfn\./i, "").toLowerCase();
      i = j;
      continue;
    }
    if (!/\s/.test(c)) out += c.toLowerCase();
    i++;
  }
  return out;
}

/** Whether a cell's formula is this formula of ours, in whatever form Excel shows it back. */
export function sameFormula(cell: unknown, ours: string, containingTable = ""): boolean {
  if (typeof cell !== "string" || !cell.startsWith("=")) return false;
  if (cell === ours) return true;
  return canonicalFormula(cell, containingTable) === canonicalFormula(ours, containingTable);
}
