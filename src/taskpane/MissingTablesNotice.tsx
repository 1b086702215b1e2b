import React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { UiLanguage } from "../i18n/strings";
import { TABLE_SHEETS } from "../workbook/sheetNames";
import { useI18n } from "./i18n";
import { useNavigate } from "./navigation";

/** The sheets that hold these tables, in the pane's language, each once (a table name when unknown). */
export function sheetsOf(tables: string[], lang: UiLanguage): string[] {
  const names = tables.map((table) => TABLE_SHEETS[table]?.[lang] ?? table);
  return [...new Set(names)];
}

/**
 * What to do when the analysis sheets (their tables) are not in the workbook yet: create them on
 * Start. Shown instead of an error: nothing failed, a step is missing.
 */
export function MissingTablesNotice({ tables }: { tables: string[] }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="missing-tables">
      <MessageBarBody>
        <MessageBarTitle>{t("missingTablesTitle")}</MessageBarTitle>
        {t("missingTablesBody", { button: t("startGenerate") })}
        {tables.length > 0 && (
          <Caption1 as="p" style={{ display: "block", margin: "4px 0 0" }}>
            {t("missingTablesList", { sheets: sheetsOf(tables, lang).join(", ") })}
          </Caption1>
        )}
      </MessageBarBody>
      {navigate && (
        <MessageBarActions>
          <Button onClick={() => navigate("start")}>{t("missingTablesGoToStart")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
