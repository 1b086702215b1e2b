/**
 * Reads cell contents (formulas) for planning: areas of sheets and columns of tables, cut into
 * pieces and packed into syncs whose responses stay far below Excel on the web's 5 MB limit. A
 * response that turns out larger than estimated (long user formulas) is read again in halves.
 * Reads only.
 */
import type { CellRect } from "../workbook/address";
import { rangeOf } from "./applyPlan";
import type { Scalar, Target } from "../workbook/plan";
import { subTarget } from "../workbook/plan";
import { yieldToUi } from "./readTables";

export const READ_BUDGET = 3 * 1024 * 1024;

export interface AreaRead {
  target: Target;
  rows: number;
  cols: number;
  /** Estimated response bytes per cell. */
  cellBytes: number;
  /** What to read (formulas by default). */
  prop?: "formulas" | "values";
  /** Receives each piece as it arrives (offset in rows from the area's top). */
  onRows: (offset: number, formulas: Scalar[][]) => void;
}

interface Piece {
  read: AreaRead;
  offset: number;
  rows: number;
}

export async function readAreas(
  context: Excel.RequestContext,
  reads: AreaRead[],
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let pieces: Piece[] = [];
  for (const read of reads) {
    if (read.rows <= 0 || read.cols <= 0) continue;
    const perRow = Math.max(1, read.cols * read.cellBytes);
    const chunk = Math.max(1, Math.floor(READ_BUDGET / perRow));
    for (let offset = 0; offset < read.rows; offset += chunk)
      pieces.push({ read, offset, rows: Math.min(chunk, read.rows - offset) });
  }
  const total = pieces.reduce((n, p) => n + p.rows, 0);
  let done = 0;
  let syncs = 0;
  while (pieces.length) {
    const batch: { piece: Piece; range: Excel.Range }[] = [];
    let bytes = 0;
    while (pieces.length) {
      const p = pieces[0];
      const size = p.rows * p.read.cols * p.read.cellBytes;
      if (batch.length && bytes + size > READ_BUDGET) break;
      pieces.shift();
      bytes += size;
      batch.push({ piece: p, range: rangeOf(context.workbook, sliceOf(p)).load(p.read.prop ?? "formulas") });
    }
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== "ResponsePayloadSizeLimitExceeded" || batch.every((b) => b.piece.rows === 1)) throw e;
      // longer formulas than estimated: the same pieces again, halved
      syncs++;
      pieces = [
        ...batch.flatMap(({ piece }) =>
          piece.rows === 1
            ? [piece]
            : [
                { ...piece, rows: Math.ceil(piece.rows / 2) },
                {
                  ...piece,
                  offset: piece.offset + Math.ceil(piece.rows / 2),
                  rows: Math.floor(piece.rows / 2),
                },
              ],
        ),
        ...pieces,
      ];
      continue;
    }
    for (const { piece, range } of batch) {
      piece.read.onRows(piece.offset, (p_(piece) === "values" ? range.values : range.formulas) as Scalar[][]);
      done += piece.rows;
    }
    onProgress?.(done, total);
    await yieldToUi();
  }
  return syncs;
}

const p_ = (piece: Piece) => piece.read.prop ?? "formulas";

function sliceOf(p: Piece): Target {
  const t = p.read.target;
  if ("sheet" in t) {
    const rect: CellRect = { ...t.rect, row: t.rect.row + p.offset, rows: p.rows };
    return { sheet: t.sheet, rect };
  }
  return subTarget(t, p.offset, p.rows);
}
