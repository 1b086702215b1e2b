/** Reads the add-in's tables and the team matrix from a workbook read by SheetJS. */
import * as XLSX from "xlsx";
import { TABLE_SPECS } from "../../src/workbook/specs";

export function reader(wb: XLSX.WorkBook) {
  return {
    table(name: string) {
      const spec = TABLE_SPECS.find((s) => s.name === name)!;
      const sheet = wb.Sheets[spec.sheet.nl];
      const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
        header: 1,
        range: spec.anchor.row,
        defval: "",
      });
      const [headers, ...body] = rows;
      return body
        .filter((r) => r.length)
        .map((r) =>
          Object.fromEntries((headers as string[]).map((h, i) => [h, r[spec.anchor.col + i] ?? ""])),
        );
    },
    matrix(row: number, col: number) {
      const cell = wb.Sheets["Teammatrix"][XLSX.utils.encode_cell({ r: row, c: col })];
      return cell === undefined ? "" : cell.v;
    },
  };
}
