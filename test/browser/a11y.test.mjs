// Every panel, in Dutch and English, light and dark, with the pane at its narrowest (320 px) in a
// 1366 × 768 window: axe-core finds no serious or critical violation, the panel tabs stay on one
// row and nothing is wider than the pane.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { browserSuite, fillExample, openPage, paneTab, typeInto } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const suite = browserSuite(before, after);

const LANGS = {
  "nl-BE": {
    fill: "Vul met voorbeeldgegevens",
    filled: /Voorbeeldgegevens ingevuld/,
    tabs: ["Start", "Controleren", "Leervragen", "Prioriteren", "Plan"],
    checkAll: "Alles controleren",
    checked: /\d+ fout(en)?, |Geen problemen gevonden/,
  },
  "en-US": {
    fill: "Fill with example data",
    filled: /Example data filled in/,
    tabs: ["Start", "Check", "Questions", "Prioritise", "Plan"],
    checkAll: "Check everything",
    checked: /\d+ errors?, |No problems found/,
  },
};

/** axe-core on the pane: the violations that are serious or critical, as readable lines. */
async function axeOnPane(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run("#pane", { resultTypes: ["violations"], rules: { "color-contrast": { enabled: true } } }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Layout at 320 px: the tab row does not wrap, and no element is wider than the pane. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const tabs = [...document.querySelectorAll("#pane nav [role=tab]")];
    const tops = new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    if (tops.size > 1) problems.push(`the panel tabs wrap onto ${tops.size} rows`);
    const pane = document.querySelector("#pane");
    const right = pane.getBoundingClientRect().right;
    for (const el of pane.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 1 && getComputedStyle(el).position !== "fixed")
        problems.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 30)}" sticks out`);
    }
    if (pane.scrollWidth > pane.clientWidth + 1) problems.push("the pane scrolls sideways");
    return problems.slice(0, 5);
  });
}

for (const [lang, L] of Object.entries(LANGS))
  for (const theme of ["light", "dark"])
    test(`every panel at 320 px, ${lang}, ${theme}: no serious axe violation, no overflow`, async () => {
      const { page, consoleErrors } = await openPage(
        suite.browser,
        suite.origin,
        `?lang=${lang}&theme=${theme}`,
      );
      await page.setViewportSize({ width: 1366, height: 768 });
      // no transitions: axe must see a button's colours, not a frame of their fade (a button that
      // was just enabled again read as low contrast now and then)
      await page.addStyleTag({
        content:
          "#pane { width: 320px !important; } #pane * { transition: none !important; animation: none !important; }",
      });
      const found = [];
      const visit = async (where) => {
        for (const v of await axeOnPane(page)) found.push(`${where}: ${v}`);
        for (const p of await layoutProblems(page)) found.push(`${where}: ${p}`);
      };
      await visit("Start, empty workbook");
      await page.getByRole("button", { name: L.fill }).click();
      await page.getByRole("status").getByText(L.filled).waitFor({ timeout: 120000 });
      await visit("Start, example");
      for (const tab of L.tabs.slice(1)) {
        await paneTab(page, tab).click();
        await page.locator("#pane [role=tabpanel]").first().waitFor();
        if (tab === L.tabs[1]) {
          await page.getByRole("button", { name: L.checkAll }).click();
          await page.locator("#pane").getByText(L.checked).first().waitFor({ timeout: 60000 });
        }
        await page.waitForTimeout(500); // panels read the workbook on first show
        await visit(tab);
      }
      assert.deepEqual(found, []);
      assert.deepEqual(consoleErrors, []);
      await page.close();
    });

test("a confirmation opens on the safe button, and cancelling gives the focus back to what opened it", async () => {
  const { page, consoleErrors } = await openPage(suite.browser, suite.origin);
  await fillExample(page);
  await paneTab(page, "Prioriteren").click();
  const opener = page.getByRole("button", { name: "Optimum op het blad zetten" });
  await opener.waitFor({ timeout: 60000 });
  for (const close of ["Escape", "cancel"]) {
    await opener.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Annuleren");
    if (close === "Escape") await page.keyboard.press("Escape");
    else await dialog.getByRole("button", { name: "Annuleren" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "Optimum op het blad zetten");
  }
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test("each check message names its cell once, with what to do", async () => {
  const { page } = await openPage(suite.browser, suite.origin);
  await page.getByRole("button", { name: "Analysebladen aanmaken of bijwerken" }).click();
  await page
    .getByRole("status")
    .getByText(/^Klaar:/)
    .waitFor({ timeout: 60000 });
  await page.locator(".tabs .tab", { hasText: /^Medewerkers$/ }).click();
  await typeInto(page, "A4", "M01");
  await typeInto(page, "E4", "veel");
  await paneTab(page, "Controleren").click();
  await page.getByRole("button", { name: "Alles controleren" }).click();
  await page.getByText(/\d+ fout(en)?, /).waitFor({ timeout: 60000 });
  // every message link: "Ga naar <cell>: <what is wrong and what to do>", the cell said once
  const names = await page
    .locator("#pane")
    .getByRole("button", { name: /^Ga naar / })
    .evaluateAll((links) => links.map((l) => l.getAttribute("aria-label")));
  assert.ok(
    names.some((n) => n.startsWith("Ga naar Medewerkers!E4: ")),
    names.join("\n"),
  );
  for (const name of names) {
    const cell = /^Ga naar (\S+): /.exec(name)[1];
    assert.equal(name.split(cell).length - 1, 1, name);
  }
  await page.close();
});
