/** Turns anything thrown into a readable line; Office errors carry a code, never branch on text. */
export function describeError(e: unknown): string {
  if (e && typeof e === "object") {
    const err = e as { code?: unknown; message?: unknown };
    const message = typeof err.message === "string" ? err.message : String(e);
    return typeof err.code === "string" && err.code ? `${message} (${err.code})` : message;
  }
  return String(e);
}

type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/** Errors that escaped every handler (window error, unhandled rejection) reach the pane here. */
export const globalErrors = {
  report(e: unknown) {
    const text = describeError(e);
    listeners.forEach((l) => l(text));
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
