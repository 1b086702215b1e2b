/** The pane writes numbers as its language does: Belgian Dutch by default. */
import { formatEuro, formatFixed, formatNumber, formatPercent } from "../../src/i18n/numbers";

const NBSP = "\u00a0";

test("Belgian Dutch: € before the amount, dot for thousands, comma for decimals, a non-breaking space before %", () => {
  expect(formatEuro(17430, "nl")).toBe(`€${NBSP}17.430`);
  expect(formatEuro(1234.5, "nl", true)).toBe(`€${NBSP}1.234,50`);
  expect(formatFixed(92.5, "nl")).toBe("92,50");
  expect(formatNumber(92.5, "nl")).toBe("92,5");
  expect(formatNumber(1234567.891, "nl", 1)).toBe("1.234.567,9");
  expect(formatPercent(0.8, "nl")).toBe(`80${NBSP}%`);
  expect(formatPercent(1, "nl")).toBe(`100${NBSP}%`);
});

test("English: €17,430, 92.5, 80%", () => {
  expect(formatEuro(17430, "en")).toBe("€17,430");
  expect(formatNumber(92.5, "en")).toBe("92.5");
  expect(formatPercent(0.8, "en")).toBe("80%");
});
