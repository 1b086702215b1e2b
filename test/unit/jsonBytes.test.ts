/** jsonBytes: the UTF-8 size of a value's JSON, which the 5 MB payload budget is counted in. */
import fc from "fast-check";
import { jsonBytes } from "../../src/workbook/plan";

test("ASCII, two-, three- and four-byte characters count as UTF-8 does", () => {
  expect(jsonBytes("abc")).toBe(5);
  expect(jsonBytes("é")).toBe(4);
  expect(jsonBytes("€ 5")).toBe(7);
  expect(jsonBytes("🙂")).toBe(6);
  expect(jsonBytes([["M001", 3, null]])).toBe(Buffer.byteLength('[["M001",3,null]]'));
});

test("property: equals Node's UTF-8 byte length of the JSON", () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
      expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value)));
      expect(jsonBytes(text)).toBe(Buffer.byteLength(JSON.stringify(text)));
    }),
    { numRuns: 500 },
  );
});
