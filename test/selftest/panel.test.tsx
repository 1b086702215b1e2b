/**
 * @jest-environment jsdom
 */
// The self-test pane: hidden behind ?selftest=1 or Ctrl+Alt+Shift+T, runs every check against the
// workbook (here the in-memory Excel), shows one row per check and a copyable report.
import React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createFakeExcel } from "../../src/fake-excel";
import { catalogs, UiLanguage } from "../../src/i18n/strings";
import { CHECKS } from "../../src/selftest/checks";
import { isSelfTestShortcut, SelfTestGate, wantsSelfTest } from "../../src/selftest/SelfTestGate";
import { I18nProvider } from "../../src/taskpane/i18n";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom hides Node's structuredClone, which the in-memory Excel uses
// eslint-disable-next-line @typescript-eslint/no-require-imports
const v8 = require("node:v8") as typeof import("node:v8");
(globalThis as unknown as { structuredClone: unknown }).structuredClone ??= (v: unknown) =>
  v8.deserialize(v8.serialize(v));

let el: HTMLDivElement | null = null;
let root: Root | null = null;

function mount(lang: UiLanguage, search: string) {
  window.history.replaceState(null, "", `/taskpane.html${search}`);
  const fake = createFakeExcel();
  fake.book.addSheet("Blad1");
  // as the preview does: the global Excel is the in-memory one, and says so
  (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
  (window as unknown as { __vtoPreview: unknown }).__vtoPreview = fake;
  el = document.createElement("div");
  document.body.appendChild(el);
  const r = (root = createRoot(el));
  act(() => {
    r.render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang={lang}>
          <SelfTestGate>
            <p data-testid="normal">normal pane</p>
          </SelfTestGate>
        </I18nProvider>
      </FluentProvider>,
    );
  });
  return fake;
}

afterEach(() => {
  if (root) act(() => root!.unmount());
  el?.remove();
  root = el = null;
});

const pane = () => el!;

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; pane says: ${pane().textContent}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

const button = (name: string) =>
  [...pane().querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent?.trim() === name);

test("the query and the key combination that open the self-test", () => {
  expect(wantsSelfTest("?selftest=1")).toBe(true);
  expect(wantsSelfTest("?lang=en-US&selftest=1")).toBe(true);
  expect(wantsSelfTest("?selftest=0")).toBe(false);
  expect(wantsSelfTest("")).toBe(false);
  const key = { ctrlKey: true, altKey: true, shiftKey: true, code: "KeyT" };
  expect(isSelfTestShortcut(key)).toBe(true);
  expect(isSelfTestShortcut({ ...key, shiftKey: false })).toBe(false);
  expect(isSelfTestShortcut({ ...key, code: "KeyY" })).toBe(false);
});

test("without ?selftest=1 the normal pane shows; Ctrl+Alt+Shift+T opens the self-test and Back returns", async () => {
  mount("nl", "");
  expect(pane().querySelector('[data-testid="normal"]')).not.toBeNull();
  act(() => {
    window.dispatchEvent(
      new KeyboardEvent("keydown", { ctrlKey: true, altKey: true, shiftKey: true, code: "KeyT" }),
    );
  });
  await waitFor(() => button(catalogs.nl.selfTestRun), "the Run button");
  expect(pane().querySelector('[data-testid="normal"]')).toBeNull();
  act(() => button(catalogs.nl.selfTestBack)!.click());
  expect(pane().querySelector('[data-testid="normal"]')).not.toBeNull();
});

test("?selftest=1: Run shows progress, a row per check and a copyable report (English pane)", async () => {
  const fake = mount("en", "?selftest=1");
  const run = await waitFor(() => button(catalogs.en.selfTestRun), "the Run button");
  expect(pane().querySelector('[data-testid="normal"]')).toBeNull();
  expect(pane().textContent).toContain(catalogs.en.selfTestInMemory);
  // before a run: every check listed with its why, not run yet
  const rows = () => [...pane().querySelectorAll<HTMLTableRowElement>("tbody tr")];
  expect(rows()).toHaveLength(CHECKS.length);
  expect(rows()[0].textContent).toContain(CHECKS[0].title.en);
  expect(rows()[0].textContent).toContain(CHECKS[0].why.en);
  expect(pane().querySelector("table caption")?.textContent).toBe(catalogs.en.selfTestTableCaption);
  const copy = button(catalogs.en.selfTestCopy)!;
  expect(copy.disabled).toBe(true);

  // the run may finish between two polls: record every progress text shown on the way
  const shown = new Set<string>();
  const observer = new MutationObserver(() => {
    for (const m of el?.textContent?.match(/Check \d+ of 16/g) ?? []) shown.add(m);
  });
  observer.observe(pane(), { subtree: true, childList: true, characterData: true });
  act(() => run.click());
  const summary = await waitFor(
    () => pane().querySelector<HTMLElement>('[data-testid="selftest-summary"]'),
    "the summary",
  );
  observer.disconnect();
  // which ones render depends on the scheduler; the runner's progress calls are tested in selftest.test.ts
  expect(shown.size).toBeGreaterThan(0);
  expect(summary.textContent).toBe("Done: 16 passed, 0 failed, 0 skipped.");
  await waitFor(() => document.activeElement === summary, "focus on the summary");
  const statuses = rows().map((r) => r.querySelectorAll("td")[0].textContent);
  expect(statuses.filter((s) => s === "PASS")).toHaveLength(16);
  expect(statuses[11]).toBe("PASS");

  const report = pane().querySelector<HTMLTextAreaElement>("textarea")!;
  expect(report.readOnly).toBe(true);
  expect(report.value).toMatch(/^VTO-analyse self-test\nHost: in-memory Excel/);
  expect(report.value).toContain("\n01 structured-refs | PASS | ");
  expect(report.value).toContain("\n12 page-layout | PASS | ");
  // the label names the field for screen readers
  const label = pane().querySelector<HTMLLabelElement>(`label[for="${report.id}"]`);
  expect(label?.textContent).toBe(catalogs.en.selfTestReport);
  // only the user's sheet is left
  expect(fake.book.sheets.map((s) => s.name)).toEqual(["Blad1"]);

  // copy: the asynchronous clipboard where allowed …
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  await act(async () => copy.click());
  expect(writeText).toHaveBeenCalledWith(report.value);
  expect(pane().textContent).toContain(catalogs.en.selfTestCopied);
  // … else the report is selected and the user is told to press Ctrl+C
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
  await act(async () => copy.click());
  expect(pane().textContent).toContain(catalogs.en.selfTestCopyManual);
  expect(document.activeElement).toBe(report);
  expect([report.selectionStart, report.selectionEnd]).toEqual([0, report.value.length]);
});
