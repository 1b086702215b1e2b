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

type OperationState = Pick<
  ReturnType<typeof useOperation>,
  "busy" | "progress" | "error" | "missingTables" | "retry" | "dismiss"
>;

/** OperationStatus's props for an operation of useOperation, as they are. */
export function statusOf(op: OperationState) {
  return {
    busy: op.busy,
    progress: op.progress,
    error: op.error,
    missingTables: op.missingTables,
    onRetry: op.retry,
    onDismiss: op.dismiss,
  };
}

/**
 * An action the user started from a panel (no progress bar): its status as above and, once done,
 * its result as a success message.
 */
export function ActionStatus({
  action,
}: {
  action: OperationState & Pick<ReturnType<typeof useOperation<string>>, "result">;
}) {
  return (
    <>
      <OperationStatus {...statusOf(action)} progress={null} />
      {action.result && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{action.result}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
