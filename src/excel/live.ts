import type { Edit } from "./check";
import { parseRect } from "../workbook/address";

/**
 * Watches the workbook for the user's own edits (source Local) and calls back after a pause.
 * Co-authors' edits (source Remote) are ignored: every co-author's add-in hears them, and
 * reacting would multiply writes. Returns a function that stops watching.
 */
export async function watchLocalEdits(
  excel: {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    runWith<T>(
      object: { context: OfficeExtension.ClientRequestContext },
      batch: (context: Excel.RequestContext) => Promise<T>,
    ): Promise<T>;
  },
  onEdit: (edits: Edit[]) => void,
  delayMs: number,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let edits: Edit[] = [];
  const handler = await excel.run(async (context) => {
    const h = context.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
      if (e.source !== "Local") return;
      edits.push({ worksheetId: e.worksheetId, address: e.address });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const batch = edits;
        edits = [];
        onEdit(batch);
      }, delayMs);
    });
    await context.sync();
    return h;
  });
  return async () => {
    if (timer) clearTimeout(timer);
    // the handler belongs to the context that added it: continue that one to remove it
    await excel.runWith(handler, async (context) => {
      handler.remove();
      await context.sync();
    });
  };
}

/**
 * The echoes of the add-in's own writes: Excel reports them as Local edits too (one edit may
 * name several cells, "F4,F5" or "F4:F5"). A view that re-checks after the user's edits
 * registers each cell it writes; an edit made only of registered cells is then the echo and is
 * dropped, each cell absorbing one edit (a later edit of the same cell is the user's).
 */
export class OwnWrites {
  private readonly pending = new Map<string, number>();

  expect(worksheetId: string, address: string): void {
    for (const k of cellKeys(worksheetId, address) ?? []) this.pending.set(k, (this.pending.get(k) ?? 0) + 1);
  }

  /** The edits that are not echoes of our writes. */
  others(edits: Edit[]): Edit[] {
    return edits.filter((e) => {
      const keys = cellKeys(e.worksheetId, e.address);
      const echo = keys !== null && keys.every((k) => this.pending.has(k));
      for (const k of keys ?? []) {
        const n = this.pending.get(k) ?? 0;
        if (n > 1) this.pending.set(k, n - 1);
        else this.pending.delete(k);
      }
      return !echo;
    });
  }

  clear(): void {
    this.pending.clear();
  }
}

/** Every cell an address names (null when it is not a plain address or names too many cells). */
function cellKeys(worksheetId: string, address: string): string[] | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const keys: string[] = [];
  for (const area of local.split(",")) {
    const rect = parseRect(area.trim());
    if (!rect || rect.rows * rect.cols > 10_000 - keys.length) return null;
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++) keys.push(`${worksheetId}|${rect.row + r}|${rect.col + c}`);
  }
  return keys;
}
