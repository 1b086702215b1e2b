import React, { useState } from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import type { GenerateMessage, GenerateResult } from "../../excel/generate";
import { runExcel } from "../../excel/run";
import { ConfirmDialog } from "../ConfirmDialog";
import type { WbLang } from "../../workbook/lang";
import { ANALYSIS_SHEET_COUNT } from "../../workbook/sheetNames";
import { useI18n, Translate } from "../i18n";
import { OperationStatus } from "../OperationStatus";
import { useOperation } from "../useOperation";

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
  const [lang, setLang] = useState<WbLang>(uiLang);
  const op = useOperation<Outcome>();
  const [refused, setRefused] = useState<string | null>(null);
  const [restore, setRestore] = useState<{ table: string; column: string } | null>(null);
  const restoring = useOperation<number>();
  const year = new Date().getFullYear();

  const onGenerate = () =>
    op.run(async () => {
      const { generate } = await operations();
      return { kind: "generated", result: await runExcel((ctx) => generate(ctx, { lang, year })) };
    });
  const onExample = () => {
    setRefused(null);
    return op.run(async (report) => {
      const { exampleData, fillExample, TablesNotEmptyError } = await operations();
      const data = exampleData({ year });
      try {
        const result = await runExcel((ctx) =>
          fillExample(ctx, data, { lang, year, onProgress: (done, total) => report({ done, total }) }),
        );
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
      <Field label={t("startLanguage")}>
        <RadioGroup value={lang} onChange={(_, d) => setLang(d.value as WbLang)} layout="horizontal">
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
