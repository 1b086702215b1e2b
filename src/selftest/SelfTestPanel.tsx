/**
 * The self-test panel (maintainers): shown instead of the navigation for `?selftest=1` or
 * Ctrl+Alt+Shift+T. Run, progress, one row per check (name, PASS/FAIL/SKIP, detail), and the
 * report as read-only text with a copy button. Keyboard and screen-reader usable: native buttons,
 * a captioned table, the status in words (colour is never the only cue), progress and the summary
 * announced.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { runExcel, runExcelWith } from "../excel/run";
import { useI18n } from "../taskpane/i18n";
import { CHECKS, CheckStatus, describeError, ExcelRunner } from "./checks";
import { describeHost, runningInMemory } from "./host";
import { counts, formatReport, runSelfTest, SelfTestReport } from "./runner";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  // a narrow pane: fixed columns, and long names and formulas wrap anywhere
  table: {
    borderCollapse: "collapse",
    width: "100%",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
  },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: "4px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  colCheck: { width: "38%" },
  colResult: { width: "20%" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "4px 0" },
  why: { display: "block", color: tokens.colorNeutralForeground3 },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skip: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** In Office: Excel.run, and Excel.run(handler.context, …) to continue a handler's context (run.ts). */
const OFFICE: ExcelRunner = { run: runExcel, runWith: runExcelWith };
/**
 * The in-memory Excel continues a context from the object itself (`Excel.run(handler, …)`), not
 * from `handler.context`, as the repository's tests call it; only the preview uses this.
 */
const IN_MEMORY: ExcelRunner = {
  run: runExcel,
  runWith: (object, batch) => Excel.run(object as never, batch),
};

interface Progress {
  done: number;
  total: number;
  name: string;
}

export function SelfTestPanel(props: { onClose?: () => void; excel?: ExcelRunner; inMemory?: boolean }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const inMemory = props.inMemory ?? runningInMemory();
  const excel = props.excel ?? (inMemory ? IN_MEMORY : OFFICE);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const text = useMemo(() => (report ? formatReport(report) : ""), [report]);

  // the summary takes the focus once it is on screen: screen readers read it, the table and
  // report follow it (a timer set with the result could fire before React has drawn it)
  useEffect(() => {
    if (report) summaryRef.current?.focus();
  }, [report]);

  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    setCopyNote(null);
    setReport(null);
    try {
      const result = await runSelfTest(excel, {
        inMemory,
        host: describeHost(inMemory),
        onProgress: (done, total, current) =>
          setProgress(current ? { done: done + 1, total, name: current.title[lang] } : null),
      });
      setReport(result);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, [excel, inMemory, lang]);

  const copy = useCallback(async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setCopyNote(t("selfTestCopied"));
      return;
    } catch {
      // the Office web view may not allow the asynchronous clipboard: fall back to a selection
    }
    const area = textRef.current;
    area?.focus();
    area?.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    setCopyNote(copied ? t("selfTestCopied") : t("selfTestCopyManual"));
  }, [text, t]);

  const resultOf = (id: string) => report?.results.find((r) => r.check.id === id) ?? null;
  const statusClass = (s: CheckStatus) =>
    s === "pass" ? styles.pass : s === "fail" ? styles.fail : styles.skip;
  const n = report ? counts(report) : null;

  return (
    <div className={styles.root} data-testid="selftest">
      <header>
        <Title3 as="h1" style={{ display: "block", margin: 0 }}>
          {t("appTitle")}
        </Title3>
        <Body1 as="h2" style={{ display: "block", margin: 0, fontWeight: 600 }}>
          {t("selfTestTitle")}
        </Body1>
      </header>
      <Body1 as="p" style={{ margin: 0 }}>
        {t("selfTestIntro")}
      </Body1>
      {inMemory && <Caption1 as="p">{t("selfTestInMemory")}</Caption1>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabled={busy}>
          {t("selfTestRun")}
        </Button>
        {props.onClose && (
          <Button onClick={props.onClose} disabled={busy}>
            {t("selfTestBack")}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {busy && (
          <Field
            label={t("progressLabel")}
            validationMessage={
              progress
                ? t("selfTestProgress", { done: progress.done, total: progress.total, name: progress.name })
                : t("loading")
            }
            validationState="none"
          >
            <ProgressBar
              value={progress ? (progress.done - 1) / progress.total : undefined}
              thickness="large"
            />
          </Field>
        )}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t("selfTestFailed", { detail: error })}</MessageBarBody>
          </MessageBar>
        )}
        {n && report && (
          <div ref={summaryRef} tabIndex={-1} data-testid="selftest-summary">
            <MessageBar intent={n.fail ? "warning" : "success"}>
              <MessageBarBody>
                {t("selfTestSummary", { pass: n.pass, fail: n.fail, skip: n.skip })}
                {report.leftovers.length > 0 &&
                  ` ${t("selfTestLeftovers", { items: report.leftovers.join(", ") })}`}
              </MessageBarBody>
            </MessageBar>
          </div>
        )}
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{t("selfTestTableCaption")}</caption>
        <colgroup>
          <col className={styles.colCheck} />
          <col className={styles.colResult} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t("selfTestColCheck")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("selfTestColResult")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("selfTestColDetail")}
            </th>
          </tr>
        </thead>
        <tbody>
          {CHECKS.map((check, i) => {
            const r = resultOf(check.id);
            return (
              <tr key={check.id} data-check={check.id}>
                <th scope="row" className={styles.cell} style={{ fontWeight: 400 }}>
                  {String(i + 1).padStart(2, "0")} {check.title[lang]}
                  {check.informational && ` (${t("selfTestInformational")})`}
                  <Caption1 className={styles.why}>{check.why[lang]}</Caption1>
                </th>
                <td className={styles.cell}>
                  {r ? (
                    <span className={statusClass(r.status)}>{r.status.toUpperCase()}</span>
                  ) : (
                    t("selfTestNotRun")
                  )}
                </td>
                <td className={styles.cell}>{r?.detail ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Field label={t("selfTestReport")}>
        <Textarea
          ref={textRef}
          readOnly
          value={text}
          rows={10}
          resize="vertical"
          textarea={{ className: styles.report, spellCheck: false }}
          data-testid="selftest-report"
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={copy} disabled={!report}>
          {t("selfTestCopy")}
        </Button>
      </div>
      <div aria-live="polite">{copyNote && <Caption1 as="p">{copyNote}</Caption1>}</div>
    </div>
  );
}
