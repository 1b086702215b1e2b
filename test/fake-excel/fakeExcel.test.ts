import { Book, createFakeExcel, FakeOfficeError, FakeRequestContext } from "../../src/fake-excel";
import { SLOW } from "../helpers/slow";

async function withSheet(
  f: (ctx: FakeRequestContext, fake: ReturnType<typeof createFakeExcel>) => Promise<void>,
) {
  const fake = createFakeExcel();
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.add("Blad1");
    await ctx.sync();
    await f(ctx, fake);
  });
  return fake;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

describe("load/sync semantics", () => {
  test("reading a property before load and sync throws PropertyNotLoaded", async () => {
    await withSheet(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Blad1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // loaded but not yet synced: still not available
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes are queued and applied only at sync", async () => {
    const fake = await withSheet(async (ctx, fake) => {
      const sheet = ctx.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:B1").values = [[1, 2]];
      const blad1 = fake.book.findSheet("Blad1")!;
      expect(fake.book.value(blad1, 0, 0)).toBe("");
      await ctx.sync();
      expect(fake.book.value(blad1, 0, 0)).toBe(1);
    });
    expect(fake.metrics.syncs).toBe(2);
  });

  test("a set property is not readable until loaded again", async () => {
    await withSheet(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Blad1");
      sheet.load("name");
      await ctx.sync();
      sheet.name = "Nieuw";
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheet.load("name");
      await ctx.sync();
      expect(sheet.name).toBe("Nieuw");
    });
  });

  test("Excel.run sends what is still queued at the end", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("X");
    });
    expect(fake.book.findSheet("X")).toBeDefined();
    expect(fake.metrics.syncs).toBe(1);
  });

  test("objects from an ended context cannot be used", async () => {
    const fake = createFakeExcel();
    let stale: FakeRequestContext | null = null;
    await fake.Excel.run(async (ctx) => {
      stale = ctx;
      ctx.workbook.worksheets.add("X");
    });
    expect(() => stale!.workbook.worksheets.add("Y")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" }),
    );
  });
});

