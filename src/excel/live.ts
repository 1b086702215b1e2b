import type { Edit } from "./check";

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
