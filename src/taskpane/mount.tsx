import React, { Suspense, lazy } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import type { HostInfo } from "../excel/host";
import { uiLanguageFor } from "../i18n/strings";
import { SelfTestGate } from "../selftest/SelfTestGate";
import { App } from "./App";
import { installGlobalErrorHandlers } from "./errors";
import { I18nProvider } from "./i18n";
import { themeFromOffice } from "./theme";

// only hosts that cannot run the add-in need this message: its code loads only for them
const Unsupported = lazy(() => import("./Unsupported").then((m) => ({ default: m.Unsupported })));

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
          <Suspense fallback={null}>
            <Unsupported host={host} />
          </Suspense>
        )}
      </I18nProvider>
    </FluentProvider>,
  );
}
