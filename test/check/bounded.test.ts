/**
 * The checker's memory is bounded: every finding is counted per rule, but only the first
 * KEPT_PER_RULE of each rule are kept (more come a page at a time). 100,000 rows of junk: counts
 * exact against the junk's own construction, kept findings within the bound at every moment.
 */
import fc from "fast-check";
import {
  BoundedFindings,
  Finding,
  KEPT_PER_RULE,
  RegisterInput,
  RULE_IDS,
  validateRegisters,
  validateRegistersInSlices,
} from "../../src/domain/validation";

const base = {
  settings: [],
  assessors: { zelf: "self", leidinggevende: "manager", extern: "external" } as RegisterInput["assessors"],
  competenceTypes: new Set(["kennis", "vaardigheid", "attitude"]),
  analysisYear: 2026,
  today: 46353,
  textFields: { settings: [], competences: ["name"], employees: ["name"], gaps: ["note"] },
};

test("100,000 rows of junk: exact counts per rule, at most KEPT_PER_RULE findings kept per rule", async () => {
  const n = 100_000;
  const gaps = Array.from({ length: n }, (_, i) => ({
    employeeId: i % 4 === 0 ? `X${i}` : `M${i}`,
    competenceId: `C0${1 + (i % 5)}`,
    assessor: i % 3 === 0 ? "baas" : "zelf",
    date: "",
    requiredNow: i % 2 === 0 ? "3" : 3,
    current: i % 7 === 0 ? 9 : 2,
    requiredAtHorizon: i % 11 === 0 ? "x" : "",
    note: i % 13 === 0 ? "=junk" : "",
  }));
  const input: RegisterInput = {
    ...base,
    gaps,
    employees: Array.from({ length: n }, (_, i) => ({ id: `M${i}`, name: `N${i}`, fte: 1, exitYear: "" })),
    competences: [1, 2, 3, 4, 5].map((c) => ({ id: `C0${c}`, name: `Competence ${c}`, type: "kennis" })),
  };
  // the junk's own count: multiples of 4, 3, 2, 7, 11 and 13 below n
  const multiples = (k: number) => Math.ceil(n / k);
  const expected: Record<string, number> = {
    unknownEmployee: multiples(4),
    unknownAssessor: multiples(3),
    numberAsText: multiples(2),
    levelOutOfScale: multiples(7),
    levelNotWhole: multiples(11),
    formulaLikeText: multiples(13),
  };
  const sink = new BoundedFindings({ keep: KEPT_PER_RULE });
  let held = 0;
  await validateRegistersInSlices(
    input,
    { pause: async () => void (held = Math.max(held, sink.held)) },
    sink,
  );
  const counts = sink.ruleCounts();
  expect(Object.fromEntries(counts.filter((c) => c.table === "gaps").map((c) => [c.rule, c.count]))).toEqual(
    expected,
  );
  expect(counts.filter((c) => c.table !== "gaps")).toEqual([]);
  const kept = sink.findings();
  expect(kept.length).toBe(6 * KEPT_PER_RULE);
  expect(kept.length).toBeLessThanOrEqual(KEPT_PER_RULE * RULE_IDS.length);
  // held at any pause: at most twice the kept findings per rule (plus the cut-back slack)
  expect(held).toBeLessThanOrEqual(6 * (2 * KEPT_PER_RULE + 64));
  // the first of each rule, in row order: e.g. unknown employees in rows 0, 4, 8, …
  expect(
    kept
      .filter((f) => f.rule === "unknownEmployee")
      .slice(0, 3)
      .map((f) => f.row),
  ).toEqual([0, 4, 8]);
  // a later page of one rule: rows 400, 404, … (page 2 of 100 per page)
  const page = new BoundedFindings({ keep: 100, skip: 100, rules: new Set(["unknownEmployee"]) });
  await validateRegistersInSlices(input, { pause: async () => undefined }, page);
  const rows = page.findings().map((f) => f.row);
  expect(rows).toHaveLength(100);
  expect(rows[0]).toBe(400);
  expect(rows[99]).toBe(796);
});

// random registers, as the rules test draws them
const raw = fc.oneof(
  fc.constantFrom("", " ", "3", " 3 ", "=1+1", "M001", " M001", "C01", "zelf", "baas"),
  fc.integer({ min: -2, max: 6 }),
  fc.double({ min: 0, max: 5, noNaN: true }),
  fc.constantFrom(46000, 47000, 2020, 2031),
);
const input = fc
  .record({
    gaps: fc.array(
      fc.record({
        employeeId: raw,
        competenceId: raw,
        assessor: raw,
        date: raw,
        requiredNow: raw,
        current: raw,
        requiredAtHorizon: raw,
        note: raw,
      }),
      { maxLength: 60 },
    ),
    employees: fc.array(fc.record({ id: raw, name: raw, fte: raw, exitYear: raw }), { maxLength: 8 }),
    competences: fc.array(fc.record({ id: raw, name: raw, type: raw }), { maxLength: 8 }),
  })
  .map((r): RegisterInput => ({ ...base, ...r, settings: [{ key: "horizon_years", value: 3, row: 2 }] }));

test("property: a bounded check counts what the full check finds and keeps exactly its first findings per rule (and any page of them)", async () => {
  await fc.assert(
    fc.asyncProperty(
      input,
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 0, max: 6 }),
      async (i, keep, skip) => {
        const all = validateRegisters(i);
        const sink = new BoundedFindings({ keep, skip });
        await validateRegistersInSlices(i, { slice: 7, pause: async () => undefined }, sink);
        const byRule = new Map<string, number>();
        for (const f of all)
          byRule.set(`${f.rule}|${f.table}`, (byRule.get(`${f.rule}|${f.table}`) ?? 0) + 1);
        expect(new Map(sink.ruleCounts().map((c) => [`${c.rule}|${c.table}`, c.count]))).toEqual(byRule);
        // the reference: per rule, findings number skip … skip + keep − 1 in the full order
        const seen = new Map<string, number>();
        const page: Finding[] = all.filter((f) => {
          const k = seen.get(f.rule) ?? 0;
          seen.set(f.rule, k + 1);
          return k >= skip && k < skip + keep;
        });
        expect(sink.findings()).toEqual(page);
      },
    ),
    { numRuns: 150 },
  );
});