describe("null objects and errors", () => {
  test("getItemOrNullObject reports isNullObject after sync", async () => {
    await withSheet(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("blad1");
      const table = ctx.workbook.tables.getItemOrNullObject("VTO_Gaps");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(table.isNullObject).toBe(true);
    });
  });

  test("getItem on a missing sheet fails the sync with ItemNotFound", async () => {
    await withSheet(async (ctx) => {
      ctx.workbook.worksheets.getItem("Nope").load("name");
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    });
  });

  test("a duplicate sheet name is ItemAlreadyExists; a bad one InvalidArgument", async () => {
    await withSheet(async (ctx) => {
      ctx.workbook.worksheets.add("blad1");
      expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
      ctx.workbook.worksheets.add("a/b");
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("a values array of the wrong shape is InvalidArgument", async () => {
    await withSheet(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2").values = [[1, 2]];
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("a table name in use is ItemAlreadyExists, also against a workbook name", async () => {
    await withSheet(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:B1").values = [["a", "b"]];
      sheet.tables.add("A1:B2", true).name = "Eerste";
      await ctx.sync();
      sheet.getRange("D1:E1").values = [["c", "d"]];
      sheet.tables.add("D1:E2", true).name = "eerste";
      expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
      ctx.workbook.names.add("Naam", "=Blad1!$A$1");
      await ctx.sync();
      sheet.getRange("G1:H1").values = [["c", "d"]];
      sheet.tables.add("G1:H2", true).name = "NAAM";
      expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    });
  });

  test("operations before a failing one in the same batch stay applied, later ones do not", async () => {
    const fake = await withSheet(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1").values = [["voor"]];
      ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [["na"]];
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    });
    const s = fake.book.findSheet("Blad1")!;
    expect(fake.book.value(s, 0, 0)).toBe("voor");
    expect(fake.book.value(s, 1, 0)).toBe("");
  });
});

describe("payload limit, counting and faults", () => {
  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = await withSheet(async (ctx) => {
      const rows = 90000;
      const big = Array.from({ length: rows }, (_, i) => [
        `medewerker-${i}-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
        i,
      ]);
      ctx.workbook.worksheets.getItem("Blad1").getRange(`A1:B${rows}`).values = big;
      expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    });
    expect(fake.book.value(fake.book.findSheet("Blad1")!, 0, 0)).toBe("");
    expect(fake.metrics.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    await withSheet(async (ctx, fake) => {
      const s = fake.book.findSheet("Blad1")!;
      const rows = 60000;
      fake.book.writeContents(
        s,
        { row: 0, col: 0, rows, cols: 1 },
        Array.from({ length: rows }, (_, i) => [`'${"x".repeat(90)}${i}`]),
      );
      const r = ctx.workbook.worksheets.getItem("Blad1").getRange(`A1:A${rows}`).load("values");
      expect(await codeOf(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("syncs and bytes are counted", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add("S");
      s.getRange("A1:C1").values = [["a", "b", "c"]];
      await ctx.sync();
      const r = s.getRange("A1:C1").load("values");
      await ctx.sync();
      expect(r.values).toEqual([["a", "b", "c"]]);
    });
    expect(fake.metrics.syncs).toBe(2);
    expect(fake.metrics.requestBytes).toBeGreaterThan(20);
    expect(fake.metrics.responseBytes).toBeGreaterThanOrEqual(
      JSON.stringify([{ values: [["a", "b", "c"]] }]).length,
    );
  });

  test("an injected fault fails the chosen sync; applyFirst applies part of the batch", async () => {
    const fake = await withSheet(async (ctx, fake) => {
      fake.failSync(1);
      ctx.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[1]];
      expect(await codeOf(ctx.sync())).toBe("ConnectionFailure");
      fake.failSync(1, { applyFirst: 1, code: "GeneralException" });
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("B1").values = [[2]];
      s.getRange("C1").values = [[3]];
      expect(await codeOf(ctx.sync())).toBe("GeneralException");
      s.getRange("D1").values = [[4]];
      await ctx.sync();
    });
    const s = fake.book.findSheet("Blad1")!;
    expect([0, 1, 2, 3].map((c) => fake.book.value(s, 0, c))).toEqual(["", 2, "", 4]);
  });
});

describe("values, formulas and typed input", () => {
  test("written text is parsed like typed input unless it is quoted or the cell is Text", async () => {
    await withSheet(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("A2").numberFormat = [["@"]];
      s.getRange("A1:F1").values = [["3", "'3", "=1+1", "'=1+1", "TRUE", "tekst"]];
      s.getRange("A2").values = [["=1+1"]];
      s.getRange("A3:B3").values = [["-x", "@SUM(1)"]];
      const r = s.getRange("A1:F3").load("values, formulas");
      await ctx.sync();
      expect(r.values[0]).toEqual([3, "3", 2, "=1+1", true, "tekst"]);
      expect(r.formulas[0][2]).toBe("=1+1");
      expect(r.values[1][0]).toBe("=1+1");
      expect(r.values[2][0]).toBe("#NAME?");
      expect(r.values[2][1]).toBe(1);
    });
  });

  test("null leaves a cell alone and '' clears it", async () => {
    await withSheet(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("A1:C1").values = [["a", "b", "c"]];
      await ctx.sync();
      s.getRange("A1:C1").values = [[null, "", "z"]] as unknown as string[][];
      const r = s.getRange("A1:C1").load("values");
      await ctx.sync();
      expect(r.values).toEqual([["a", "", "z"]]);
    });
  });

  test("formulas are evaluated and update when inputs change", async () => {
    await withSheet(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("A1:A3").values = [[1], [2], [3]];
      s.getRange("B1").formulas = [["=SUM(A1:A3)"]];
      s.getRange("B2").formulas = [["=1/0"]];
      const r = s.getRange("B1:B2").load("values");
      await ctx.sync();
      expect(r.values).toEqual([[6], ["#DIV/0!"]]);
      s.getRange("A1").values = [[10]];
      r.load("values");
      await ctx.sync();
      expect(r.values[0][0]).toBe(15);
    });
  });
});

describe("tables and structured references", () => {
  async function withTable(f: (ctx: FakeRequestContext) => Promise<void>) {
    return withSheet(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("A1:D3").values = [
        ["Naam", "Vereist", "Huidig", "Kloof"],
        ["An", 3, 1, null],
        ["Bert", 2, 4, null],
      ] as unknown as string[][];
      const t = s.tables.add("Blad1!A1:D3", true);
      t.name = "Tabel";
      t.columns.getItem("Kloof").getDataBodyRange().formulas = [
        ["=MAX(0,Tabel[@Vereist]-Tabel[@Huidig])"],
        ["=MAX(0,[@Vereist]-[@Huidig])"],
      ];
      s.getRange("F1").formulas = [["=SUM(Tabel[Kloof])"]];
      s.getRange("F2").formulas = [['=COUNTIFS(Tabel[[#This Row],[Vereist]],">0")']];
      s.getRange("F3").formulas = [['=SUMPRODUCT((Tabel[Naam]="An")*Tabel[Vereist])']];
      await ctx.sync();
      await f(ctx);
    });
  }

  test("[@Col], Table[Col] and [[#This Row],[Col]] evaluate", async () => {
    await withTable(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      const body = ctx.workbook.tables.getItem("Tabel").getDataBodyRange().load("values, formulas");
      const f = s.getRange("F1:F3").load("values");
      await ctx.sync();
      expect(body.values.map((r) => r[3])).toEqual([2, 0]);
      expect(body.formulas[0][3]).toBe("=MAX(0,Tabel[@Vereist]-Tabel[@Huidig])");
      expect(f.values).toEqual([[2], [1], [3]]);
    });
  });

  test("rows.add grows Table[Col] references and fills calculated columns", async () => {
    await withTable(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Tabel");
      t.columns.getItem("Kloof").getDataBodyRange().formulas = [
        ["=MAX(0,[@Vereist]-[@Huidig])"],
        ["=MAX(0,[@Vereist]-[@Huidig])"],
      ];
      t.rows.add(null, [["Chris", 4, 0, null]]);
      const f = ctx.workbook.worksheets.getItem("Blad1").getRange("F1").load("values");
      const body = t.getDataBodyRange().load("values");
      const count = t.rows.getCount();
      await ctx.sync();
      expect(count.value).toBe(3);
      expect(body.values[2]).toEqual(["Chris", 4, 0, 4]);
      expect(f.values[0][0]).toBe(6);
    });
  });

  test("renaming a sheet or moving nothing keeps structured formulas working", async () => {
    await withTable(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").name = "Andere naam";
      const f = ctx.workbook.worksheets.getItem("Andere naam").getRange("F1").load("values");
      await ctx.sync();
      expect(f.values[0][0]).toBe(2);
    });
  });

  test("tables are found by name on any sheet; overlapping tables are refused", async () => {
    await withTable(async (ctx) => {
      const t = ctx.workbook.tables.getItem("tabel");
      t.load("name");
      const ws = t.worksheet.load("name");
      const cols = t.columns.load("items/name");
      await ctx.sync();
      expect(t.name).toBe("Tabel");
      expect(ws.name).toBe("Blad1");
      expect(cols.items.map((c) => c.name)).toEqual(["Naam", "Vereist", "Huidig", "Kloof"]);
      ctx.workbook.worksheets.getItem("Blad1").tables.add("B2:C4", true);
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("writing a header cell renames the column; typing below the table extends it", async () => {
    await withTable(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("A1").values = [["Medewerker"]];
      s.getRange("A4:C4").values = [["Dirk", 1, 1]];
      const t = ctx.workbook.tables.getItem("Tabel");
      const cols = t.columns.load("items/name");
      const range = t.getRange().load("address");
      await ctx.sync();
      expect(cols.items[0].name).toBe("Medewerker");
      expect(range.address).toBe("Blad1!A1:D4");
    });
  });

  test("columns.add appends a column", async () => {
    await withTable(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Tabel");
      t.columns.add(null, [["Notitie"], ["x"], ["y"]]);
      const header = t.getHeaderRowRange().load("values");
      await ctx.sync();
      expect(header.values[0]).toEqual(["Naam", "Vereist", "Huidig", "Kloof", "Notitie"]);
    });
  });
});

