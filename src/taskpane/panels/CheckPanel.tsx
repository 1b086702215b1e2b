import React, { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { Severity } from "../../domain/validation";
import { CheckResult, Edit, recheckRows, runCheck, selectCell } from "../../excel/check";
import {
  addMarks,
  countMarks,
  MARK_STYLE,
  MarkResult,
  refreshMarks,
  removeMarks,
  RemoveResult,
} from "../../excel/marks";
import { applyQuickFixes, quickFixesFor } from "../../excel/quickFixes";
import { watchLocalEdits } from "../../excel/live";
import { runExcel, runExcelWith } from "../../excel/run";
import type { LocatedFinding } from "../../workbook/findings";
import { Translate, useI18n } from "../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { MissingTablesNotice } from "../MissingTablesNotice";
import { OperationStatus } from "../OperationStatus";
import { useOperation } from "../useOperation";

const PER_GROUP = 50;
const LIVE_DELAY_MS = 800;

interface Note {
  text: string;
  intent: "success" | "warning";
}

function markedNote(t: Translate, r: MarkResult): Note {
  const parts = [
    r.rules === 0 && r.notMarked === 0
      ? t("checkMarksNone")
      : t("checkMarked", { count: r.marked, errors: r.errors, warnings: r.warnings }),
    r.notMarked ? t("checkMarkedCapped", { count: r.notMarked, limit: r.limit }) : "",
    r.remaining ? t("checkMarksLeft", { count: r.remaining }) : "",
  ];
  return {
    text: parts.filter(Boolean).join(" "),
    intent: r.notMarked || r.remaining ? "warning" : "success",
  };
}

function removedNote(t: Translate, r: RemoveResult): Note {
  const parts = [
    t("checkMarksRemoved", { count: r.removed }),
    r.remaining ? t("checkMarksLeft", { count: r.remaining }) : "",
    r.foreign ? t("checkMarksForeign", { count: r.foreign }) : "",
  ];
  return { text: parts.filter(Boolean).join(" "), intent: r.remaining || r.foreign ? "warning" : "success" };
}

/** A sample cell styled as a mark, with its meaning in words (the colour is never the only cue). */
function MarkSwatch({ severity, label }: { severity: Severity; label: string }) {
  const style = MARK_STYLE[severity];
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
      <span
        aria-hidden="true"
        style={{
          display: "inline-block",
          minWidth: 28,
          padding: "0 4px",
          textAlign: "center",
          background: style.fill,
          color: style.font,
          fontWeight: style.bold ? 700 : 400,
          border: `1px solid ${style.border ?? style.fill}`,
        }}
      >
        A1
      </span>
      <Caption1>{label}</Caption1>
    </span>
  );
}

