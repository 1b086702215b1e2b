import { useCallback, useRef, useState } from "react";
import { describeError, missingTablesOf } from "./errors";

export interface Progress {
  done: number;
  total: number;
}

export type ReportProgress = (p: Progress) => void;

/**
 * Runs one workbook operation at a time: busy flag, progress, a readable error and retry. When the
 * analysis tables are missing there is no error but `missingTables` (guidance, see OperationStatus).
 * The pane never freezes: operations are async and yield between chunks. With `keepResult` a
 * running operation keeps the previous result on screen (a view that refreshes after edits).
 */
export function useOperation<T>(options: { keepResult?: boolean } = {}) {
  const keep = options.keepResult ?? false;
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missingTables, setMissingTables] = useState<string[] | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const last = useRef<((report: ReportProgress) => Promise<T>) | null>(null);

  const latest = useRef(0);

  const run = useCallback(
    async (op: (report: ReportProgress) => Promise<T>) => {
      last.current = op;
      // when runs overlap (a refresh after an edit while another is under way), only the latest
      // one's outcome is shown: an earlier read that finishes later never overwrites a newer one
      const mine = ++latest.current;
      const current = () => mine === latest.current;
      setBusy(true);
      setError(null);
      setMissingTables(null);
      // a view that refreshes itself keeps showing what it had until the new one is there
      if (!keep) setResult(null);
      setProgress(null);
      try {
        const value = await op((p) => current() && setProgress(p));
        if (current()) setResult(value);
        return value;
      } catch (e) {
        if (!current()) return null;
        if (keep) setResult(null);
        const missing = missingTablesOf(e);
        if (missing) setMissingTables(missing);
        else setError(describeError(e));
        return null;
      } finally {
        if (current()) {
          setBusy(false);
          setProgress(null);
        }
      }
    },
    [keep],
  );

  const retry = useCallback(() => (last.current ? run(last.current) : Promise.resolve(null)), [run]);
  const dismiss = useCallback(() => setError(null), []);

  return { busy, progress, error, missingTables, result, run, retry, dismiss };
}
