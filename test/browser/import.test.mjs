// Import by pasting, in the pane at 320 px: a CSV from a payroll export is pasted, its columns are
// matched by header, the preview says what will happen (new rows, a duplicate of the table, a
// date that does not exist) and the rows are appended below Medewerkers; the section passes axe.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { browserSuite, fillExample, openPage, sheetTab } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const suite = browserSuite(before, after);

const CSV = [
  "Personeelsnummer;Naam;Afdeling;Functie;Tewerkstelling %;Postcode",
  'M101;"Peeters; An";Woonzorg A;verpleegkundige;0,8;2000',
  "M001;Al in de tabel;Woonzorg A;zorgkundige;1;2000",
  "0012;=SOM(A1);Thuiszorg;zorgkundige;1.000,5;9000",
  "M103;Onleesbaar;Thuiszorg;zorgkundige;n.v.t.;9000",
].join("\n");

test("paste a CSV, match columns, preview and append below Medewerkers (keyboard, 320 px, axe)", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addStyleTag({ content: "#pane { width: 320px !important; }" });
  await fillExample(page);

  const open = page.getByRole("button", { name: "Gegevens importeren (plakken)" });
  await open.focus();
  await page.keyboard.press("Enter");
  assert.equal(await open.getAttribute("aria-expanded"), "true");
  const paste = page.getByRole("textbox", { name: /Plak hier de gegevens/ });
  await paste.waitFor();
  await paste.fill(CSV);
  await page.getByText("4 rijen en 6 kolommen gevonden (scheidingsteken puntkomma).").waitFor();
  // the suggested mapping, editable: Postcode is left out
  const idSelect = page
    .getByRole("group", { name: "Kolommen koppelen" })
    .getByRole("combobox", { name: "ID", exact: true });
  assert.equal(await idSelect.inputValue(), "0");
  const fte = page.getByRole("combobox", { name: "VTE", exact: true });
  assert.equal(await fte.inputValue(), "4");
  // the Functie column left blank by keyboard, then matched again
  const role = page.getByRole("combobox", { name: "Functie", exact: true });
  await role.selectOption("");
  await role.selectOption("3");

  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const summary = page.getByRole("group", { name: "Wat er gebeurt" });
  await summary.waitFor({ timeout: 60000 });
  const text = await summary.innerText();
  assert.match(text, /2 nieuwe rijen worden toegevoegd/);
  assert.match(text, /1 rij staat al in de tabel/);
  assert.match(text, /1 rij is niet leesbaar/);
  assert.match(text, /1 fout en 1 waarschuwing in de nieuwe rijen/);
  const firstRows = page.getByRole("region", { name: "De eerste rijen zoals ze worden geschreven" });
  assert.match(await firstRows.innerText(), /0012/);
  await page.getByText("Details").click();
  await page.getByText('Regel 5: VTE "n.v.t." is geen getal.').waitFor();

  // axe and layout on the open import section
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run("#pane", { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, []);
  const sticksOut = await page.evaluate(() => {
    const pane = document.querySelector("#pane");
    return pane.scrollWidth > pane.clientWidth + 1;
  });
  assert.equal(sticksOut, false);
  await page.screenshot({ path: "docs/screenshots/import.png" });

  await page.getByRole("button", { name: "2 rijen toevoegen" }).click();
  await page
    .getByRole("status")
    .getByText("2 rijen toegevoegd onder de tabel op het blad Medewerkers.", { exact: false })
    .waitFor({ timeout: 60000 });
  await sheetTab(page, "Medewerkers").click();
  // the grid draws the rows in view: scroll down to the new ones
  await page.locator('td[data-cell="A4"]').waitFor();
  await page.evaluate(() => {
    let el = document.querySelector('td[data-cell="A4"]');
    while (el && !(el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== "visible"))
      el = el.parentElement;
    el.scrollTop = 50 * 22;
    el.dispatchEvent(new Event("scroll"));
  });
  // 60 employees on rows 4–63: the new ones below them, the text kept as typed
  assert.equal(await page.locator('td[data-cell="A64"]').innerText(), "M101");
  assert.equal(await page.locator('td[data-cell="A65"]').innerText(), "0012");
  assert.equal(await page.locator('td[data-cell="B65"]').innerText(), "=SOM(A1)");
  assert.equal(await page.locator('td[data-cell="A66"]').innerText(), "");
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
