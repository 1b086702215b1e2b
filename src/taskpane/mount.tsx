import React from "react";
import { createRoot } from "react-dom/client";
import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { HostInfo } from "../excel/host";
import { uiLanguageFor } from "../i18n/strings";
import { SelfTestGate } from "../selftest/SelfTestGate";
import { App } from "./App";
import { installGlobalErrorHandlers } from "./errors";
import { I18nProvider, useI18n } from "./i18n";
import { themeFromOffice } from "./theme";

function Unsupported({ host }: { host: HostInfo }) {
  const { t } = useI18n();
  const excel = host.isExcel;
  return (
    <div style={{ padding: 12 }} role="alert">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{excel ? t("unsupportedTitle") : t("notExcelTitle")}</MessageBarTitle>
          <Body1>{excel ? t("unsupportedBody") : t("notExcelBody")}</Body1>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** Renders the task pane for a host; shared by the Office entry and the browser preview. */
export function mountTaskPane(element: HTMLElement, host: HostInfo): void {
  installGlobalErrorHandlers(window);
  const lang = uiLanguageFor(host.displayLanguage);
  document.documentElement.lang = lang === "nl" ? "nl-BE" : "en";
  const ok = host.isExcel && host.supportsRequiredApi;
  createRoot(element).render(
    <FluentProvider theme={themeFromOffice(host.theme)} style={{ minHeight: "100%" }}>
      <I18nProvider lang={lang}>
        {ok ? (
          // ?selftest=1 or Ctrl+Alt+Shift+T: the maintainers' self-test instead of the navigation
          <SelfTestGate>
            <App />
          </SelfTestGate>
        ) : (
          <Unsupported host={host} />
        )}
      </I18nProvider>
    </FluentProvider>,
  );
}
