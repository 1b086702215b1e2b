import React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { MissingTablesNotice } from "./MissingTablesNotice";
import { Progress, useOperation } from "./useOperation";

/**
 * Progress while busy; after a failure a readable message with retry; when the analysis sheets are
 * missing, what to do instead. Announced to screen readers.
 */
export function OperationStatus(props: {
  busy: boolean;
  progress: Progress | null;
  error: string | null;
  missingTables?: string[] | null;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {props.busy && (
        <Field label={t("progressLabel")} validationMessage={t("loading")} validationState="none">
          <ProgressBar
            value={
              props.progress && props.progress.total > 0
                ? props.progress.done / props.progress.total
                : undefined
            }
            thickness="large"
          />
        </Field>
      )}
      {props.missingTables && <MissingTablesNotice tables={props.missingTables} />}
      {props.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            {t("errorBody", { detail: props.error })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onRetry}>{t("retry")}</Button>
            <Button appearance="transparent" onClick={props.onDismiss}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * An action the user started from a panel (no progress bar): its status as above and, once done,
 * its result as a success message.
 */
export function ActionStatus({
  action,
}: {
  action: Pick<
    ReturnType<typeof useOperation<string>>,
    "busy" | "error" | "missingTables" | "result" | "retry" | "dismiss"
  >;
}) {
  return (
    <>
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
    </>
  );
}
