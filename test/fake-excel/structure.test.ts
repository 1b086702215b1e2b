/**
 * The in-memory Excel's structural behaviour: sort, convert to range, inserting and deleting
 * rows/columns with shifting, table AutoExpansion, calculated-column AutoCorrect, co-author
 * hooks between syncs, AutoFilter, and the order in which queued operations apply.
 */
import { createFakeExcel, FakeExcel, FakeOfficeError, FakeRequestContext } from "../../src/fake-excel";

type Fake = FakeExcel;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

/** A fake with sheet Blad1 holding `rows` from A1 and a table over them named `name`. */
async function withTable(
  rows: unknown[][],
  f: (ctx: FakeRequestContext, fake: Fake) => Promise<void>,
  name = "T",
  topLeft = "A1",
): Promise<Fake> {
  const fake = createFakeExcel();
  const sheet = fake.book.addSheet("Blad1");
  const start = { row: Number(topLeft.slice(1)) - 1, col: topLeft.charCodeAt(0) - 65 };
  fake.book.writeContents(sheet, { ...start, rows: rows.length, cols: rows[0].length }, rows);
  const t = fake.book.addTable(sheet, { ...start, rows: rows.length, cols: rows[0].length }, true);
  fake.book.renameTable(t, name);
  await fake.Excel.run((ctx) => f(ctx, fake));
  return fake;
}

const sheetOf = (fake: Fake, name = "Blad1") => fake.book.findSheet(name)!;
const val = (fake: Fake, address: string, sheet = "Blad1") => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return fake.book.value(sheetOf(fake, sheet), Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
};
const formula = (fake: Fake, address: string, sheet = "Blad1") => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return fake.book.formula(sheetOf(fake, sheet), Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
};

// ---- sort -------------------------------------------------------------------------------------

