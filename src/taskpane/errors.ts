/** Turns anything thrown into a readable line; Office errors carry a code, never branch on text. */
export function describeError(e: unknown): string {
  if (e && typeof e === "object") {
    const err = e as { code?: unknown; message?: unknown };
    const message = typeof err.message === "string" ? err.message : String(e);
    return typeof err.code === "string" && err.code ? `${message} (${err.code})` : message;
  }
  return String(e);
}

/** The error code of MissingTablesError (src/excel/questions.ts): the analysis tables are not there. */
export const MISSING_TABLES_CODE = "VtoMissingTables";

/**
 * The tables a "missing tables" error names, or null for any other error. Branches on the code,
 * never on the (English) message; the pane turns it into guidance in its own language.
 */
export function missingTablesOf(e: unknown): string[] | null {
  if (!e || typeof e !== "object") return null;
  const err = e as { code?: unknown; tables?: unknown };
  if (err.code !== MISSING_TABLES_CODE) return null;
  return Array.isArray(err.tables) ? err.tables.map(String) : [];
}

type Listener = (message: string, error: unknown) => void;
const listeners = new Set<Listener>();

/** Errors that escaped every handler (window error, unhandled rejection) reach the pane here. */
export const globalErrors = {
  report(e: unknown) {
    const text = describeError(e);
    listeners.forEach((l) => l(text, e));
  },
  subscribe(l: Listener) {
    listeners.add(l);
    return () => void listeners.delete(l);
  },
};

export function installGlobalErrorHandlers(target: Window): void {
  target.addEventListener("error", (ev) => globalErrors.report(ev.error ?? ev.message));
  target.addEventListener("unhandledrejection", (ev) => globalErrors.report(ev.reason));
}
