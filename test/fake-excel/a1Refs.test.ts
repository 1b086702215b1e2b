import { formulaShapeKey, relocateFormula, shiftFormula } from "../../src/fake-excel/a1Refs";

const rows = (at: number, count: number) => ({
  axis: "row" as const,
  at,
  count,
  band: { from: 0, to: 16384 },
});

describe("A1 references in formula text", () => {
  test("only real references shift: not strings, structured references, names or functions", () => {
    const f = "=SUM(B5:B9)+LOG10(A7)+\"A7\"&Tabel1[@Kolom]&[B7]+VTO_A7+$C$7+'Mijn blad'!A7+Blad1!A7";
    expect(shiftFormula(f, "Blad1", "Blad1", rows(5, 2))).toBe(
      "=SUM(B5:B11)+LOG10(A9)+\"A7\"&Tabel1[@Kolom]&[B7]+VTO_A7+$C$9+'Mijn blad'!A7+Blad1!A9",
    );
    // from another sheet only qualified references to the shifted sheet move
    expect(shiftFormula(f, "Mijn blad", "Mijn blad", rows(0, 1))).toBe(
      "=SUM(B6:B10)+LOG10(A8)+\"A7\"&Tabel1[@Kolom]&[B7]+VTO_A7+$C$8+'Mijn blad'!A8+Blad1!A7",
    );
  });

  test("whole rows and columns; deleting referenced cells gives #REF!", () => {
    expect(shiftFormula("=SUM(3:4)+SUM(A:A)", "S", "S", rows(1, 1))).toBe("=SUM(4:5)+SUM(A:A)");
    expect(shiftFormula("=A3+SUM(A2:A5)", "S", "S", rows(2, -1))).toBe("=#REF!+SUM(A2:A4)");
    expect(shiftFormula("=SUM(A3:A4)", "S", "S", rows(2, -2))).toBe("=SUM(#REF!)");
    expect(
      shiftFormula("=B2+C2", "S", "S", { axis: "col", at: 2, count: 1, band: { from: 0, to: 1048576 } }),
    ).toBe("=B2+D2");
  });

  test("relocating keeps absolute parts; R1C1 shape tells copies apart from other formulas", () => {
    expect(relocateFormula("=$B2*C$1+[@X]", 3, 1)).toBe("=$B5*D$1+[@X]");
    expect(relocateFormula("=A1", -1, 0)).toBe("=#REF!");
    // a name with letters beyond Latin Extended-B (to U+02AF, as the engine takes them) holds no reference
    expect(relocateFormula("=xɐA1+A1+ʃB2!C3", 1, 0)).toBe("=xɐA1+A2+ʃB2!C4");
    expect(formulaShapeKey("=B2+1", 1, 2)).toBe(formulaShapeKey("=B3+1", 2, 2));
    expect(formulaShapeKey("=B2+1", 1, 2)).not.toBe(formulaShapeKey("=B2+1", 2, 2));
    expect(formulaShapeKey("=[@Punt]*2", 1, 2)).toBe(formulaShapeKey("=[@Punt]*2", 7, 2));
  });
});