describe("TableSort", () => {
  const rows = [
    ["Naam", "Score", "Echo"],
    ["bert", 3, '=B2&"!"'],
    ["Anna", "x", '=B3&"!"'],
    ["carl", "", '=B4&"!"'],
    ["dirk", 1, '=B5&"!"'],
    ["anna", 3, '=B6&"!"'],
  ];

  test("apply sorts whole rows: numbers, then text, blanks last; stable; formats travel", async () => {
    const fake = await withTable(rows, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("B5").numberFormat = [["0.00"]];
      s.getRange("A3:C3").format.fill.color = "#FFFF00";
      const t = ctx.workbook.tables.getItem("T");
      t.sort.apply([{ key: 1, ascending: true }]);
      const body = t.getDataBodyRange().load("values, formulas, numberFormat");
      t.sort.load("fields, matchCase");
      await ctx.sync();
      expect(body.values.map((r) => r[0])).toEqual(["dirk", "bert", "anna", "Anna", "carl"]);
      // relative references move with their row
      expect(body.formulas.map((r) => r[2])).toEqual(['=B2&"!"', '=B3&"!"', '=B4&"!"', '=B5&"!"', '=B6&"!"']);
      expect(body.values.map((r) => r[2])).toEqual(["1!", "3!", "3!", "x!", "!"]);
      expect(body.numberFormat[0][1]).toBe("0.00");
      expect(body.numberFormat[3][1]).toBe("General");
      expect(t.sort.fields).toEqual([{ key: 1, ascending: true }]);
      expect(t.sort.matchCase).toBe(false);
      const fill = s.getRange("A5:C5").format.fill.load("color");
      t.sort.clear();
      t.sort.load("fields");
      await ctx.sync();
      expect(fill.color).toBe("#FFFF00"); // the Anna row, now fourth
      expect(t.sort.fields).toEqual([]);
    });
    expect(val(fake, "A2")).toBe("dirk");
  });

  test("descending reverses the order but keeps blanks last; text compares case-insensitively", async () => {
    await withTable(rows, async (ctx) => {
      const t = ctx.workbook.tables.getItem("T");
      t.sort.apply([{ key: 1, ascending: false }]);
      const body = t.getDataBodyRange().load("values");
      await ctx.sync();
      expect(body.values.map((r) => r[0])).toEqual(["Anna", "bert", "anna", "dirk", "carl"]);
      t.sort.apply([{ key: 0 }]);
      body.load("values");
      await ctx.sync();
      expect(body.values.map((r) => r[0])).toEqual(["Anna", "anna", "bert", "carl", "dirk"]);
      t.sort.apply([{ key: 7 }]);
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("book.sortTable simulates a co-author's sort (a Remote change)", async () => {
    const seen: string[] = [];
    const fake = await withTable(rows, async (ctx, fake) => {
      ctx.workbook.worksheets.getItem("Blad1").onChanged.add(async (e) => void seen.push(e.source));
      await ctx.sync();
      fake.book.sortTable("T", 0, false);
    });
    await new Promise((r) => setTimeout(r, 5));
    expect([2, 3, 4, 5, 6].map((r) => val(fake, `A${r}`))).toEqual(["dirk", "carl", "bert", "Anna", "anna"]);
    expect(seen).toEqual(["Remote"]);
  });
});

// ---- convert to range ---------------------------------------------------------------------------

describe("Table.convertToRange", () => {
  test("the table goes, cells stay, structured references become A1 everywhere", async () => {
    const fake = await withTable(
      [
        ["Team", "Budget", "Dubbel"],
        ["A", 10, null],
        ["B", 20, null],
      ],
      async (ctx) => {
        const wb = ctx.workbook;
        const s = wb.worksheets.getItem("Blad1");
        wb.tables.getItem("Teams").columns.getItem("Dubbel").getDataBodyRange().formulas = [
          ["=[@Budget]*2"],
          ["=[@Budget]*2"],
        ];
        s.getRange("E1").formulas = [["=SUM(Teams[Budget])"]];
        s.getRange("B2").format.fill.color = "#00FF00";
        wb.worksheets.add("Blad2").getRange("A1").formulas = [
          ["=COUNTA(Teams[Team])+Teams[[#Headers],[Budget]]"],
        ];
        wb.names.add("VTO_Teams", "=Teams[Team]");
        await ctx.sync();
        const range = wb.tables.getItem("Teams").convertToRange().load("address, values");
        const gone = wb.tables.getItemOrNullObject("Teams");
        const name = wb.names.getItem("VTO_Teams").load("type");
        const nameRange = wb.names.getItem("VTO_Teams").getRange().load("address");
        const fill = s.getRange("B2").format.fill.load("color");
        await ctx.sync();
        expect(range.address).toBe("Blad1!A1:C3");
        expect(range.values).toEqual([
          ["Team", "Budget", "Dubbel"],
          ["A", 10, 20],
          ["B", 20, 40],
        ]);
        expect(gone.isNullObject).toBe(true);
        expect(name.type).toBe("Range");
        expect(nameRange.address).toBe("Blad1!A2:A3");
        expect(fill.color).toBe("#00FF00");
      },
      "Teams",
    );
    expect(formula(fake, "C2")).toBe("=$B2*2");
    expect(formula(fake, "E1")).toBe("=SUM($B$2:$B$3)");
    expect(formula(fake, "A1", "Blad2")).toBe("=COUNTA(Blad1!$A$2:$A$3)+Blad1!$B$1:$B$1");
    expect(val(fake, "E1")).toBe(30);
    // plain references now follow inserted rows like any other
    fake.book.insertCells(sheetOf(fake), { row: 2, col: 0, rows: 1, cols: 16384 }, "Down");
    expect(formula(fake, "E1")).toBe("=SUM($B$2:$B$4)");
  });
});

// ---- insert / delete with shifting -----------------------------------------------------------

describe("Range.insert and Range.delete", () => {
  /** Kop in A1; table T at A5:B7; formulas and objects that point at it. */
  async function withLayout(f: (ctx: FakeRequestContext, fake: Fake) => Promise<void>) {
    return withTable(
      [
        ["Naam", "Punt"],
        ["a", 1],
        ["b", 2],
      ],
      async (ctx, fake) => {
        const wb = ctx.workbook;
        const s = wb.worksheets.getItem("Blad1");
        s.getRange("A1").values = [["Kop"]];
        s.getRange("D1:D3").formulas = [["=SUM(B6:B7)"], ["=B6"], ["=SUM(T[Punt])"]];
        wb.worksheets.add("Blad2").getRange("A1").formulas = [["=Blad1!B7*10"]];
        wb.names.add("Eerste", "=Blad1!$B$6");
        s.getRange("B6:B7").dataValidation.rule = {
          wholeNumber: { formula1: 0, formula2: 9, operator: "Between" },
        };
        s.getRange("A6:A7").conditionalFormats.add("Custom").custom.rule.formula = "=$B6>1";
        await ctx.sync();
        await f(ctx, fake);
      },
      "T",
      "A5",
    );
  }

  test("whole rows inserted above a table move it and everything that points below", async () => {
    const fake = await withLayout(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      const inserted = s.getRange("3:4").insert("Down").load("address");
      const t = ctx.workbook.tables.getItem("T").getRange().load("address");
      const dv = s.getRange("B8:B9").dataValidation.load("type");
      const cf = s.getRange("A8:A9").conditionalFormats.getCount();
      const name = ctx.workbook.names.getItem("Eerste").load("formula");
      await ctx.sync();
      expect(inserted.address).toBe("Blad1!3:4");
      expect(t.address).toBe("Blad1!A7:B9");
      expect(dv.type).toBe("WholeNumber");
      expect(cf.value).toBe(1);
      expect(name.formula).toBe("='Blad1'!$B$8");
    });
    const s = sheetOf(fake);
    expect(val(fake, "A1")).toBe("Kop");
    expect(val(fake, "A7")).toBe("Naam");
    expect(formula(fake, "D1")).toBe("=SUM(B8:B9)");
    expect(formula(fake, "D2")).toBe("=B8");
    expect(formula(fake, "D5")).toBe("=SUM(T[Punt])"); // D3 itself moved down
    expect([val(fake, "D1"), val(fake, "D2"), val(fake, "D5")]).toEqual([3, 1, 3]);
    expect(formula(fake, "A1", "Blad2")).toBe("=Blad1!B9*10");
    expect(val(fake, "A1", "Blad2")).toBe(20);
    expect(s.conditionalFormats[0].settings).toEqual({ custom: { rule: { formula: "=$B8>1" } } });
    // the engine follows the moved cells
    fake.userEdit("Blad1", "B8", [[5]]);
    expect([val(fake, "D1"), val(fake, "D5"), val(fake, "D2")]).toEqual([7, 7, 5]);
  });

  test("a row inserted inside a table body grows the table and the ranges over it", async () => {
    const fake = await withLayout(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("A7").getEntireRow().insert("Down");
      s.getRange("A7:B7").values = [["n", 10]];
      const t = ctx.workbook.tables.getItem("T").getRange().load("address");
      const dv = s.getRange("B6:B8").dataValidation.load("type");
      await ctx.sync();
      expect(t.address).toBe("Blad1!A5:B8");
      expect(dv.type).toBe("WholeNumber");
    });
    expect(formula(fake, "D1")).toBe("=SUM(B6:B8)");
    expect([val(fake, "D1"), val(fake, "D3")]).toEqual([13, 13]);
    expect(val(fake, "A1", "Blad2")).toBe(20);
  });

  test("a row inserted in a table takes its calculated columns and the formats from above", async () => {
    const fake = await withTable(
      [
        ["Naam", "Punt", "Dubbel"],
        ["a", 1, "=[@Punt]*2"],
        ["b", 2, "=[@Punt]*2"],
      ],
      async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("Blad1");
        s.getRange("B2").numberFormat = [["0.0"]];
        s.getRange("B2").format.font.bold = true;
        s.getRange("3:3").insert("Down");
        s.getRange("B3").values = [[7]];
        const row = s.getRange("A3:C3").load("values, numberFormat");
        row.format.font.load("bold");
        const b = s.getRange("B3").format.font.load("bold");
        await ctx.sync();
        expect(row.values[0]).toEqual(["", 7, 14]);
        expect(row.numberFormat[0][1]).toBe("0.0");
        expect(b.bold).toBe(true);
      },
    );
    expect(fake.book.findTable("T")!.rect.rows).toBe(4);
  });

  test("deleted rows shrink ranges; references to deleted cells become #REF!", async () => {
    const fake = await withLayout(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("6:6").delete("Up");
      const t = ctx.workbook.tables.getItem("T").getRange().load("address");
      const name = ctx.workbook.names.getItem("Eerste").load("formula");
      await ctx.sync();
      expect(t.address).toBe("Blad1!A5:B6");
      expect(name.formula).toBe("=#REF!");
    });
    expect(formula(fake, "D1")).toBe("=SUM(B6:B6)");
    expect(formula(fake, "D2")).toBe("=#REF!");
    expect(val(fake, "D2")).toBe("#REF!");
    expect([val(fake, "D1"), val(fake, "D3")]).toEqual([2, 2]);
    expect(formula(fake, "A1", "Blad2")).toBe("=Blad1!B6*10");
    expect(sheetOf(fake).validations[0].rect).toEqual({ row: 5, col: 1, rows: 1, cols: 1 });
  });

  test("columns: inserting inside a table adds a table column; references shift right", async () => {
    const fake = await withLayout(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("B1").getEntireColumn().insert("Right");
      const cols = ctx.workbook.tables.getItem("T").columns.load("items/name");
      await ctx.sync();
      expect(cols.items.map((c) => c.name)).toEqual(["Naam", "Column1", "Punt"]);
      s.getRange("B:B").delete("Left");
      cols.load("items/name");
      await ctx.sync();
      expect(cols.items.map((c) => c.name)).toEqual(["Naam", "Punt"]);
    });
    expect(formula(fake, "D1")).toBe("=SUM(B6:B7)");
    expect(val(fake, "D3")).toBe(3);
  });

  test("partial ranges shift only their band; cutting through a table is InsertDeleteConflict", async () => {
    await withLayout(async (ctx, fake) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("F1:G1").values = [["f", "g"]];
      s.getRange("H1").values = [["h"]];
      s.getRange("F1:G1").insert("Down");
      await ctx.sync();
      expect([val(fake, "F1"), val(fake, "F2"), val(fake, "G2"), val(fake, "H1")]).toEqual([
        "",
        "f",
        "g",
        "h",
      ]);
      s.getRange("A6").insert("Down");
      expect(await codeOf(ctx.sync())).toBe("InsertDeleteConflict");
      s.getRange("A:A").insert("Down");
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("onChanged reports the structural change", async () => {
    const seen: string[] = [];
    await withLayout(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.onChanged.add(async (e) => void seen.push(`${e.changeType} ${e.address}`));
      await ctx.sync();
      s.getRange("2:2").insert("Down");
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(["RowInserted Blad1!2:2"]);
  });

  test("rows.add shifts the cells under the table's columns when they are not empty", async () => {
    const fake = await withTable(
      [
        ["Naam", "Punt"],
        ["a", 1],
        ["b", 2],
      ],
      async (ctx, fake) => {
        // content that was there before the table grew to touch it (a write would expand the table)
        fake.book.writeContents(sheetOf(fake), { row: 3, col: 0, rows: 1, cols: 5 }, [
          ["onder", null, "naast"],
        ]);
        const s = ctx.workbook.worksheets.getItem("Blad1");
        s.getRange("E1").formulas = [["=A4"]];
        await ctx.sync();
        const t = ctx.workbook.tables.getItem("T");
        t.rows.add(undefined, [["c", 3]]);
        const range = t.getRange().load("address");
        await ctx.sync();
        expect(range.address).toBe("Blad1!A1:B4");
      },
    );
    expect([val(fake, "A4"), val(fake, "A5"), val(fake, "C4"), val(fake, "C5")]).toEqual([
      "c",
      "onder",
      "naast",
      "",
    ]);
    expect(formula(fake, "E1")).toBe("=A5");
    expect(val(fake, "E1")).toBe("onder");
  });
});

// ---- AutoExpansion -----------------------------------------------------------------------------

describe("table AutoExpansion", () => {
  async function withCalc(f: (ctx: FakeRequestContext, fake: Fake) => Promise<void>) {
    return withTable(
      [
        ["Naam", "Punt", "Dubbel", "Plus"],
        ["a", 1, "=[@Punt]*2", "=B2+1"],
        ["b", 2, "=[@Punt]*2", "=B3+1"],
      ],
      async (ctx, fake) => {
        const s = ctx.workbook.worksheets.getItem("Blad1");
        s.getRange("B2:B3").numberFormat = [["0.0"], ["0.0"]];
        s.getRange("B2:B3").dataValidation.rule = {
          decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
        };
        s.getRange("C2:C3").conditionalFormats.add("Custom").custom.rule.formula = "=C2>2";
        await ctx.sync();
        await f(ctx, fake);
      },
    );
  }

  test("a row written below fills calculated columns and takes validation, formats and number formats", async () => {
    const fake = await withCalc(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("A4:B4").values = [["c", 5]];
      const range = ctx.workbook.tables.getItem("T").getRange().load("address");
      const row = s.getRange("A4:D4").load("values, formulas, numberFormat");
      const dv = s.getRange("B4").dataValidation.load("type");
      const cf = s.getRange("C4").conditionalFormats.getCount();
      await ctx.sync();
      expect(range.address).toBe("Blad1!A1:D4");
      expect(row.formulas[0]).toEqual(["c", 5, "=[@Punt]*2", "=B4+1"]);
      expect(row.values[0]).toEqual(["c", 5, 10, 6]);
      expect(row.numberFormat[0][1]).toBe("0.0");
      expect(dv.type).toBe("Decimal");
      expect(cf.value).toBe(1);
    });
    expect(fake.book.findTable("T")!.rect.rows).toBe(4);
  });

  test("a user typing below expands too; clearing a cell below does not", async () => {
    await withCalc(async (ctx, fake) => {
      fake.userEdit("Blad1", "A5", [[""]]);
      expect(fake.book.findTable("T")!.rect.rows).toBe(3);
      fake.userEdit("Blad1", "B4", [[7]]);
      expect(fake.book.findTable("T")!.rect.rows).toBe(4);
      expect(val(fake, "C4")).toBe(14);
    });
  });

  test("a header written right of the header row adds a column; its body cells stay", async () => {
    await withCalc(async (ctx, fake) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("E2").values = [["x"]];
      await ctx.sync();
      s.getRange("E1").values = [["Nieuw"]];
      const cols = ctx.workbook.tables.getItem("T").columns.load("items/name");
      const body = ctx.workbook.tables
        .getItem("T")
        .columns.getItem("Nieuw")
        .getDataBodyRange()
        .load("values");
      await ctx.sync();
      expect(cols.items.map((c) => c.name)).toEqual(["Naam", "Punt", "Dubbel", "Plus", "Nieuw"]);
      expect(body.values).toEqual([["x"], [""]]);
      fake.userEdit("Blad1", "F1", [["Punt"]]);
      expect(fake.book.findTable("T")!.columns.map((c) => c.name)).toContain("Punt2");
    });
  });
});

