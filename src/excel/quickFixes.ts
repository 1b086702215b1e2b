/**
 * Quick fixes and other confirmed single-cell changes (causes proposed by the instruments): each
 * written only where the cell still holds what was seen and its row is still the row that was
 * meant (its key unchanged), as a guarded plan; anything else is left as it is and counted out.
 */
import { cellAddress, quoteSheetName, splitSheetAddress } from "../workbook/address";
import { cellInput } from "../workbook/cellText";
import { headerMatches } from "../workbook/lang";
import { packBatches, PlanOp, Scalar, Target } from "../workbook/plan";
import { SPEC_BY_KEY } from "../workbook/specs";
import { parseRect } from "../workbook/address";
import type { LocatedFinding } from "../workbook/findings";
import { numberInText, RuleId } from "../domain/validation";
import { applyPlan } from "./applyPlan";
import type { CheckResult } from "./check";
import type { OwnWrites } from "./live";

export interface RowKey {
  /** The key cell of the row, Sheet!A1. */
  address: string;
  /** What it showed when the change was proposed. */
  value: Scalar;
}

export interface QuickFix {
  address: string;
  /** The value the check saw; the fix applies only if the cell still holds it. */
  expected: unknown;
  replacement: string | number;
  /** The row's key: the fix applies only while it is still in this row. */
  key?: RowKey;
}

const cellTarget = (address: string): Target => {
  const { sheet, local } = splitSheetAddress(address);
  return { sheet: sheet ?? "", rect: parseRect(local)! };
};

/** Applies confirmed fixes to cells that did not change meanwhile. Returns how many were applied. */
export async function applyQuickFixes(context: Excel.RequestContext, fixes: QuickFix[]): Promise<number> {
  const ops: PlanOp[] = fixes.map((f) => ({
    op: "write",
    target: cellTarget(f.address),
    cells: [[typeof f.replacement === "string" ? cellInput(f.replacement) : f.replacement]],
    guard: {
      allowed: [f.expected as Scalar],
      key: f.key ? { target: cellTarget(f.key.address), value: f.key.value } : undefined,
    },
  }));
  // at most FIXES_PER_SYNC cells a round trip: thousands of fixes never hold the pane in one task
  const plan = packBatches(ops).flatMap((batch) =>
    Array.from({ length: Math.ceil(batch.length / FIXES_PER_SYNC) }, (_, i) =>
      batch.slice(i * FIXES_PER_SYNC, (i + 1) * FIXES_PER_SYNC),
    ),
  );
  const applied = await applyPlan(context, plan);
  return ops.length - new Set(applied.breaches.map((b) => b.op)).size;
}

/** Cells fixed per round trip (each a guarded single-cell write). */
export const FIXES_PER_SYNC = 2000;

/** The rules a quick fix exists for. */
export const FIXABLE: ReadonlySet<RuleId> = new Set<RuleId>(["numberAsText", "surroundingSpaces"]);

/** The column that tells a row of each register apart (gaps: the computed key). */
const KEY_COLUMN: Partial<Record<string, string>> = { gaps: "key" };

/** The key cell of a finding's row, as the check read it. */
export function rowKeyOf(result: CheckResult, f: LocatedFinding): RowKey | undefined {
  const meta = result.state.tables.find((t) => t.key === f.table);
  if (!meta) return undefined;
  const spec = SPEC_BY_KEY[meta.key];
  const column = spec.columns.find((c) => c.key === (KEY_COLUMN[meta.key] ?? spec.columns[0].key))!;
  const idx = meta.headers.findIndex((h) => headerMatches(h, column.header));
  const value = result.state.raw[meta.key]?.[f.row]?.[idx];
  if (idx < 0 || value === undefined) return undefined;
  return {
    address: `${quoteSheetName(meta.sheetName)}!${cellAddress(meta.headerRow + 1 + f.row, meta.headerColumn + idx)}`,
    value: value as Scalar,
  };
}

/** The fixes the check offers: numbers stored as text, spaces around IDs. */
export function quickFixesFor(result: CheckResult, findings: LocatedFinding[]): QuickFix[] {
  return findings.flatMap((f): QuickFix[] => {
    const key = rowKeyOf(result, f);
    if (f.rule === "numberAsText" && numberInText(f.value) !== null)
      return [{ address: f.address, expected: f.value, replacement: numberInText(f.value)!, key }];
    if (f.rule === "surroundingSpaces" && typeof f.value === "string")
      return [{ address: f.address, expected: f.value, replacement: f.value.trim(), key }];
    return [];
  });
}

/** Registers the cells the fixes write, so that their echo as Local edits triggers no re-check. */
export function expectEchoes(own: OwnWrites, result: CheckResult, fixes: QuickFix[]): void {
  for (const f of fixes) {
    const { sheet, local } = splitSheetAddress(f.address);
    const meta = result.state.tables.find((m) => m.sheetName === sheet);
    if (meta) own.expect(meta.sheetId, local);
  }
}
