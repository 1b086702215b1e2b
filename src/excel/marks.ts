/**
 * The check panel's marks: conditional formats on the finding cells (never fills or fonts of the
 * cells themselves: the user's own formatting stays exactly as it was).
 *
 * Every mark carries a marker in its rule, `=N("VTO-markering fout")=0` (always TRUE: N of a text is
 * 0), so any pane finds and removes them again without remembering anything; rules without the
 * marker are never changed or deleted. A rule's `id` is only its priority (position), which moves
 * whenever a rule is added or removed, so ids are never kept: each removal reads the rules again
 * and deletes from the lowest priority up, in small batches, each delete guarded in the same
 * request by reads that fail unless the rule there is custom and covers the mark's first area.
 *
 * Adding: finding cells grouped by sheet and severity, merged into rectangles (runs in a column,
 * joined across neighbouring columns) and added as one multi-area rule (RangeAreas, ExcelApi 1.9)
 * per address of at most 2,000 characters, in syncs of at most 1 MB; at most MARK_LIMIT cells a run.
 *
 * Round trips, whatever the number of cells: finding the marks 2 (sheets, rule types) + 1 when
 * there are custom rules (their formulas and areas); removing 1 per 25 marks; adding 1 per MB.
 * 5,000 scattered cells: 15 rules, 3 syncs to add (0.4 MB), 4 to remove. 20,000 (limit raised):
 * 59 rules, 3 syncs to add (0.84 MB), 6 to remove.
 */
import type { Severity } from "../domain/validation";
import { CellRect, parseRect, rectAddress, splitSheetAddress } from "../workbook/address";
import { yieldToUi } from "./readTables";

/** The marker in every rule the add-in leaves. */
export const MARK_TAG = "VTO-markering";
const MARK_TEXT: Record<Severity, string> = {
  error: `${MARK_TAG} fout`,
  warning: `${MARK_TAG} waarschuwing`,
};

/** The rule of a mark: TRUE in every cell, and recognisable. English function names, as the API wants. */
export const markFormula = (severity: Severity) => `=N("${MARK_TEXT[severity]}")=0`;

/** True for a rule formula the add-in wrote (either severity, however Excel spells the rest). */
export const isMarkFormula = (formula: unknown): boolean =>
  typeof formula === "string" && formula.includes(`"${MARK_TAG}`);

/** The severity a marked rule stands for (null: not ours). */
export function markSeverity(formula: unknown): Severity | null {
  if (!isMarkFormula(formula)) return null;
  return (formula as string).includes(`"${MARK_TEXT.error}"`) ? "error" : "warning";
}

/**
 * Explicit fill and font colour (so automatic text colour in a dark theme never lands on a light
 * fill): Excel's own "light red fill with dark red text" for errors, bold with a border as well,
 * so errors differ from warnings without relying on colour; a light yellow for warnings.
 * Contrast text/fill 5.9:1 and 6.6:1.
 */
export const MARK_STYLE: Record<
  Severity,
  { fill: string; font: string; bold: boolean; border: string | null }
