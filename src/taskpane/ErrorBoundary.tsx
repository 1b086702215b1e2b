import React from "react";
import { describeError } from "./errors";
import { Translate } from "./i18n";

interface Props {
  t: Translate;
  children: React.ReactNode;
}

/**
 * Never a blank pane: a render error shows what happened and a way back. The fallback is plain
 * HTML on purpose, so that nothing in it can fail the way the panel did.
 */
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
      <div role="alert" style={{ padding: 12, border: "1px solid #c50f1f", borderRadius: 4 }}>
        <strong>{t("errorTitle")}</strong>
        <p style={{ margin: "4px 0 8px" }}>{t("errorUnexpected", { detail: describeError(error) })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t("errorReload")}
        </button>
      </div>
    );
  }
}
