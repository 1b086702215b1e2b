import React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { MissingTablesNotice } from "./MissingTablesNotice";

/**
 * An error that escaped every panel: a missing step (the analysis sheets) or an unexpected error.
 * Loaded only when there is one, so the pane's first paint does not carry it.
 */
export function GlobalNotice({ text, missingTables }: { text: string; missingTables: string[] | null }) {
  const { t } = useI18n();
  if (missingTables) return <MissingTablesNotice tables={missingTables} />;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {t("errorUnexpected", { detail: text })}
      </MessageBarBody>
    </MessageBar>
  );
}
