/** The pane's light list of sheets agrees with the specs it stands in for. */
import { ANALYSIS_SHEET_COUNT, TABLE_SHEETS } from "../../src/workbook/sheetNames";
import { TABLE_SPECS } from "../../src/workbook/specs";

test("every table's sheet, in both languages, as the specs say; and the number of analysis sheets", () => {
  expect(TABLE_SHEETS).toEqual(Object.fromEntries(TABLE_SPECS.map((s) => [s.name, s.sheet])));
  expect(ANALYSIS_SHEET_COUNT).toBe(
    new Set(TABLE_SPECS.filter((s) => !s.instrument).map((s) => s.sheet.nl)).size + 1,
  );
});
