import React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeError } from "./errors";
import { Translate } from "./i18n";

interface Props {
  t: Translate;
  children: React.ReactNode;
}

/** Never a blank pane: a render error shows what happened and a way back. */
export class ErrorBoundary extends React.Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    const { t } = this.props;
    if (!error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 12 }}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            {t("errorUnexpected", { detail: describeError(error) })}
          </MessageBarBody>
        </MessageBar>
        <Button style={{ marginTop: 8 }} onClick={() => this.setState({ error: null })}>
          {t("errorReload")}
        </Button>
      </div>
    );
  }
}