describe("names, formats, validation, conditional formats, selection, events", () => {
  test("named items resolve in formulas and follow sheet renames", async () => {
    await withSheet(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Blad1");
      s.getRange("B2").values = [[5]];
      ctx.workbook.names.add("Horizon", "=Blad1!$B$2");
      ctx.workbook.names.add("VTO_Lang", '="nl"');
      s.getRange("C1").formulas = [["=Horizon*2"]];
      await ctx.sync();
      s.name = "Instellingen";
      const c = s.getRange("C1").load("values");
      const lang = ctx.workbook.names.getItem("VTO_Lang").load("value, type");
      const hz = ctx.workbook.names.getItem("Horizon").load("formula");
      await ctx.sync();
      expect(c.values[0][0]).toBe(10);
      expect(lang.value).toBe("nl");
      expect(lang.type).toBe("String");
      expect(hz.formula).toBe("='Instellingen'!$B$2");
    });
  });

  test("formats, number formats and column widths are stored and read back", async () => {
    await withSheet(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2");
      r.format.fill.color = "#ffeeaa";
      r.format.font.bold = true;
      r.format.columnWidth = 90;
      r.numberFormat = [
        ["0.0", "0.0"],
        ["0.0", "0.0"],
      ];
      r.load("numberFormat");
      r.format.load("columnWidth");
      r.format.fill.load("color");
      r.format.font.load("bold");
      await ctx.sync();
      expect(r.format.fill.color).toBe("#FFEEAA");
      expect(r.format.font.bold).toBe(true);
      expect(r.format.columnWidth).toBe(90);
      expect(r.numberFormat[1][1]).toBe("0.0");
      r.format.fill.clear();
      r.format.fill.load("color");
      await ctx.sync();
      expect(r.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("data validation rules, prompts and bad rules", async () => {
    const fake = await withSheet(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Blad1").getRange("A2:A10");
      r.dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 4, operator: "Between" } };
      r.dataValidation.prompt = { showPrompt: true, title: "Niveau", message: "0 tot 4" };
      r.dataValidation.load("type, rule");
      await ctx.sync();
      expect(r.dataValidation.type).toBe("WholeNumber");
      r.dataValidation.rule = { list: {} } as never;
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      r.dataValidation.prompt = { showPrompt: true, title: "x".repeat(40), message: "" };
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    });
    expect(fake.book.findSheet("Blad1")!.validations).toHaveLength(1);
  });

  test("conditional formats are added, counted and cleared", async () => {
    await withSheet(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Blad1").getRange("A1:A5");
      const cf = r.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=A1>0";
      cf.custom.format.fill.color = "#FF0000";
      const n = r.conditionalFormats.getCount();
      await ctx.sync();
      expect(n.value).toBe(1);
      r.conditionalFormats.clearAll();
      const m = r.conditionalFormats.getCount();
      await ctx.sync();
      expect(m.value).toBe(0);
    });
  });

  test("select() moves the selection", async () => {
    const fake = await withSheet(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").getRange("C5").select();
      await ctx.sync();
    });
    expect(fake.book.selection?.rect).toEqual({ row: 4, col: 2, rows: 1, cols: 1 });
  });

  test("onChanged fires with source Local for API and user edits and Remote for co-authors", async () => {
    const fake = createFakeExcel();
    const seen: { source: string; address: string }[] = [];
    await fake.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add("S");
      s.onChanged.add(async (e) => void seen.push({ source: e.source, address: e.address }));
      await ctx.sync();
      s.getRange("A1").values = [[1]];
      await ctx.sync();
    });
    fake.userEdit("S", "B2", [["x"]]);
    fake.userEdit("S", "C3", [["y"]], "Remote");
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([
      { source: "Local", address: "S!A1" },
      { source: "Local", address: "S!B2" },
      { source: "Remote", address: "S!C3" },
    ]);
  });
});

