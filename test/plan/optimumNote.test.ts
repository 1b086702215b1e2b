/**
 * The reference of the note above Prioriteiten: its state rule, and every input moves the
 * optimum's fingerprint. The note evaluated in the in-memory Excel (none, current, stale, current
 * again; markOptimum's stamp): test/helpers/optimumNote.ts, run by plan.test.ts on the example in
 * both languages.
 */
import { optimumFingerprint, optimumState } from "../../src/domain/plan";

test("the reference: the note's state rule, and every input moves the fingerprint", () => {
  expect(optimumState(0, 123, 123)).toBe("none");
  expect(optimumState(2, 123, 123)).toBe("current");
  expect(optimumState(2, 124, 123)).toBe("stale");
  expect(optimumState(2, "123", 123)).toBe("stale");
  expect(optimumState(2, "", 123)).toBe("stale");
  // every input moves the fingerprint
  const base = {
    ranked: [
      { score: 3.5, netCost: 1200, hours: 30, inOptimum: true },
      { score: 2.25, netCost: 800.5, hours: 12, inOptimum: false },
    ],
    budget: 2000 as number | null,
    hoursCap: null as number | null,
  };
  const fp = optimumFingerprint(base);
  const variants = [
    { ...base, budget: 2001 },
    { ...base, budget: null },
    { ...base, hoursCap: 40 },
    { ...base, ranked: base.ranked.slice(0, 1) },
    { ...base, ranked: [{ ...base.ranked[0], inOptimum: false }, base.ranked[1]] },
    { ...base, ranked: [{ ...base.ranked[0], score: 3.51 }, base.ranked[1]] },
    { ...base, ranked: [{ ...base.ranked[0], netCost: 1200.01 }, base.ranked[1]] },
    { ...base, ranked: [{ ...base.ranked[0], hours: 31 }, base.ranked[1]] },
  ];
  for (const v of variants) expect(optimumFingerprint(v)).not.toBe(fp);
});