// ---- calculated-column AutoCorrect -----------------------------------------------------------

describe("calculated-column AutoCorrect", () => {
  const rows = [
    ["Naam", "Punt", "Calc"],
    ["a", 1, null],
    ["b", 2, null],
    ["c", 3, null],
  ];

  test("one formula written into a column of blanks fills the whole body", async () => {
    await withTable(rows, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("C3").formulas = [["=[@Punt]*3"]];
      const body = s.getRange("C2:C4").load("formulas, values");
      await ctx.sync();
      expect(body.formulas).toEqual([["=[@Punt]*3"], ["=[@Punt]*3"], ["=[@Punt]*3"]]);
      expect(body.values).toEqual([[3], [6], [9]]);
      // relative A1 references are adjusted per row; other formulas are overwritten
      s.getRange("C2").formulas = [["=B2+1"]];
      body.load("formulas");
      await ctx.sync();
      expect(body.formulas).toEqual([["=B2+1"], ["=B3+1"], ["=B4+1"]]);
    });
  });

  test("no fill when another cell holds a constant, for constants, or for different formulas", async () => {
    await withTable(rows, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("C4").values = [[0]];
      s.getRange("C2").formulas = [["=[@Punt]"]];
      const body = s.getRange("C2:C4").load("formulas");
      await ctx.sync();
      expect(body.formulas).toEqual([["=[@Punt]"], [""], [0]]);
      s.getRange("C2:C4").values = [[""], ["x"], [""]];
      body.load("formulas");
      await ctx.sync();
      expect(body.formulas).toEqual([[""], ["x"], [""]]);
      s.getRange("C2:C4").values = [[""], [""], [""]];
      s.getRange("C2:C3").formulas = [["=1"], ["=2"]];
      body.load("formulas");
      await ctx.sync();
      expect(body.formulas).toEqual([["=1"], ["=2"], [""]]);
    });
  });

  test("the switch turns it off; user edits and TableRow.values trigger it", async () => {
    await withTable(rows, async (ctx, fake) => {
      fake.book.calculatedColumnAutoFill = false;
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("C2").formulas = [["=[@Punt]"]];
      const body = s.getRange("C2:C4").load("formulas");
      await ctx.sync();
      expect(body.formulas).toEqual([["=[@Punt]"], [""], [""]]);
      fake.book.calculatedColumnAutoFill = true;
      fake.userEdit("Blad1", "C3", [["=[@Punt]*10"]]);
      expect(val(fake, "C4")).toBe(30);
      expect(val(fake, "C2")).toBe(10);
      ctx.workbook.tables.getItem("T").rows.getItemAt(0).values = [["a", 1, "=[@Punt]-1"]];
      await ctx.sync();
      expect([val(fake, "C2"), val(fake, "C3"), val(fake, "C4")]).toEqual([0, 1, 2]);
    });
  });
});

