/** The rule engine alone: slicing for a responsive pane changes nothing in the findings. */
import fc from "fast-check";
import { RegisterInput, validateRegisters, validateRegistersInSlices } from "../../src/domain/validation";

const raw = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "3",
    " 3 ",
    "3,0",
    "=1+1",
    "@x",
    "-",
    "M001",
    " M001",
    "C01",
    "zelf",
    "leidinggevende",
    "baas",
  ),
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
  .map((r): RegisterInput => ({
    ...r,
    settings: [
      { key: "horizon_years", value: 3, row: 2 },
      { key: "level_0", value: "", row: 3 },
    ],
    assessors: { zelf: "self", leidinggevende: "manager", extern: "external" },
    competenceTypes: new Set(["kennis", "vaardigheid", "attitude"]),
    analysisYear: 2026,
    today: 46353,
    textFields: { settings: [], competences: ["name"], employees: ["name"], gaps: ["note"] },
  }));

test("property: the sliced rule engine gives exactly the findings of the one-pass engine", async () => {
  await fc.assert(
    fc.asyncProperty(input, fc.integer({ min: 1, max: 20 }), async (i, slice) => {
      let pauses = 0;
      const sliced = await validateRegistersInSlices(i, { slice, pause: async () => void pauses++ });
      expect(sliced).toEqual(validateRegisters(i));
      expect(pauses).toBe(Math.ceil(i.gaps.length / slice));
    }),
    { numRuns: 200 },
  );
});