> = {
  error: { fill: "#FFC7CE", font: "#9C0006", bold: true, border: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#7A4500", bold: false, border: null },
};

/** Cells marked per run at most (errors first). */
export const MARK_LIMIT = 5000;
/** Address of one rule (getRanges failed on some addresses of about 8,000 characters: office-js #5198). */
export const MAX_ADDRESS_CHARS = 2000;
/** Request bytes per sync while adding, as the in-memory Excel counts them: far below the 4 MB we allow. */
export const MARK_SYNC_BYTES = 1024 * 1024;
/** Rules deleted per sync. */
const DELETE_BATCH = 25;
/** Custom rules whose formula is read per sync. */
const READ_BATCH = 2000;
/** Rounds of read-and-delete before giving up on marks that keep failing. */
const MAX_ROUNDS = 4;

export interface MarkTarget {
  /** Sheet!A1 */
  address: string;
  severity: Severity;
}

export interface MarkRule {
  sheet: string;
  severity: Severity;
  /** Local areas, comma-separated ("F4:F9,H12"). */
  address: string;
  areas: number;
  cells: number;
  /** Request bytes its operations take, estimated from above. */
  bytes: number;
}

export interface MarkPlan {
  rules: MarkRule[];
  /** The rules per sync. */
  syncs: MarkRule[][];
  marked: number;
  errors: number;
  warnings: number;
  /** Cells left unmarked: over the limit, or on a sheet that is not there. */
  notMarked: number;
  limit: number;
}

export interface MarkResult {
  marked: number;
  errors: number;
  warnings: number;
  notMarked: number;
  limit: number;
  /** Rules added. */
  rules: number;
  /** Earlier marks removed first. */
  removed: number;
  /** Earlier marks that could not be removed. */
  remaining: number;
}

export interface RemoveResult {
  /** Rules removed. */
  removed: number;
  /** Marks that kept failing to be removed. */
  remaining: number;
  /**
   * Rules without our marker that were deleted because the rules moved between reading and deleting
   * (a rule added or deleted by someone else during that one round trip); 0 in every test so far.
   */
  foreign: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1 };

interface Cell {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
}

/**
 * Pure: which rules, with which addresses, in which syncs. `sheets` are the workbook's sheet names
 * (cells elsewhere are not marked); without it every sheet is taken to exist.
 */
export function planMarks(
  targets: MarkTarget[],
  options: { limit?: number; sheets?: string[]; maxAddressChars?: number; syncBytes?: number } = {},
): MarkPlan {
  const limit = options.limit ?? MARK_LIMIT;
  const maxChars = options.maxAddressChars ?? MAX_ADDRESS_CHARS;
  const budget = options.syncBytes ?? MARK_SYNC_BYTES;
  const spelling = options.sheets ? new Map(options.sheets.map((s) => [s.toLowerCase(), s])) : null;

  // one entry per cell, the most severe finding wins
  const cells = new Map<string, Cell>();
  let unknown = 0;
  for (const t of targets) {
    const { sheet, local } = splitSheetAddress(t.address);
    const rect = parseRect(local);
    const name = sheet === null ? undefined : spelling ? spelling.get(sheet.toLowerCase()) : sheet;
    if (!rect || name === undefined) {
      unknown += rect ? rect.rows * rect.cols : 1;
      continue;
    }
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const key = `${name.toLowerCase()}!${r}!${c}`;
        const seen = cells.get(key);
        if (!seen || SEVERITY_RANK[t.severity] < SEVERITY_RANK[seen.severity])
          cells.set(key, { sheet: name, row: r, col: c, severity: t.severity });
      }
    }
  }
  const ordered = [...cells.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const chosen = ordered.slice(0, Math.max(0, limit));

  // per sheet and severity: runs in a column, then runs with the same rows in neighbouring columns
  const groups = new Map<string, { sheet: string; severity: Severity; cols: Map<number, number[]> }>();
  for (const c of chosen) {
    const key = `${c.sheet}\u0000${c.severity}`;
    const g = groups.get(key) ?? { sheet: c.sheet, severity: c.severity, cols: new Map<number, number[]>() };
    const rows = g.cols.get(c.col) ?? [];
    rows.push(c.row);
    g.cols.set(c.col, rows);
    groups.set(key, g);
  }
  const rules: MarkRule[] = [];
  for (const g of groups.values()) {
    const rects = rectanglesOf(g.cols);
    let parts: string[] = [];
    let length = 0;
    let cellCount = 0;
    const flush = () => {
      if (!parts.length) return;
      const address = parts.join(",");
      rules.push({
        sheet: g.sheet,
        severity: g.severity,
        address,
        areas: parts.length,
        cells: cellCount,
        bytes: ruleBytes(g.sheet, address, g.severity),
      });
      parts = [];
      length = 0;
      cellCount = 0;
    };
    for (const r of rects) {
      const a = rectAddress(r);
      if (parts.length && length + 1 + a.length > maxChars) flush();
      length += (parts.length ? 1 : 0) + a.length;
      parts.push(a);
      cellCount += r.rows * r.cols;
    }
    flush();
  }
  // errors first: if a later sync fails, the errors are already marked
  rules.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);

  const syncs: MarkRule[][] = [];
  let bytes = 0;
  for (const rule of rules) {
    if (!syncs.length || (bytes + rule.bytes > budget && syncs[syncs.length - 1].length)) {
      syncs.push([]);
      bytes = 0;
    }
    syncs[syncs.length - 1].push(rule);
    bytes += rule.bytes;
  }
  const errors = chosen.filter((c) => c.severity === "error").length;
  return {
    rules,
    syncs,
    marked: chosen.length,
    errors,
    warnings: chosen.length - errors,
    notMarked: unknown + ordered.length - chosen.length,
    limit,
  };
}