// ---- co-author hooks ---------------------------------------------------------------------------

describe("between-syncs hooks", () => {
  const rows = [
    ["Naam", "Punt"],
    ["b", 2],
    ["a", 1],
  ];

  test("beforeSync lands a co-author's edit before the batch's own operations", async () => {
    const seen: string[] = [];
    await withTable(rows, async (ctx, fake) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.onChanged.add(async (e) => void seen.push(`${e.source} ${e.address}`));
      await ctx.sync();
      fake.beforeSync(1, () => fake.userEdit("Blad1", "B2:B3", [[20], [10]], "Remote"));
      const r = s.getRange("B2:B3").load("values");
      s.getRange("B3").values = [[99]];
      await ctx.sync();
      expect(r.values).toEqual([[20], [10]]);
      expect(val(fake, "B3")).toBe(99);
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(["Remote Blad1!B2:B3", "Local Blad1!B3"]);
  });

  test("a co-author's sort between our read and our write moves the rows under us", async () => {
    const fake = await withTable(rows, async (ctx, fake) => {
      const t = ctx.workbook.tables.getItem("T");
      const body = t.getDataBodyRange().load("values");
      await ctx.sync();
      const row = body.values.findIndex((r) => r[0] === "b");
      fake.beforeSync(1, () => fake.book.sortTable("T", 0, true));
      // a write by row position (what the design notes forbid) lands on the wrong key
      t.getDataBodyRange().getCell(row, 1).values = [[50]];
      await ctx.sync();
    });
    expect([val(fake, "A2"), val(fake, "B2"), val(fake, "A3"), val(fake, "B3")]).toEqual(["a", 50, "b", 2]);
  });

  test("hooks count from now; resetMetrics clears them; afterEverySync can unsubscribe", async () => {
    await withTable(rows, async (ctx, fake) => {
      const ran: string[] = [];
      fake.beforeSync(2, () => ran.push("second"));
      const off = fake.afterEverySync((n) => ran.push(`after ${n}`));
      await ctx.sync();
      await ctx.sync();
      off();
      fake.beforeSync(1, () => ran.push("dropped"));
      fake.resetMetrics();
      await ctx.sync();
      expect(ran).toEqual(["after 1", "second", "after 2"]);
    });
  });
});

// ---- AutoFilter --------------------------------------------------------------------------------

describe("table AutoFilter", () => {
  const rows = [
    ["Naam", "Punt"],
    ["a", 1],
    ["b", 2],
    ["c", 3],
    ["d", 4],
  ];

  test("Values and Custom criteria hide rows; clearCriteria shows them; remove disables", async () => {
    await withTable(rows, async (ctx, fake) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      const t = ctx.workbook.tables.getItem("T");
      const af = t.autoFilter.load("enabled, isDataFiltered");
      await ctx.sync();
      expect([af.enabled, af.isDataFiltered]).toEqual([true, false]);
      t.autoFilter.apply(t.getRange(), 0, { filterOn: "Values", values: ["a", "c"] });
      const r2 = s.getRange("A2").load("rowHidden");
      const r3 = s.getRange("A3").load("rowHidden");
      const both = s.getRange("A2:A3").load("rowHidden");
      af.load("isDataFiltered");
      await ctx.sync();
      expect([r2.rowHidden, r3.rowHidden, both.rowHidden]).toEqual([false, true, null]);
      expect(af.isDataFiltered).toBe(true);
      t.autoFilter.apply(t.getRange(), 1, { filterOn: "Custom", criterion1: ">=3" });
      await ctx.sync();
      expect([...sheetOf(fake).hiddenRows].sort()).toEqual([1, 2, 4]);
      t.autoFilter.clearCriteria();
      t.autoFilter.apply("Blad1!A1:B5", 0, { filterOn: "Custom", criterion1: "<>b", criterion2: "<>d*" });
      await ctx.sync();
      expect([...sheetOf(fake).hiddenRows].sort()).toEqual([2, 4]);
      t.autoFilter.remove();
      af.load("enabled, isDataFiltered");
      await ctx.sync();
      expect([af.enabled, af.isDataFiltered]).toEqual([false, false]);
      expect(sheetOf(fake).hiddenRows.size).toBe(0);
      t.autoFilter.apply(t.getRange(), 0, { filterOn: "TopItems", criterion1: "2" });
      expect(await codeOf(ctx.sync())).toBe("NotImplemented");
    });
  });

  test("sorting a filtered table sorts the visible rows only", async () => {
    const fake = await withTable(rows, async (ctx) => {
      const t = ctx.workbook.tables.getItem("T");
      t.autoFilter.apply(t.getRange(), 0, { filterOn: "Values", values: ["a", "b", "d"] });
      t.sort.apply([{ key: 1, ascending: false }]);
      await ctx.sync();
    });
    expect([2, 3, 4, 5].map((r) => val(fake, `A${r}`))).toEqual(["d", "b", "c", "a"]);
  });
});

