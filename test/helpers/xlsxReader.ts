/** Reads the add-in's tables and the team matrix from a workbook read by SheetJS. */
import * as XLSX from "xlsx";
import type { WbLang } from "../../src/workbook/lang";
import { TABLE_SPECS } from "../../src/workbook/specs";

/** `lang`: the workbook's language (its sheet names and headers). */
export function reader(wb: XLSX.WorkBook, lang: WbLang = "nl") {
  return {
    table(name: string) {
      const spec = TABLE_SPECS.find((s) => s.name === name)!;
      const sheet = wb.Sheets[spec.sheet[lang]];
      const at = (r: number, c: number) =>
        sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      const columns = spec.columns.map((_, i) => spec.anchor.col + i);
      const headers = columns.map((c) => String(at(spec.anchor.row, c)?.v ?? ""));
      // the table's rows: down from the header while a cell of its columns exists (a formula that
      // gives "" is a cell; a table beside it on the same sheet may be longer or shorter)
      const body: Record<string, unknown>[] = [];
      for (let r = spec.anchor.row + 1; columns.some((c) => at(r, c) !== undefined); r++)
        body.push(Object.fromEntries(headers.map((h, i) => [h, at(r, columns[i])?.v ?? ""])));
      return body;
    },
    matrix(row: number, col: number) {
      const cell = wb.Sheets["Teammatrix"][XLSX.utils.encode_cell({ r: row, c: col })];
      return cell === undefined ? "" : cell.v;
    },
  };
}
