import React, { useState } from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { fillExample, TablesNotEmptyError } from "../../excel/exampleData";
import { generate, GenerateMessage, GenerateResult } from "../../excel/generate";
import { runExcel } from "../../excel/run";
import { exampleData } from "../../workbook/example";
import type { WbLang } from "../../workbook/lang";
import { TABLE_SPECS } from "../../workbook/specs";
import { useI18n, Translate } from "../i18n";
import { OperationStatus } from "../OperationStatus";
import { useOperation } from "../useOperation";

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
      return t("msgKeptUserCells", { table: m.table, column: m.column, count: m.count });
    default:
      return JSON.stringify(m); // TODO(session): localized texts for the new messages
  }
}

const SHEET_COUNT = new Set(TABLE_SPECS.filter((s) => !s.instrument).map((s) => s.sheet.nl)).size + 1; // + the team matrix

type Outcome = { kind: "generated" | "example"; result: GenerateResult; counts?: Record<string, number> };

export function StartPanel() {
  const { t, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<WbLang>(uiLang);
  const op = useOperation<Outcome>();
  const [refused, setRefused] = useState<string | null>(null);
  const year = new Date().getFullYear();

  const onGenerate = () =>
    op.run(async () => ({
      kind: "generated",
      result: await runExcel((ctx) => generate(ctx, { lang, year })),
    }));
  const onExample = () => {
    setRefused(null);
    return op.run(async (report) => {
      const data = exampleData({ year });
      try {
        const result = await runExcel((ctx) =>
          fillExample(ctx, data, { lang, year, onProgress: (done, total) => report({ done, total }) }),
        );
        return {
          kind: "example",
          result,
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
            {outcome.kind === "example" && outcome.counts
              ? t("startExampleDone", outcome.counts)
              : t("startDone", {
                  sheets: SHEET_COUNT,
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
        <MessageBar
          key={i}
          intent={m.kind === "columnRestored" || m.kind === "keptUserCells" ? "info" : "warning"}
        >
          <MessageBarBody>{describe(m, t)}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
