import { useEffect } from "react";
import type { Edit } from "../excel/check";
import { watchLocalEdits } from "../excel/live";
import { runExcel, runExcelWith } from "../excel/run";

/** Pause after the user's last edit before a view reads the workbook again. */
export const LIVE_DELAY_MS = 800;

/**
 * Calls `refresh` with the user's own edits in the workbook (source Local, after a pause);
 * co-authors' edits are left alone. `watchKey` null: nothing to watch yet; a new key
 * watches again (sheets that appeared since are heard then). Hosts without events keep the
 * view's own refresh button.
 */
export function useLiveRefresh(watchKey: string | null, refresh: (edits: Edit[]) => void): void {
  useEffect(() => {
    if (watchKey === null) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    watchLocalEdits({ run: runExcel, runWith: runExcelWith }, refresh, LIVE_DELAY_MS)
      .then((s) => {
        if (cancelled) void s().catch(() => undefined);
        else stop = s;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (stop) void stop().catch(() => undefined);
    };
  }, [watchKey, refresh]);
}
