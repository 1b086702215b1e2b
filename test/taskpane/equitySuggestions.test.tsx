/**
 * @jest-environment jsdom
 */
// The Prioritise pane's equity suggestion: per need the score its question's target group suggests
// (from the Billijkheid sheet, evaluated in the in-memory Excel), with its one-line reason; the
// buttons fill it in only where the need's Billijkheid cell is blank — a score typed before or
// meanwhile is kept and named.
import { deserialize, serialize } from "node:v8";
import React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FakeExcel } from "../../src/fake-excel";
import { I18nProvider } from "../../src/taskpane/i18n";
import { EquitySuggestions } from "../../src/taskpane/panels/EquitySuggestions";
import { equityEdgeData } from "../helpers/equityEdges";
import { filledWorkbook } from "../helpers/exampleBook";
import { tableRows } from "../helpers/book";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no structuredClone (the in-memory Excel copies books with it): Node's own, the same algorithm
(globalThis as unknown as { structuredClone: unknown }).structuredClone ??= (v: unknown) =>
  deserialize(serialize(v));

// jsdom has no ResizeObserver; Fluent's message bar only needs it to exist
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

let el: HTMLDivElement | null = null;
let root: Root | null = null;
afterEach(() => {
  if (root) act(() => root!.unmount());
  el?.remove();
  root = el = null;
});

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; pane says: ${el!.textContent}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}
const button = (name: string) =>
  [...el!.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent?.trim() === name);

/** The edge organisation (teams A–E, 24-month index A 1.25, D 0.50) with needs aimed at each case. */
function data() {
  const base = equityEdgeData();
  const targets: Record<string, string> = {
    LV01: "a",
    LV02: "D",
    LV03: "iedereen",
    LV06: "Onbekend",
    LV08: "",
  };
  return {
    ...base,
    questions: base.questions.map((q) => (q.id in targets ? { ...q, targetGroup: targets[q.id] } : q)),
    priorities: base.priorities.map((n) =>
      n.questionId === "LV03"
        ? { ...n, scores: { ...n.scores, equity: 5 } }
        : ["LV01", "LV02"].includes(n.questionId)
          ? { ...n, scores: { ...n.scores, equity: null } }
          : n,
    ),
  };
}

const equityOf = (fake: FakeExcel, id: string) =>
  tableRows(fake.book, "VTO_Priorities").find((r) => r["Leervraag-ID"] === id)!.Billijkheid;

test("suggestions with their reason; filling writes only blank cells, a score typed meanwhile stays", async () => {
  const fake = await filledWorkbook(data(), { lang: "nl", year: 2026 });
  (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
  el = document.createElement("div");
  document.body.appendChild(el);
  const r = (root = createRoot(el));
  act(() => {
    r.render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="nl">
          <EquitySuggestions />
        </I18nProvider>
      </FluentProvider>,
    );
  });
  const text = () => el!.textContent ?? "";
  await waitFor(() => text().includes("LV01"), "the needs");
  const nb = "\u00a0";
  expect(text()).toContain(
    `team A: 20${nb}% van het personeel, 25${nb}% van de opleidingsuren in 24 maanden → 1`,
  );
  expect(text()).toContain(
    `team D: 20${nb}% van het personeel, 10${nb}% van de opleidingsuren in 24 maanden → 4`,
  );
  // a typed score is shown, never offered to overwrite
  expect(text()).toContain("LV03 — ingevuld: 5");
  expect(text()).toContain("hele organisatie: 100");
  expect(button("2 invullen bij LV03")).toBeUndefined();
  expect(text()).toContain("geen voorstel: doelgroep 'Onbekend' is geen team, functie of 'iedereen'");
  expect(text()).toContain("geen voorstel: de leervraag heeft geen doelgroep");
  expect(button("1 invullen bij LV01")).toBeDefined();
  expect(button("4 invullen bij LV02")).toBeDefined();

  // a colleague types a score for LV02 while the pane shows its suggestion
  const t = fake.book.findTable("VTO_Priorities")!;
  const row = tableRows(fake.book, "VTO_Priorities").findIndex((x) => x["Leervraag-ID"] === "LV02");
  const col = t.columns.findIndex((c) => c.name === "Billijkheid");
  fake.book.writeContents(t.sheet, { row: t.rect.row + 1 + row, col: t.rect.col + col, rows: 1, cols: 1 }, [
    [2],
  ]);

  act(() => button("Voorstellen invullen in de lege cellen (2)")!.click());
  await waitFor(() => text().includes("ingevuld."), "the result");
  expect(text()).toContain("1 score billijkheid ingevuld. Niet overschreven, want intussen ingevuld: LV02.");
  expect([equityOf(fake, "LV01"), equityOf(fake, "LV02"), equityOf(fake, "LV03")]).toEqual([1, 2, 5]);
  await waitFor(() => text().includes("LV01 — ingevuld: 1"), "the refreshed list");
}, 60000);