/** Rectangles covering exactly the given cells: column runs, joined across columns with equal rows. */
function rectanglesOf(cols: Map<number, number[]>): CellRect[] {
  const done: CellRect[] = [];
  let open = new Map<string, CellRect>();
  for (const col of [...cols.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(cols.get(col))].sort((a, b) => a - b);
    const next = new Map<string, CellRect>();
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      const key = `${rows[i]}:${j - i + 1}`;
      const prev = open.get(key);
      if (prev && prev.col + prev.cols === col) {
        prev.cols += 1;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { row: rows[i], col, rows: j - i + 1, cols: 1 });
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Request bytes of one rule's operations, from above: every operation names the object it acts
 * on, and that path holds the sheet and the address (counted 3 bytes a character for the sheet).
 */
function ruleBytes(sheet: string, address: string, severity: Severity): number {
  const style = MARK_STYLE[severity];
  const ops = 4 + (style.bold ? 1 : 0) + (style.border ? 8 : 0); // add, formula, fill, font colour
  return ops * (address.length + 3 * sheet.length + 160) + 64;
}

// ---- reading the marks ------------------------------------------------------------------------

interface Found {
  sheet: string;
  priority: number;
  cf: Excel.ConditionalFormat;
  /** The first area the rule applies to ("F4:F9"), as read. */
  firstArea: string | null;
}

interface Scan {
  sheets: string[];
  ours: Found[];
}

/** Excel errors about one rule (gone, of another type, unreadable); anything else is rethrown. */
const ruleError = (e: unknown) =>
  ["ItemNotFound", "InvalidOperation", "GeneralException", "InvalidArgument", "InvalidReference"].includes(
    (e as { code?: string })?.code ?? "",
  );

/** Every rule of every sheet, then the formulas of the custom ones: 2 syncs, 3 with custom rules. */
async function scan(context: Excel.RequestContext): Promise<Scan> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const lists = sheets.items.map((ws) => ({
    sheet: ws.name,
    cfs: ws.getRange().conditionalFormats.load("items/type,items/priority"),
  }));
  await context.sync();
  // loading custom/rule/formula of a color scale fails the whole request (office-js #2180):
  // only custom rules are asked for their formula
  const custom: Found[] = lists.flatMap(({ sheet, cfs }) =>
    cfs.items
      .filter((cf) => cf.type === "Custom")
      .map((cf) => ({ sheet, priority: cf.priority, cf, firstArea: null })),
  );
  const read: (RuleRead | null)[] = [];
  for (let i = 0; i < custom.length; i += READ_BATCH) {
    read.push(...(await readRules(context, custom.slice(i, i + READ_BATCH))));
  }
  const ours = custom.flatMap((f, i) => {
    const r = read[i];
    return r && isMarkFormula(r.formula) ? [{ ...f, firstArea: firstAreaOf(r.address) }] : [];
  });
  return { sheets: lists.map((l) => l.sheet), ours };
}

interface RuleRead {
  formula: string;
  address: string;
}

/**
 * Formula and areas of custom rules, in one sync; should Excel refuse to read some rule, halves
 * are read apart and a rule that cannot be read counts as not ours.
 */
async function readRules(context: Excel.RequestContext, items: Found[]): Promise<(RuleRead | null)[]> {
  const loads = items.map((f) => ({
    rule: f.cf.custom.rule.load("formula"),
    ranges: f.cf.getRanges().load("address"),
  }));
  try {
    await context.sync();
    return loads.map(({ rule, ranges }) => ({ formula: rule.formula, address: ranges.address }));
  } catch (e) {
    if (!ruleError(e)) throw e;
    if (items.length === 1) return [null];
    const half = Math.ceil(items.length / 2);
    return [
      ...(await readRules(context, items.slice(0, half))),
      ...(await readRules(context, items.slice(half))),
    ];
  }
}

/** "Blad1!F4:F9,Blad1!H2" → "F4:F9" */
function firstAreaOf(address: string): string | null {
  const first = address.split(",")[0]?.trim();
  if (!first) return null;
  const { local } = splitSheetAddress(first);
  return parseRect(local) ? local : null;
}

/** How many marks (rules) the workbook holds: 2–3 syncs, reads only. */
export async function countMarks(context: Excel.RequestContext): Promise<number> {
  return (await scan(context)).ours.length;
}

// ---- removing ---------------------------------------------------------------------------------

/**
 * Deletes the marks found, lowest priority first (deleting a rule moves only the rules below it),
 * in batches. Each delete is preceded in the same request by reads of the rule at that position:
 * its custom formula (fails for any other type) and where it meets the mark's first area (fails
 * when it does not cover it). If rules moved since the scan and another rule now sits there, the
 * request stops before deleting it, and the marks are read again.
 */
async function deleteFound(
  context: Excel.RequestContext,
  ours: Found[],
): Promise<{ removed: number; foreign: number; failed: boolean }> {
  const ordered = [...ours].sort((a, b) =>
    a.sheet === b.sheet ? b.priority - a.priority : a.sheet < b.sheet ? -1 : 1,
  );
  let removed = 0;
  let foreign = 0;
  for (let i = 0; i < ordered.length; i += DELETE_BATCH) {
    const batch = ordered.slice(i, i + DELETE_BATCH);
    const seen = batch.map((f) => {
      const rule = f.cf.custom.rule.load("formula");
      if (f.firstArea) f.cf.getRanges().getIntersection(f.firstArea).load("cellCount");
      f.cf.delete();
      return rule;
    });
    try {
      await context.sync();
    } catch (e) {
      if (!ruleError(e)) throw e;
      // part of the batch may be gone: the caller reads again
      return { removed, foreign, failed: true };
    }
    removed += batch.length;
    foreign += seen.filter((r) => !isMarkFormula(r.formula)).length;
  }
  return { removed, foreign, failed: false };
}

/** Reads and deletes until no mark is left or rounds run out. */
async function removeFrom(
  context: Excel.RequestContext,
  first: Scan,
): Promise<RemoveResult & { scan: Scan }> {
  let current = first;
  let removed = 0;
  let foreign = 0;
  for (let round = 0; current.ours.length; round++) {
    if (round === MAX_ROUNDS) return { removed, remaining: current.ours.length, foreign, scan: current };
    const r = await deleteFound(context, current.ours);
    removed += r.removed;
    foreign += r.foreign;
    if (!r.failed) return { removed, remaining: 0, foreign, scan: { ...current, ours: [] } };
    // a rule vanished or moved meanwhile: read again, carry on with what is left
    await yieldToUi();
    current = await scan(context);
  }
  return { removed, remaining: 0, foreign, scan: current };
}

/**
 * Removes every mark of the add-in from every sheet, whoever placed it and whenever; other rules
 * stay exactly as they are. Syncs: 2–3 to find them, 1 per 25 marks; again after a failure.
 */
export async function removeMarks(context: Excel.RequestContext): Promise<RemoveResult> {
  const { removed, remaining, foreign } = await removeFrom(context, await scan(context));
  return { removed, remaining, foreign };
}

// ---- adding -----------------------------------------------------------------------------------

async function replace(
  context: Excel.RequestContext,
  first: Scan,
  targets: MarkTarget[],
  options: { limit?: number },
): Promise<MarkResult> {
  const removal = await removeFrom(context, first);
  const plan = planMarks(targets, { limit: options.limit, sheets: removal.scan.sheets });
  for (const [i, rules] of plan.syncs.entries()) {
    for (const rule of rules) {
      const cf = context.workbook.worksheets
        .getItem(rule.sheet)
        .getRanges(rule.address)
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      const style = MARK_STYLE[rule.severity];
      cf.custom.rule.formula = markFormula(rule.severity);
      const format = cf.custom.format;
      format.fill.color = style.fill;
      format.font.color = style.font;
      if (style.bold) format.font.bold = true;
      if (style.border) {
        const b = format.borders;
        for (const edge of [b.top, b.bottom, b.left, b.right]) {
          edge.style = "Continuous" as Excel.ConditionalRangeBorderLineStyle;
          edge.color = style.border;
        }
      }
    }
    await context.sync();
    if (i < plan.syncs.length - 1) await yieldToUi();
  }
  return {
    marked: plan.marked,
    errors: plan.errors,
    warnings: plan.warnings,
    notMarked: plan.notMarked,
    limit: plan.limit,
    rules: plan.rules.length,
    removed: removal.removed,
    remaining: removal.remaining,
  };
}

/**
 * Marks the cells of these findings, replacing the add-in's earlier marks (so a retry or a second
 * pane converges to the same marks). At most `limit` cells, errors first.
 */
export async function addMarks(
  context: Excel.RequestContext,
  targets: MarkTarget[],
  options: { limit?: number } = {},
): Promise<MarkResult> {
  return replace(context, await scan(context), targets, options);
}

/**
 * After a check: when the workbook holds marks, they are replaced by marks for these findings
 * (corrected cells lose theirs); otherwise nothing is written and null is returned.
 */
export async function refreshMarks(
  context: Excel.RequestContext,
  targets: MarkTarget[],
  options: { limit?: number } = {},
): Promise<MarkResult | null> {
  const found = await scan(context);
  if (!found.ours.length) return null;
  return replace(context, found, targets, options);
}
