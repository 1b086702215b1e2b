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
 * The pane never freezes: operations are async and yield between chunks.
 */
export function useOperation<T>() {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missingTables, setMissingTables] = useState<string[] | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const last = useRef<((report: ReportProgress) => Promise<T>) | null>(null);

  const run = useCallback(async (op: (report: ReportProgress) => Promise<T>) => {
    last.current = op;
    setBusy(true);
    setError(null);
    setMissingTables(null);
    setResult(null);
    setProgress(null);
    try {
      const value = await op((p) => setProgress(p));
      setResult(value);
      return value;
    } catch (e) {
      const missing = missingTablesOf(e);
      if (missing) setMissingTables(missing);
      else setError(describeError(e));
      return null;
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, []);

  const retry = useCallback(() => (last.current ? run(last.current) : Promise.resolve(null)), [run]);
  const dismiss = useCallback(() => setError(null), []);

  return { busy, progress, error, missingTables, result, run, retry, dismiss };
}
