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
import { RuleId, Severity, TableId } from "../../domain/validation";
import { CheckResult, Edit, findingsPage, recheckRows, runCheck, selectCell } from "../../excel/check";
import {
  addMarks,
  countMarks,
  MARK_STYLE,
  MarkResult,
  refreshMarks,
  removeMarks,
  RemoveResult,
} from "../../excel/marks";
import {
  applyQuickFixes,
  expectEchoes,
  FIXABLE,
  FIXES_PER_SYNC,
  quickFixesFor,
} from "../../excel/quickFixes";
import { runExcel } from "../../excel/run";
import { OwnWrites } from "../../excel/live";
import type { LocatedFinding } from "../../workbook/findings";
import { Translate, useI18n } from "../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { MissingTablesNotice } from "../MissingTablesNotice";
import { ActionStatus, OperationStatus, statusOf } from "../OperationStatus";
import { LIVE_DELAY_MS, useLiveRefresh } from "../useLiveRefresh";
import { useOperation } from "../useOperation";

const PER_GROUP = 50;

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

/** A message without its leading "Sheet!A1: " (the link's name names the cell first). */
function withoutCell(message: string, address: string): string {
  return message.startsWith(`${address}: `) ? message.slice(address.length + 2) : message;
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
  // the quick fixes' own writes come back as Local edits: no re-check for those
  const ownWrites = useRef(new OwnWrites());
  const recheck = useCallback(
    (all: Edit[]) => {
      const edits = ownWrites.current.others(all);
      if (!edits.length) return;
      void check(async (report) => {
        const previous = latest.current;
        const partial = previous ? await runExcel((ctx) => recheckRows(ctx, previous, edits)) : null;
        return (
          partial ??
          runExcel((ctx) => runCheck(ctx, { onProgress: (done, total) => report({ done, total }) }))
        );
      });
    },
    [check],
  );
  // watched from the first check on; hosts without events still allow manual checks
  useLiveRefresh(result !== null ? "checked" : null, recheck);

  // the check counts every finding but keeps the first of each rule; more come a page at a time
  const sheets = useMemo(() => [...new Set(result?.counts.map((c) => c.sheet) ?? [])], [result]);
  const shown = useMemo(
    () => (result?.findings ?? []).filter((f) => !sheet || f.sheet === sheet),
    [result, sheet],
  );
  const shownCounts = useMemo(
    () => (result?.counts ?? []).filter((c) => !sheet || c.sheet === sheet),
    [result, sheet],
  );
  const shownTables = useMemo(() => new Set<TableId>(shownCounts.map((c) => c.table)), [shownCounts]);
  const fixCount = shownCounts.filter((c) => FIXABLE.has(c.rule)).reduce((n, c) => n + c.count, 0);
  /** Per rule, the page of its findings shown when not the first (fetched on request). */
  const [pages, setPages] = useState<Partial<Record<RuleId, { page: number; list: LocatedFinding[] }>>>({});
  useEffect(() => setPages({}), [result, sheet]);
  const nextPage = (rule: RuleId) =>
    void action.run(async () => {
      const page = (pages[rule]?.page ?? 0) + 1;
      const list = await findingsPage(result!, {
        rule,
        tables: shownTables,
        offset: page * PER_GROUP,
        limit: PER_GROUP,
      });
      setPages((p) => ({ ...p, [rule]: { page, list } }));
      return "";
    });

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
    type Group = { title: string; count: number; list: LocatedFinding[] };
    const bySeverity = new Map<Severity, Map<RuleId, Group>>([
      ["error", new Map()],
      ["warning", new Map()],
    ]);
    for (const c of shownCounts) {
      const rules = bySeverity.get(c.severity)!;
      const group = rules.get(c.rule) ?? { title: c.title, count: 0, list: [] };
      group.count += c.count;
      rules.set(c.rule, group);
    }
    for (const f of shown) bySeverity.get(f.severity)!.get(f.rule)?.list.push(f);
    return bySeverity;
  }, [shown, shownCounts]);

  const total = shownCounts.reduce((n, c) => n + c.count, 0);
  const errors = shownCounts.filter((c) => c.severity === "error").reduce((n, c) => n + c.count, 0);
  // registers that are not there were not checked: never say "no problems" then, only what to do
  const missing = result?.missingTables ?? [];
  const showSummary = result !== null && (missing.length === 0 || total > 0);
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
      // every fixable finding on the sheets shown, not only the ones the check kept: a page at a
      // time (the page's findings located, planned and written before the next), so that
      // thousands of fixes neither freeze the pane nor sit in memory at once
      let changed = 0;
      for (const rule of FIXABLE) {
        for (let offset = 0; ; offset += FIXES_PER_SYNC) {
          const page = await findingsPage(result!, {
            rule,
            tables: shownTables,
            offset,
            limit: FIXES_PER_SYNC,
          });
          const fixes = quickFixesFor(result!, page);
          expectEchoes(ownWrites.current, result!, fixes);
          if (fixes.length) changed += await runExcel((ctx) => applyQuickFixes(ctx, fixes));
          if (page.length < FIXES_PER_SYNC) break;
        }
      }
      await runOnce();
      // echoes arrive within the live pause; an expectation left (a cell a co-author had changed,
      // so we did not write it) must not swallow the user's next edit of that cell
      setTimeout(() => ownWrites.current.clear(), 3 * LIVE_DELAY_MS);
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
      <OperationStatus {...statusOf(op)} />
      <ActionStatus action={action} />
      <OperationStatus {...statusOf(marking)} progress={null} />
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
              {total
                ? t("checkSummary", { errors, warnings: total - errors, rows })
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
          {(total > 0 || marked) && (
            <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
              {markButton}
              {fixCount > 0 && (
                <Button onClick={() => setConfirming(true)} disabled={action.busy}>
                  {t("checkFixes", { count: fixCount })}
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
                  {[...rules.values()].reduce((n, g) => n + g.count, 0)})
                </Subtitle2>
                {[...rules.entries()].map(([rule, { title, count, list: kept }]) => {
                  const page = pages[rule]?.page ?? 0;
                  const list = pages[rule]?.list ?? kept.slice(0, PER_GROUP);
                  const after = count - page * PER_GROUP - list.length;
                  return (
                    <details key={rule} open={rules.size === 1}>
                      <summary>
                        {title} ({count})
                      </summary>
                      <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
                        {list.map((f) => (
                          <li key={`${f.address}-${f.rule}`}>
                            <Link
                              as="button"
                              // top-aligned: the bullet stands at the first line of a long message
                              style={{ verticalAlign: "top", textAlign: "left" }}
                              onClick={() =>
                                void action.run(
                                  async () => (await runExcel((ctx) => selectCell(ctx, f.address)), ""),
                                )
                              }
                              // the message starts with the cell already: say it once
                              aria-label={`${t("checkGoTo", { cell: f.address })}: ${withoutCell(f.message, f.address)}`}
                            >
                              {f.message}
                            </Link>
                          </li>
                        ))}
                      </ul>
                      {after > 0 && (
                        <Link as="button" onClick={() => nextPage(rule)} disabled={action.busy}>
                          {t("checkMore", { count: after })}
                        </Link>
                      )}
                    </details>
                  );
                })}
              </div>
            );
          })}
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("checkFixConfirmTitle")}
        body={t("checkFixConfirmBody", { count: fixCount })}
        onConfirm={() => void applyFixes()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
