/**
 * Highlighting finding cells with conditional formats (never by changing fills: the user's own
 * formatting stays exactly as it was), and removing exactly those marks again.
 * Round trips: adding 1, removing 3 — whatever the number of cells.
 */
import { splitSheetAddress } from "../workbook/address";

export const MARK_FILL = "#FFD54F";

export interface Mark {
  address: string;
  id: string;
}

/** "'My sheet'!F5" → sheet and local address; our findings always carry a sheet. */
const split = (address: string) => {
  const { sheet, local } = splitSheetAddress(address);
  return { sheet: sheet ?? "", local };
};

export async function addMarks(context: Excel.RequestContext, addresses: string[]): Promise<Mark[]> {
  const created = [...new Set(addresses)].map((address) => {
    const { sheet, local } = split(address);
    const cf = context.workbook.worksheets
      .getItem(sheet)
      .getRange(local)
      .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = "=TRUE";
    cf.custom.format.fill.color = MARK_FILL;
    cf.load("id");
    return { address, cf };
  });
  await context.sync();
  return created.map(({ address, cf }) => ({ address, id: cf.id }));
}

/** Removes our marks; marks the user already deleted are skipped. Returns how many were removed. */
export async function removeMarks(context: Excel.RequestContext, marks: Mark[]): Promise<number> {
  const lists = marks.map((m) => {
    const { sheet, local } = split(m.address);
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    return { m, ws, local };
  });
  await context.sync();
  const loaded = lists
    .filter((l) => !l.ws.isNullObject)
    .map((l) => ({ ...l, cfs: l.ws.getRange(l.local).conditionalFormats.load("items/id") }));
  await context.sync();
  let removed = 0;
  for (const l of loaded) {
    for (const cf of l.cfs.items) {
      if (cf.id === l.m.id) {
        cf.delete();
        removed++;
      }
    }
  }
  await context.sync();
  return removed;
}
