/**
 * The self-test's hidden entry: the task pane URL with `?selftest=1` (e.g. SourceLocation
 * `taskpane.html?selftest=1` in a local copy of manifest.xml) or Ctrl+Alt+Shift+T in the pane shows
 * the self-test instead of the normal navigation. Its code loads only then.
 */
import React, { Suspense, lazy, useEffect, useState } from "react";
import { Loading } from "../taskpane/Loading";
import { ErrorBoundary } from "../taskpane/ErrorBoundary";
import { useI18n } from "../taskpane/i18n";

const SelfTestPanel = lazy(() => import("./SelfTestPanel").then((m) => ({ default: m.SelfTestPanel })));

/** True for a query string that asks for the self-test (`?selftest=1`). */
export function wantsSelfTest(search: string): boolean {
  return new URLSearchParams(search).get("selftest") === "1";
}

/** Ctrl+Alt+Shift+T (Control+Option+Shift+T on a Mac), by key position so any layout works. */
export function isSelfTestShortcut(
  e: Pick<KeyboardEvent, "ctrlKey" | "altKey" | "shiftKey" | "code">,
): boolean {
  return e.ctrlKey && e.altKey && e.shiftKey && e.code === "KeyT";
}

export function SelfTestGate({ children }: { children: React.ReactNode }) {
  const { t } = useI18n();
  const [on, setOn] = useState(() => typeof window !== "undefined" && wantsSelfTest(window.location.search));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSelfTestShortcut(e)) return;
      e.preventDefault();
      setOn(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  if (!on) return <>{children}</>;
  return (
    <ErrorBoundary t={t}>
      <Suspense fallback={<Loading label={t("loading")} />}>
        <SelfTestPanel onClose={() => setOn(false)} />
      </Suspense>
    </ErrorBoundary>
  );
}
