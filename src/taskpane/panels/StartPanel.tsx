import React, { Suspense, lazy, useCallback, useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Subtitle2,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import type { GenerateMessage, GenerateResult } from "../../excel/generate";
import { runExcel } from "../../excel/run";
import { goToTable, Progress, readProgress, Step } from "../../excel/progress";
import { PanelId, useNavigate } from "../navigation";
import { ConfirmDialog } from "../ConfirmDialog";
import type { WbLang } from "../../workbook/lang";
import { ANALYSIS_SHEET_COUNT } from "../../workbook/sheetNames";
import { useI18n, Translate } from "../i18n";
import type { StringKey } from "../../i18n/strings";
import { OperationStatus } from "../OperationStatus";
import { useLiveRefresh } from "../useLiveRefresh";
import { useOperation } from "../useOperation";
import { Loading } from "../Loading";

// the import flow (parser, mapping, its own services) loads when it is opened
const ImportPanel = lazy(() => import("./ImportPanel").then((m) => ({ default: m.ImportPanel })));
const ProfileProposals = lazy(() =>
  import("./ProfileProposals").then((m) => ({ default: m.ProfileProposals })),
);

const list = (cells: string[]) => cells.join(", ");

function describe(m: GenerateMessage, t: Translate): string {
  switch (m.kind) {
    case "sheetNameTaken":
      return t("msgSheetNameTaken", { wanted: m.wanted, used: m.used, table: m.table });
    case "foreignTable":
      return t("msgForeignTable", { table: m.table });
    case "nameClash":
      return t("msgNameClash", { table: m.table });
    case "columnRestored":
      return t("msgColumnRestored", { table: m.table, column: m.column });
    case "keptUserCells":
      return t("msgKeptUserCells", {
        table: m.table,
        column: m.column,
        count: m.count,
        formulas: m.formulas,
        cells: list(m.cells),
      });
    case "tableMoved":
      return t("msgTableMoved", { table: m.table, address: m.address, cells: list(m.blockedBy) });
    case "tableAdopted":
      return t("msgTableAdopted", { table: m.table, address: m.address });
    case "columnBlocked":
      return t("msgColumnBlocked", { table: m.table, column: m.column, cells: list(m.blockedBy) });
    case "filtered":
      return t("msgFiltered", { table: m.table });
    case "keptMatrixCells":
      return t("msgKeptMatrixCells", { count: m.count, cells: list(m.cells) });
    case "keptReportCells":
      return t("msgKeptReportCells", { count: m.count, cells: list(m.cells) });
    case "changedMeanwhile":
      return t("msgChangedMeanwhile", { cells: list(m.cells) });
  }
}

/** Messages that only inform; the others ask the user to look at something. */
const INFO = new Set<GenerateMessage["kind"]>([
  "columnRestored",
  "keptUserCells",
  "tableAdopted",
  "keptMatrixCells",
  "keptReportCells",
]);

/** The workbook code loads with the first action, not with the pane (a light first paint). */
const operations = () => import("./startOperations");

type Outcome = {
  kind: "generated" | "example";
  result: GenerateResult;
  counts?: Record<string, number>;
  already?: boolean;
};

export function StartPanel() {
  const { t, lang: uiLang } = useI18n();
  const [chosen, setLang] = useState<WbLang>(uiLang);
  const [progress, setProgress] = useState<Progress | null>(null);
  const navigate = useNavigate();
  const refresh = useCallback(async () => {
    try {
      setProgress(await runExcel((ctx) => readProgress(ctx)));
    } catch {
      setProgress(null); // the steps are a guide; an unreadable workbook shows the buttons alone
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  // the steps follow the user's edits; watched again when sheets appear or go
  const shape = progress ? progress.steps.map((s) => (s.state === "missing" ? 0 : 1)).join("") : null;
  useLiveRefresh(shape, refresh);
  // a workbook that has its sheets keeps its language; the choice is for a new one
  const locked = progress?.lang ?? null;
  const lang = locked ?? chosen;
  const op = useOperation<Outcome>();
  const [refused, setRefused] = useState<string | null>(null);
  const [restore, setRestore] = useState<{ table: string; column: string } | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [profilesOpen, setProfilesOpen] = useState(false);
  const restoring = useOperation<number>();
  const year = new Date().getFullYear();

  const onGenerate = () =>
    op.run(async () => {
      const { generate } = await operations();
      const result = await runExcel((ctx) => generate(ctx, { lang, year }));
      // the first time: show where to start (the organisation's name on Instellingen)
      if (result.createdTables.includes("VTO_Settings"))
        await runExcel((ctx) => goToTable(ctx, "VTO_Settings")).catch(() => undefined);
      void refresh();
      return { kind: "generated", result };
    });
  const onExample = () => {
    setRefused(null);
    return op.run(async (report) => {
      const { exampleData, fillExample, TablesNotEmptyError } = await operations();
      // made in the workbook's own language (the choice only counts for a new workbook)
      let data = exampleData({ year, lang });
      const inLang = (l: WbLang) => (data = exampleData({ year, lang: l }));
      try {
        const result = await runExcel((ctx) =>
          fillExample(ctx, inLang, { lang, year, onProgress: (done, total) => report({ done, total }) }),
        );
        void refresh();
        return {
          kind: "example",
          result,
          already: result.alreadyFilled,
          counts: {
            employees: data.employees.length,
            competences: data.competences.length,
            gaps: data.gaps.length,
          },
        };
      } catch (e) {
        if (e instanceof TablesNotEmptyError) {
          setRefused(t("tablesNotEmpty", { tables: e.tables.join(", ") }));
          throw Object.assign(new Error(t("tablesNotEmpty", { tables: e.tables.join(", ") })), {
            handled: true,
          });
        }
        throw e;
      }
    });
  };

  const outcome = op.result;
  return (
    <section aria-labelledby="start-title" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Body1 as="p" id="start-title">
        {t("startIntro")}
      </Body1>
      <Field
        label={t("startLanguage")}
        hint={
          locked
            ? t("startLanguageLocked", { language: locked === "nl" ? t("languageNl") : t("languageEn") })
            : undefined
        }
      >
        <RadioGroup
          value={lang}
          onChange={(_, d) => setLang(d.value as WbLang)}
          layout="horizontal"
          disabled={locked !== null}
        >
          <Radio value="nl" label={t("languageNl")} />
          <Radio value="en" label={t("languageEn")} />
        </RadioGroup>
      </Field>
      <Field hint={t("startGenerateHint")}>
        <Button appearance="primary" onClick={onGenerate} disabled={op.busy}>
          {t("startGenerate")}
        </Button>
      </Field>
      <Field hint={t("startExampleHint")}>
        <Button onClick={onExample} disabled={op.busy}>
          {t("startExample")}
        </Button>
      </Field>
      <Field hint={t("importOpenHint")}>
        <Button
          aria-expanded={importOpen}
          aria-controls={importOpen ? "import-section" : undefined}
          onClick={() => setImportOpen((o) => !o)}
        >
          {t("importOpen")}
        </Button>
      </Field>
      {importOpen && (
        <div id="import-section">
          <Suspense fallback={<Loading label={t("loading")} />}>
            <ImportPanel />
          </Suspense>
        </div>
      )}
      <Field hint={t("profilesOpenHint")}>
        <Button
          aria-expanded={profilesOpen}
          aria-controls={profilesOpen ? "profiles-section" : undefined}
          onClick={() => setProfilesOpen((o) => !o)}
        >
          {t("profilesOpen")}
        </Button>
      </Field>
      {profilesOpen && (
        <div id="profiles-section">
          <Suspense fallback={<Loading label={t("loading")} />}>
            <ProfileProposals />
          </Suspense>
        </div>
      )}
      {progress && (
        <Steps
          progress={progress}
          onSheet={(table) => void runExcel((ctx) => goToTable(ctx, table)).catch(() => undefined)}
          onPanel={(panel) => navigate?.(panel)}
          onRefresh={() => void refresh()}
        />
      )}
      <OperationStatus
        busy={op.busy}
        progress={op.progress}
        error={refused ? null : op.error}
        onRetry={op.retry}
        onDismiss={op.dismiss}
      />
      {refused && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{refused}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {outcome.kind === "example" && outcome.already
              ? t("startExampleAlready")
              : outcome.kind === "example" && outcome.counts
                ? t("startExampleDone", outcome.counts)
                : t("startDone", {
                    sheets: ANALYSIS_SHEET_COUNT,
                    created: outcome.result.createdTables.length,
                    columns: outcome.result.addedColumns,
                  })}{" "}
            {t("workbookLanguage", {
              language: outcome.result.lang === "nl" ? t("languageNl") : t("languageEn"),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.result.messages.map((m, i) => (
        <MessageBar key={i} intent={INFO.has(m.kind) ? "info" : "warning"}>
          <MessageBarBody>{describe(m, t)}</MessageBarBody>
          {m.kind === "keptUserCells" && (
            <MessageBarActions>
              <Button
                onClick={() => setRestore({ table: m.table, column: m.column })}
                disabled={restoring.busy}
              >
                {t("msgRestoreOffer", { column: m.column })}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
      <OperationStatus
        busy={restoring.busy}
        progress={null}
        error={restoring.error}
        onRetry={restoring.retry}
        onDismiss={restoring.dismiss}
      />
      {restoring.result !== null && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t("msgRestoreDone", { count: restoring.result })}</MessageBarBody>
        </MessageBar>
      )}
      <ConfirmDialog
        open={restore !== null}
        title={t("msgRestoreTitle")}
        body={restore ? t("msgRestoreBody", restore) : ""}
        onCancel={() => setRestore(null)}
        onConfirm={() => {
          const target = restore!;
          setRestore(null);
          void restoring.run(async () => {
            const { restoreComputed } = await operations();
            const r = await runExcel((ctx) => restoreComputed(ctx, target.table, target.column));
            return r.restored;
          });
        }}
      />
    </section>
  );
}

/** Where a step sends the user: its sheet, or a panel of the pane. */
const PANEL_OF: Partial<Record<Step["key"], PanelId>> = {
  check: "check",
  questions: "questions",
  priorities: "prioritize",
  plan: "plan",
};

function stepStatus(s: Step, t: Translate): string {
  if (s.state === "missing") return t("stepMissing");
  if (s.key === "check") return t("stepCheckOpen");
  if (s.key === "plan") return t("stepPlanOpen");
  if (s.key === "settings") return s.state === "done" ? t("stepSettingsDone") : t("stepTodo");
  if (s.state === "todo" && s.key !== "questions" && s.key !== "priorities") return t("stepTodo");
  return t(`stepCount_${s.key}` as StringKey, { count: s.count, of: s.of ?? 0 });
}

/** The route through the analysis, each step with its status from the workbook and a way there. */
function Steps(props: {
  progress: Progress;
  onSheet: (table: string) => void;
  onPanel: (panel: PanelId) => void;
  onRefresh: () => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="steps-title">
      <Subtitle2 as="h2" id="steps-title" style={{ display: "block", margin: "4px 0" }}>
        {t("stepsTitle")}
      </Subtitle2>
      <ol style={{ margin: 0, paddingInlineStart: 20, display: "flex", flexDirection: "column", gap: 6 }}>
        {props.progress.steps.map((s) => {
          const panel = PANEL_OF[s.key];
          const status = stepStatus(s, t);
          return (
            <li key={s.key}>
              <Body1 as="span" style={{ display: "block" }}>
                {s.state === "done" ? "✓ " : ""}
                {t(`step_${s.key}` as StringKey)}
              </Body1>
              <Caption1 as="span" style={{ display: "block" }}>
                {status}
              </Caption1>
              {panel ? (
                <Button
                  size="small"
                  appearance="transparent"
                  // one button per step: its name says which step it opens
                  aria-label={`${t("stepGoPanel")}: ${t(`step_${s.key}` as StringKey)}`}
                  onClick={() => props.onPanel(panel)}
                >
                  {t("stepGoPanel")}
                </Button>
              ) : (
                s.table &&
                s.state !== "missing" && (
                  <Button
                    size="small"
                    appearance="transparent"
                    aria-label={`${t("stepGoSheet")}: ${t(`step_${s.key}` as StringKey)}`}
                    onClick={() => props.onSheet(s.table!)}
                  >
                    {t("stepGoSheet")}
                  </Button>
                )
              )}
            </li>
          );
        })}
      </ol>
      <Button size="small" onClick={props.onRefresh} style={{ marginTop: 6 }}>
        {t("stepsRefresh")}
      </Button>
    </section>
  );
}
