/**
 * Puts the add-in's formula back into the cells of a computed column where a user typed a value
 * or a formula of their own — only after the user confirmed, only into cells that still hold what
 * was read (a guarded plan), and never into other columns.
 */
import { sameFormula } from "../workbook/formulaText";
import { headerMatches, LANGUAGE_NAME, WbLang } from "../workbook/lang";
import { packBatches, PlanOp, Scalar } from "../workbook/plan";
import { FormulaBuilder, refersAbove, rowFormula, TABLE_SPECS, TableKey } from "../workbook/specs";
import { applyPlan } from "./applyPlan";
import { MissingTablesError } from "./questions";
import { readAreas } from "./readAreas";

export interface Restored {
  restored: number;
  /** Cells that changed between the read and the write: left as they were. */
  changedMeanwhile: string[];
}

export async function restoreComputed(
  context: Excel.RequestContext,
  tableName: string,
  column: string,
): Promise<Restored> {
  const spec = TABLE_SPECS.find((s) => s.name.toLowerCase() === tableName.toLowerCase());
  const col = spec?.columns.find((c) => c.formula && headerMatches(column, c.header));
  if (!spec || !col) throw new MissingTablesError([tableName]);
  const table = context.workbook.tables.getItemOrNullObject(spec.name);
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("rowCount");
  const langName = context.workbook.names.getItemOrNullObject(LANGUAGE_NAME).load("value");
  await context.sync();
  if (table.isNullObject) throw new MissingTablesError([spec.name]);
  const lang: WbLang = !langName.isNullObject && String(langName.value) === "en" ? "en" : "nl";
  const headers = header.values[0].map(String);
  const h = headers.find((x) => headerMatches(x, col.header));
  if (!h) throw new MissingTablesError([spec.name]);
  const formula = col.formula!(new FormulaBuilder(lang));
  const columnOf = (_key: TableKey, key: string) => {
    const text = spec.columns.find((c) => c.key === key)!.header;
    return header.columnIndex + headers.findIndex((x) => headerMatches(x, text));
  };
  const expected = (r: number) =>
    refersAbove(formula) ? rowFormula(formula, r, header.rowIndex, columnOf) : formula;
  const ops: PlanOp[] = [];
  await readAreas(context, [
    {
      target: { table: spec.name, column: h },
      rows: body.rowCount,
      cols: 1,
      cellBytes: Math.ceil(formula.length * 1.3) + 24,
      onRows: (offset, formulas) =>
        formulas.forEach((row, i) => {
          const r = offset + i;
          const held = row[0] as Scalar;
          if (sameFormula(held, expected(r), spec.name)) return;
          ops.push({
            op: "write",
            target: { table: spec.name, column: h, bodyRow: r, rows: 1 },
            cells: [[expected(r)]],
            guard: { allowed: [held] },
          });
        }),
    },
  ]);
  const applied = await applyPlan(context, packBatches(ops));
  return {
    restored: ops.length - applied.breaches.length,
    changedMeanwhile: applied.breaches.map((b) => b.address),
  };
}
