/**
 * Numbers, amounts and percentages in the pane, the way the pane's language writes them
 * (Belgian Dutch: "€ 17.430", "92,5", "80 %"; English: "€17,430", "92.5", "80%"). One place, on
 * Intl; the sheets carry their own number formats.
 */
import { LOCALE, UiLanguage } from "./strings";

const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: UiLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

/** A number with at most `digits` decimals (fewer when not needed). */
export function formatNumber(n: number, lang: UiLanguage, digits = 2): string {
  return formatter(lang, { maximumFractionDigits: digits }).format(n);
}

/** A number with exactly `digits` decimals (scores: "92,50"). */
export function formatFixed(n: number, lang: UiLanguage, digits = 2): string {
  return formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** An amount in euro, whole euros unless `cents`. */
export function formatEuro(n: number, lang: UiLanguage, cents = false): string {
  return formatter(lang, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  })
    .format(n)
    .replace(/ /g, "\u00a0");
}

/** A fraction as a percentage ("80 %" in Dutch, with a non-breaking space so it never wraps). */
export function formatPercent(fraction: number, lang: UiLanguage, digits = 0): string {
  const text = formatter(lang, { style: "percent", maximumFractionDigits: digits }).format(fraction);
  if (lang === "nl") return text.replace(/\s*%$/, "\u00a0%");
  return text;
}
