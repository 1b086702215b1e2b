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
import { addMarks, Mark, removeMarks } from "../../excel/marks";
import { applyQuickFixes, quickFixesFor } from "../../excel/quickFixes";
import { watchLocalEdits } from "../../excel/live";
import { runExcel, runExcelWith } from "../../excel/run";
import type { LocatedFinding } from "../../workbook/findings";
import { useI18n } from "../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { MissingTablesNotice } from "../MissingTablesNotice";
import { OperationStatus } from "../OperationStatus";
import { useOperation } from "../useOperation";

const PER_GROUP = 50;
const LIVE_DELAY_MS = 800;

export function CheckPanel() {
  const { t } = useI18n();
  const op = useOperation<CheckResult>();
  const action = useOperation<string>();
  const [sheet, setSheet] = useState("");
  const [marks, setMarks] = useState<Mark[] | null>(null);
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
    action.run(async () => {
      if (marks) {
        await runExcel((ctx) => removeMarks(ctx, marks));
        setMarks(null);
        return "";
      }
      const created = await runExcel((ctx) =>
        addMarks(
          ctx,
          shown.map((f) => f.address),
        ),
      );
      setMarks(created);
      return t("checkMarked", { count: created.length });
    });

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
          {shown.length > 0 && (
            <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
              <Button onClick={() => void toggleMarks()} disabled={action.busy} aria-pressed={marks !== null}>
                {marks ? t("checkUnhighlight") : t("checkHighlight")}
              </Button>
              {fixes.length > 0 && (
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
