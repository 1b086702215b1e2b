/**
 * @jest-environment jsdom
 */
// Before the analysis sheets exist, the panels say in the pane's language what to do (create them
// on Start), never the service's English error, and the check never reports success over nothing.
import React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MissingTablesError } from "../../src/excel/questions";
import { createFakeExcel } from "../../src/fake-excel";
import { catalogs, UiLanguage } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import { describeError, globalErrors, missingTablesOf } from "../../src/taskpane/errors";
import { I18nProvider } from "../../src/taskpane/i18n";
import { sheetsOf } from "../../src/taskpane/MissingTablesNotice";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ENGLISH_ERROR = /lacks these tables|VtoMissingTables/;

let el: HTMLDivElement | null = null;
let root: Root | null = null;

// jsdom has no ResizeObserver; Fluent's overflow-aware components only need it to exist
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function mount(lang: UiLanguage) {
  const fake = createFakeExcel(); // an empty workbook, as a fresh pane sees it
  fake.book.addSheet("Blad1");
  (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
  el = document.createElement("div");
  document.body.appendChild(el);
  const r = (root = createRoot(el));
  act(() => {
    r.render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang={lang}>
          <App />
        </I18nProvider>
      </FluentProvider>,
    );
  });
}

afterEach(() => {
  if (root) act(() => root!.unmount());
  el?.remove();
  root = el = null;
});

const pane = () => el!;

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; pane says: ${pane().textContent}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

const tab = (id: string) => pane().querySelector<HTMLElement>(`[role="tab"]#tab-${id}`);
const button = (name: string) =>
  [...pane().querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent?.trim() === name);
const notice = () => pane().querySelector<HTMLElement>('[data-testid="missing-tables"]');

async function open(id: string) {
  const t = await waitFor(() => tab(id), `tab ${id}`);
  act(() => t.click());
}

test("the error's code and tables are recognised, never its English message", () => {
  const e = new MissingTablesError(["VTO_Settings", "VTO_Weights"]);
  expect(missingTablesOf(e)).toEqual(["VTO_Settings", "VTO_Weights"]);
  expect(missingTablesOf(Object.assign(new Error("x"), { code: "ItemNotFound" }))).toBeNull();
  expect(missingTablesOf("VtoMissingTables")).toBeNull();
  // one sheet per table set, in the pane's language
  expect(sheetsOf(["VTO_Settings", "VTO_Teams", "VTO_Weights", "VTO_Employees"], "nl")).toEqual([
    "Instellingen",
    "Medewerkers",
  ]);
  expect(sheetsOf(["VTO_Settings", "VTO_Unknown"], "en")).toEqual(["Settings", "VTO_Unknown"]);
});

test("Prioriteren before generating: Dutch guidance with a way to Start, no English error", async () => {
  mount("nl");
  await open("prioritize");
  const box = await waitFor(notice, "the guidance");
  const nl = catalogs.nl;
  expect(box.textContent).toContain(nl.missingTablesTitle);
  expect(box.textContent).toContain(
    "Maak ze aan op het tabblad Start met ‘Analysebladen aanmaken of bijwerken’",
  );
  expect(box.textContent).toMatch(/Niet gevonden: .*Instellingen/);
  expect(pane().textContent).not.toMatch(ENGLISH_ERROR);
  expect(pane().textContent).not.toContain(nl.errorTitle);
  expect(pane().querySelector('[role="alert"]')).toBeNull();
  // nothing to weigh without the sheets
  expect(button(nl.prioWriteWeights)).toBeUndefined();

  act(() => button(nl.missingTablesGoToStart)!.click());
  await waitFor(() => button(nl.startGenerate), "the Start panel");
  expect(tab("start")!.getAttribute("aria-selected")).toBe("true");
  expect(document.activeElement?.id).toBe("tab-start");
});

test("Controleren before generating: only the guidance, no green 'no problems in 0 rows'", async () => {
  mount("nl");
  await open("check");
  const run = await waitFor(() => button(catalogs.nl.checkRun), "the check button");
  act(() => run.click());
  const box = await waitFor(notice, "the guidance");
  expect(box.textContent).toContain(catalogs.nl.missingTablesTitle);
  expect(box.textContent).toMatch(/Niet gevonden: .*Medewerkers/);
  expect(pane().textContent).not.toContain("Geen problemen gevonden");
  expect(pane().textContent).not.toMatch(/Niet gevonden: VTO_/);
  expect(pane().textContent).not.toMatch(ENGLISH_ERROR);
  expect(button(catalogs.nl.missingTablesGoToStart)).toBeDefined();
});

test("Questions before generating: proposing questions gives the guidance, not the error", async () => {
  mount("nl");
  await open("questions");
  const propose = await waitFor(() => button(catalogs.nl.proposeRun), "the propose button");
  act(() => propose.click());
  await waitFor(notice, "the guidance");
  expect(pane().textContent).not.toMatch(ENGLISH_ERROR);
  expect(pane().textContent).not.toContain(catalogs.nl.errorTitle);
});

test("the English pane gets the English guidance", async () => {
  mount("en");
  await open("prioritize");
  const box = await waitFor(notice, "the guidance");
  expect(box.textContent).toContain(catalogs.en.missingTablesTitle);
  expect(box.textContent).toMatch(/Not found: .*Settings/);
  expect(button(catalogs.en.missingTablesGoToStart)).toBeDefined();
  expect(pane().textContent).not.toMatch(ENGLISH_ERROR);
});

test("a missing-tables error that escapes every handler still shows the guidance", async () => {
  mount("nl");
  act(() => globalErrors.report(new MissingTablesError(["VTO_Questions"])));
  const box = await waitFor(notice, "the guidance");
  expect(box.textContent).toContain("Niet gevonden: Leervragen.");
  expect(pane().textContent).not.toContain(describeError(new MissingTablesError(["VTO_Questions"])));
});
