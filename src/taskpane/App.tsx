import React, { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { Body1, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { StringKey } from "../i18n/strings";
import { ErrorBoundary } from "./ErrorBoundary";
import { globalErrors, missingTablesOf } from "./errors";
import { useI18n } from "./i18n";
import { Loading } from "./Loading";
import { Tabs } from "./Tabs";
import { NavigationProvider, PanelId } from "./navigation";

const GlobalNotice = lazy(() => import("./GlobalNotice").then((m) => ({ default: m.GlobalNotice })));

// every panel loads when first shown: the pane's first paint is the frame (title, tabs, footer);
// Start follows at once, the others on first use
const StartPanel = lazy(() => import("./panels/StartPanel").then((m) => ({ default: m.StartPanel })));
const QuestionsPanel = lazy(() =>
  import("./panels/QuestionsPanel").then((m) => ({ default: m.QuestionsPanel })),
);
const PrioritizePanel = lazy(() =>
  import("./panels/PrioritizePanel").then((m) => ({ default: m.PrioritizePanel })),
);
const PlanPanel = lazy(() => import("./panels/PlanPanel").then((m) => ({ default: m.PlanPanel })));
const CheckPanel = lazy(() => import("./panels/CheckPanel").then((m) => ({ default: m.CheckPanel })));

const PANELS: { id: PanelId; label: StringKey }[] = [
  { id: "start", label: "navStart" },
  { id: "questions", label: "navQuestions" },
  { id: "check", label: "navCheck" },
  { id: "prioritize", label: "navPrioritize" },
  { id: "plan", label: "navPlan" },
];

const useStyles = makeStyles({
  // title, tabs and footer stay put; only the panel scrolls, so its scroll bar never narrows the
  // tab row (five tabs just fit a 320 px pane)
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { padding: "12px 12px 4px", flexShrink: 0 },
  main: { padding: "8px 12px 16px", flex: "1 1 auto", minHeight: 0, overflowY: "auto" },
  panel: { display: "flex", flexDirection: "column", gap: "12px" },
  footer: {
    flexShrink: 0,
    padding: "6px 12px",
    color: tokens.colorNeutralForeground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
});

export function App() {
  const { t } = useI18n();
  const styles = useStyles();
  const [panel, setPanel] = useState<PanelId>("start");
  const [globalError, setGlobalError] = useState<{ text: string; missingTables: string[] | null } | null>(
    null,
  );
  useEffect(
    () => globalErrors.subscribe((text, e) => setGlobalError({ text, missingTables: missingTablesOf(e) })),
    [],
  );
  // panels may send the user elsewhere (e.g. to Start to create the sheets); focus follows the tab
  const navigate = useCallback((id: PanelId) => {
    setPanel(id);
    setGlobalError((g) => (g?.missingTables ? null : g));
    document.getElementById(`tab-${id}`)?.focus(); // the tabs are always there; the panel below is not
  }, []);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" style={{ display: "block", margin: 0 }}>
          {t("appTitle")}
        </Title3>
        <Body1 as="p" style={{ margin: 0 }}>
          {t("appSubtitle")}
        </Body1>
      </header>
      <nav aria-label={t("navLabel")}>
        <Tabs
          label={t("navLabel")}
          items={PANELS.map((p) => ({ id: p.id, label: t(p.label) }))}
          selected={panel}
          onSelect={setPanel}
        />
      </nav>
      <main className={styles.main}>
        <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} className={styles.panel}>
          <NavigationProvider value={navigate}>
            {globalError && (
              <Suspense fallback={null}>
                <GlobalNotice text={globalError.text} missingTables={globalError.missingTables} />
              </Suspense>
            )}
            <ErrorBoundary t={t} key={panel}>
              <Suspense fallback={<Loading label={t("loading")} />}>
                {panel === "start" && <StartPanel />}
                {panel === "questions" && <QuestionsPanel />}
                {panel === "check" && <CheckPanel />}
                {panel === "prioritize" && <PrioritizePanel />}
                {panel === "plan" && <PlanPanel />}
              </Suspense>
            </ErrorBoundary>
          </NavigationProvider>
        </div>
      </main>
      <footer className={styles.footer}>
        <Caption1>{t("privacyNote")}</Caption1>
      </footer>
    </div>
  );
}