export function CheckPanel() {
  const { t } = useI18n();
  const op = useOperation<CheckResult>();
  const action = useOperation<string>();
  const marking = useOperation<Note | null>();
  const [note, setNote] = useState<Note | null>(null);
  const [sheet, setSheet] = useState("");
  /** Whether the workbook holds marks, as last asked (any pane, any user may have placed them). */
  const [marked, setMarked] = useState(false);
  const markedRef = useRef(marked);
  markedRef.current = marked;
  const tRef = useRef(t);
  tRef.current = t;
  const [confirming, setConfirming] = useState(false);
  const result = op.result;
  const check = op.run;

  const runOnce = useCallback(
    () =>
      check((report) =>
        runExcel((ctx) => runCheck(ctx, { onProgress: (done, total) => report({ done, total }) })),
      ),
    [check],
  );

  // live: the rows a user edits are re-read and re-checked after a pause (a full check when the
  // shape of a register changed); co-authors' edits (Remote) are ignored
  const latest = useRef<CheckResult | null>(null);
  latest.current = result;
  const recheck = useCallback(
    (edits: Edit[]) =>
      check(async (report) => {
        const previous = latest.current;
        const partial = previous ? await runExcel((ctx) => recheckRows(ctx, previous, edits)) : null;
        return (
          partial ??
          runExcel((ctx) => runCheck(ctx, { onProgress: (done, total) => report({ done, total }) }))
        );
      }),
    [check],
  );
  const checked = result !== null;
  useEffect(() => {
    if (!checked) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    watchLocalEdits({ run: runExcel, runWith: runExcelWith }, (edits) => void recheck(edits), LIVE_DELAY_MS)
      .then((s) => {
        if (cancelled) void s().catch(() => undefined);
        else stop = s;
      })
      .catch(() => undefined); // hosts without events still allow manual checks
    return () => {
      cancelled = true;
      if (stop) void stop().catch(() => undefined);
    };
  }, [checked, recheck]);

  const sheets = useMemo(() => [...new Set(result?.findings.map((f) => f.sheet) ?? [])], [result]);
  const shown = useMemo(
    () => (result?.findings ?? []).filter((f) => !sheet || f.sheet === sheet),
    [result, sheet],
  );
  const fixes = useMemo(() => (result ? quickFixesFor(result, shown) : []), [result, shown]);

  // marks: asked from the workbook, never remembered; one mark operation at a time
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const markQueue = useRef<Promise<unknown>>(Promise.resolve());
  const queued = useCallback(<T,>(job: () => Promise<T>): Promise<T> => {
    const next = markQueue.current.then(job, job);
    markQueue.current = next.catch(() => undefined);
    return next;
  }, []);
  useEffect(() => {
    let live = true;
    queued(() => runExcel((ctx) => countMarks(ctx)))
      .then((n) => live && setMarked(n > 0))
      .catch(() => undefined); // unknown: the button offers to mark, which replaces any marks
    return () => {
      live = false;
    };
  }, [queued]);
  // after every check (full, live, after quick fixes): marks that are on follow the findings;
  // without marks this only asks (quietly), in case a colleague placed some meanwhile
  const runMarking = marking.run;
  useEffect(() => {
    if (!result) return;
    const job = () =>
      queued(async () => {
        const r = await runExcel((ctx) => refreshMarks(ctx, shownRef.current));
        setMarked(r !== null && (r.rules > 0 || r.remaining > 0));
        const n = r && markedNote(tRef.current, r);
        if (n) setNote(n);
        return n;
      });
    if (markedRef.current) void runMarking(job);
    else void job().catch(() => undefined);
  }, [result, runMarking, queued]);
  const groups = useMemo(() => {
    const bySeverity = new Map<Severity, Map<string, LocatedFinding[]>>([
      ["error", new Map()],
      ["warning", new Map()],
    ]);
    for (const f of shown) {
      const rules = bySeverity.get(f.severity)!;
      const list = rules.get(f.title) ?? [];
      list.push(f);
      rules.set(f.title, list);
    }
    return bySeverity;
  }, [shown]);

  const errors = shown.filter((f) => f.severity === "error").length;
  // registers that are not there were not checked: never say "no problems" then, only what to do
  const missing = result?.missingTables ?? [];
  const showSummary = result !== null && (missing.length === 0 || shown.length > 0);
  const rows = result ? Object.values(result.rows).reduce((a, b) => a + b, 0) : 0;

  const toggleMarks = () =>
    marking.run(() =>
      queued(async () => {
        setNote(null);
        let n: Note;
        if (markedRef.current) {
          const r = await runExcel((ctx) => removeMarks(ctx));
          setMarked(r.remaining > 0);
          n = removedNote(t, r);
        } else {
          const r = await runExcel((ctx) => addMarks(ctx, shownRef.current));
          setMarked(r.rules > 0 || r.remaining > 0);
          n = markedNote(t, r);
        }
        setNote(n);
        return n;
      }),
    );
  const markButton = (
    <Button onClick={() => void toggleMarks()} disabled={marking.busy} aria-pressed={marked}>
      {marked ? t("checkUnhighlight") : t("checkHighlight")}
    </Button>
  );

  const applyFixes = () => {
    setConfirming(false);
    return action.run(async () => {
      const changed = await runExcel((ctx) => applyQuickFixes(ctx, fixes));
      await runOnce();
      return t("checkFixDone", { count: changed });
    });
  };

  return (
    <section aria-labelledby="check-title" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Body1 as="p" id="check-title">
        {t("checkIntro")}
      </Body1>
      <Button appearance="primary" onClick={() => void runOnce()} disabled={op.busy}>
        {t("checkRun")}
      </Button>
      <OperationStatus
        busy={op.busy}
        progress={op.progress}
        error={op.error}
        missingTables={op.missingTables}
        onRetry={op.retry}
        onDismiss={op.dismiss}
      />
      <OperationStatus
        busy={action.busy}
        progress={null}
        error={action.error}
        missingTables={action.missingTables}
        onRetry={action.retry}
        onDismiss={action.dismiss}
      />
      {action.result && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{action.result}</MessageBarBody>
        </MessageBar>
      )}
      <OperationStatus
        busy={marking.busy}
        progress={null}
        error={marking.error}
        missingTables={marking.missingTables}
        onRetry={marking.retry}
        onDismiss={marking.dismiss}
      />
      {note && !marking.busy && (
        <MessageBar intent={note.intent} role="status">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      {marked && (
        <div
          role="group"
          aria-label={t("checkMarksLegend")}
          style={{ display: "flex", gap: 12, flexWrap: "wrap" }}
        >
          <MarkSwatch severity="error" label={t("checkMarkError")} />
          <MarkSwatch severity="warning" label={t("checkMarkWarning")} />
        </div>
      )}
      {marked && !showSummary && (
        <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
          <Caption1>{t("checkMarksPresent")}</Caption1>
          {markButton}
        </div>
      )}
      {missing.length > 0 && <MissingTablesNotice tables={missing} />}
      {showSummary && (
        <>
          <MessageBar intent={errors ? "error" : shown.length ? "warning" : "success"} role="status">
            <MessageBarBody>
              {shown.length
                ? t("checkSummary", { errors, warnings: shown.length - errors, rows })
                : t("checkNone", { rows })}
            </MessageBarBody>
          </MessageBar>
          <Caption1>{t("checkLive")}</Caption1>
          {sheets.length > 1 && (
            <Field label={t("checkFilter")}>
              <Select value={sheet} onChange={(_, d) => setSheet(d.value)}>
                <option value="">{t("checkAllSheets")}</option>
                {sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {(shown.length > 0 || marked) && (
            <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
              {markButton}
              {fixes.length > 0 && shown.length > 0 && (
                <Button onClick={() => setConfirming(true)} disabled={action.busy}>
                  {t("checkFixes", { count: fixes.length })}
                </Button>
              )}
            </div>
          )}
          {(["error", "warning"] as Severity[]).map((sev) => {
            const rules = groups.get(sev)!;
            if (!rules.size) return null;
            return (
              <div key={sev}>
                <Subtitle2 as="h2">
                  {sev === "error" ? t("checkSeverityError") : t("checkSeverityWarning")} (
                  {[...rules.values()].reduce((n, l) => n + l.length, 0)})
                </Subtitle2>
                {[...rules.entries()].map(([title, list]) => (
                  <details key={title} open={rules.size === 1}>
                    <summary>
                      {title} ({list.length})
                    </summary>
                    <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
                      {list.slice(0, PER_GROUP).map((f) => (
                        <li key={`${f.address}-${f.rule}`}>
                          <Link
                            as="button"
                            onClick={() =>
                              void action.run(
                                async () => (await runExcel((ctx) => selectCell(ctx, f.address)), ""),
                              )
                            }
                            aria-label={`${t("checkGoTo", { cell: f.address })}: ${f.message}`}
                          >
                            {f.message}
                          </Link>
                        </li>
                      ))}
                    </ul>
                    {list.length > PER_GROUP && (
                      <Caption1>{t("checkMore", { count: list.length - PER_GROUP })}</Caption1>
                    )}
                  </details>
                ))}
              </div>
            );
          })}
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("checkFixConfirmTitle")}
        body={t("checkFixConfirmBody", { count: fixes.length })}
        onConfirm={() => void applyFixes()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
