/** Conditional formats in the in-memory Excel: multi-area rules, priorities as ids, reading rules back. */
import { createFakeExcel, FakeOfficeError, FakeRequestContext } from "../../src/fake-excel";

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

const sheetOf = (fake: ReturnType<typeof createFakeExcel>) => fake.book.findSheet("Blad1")!;

test("Worksheet.getRanges: one rule over several areas, seen from any of its cells", async () => {
  const fake = await withSheet(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    const areas = ws.getRanges("B2:B4,D7;F1").load("address, areaCount, cellCount");
    const cf = areas.conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=TRUE";
    cf.custom.format.fill.color = "#FFC7CE";
    const onD7 = ws.getRange("D7").conditionalFormats.getCount();
    const onC3 = ws.getRange("C3").conditionalFormats.getCount();
    const onAll = ws.getRanges("A1,F1").conditionalFormats.getCount();
    await ctx.sync();
    expect(areas.address).toBe("Blad1!B2:B4,Blad1!D7,Blad1!F1");
    expect([areas.areaCount, areas.cellCount]).toEqual([3, 5]);
    expect([onD7.value, onC3.value, onAll.value]).toEqual([1, 0, 1]);
    const ranges = cf.getRanges().load("address");
    await ctx.sync();
    expect(ranges.address).toBe("Blad1!B2:B4,Blad1!D7,Blad1!F1");
    expect(await codeOf((ws.getRanges("B2,nonsense").load("address"), ctx.sync()))).toBe("InvalidArgument");
    const long = Array.from({ length: 1500 }, (_, i) => `A${i * 2 + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    expect(await codeOf((ws.getRanges(long).load("address"), ctx.sync()))).toBe("InvalidArgument");
  });
  expect(sheetOf(fake).conditionalFormats[0].areas).toEqual([
    { row: 1, col: 1, rows: 3, cols: 1 },
    { row: 6, col: 3, rows: 1, cols: 1 },
    { row: 0, col: 5, rows: 1, cols: 1 },
  ]);
});

test("ConditionalFormat.id is the rule's priority: it moves when rules are added or deleted", async () => {
  await withSheet(async (ctx, fake) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    const a = ws.getRange("A1:A5").conditionalFormats.add("Custom");
    a.custom.rule.formula = "=1=1";
    await ctx.sync();
    const b = ws.getRange("A1:A5").conditionalFormats.add("ColorScale");
    b.load("id, priority");
    a.load("id");
    await ctx.sync();
    // a new rule goes to the top: the older one moved down
    expect([b.id, b.priority, a.id]).toEqual(["0", 0, "1"]);
    const all = ws.getRange().conditionalFormats.load("items/id,items/type");
    await ctx.sync();
    expect(all.items.map((c) => [c.id, c.type])).toEqual([
      ["0", "ColorScale"],
      ["1", "Custom"],
    ]);
    // a proxy read earlier points at a position: after rule 0 goes, "1" is beyond the end
    const stale = all.items[1];
    all.items[0].delete();
    await ctx.sync();
    expect(await codeOf((stale.load("type"), ctx.sync()))).toBe("ItemNotFound");
    // …and after a new rule at the top, the stale position names another rule than before
    ws.getRange("B1").conditionalFormats.add("DataBar");
    await ctx.sync();
    const byId = ws.getRange().conditionalFormats.getItem("0").load("type");
    stale.load("type");
    await ctx.sync();
    expect([byId.type, stale.type]).toEqual(["DataBar", "Custom"]);
    stale.delete(); // deleting by a stale id: the Custom rule goes, whatever was meant
    await ctx.sync();
    expect(fake.book.findSheet("Blad1")!.conditionalFormats.map((c) => c.type)).toEqual(["DataBar"]);
  });
});

test("deleting ascending by ids read once fails or hits the wrong rule; descending deletes exactly those", async () => {
  await withSheet(async (ctx, fake) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    for (const f of ["=1=1", "=2=2", "=3=3"])
      ws.getRange("C3").conditionalFormats.add("Custom").custom.rule.formula = f;
    await ctx.sync();
    const list = ws.getRange("C3").conditionalFormats.load("items/id");
    await ctx.sync();
    list.items[0].delete();
    list.items[2].delete(); // after the first delete, position 2 is beyond the end
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    const formulas = () =>
      fake.book
        .findSheet("Blad1")!
        .conditionalFormats.map((c) => (c.settings.custom as { rule: { formula: string } }).rule.formula);
    expect(formulas()).toEqual(["=2=2", "=1=1"]);
    const again = ws.getRange("C3").conditionalFormats.load("items/id");
    await ctx.sync();
    again.items[1].delete();
    again.items[0].delete();
    await ctx.sync();
    expect(formulas()).toEqual([]);
  });
});

test("a custom rule's formula is loaded like any property; custom on another type fails (office-js #2180)", async () => {
  await withSheet(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    const cf = ws.getRange("A1:A3").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=N("VTO-markering fout")=0';
    cf.custom.format.font.bold = true;
    await ctx.sync();
    const rule = cf.custom.rule;
    expect(() => rule.formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    rule.load("formula");
    const font = cf.custom.format.font.load("bold");
    await ctx.sync();
    expect(rule.formula).toBe('=N("VTO-markering fout")=0');
    expect(font.bold).toBe(true);

    const customOnly = ws.getRange().conditionalFormats.load("items/type,items/custom/rule/formula");
    await ctx.sync();
    expect(customOnly.items.map((c) => c.custom.rule.formula)).toEqual(['=N("VTO-markering fout")=0']);

    ws.getRange("B1:B3").conditionalFormats.add("ColorScale");
    await ctx.sync();
    ws.getRange().conditionalFormats.load("items/type,items/custom/rule/formula");
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    const types = ws.getRange().conditionalFormats.load("items/type");
    await ctx.sync();
    const colorScale = types.items.find((c) => c.type === "ColorScale")!;
    colorScale.custom.rule.load("formula");
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
  });
});

test("a rule's formula must be valid Excel; the marker formula is always TRUE", async () => {
  const fake = await withSheet(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    ws.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "=N(";
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });
  const sheet = sheetOf(fake);
  expect(fake.book.constantFormulaValue(sheet, '=N("VTO-markering fout")=0')).toBe(true);
  expect(fake.book.constantFormulaValue(sheet, '=N("VTO-markering waarschuwing")=0')).toBe(true);
  expect(fake.book.constantFormulaValue(sheet, "=1=2")).toBe(false);
});

test("getItemAt counts within the collection; clearing cells takes them out of a multi-area rule", async () => {
  const fake = await withSheet(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    ws.getRanges("A1,C1:C2").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
    ws.getRange("C1").conditionalFormats.add("DataBar");
    await ctx.sync();
    const second = ws.getRange("C1").conditionalFormats.getItemAt(1).load("type");
    await ctx.sync();
    expect(second.type).toBe("Custom");
    ws.getRange("A1").clear("Formats");
    await ctx.sync();
  });
  expect(sheetOf(fake).conditionalFormats.map((c) => [c.type, c.areas.length])).toEqual([
    ["DataBar", 1],
    ["Custom", 1],
  ]);
});

test("rows inserted above move every area of a rule", async () => {
  const fake = await withSheet(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    ws.getRanges("B2,D5:D6").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
    await ctx.sync();
    ws.getRange("1:2").insert("Down");
    await ctx.sync();
  });
  expect(sheetOf(fake).conditionalFormats[0].areas).toEqual([
    { row: 3, col: 1, rows: 1, cols: 1 },
    { row: 6, col: 3, rows: 2, cols: 1 },
  ]);
});
