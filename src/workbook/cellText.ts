/**
 * Text users typed is written back as text: a leading apostrophe (Excel's quote prefix) keeps
 * "=SUM(…)", "+32 …", "-", "@x", "0012" or "TRUE" from being evaluated or converted.
 */
const RISKY = /^[=+\-@']|^\s*[+-]?(\d|\.\d)|^\s*(true|false)\s*$|^\d{4}-\d{2}-\d{2}$/i;

export function asText(s: string): string {
  return RISKY.test(s) ? `'${s}` : s;
}

/** A value for Range.values: numbers and booleans as they are, text protected, null as blank. */
export function cellInput(v: string | number | boolean | null | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v === "" ? "" : asText(v);
  return v;
}