describe("Book.copy", () => {
  test("a deep copy: the same state, tables and names follow its own sheets; changing one leaves the other", async () => {
    const { bookState } = await import("../helpers/book");
    const fake = createFakeExcel(new Book(false));
    const sheet = fake.book.addSheet("Blad1");
    fake.book.writeContents(sheet, { row: 0, col: 0, rows: 3, cols: 2 }, [
      ["ID", "Naam"],
      ["'M001", '=A2&"x"'],
      ["'M002", "An"],
    ]);
    const table = fake.book.addTable(sheet, { row: 0, col: 0, rows: 3, cols: 2 }, true);
    fake.book.renameTable(table, "T");
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.names.add("Eerste", "=Blad1!$A$2");
      await ctx.sync();
    });
    const copy = fake.book.copy();
    expect(bookState(copy)).toBe(bookState(fake.book));
    expect(copy.tables[0].sheet).toBe(copy.sheets[0]);
    expect(copy.names[0].ref!.sheet).toBe(copy.sheets[0]);
    // the copy works through the API: rename its sheet, add a row; the original is untouched
    const other = createFakeExcel(copy);
    await other.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Blad1").name = "Kopie";
      ctx.workbook.tables.getItem("T").rows.add(undefined, [["'M003", "Bo"]]);
      await ctx.sync();
    });
    expect(copy.tables[0].rect.rows).toBe(4);
    expect(fake.book.tables[0].rect.rows).toBe(3);
    expect(fake.book.sheets[0].name).toBe("Blad1");
    expect(copy.findSheet("Kopie")).toBeDefined();
  });

  test("a copy with the formula engine computes every cell as the book that was filled with the engine on", async () => {
    const { fillExample } = await import("../../src/excel/exampleData");
    const { exampleData } = await import("../../src/workbook/example");
    // the example organisation in the slow suite; every sheet with its formulas but no data in the fast one
    const { generate } = await import("../../src/excel/generate");
    const fill = async (book: Book) => {
      const fake = createFakeExcel(book);
      fake.book.addSheet("Blad1");
      const data = exampleData({ employees: 6, gapRows: 8, year: 2026, today: new Date(2026, 4, 20) });
      const options = { lang: "nl" as const, year: 2026 };
      await fake.Excel.run((ctx) =>
        SLOW ? fillExample(ctx as never, data, options) : generate(ctx as never, options),
      );
      return fake.book;
    };
    const evaluated = await fill(new Book(true, { lazy: false }));
    const plain = await fill(new Book(false));
    for (const copy of SLOW
      ? [plain.copy({ evaluate: true }), evaluated.copy({ evaluate: true })]
      : [plain.copy({ evaluate: true })]) {
      let formulas = 0;
      const differ: unknown[] = [];
      for (const sheet of evaluated.sheets) {
        const other = copy.findSheet(sheet.name)!;
        for (const [k, cell] of sheet.cells) {
          const [row, col] = [Math.floor(k / 16384), k % 16384];
          if (cell.formula !== undefined) formulas++;
          const [mine, theirs] = [copy.value(other, row, col), evaluated.value(sheet, row, col)];
          if (mine !== theirs) differ.push([sheet.name, row, col, mine, theirs]);
        }
      }
      expect(differ).toEqual([]);
      expect(formulas).toBeGreaterThan(SLOW ? 3000 : 1000);
    }
    // the copy is a workbook of its own: a change recomputes there, not in the original
    const copy = evaluated.copy({ evaluate: true });
    const sheet = copy.sheets[0];
    copy.writeContents(sheet, { row: 0, col: 20, rows: 1, cols: 2 }, [[2, "=U1*3"]]);
    expect(copy.value(sheet, 0, 21)).toBe(6);
    expect(evaluated.value(evaluated.sheets[0], 0, 21)).toBe("");
  });
});
