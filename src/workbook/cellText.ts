/**
 * Text users typed (or the add-in writes as text) is written so that Excel keeps it as text: a
 * leading apostrophe (Excel's quote prefix, not part of the value) for anything Excel's input
 * parser might turn into a formula, number, date, time, currency, fraction, error or boolean —
 * "=SUM(…)", "+32 …", "-", "@x", "0012", "(123)", "#N/A", "€5", "1/2", "3e5", "12:30", "TRUE".
 * Only text of letters, spaces and plain punctuation goes unprefixed.
 */
const PLAIN = /^\p{L}[\p{L}\p{M} '’,.;!?&()/-]*$/u;
const WORDS_EXCEL_READS = /^\s*(true|false|waar|onwaar|vrai|faux|wahr|falsch)\s*$/i;

export function asText(s: string): string {
  return PLAIN.test(s) && !WORDS_EXCEL_READS.test(s) ? s : `'${s}`;
}

/** A value for Range.values: numbers and booleans as they are, text protected, null as blank. */
export function cellInput(v: string | number | boolean | null | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v === "" ? "" : asText(v);
  return v;
}