// ---- order of operations in one batch -------------------------------------------------------

describe("operations apply in order", () => {
  test("a load queued before a write in the same batch sees the value before the write", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add("S");
      s.getRange("A1").values = [[1]];
      s.getRange("B1").formulas = [["=A1*2"]];
      await ctx.sync();
      const before = s.getRange("A1:B1").load("values");
      s.getRange("A1").values = [[5]];
      const after = s.getRange("A1:B1").load("values");
      await ctx.sync();
      expect(before.values).toEqual([[1, 2]]);
      expect(after.values).toEqual([[5, 10]]);
    });
  });

  test("null in Range.formulas leaves a cell unchanged", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add("S");
      s.getRange("A1:C1").formulas = [["=1+1", "b", "=3"]];
      await ctx.sync();
      s.getRange("A1:C1").formulas = [[null, "=2*2", null]] as unknown as string[][];
      const r = s.getRange("A1:C1").load("formulas, values");
      await ctx.sync();
      expect(r.formulas).toEqual([["=1+1", "=2*2", "=3"]]);
      expect(r.values).toEqual([[2, 4, 3]]);
    });
  });
});

// ---- typed against @types/office-js -------------------------------------------------------

describe("code written against the Office.js typings", () => {
  test("sort, autoFilter, insert/delete, getEntireRow, rowHidden and convertToRange type-check and run", async () => {
    const fake = await withTable(
      [
        ["Naam", "Punt"],
        ["b", 2],
        ["a", 1],
      ],
      async (fakeCtx) => {
        const ctx = fakeCtx as unknown as Excel.RequestContext;
        const sheet = ctx.workbook.worksheets.getItem("Blad1");
        const table: Excel.Table = ctx.workbook.tables.getItem("T");
        table.sort.apply([{ key: 0, ascending: true }], false);
        table.autoFilter.apply(table.getRange(), 1, { filterOn: "Custom", criterion1: ">1" });
        const filter: Excel.AutoFilter = table.autoFilter.load("enabled,isDataFiltered");
        const row: Excel.Range = sheet.getRange("A2").getEntireRow().load("rowHidden, address");
        await ctx.sync();
        expect([filter.enabled, filter.isDataFiltered, row.rowHidden, row.address]).toEqual([
          true,
          true,
          true,
          "Blad1!2:2",
        ]);
        table.autoFilter.remove();
        const inserted: Excel.Range = sheet.getRange("1:1").insert("Down");
        inserted.load("address");
        sheet.getRange("1:1").delete("Up");
        const range: Excel.Range = table.convertToRange().load("address");
        await ctx.sync();
        expect(inserted.address).toBe("Blad1!1:1");
        expect(range.address).toBe("Blad1!A1:B3");
      },
    );
    expect(fake.book.tables).toHaveLength(0);
  });
});
