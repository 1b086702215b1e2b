// The route as an HR officer walks it, following only what the pane says; and the untouched
// example passes the check whatever day of next year it is.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, fillExample, openPage, paneTab, sheetTab, typeInto } from "./harness.mjs";

const suite = browserSuite(before, after);

test("the untouched example shows 0 errors in the check on any day of next year", async () => {
  const year = new Date().getFullYear() + 1;
  // a random day of next year (printed, so a failure can be replayed), and its last day
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 864e5;
  const picks = [new Date(start + Math.floor(Math.random() * days) * 864e5 + 9 * 3600e3)];
  picks.push(new Date(Date.UTC(year, 11, 31, 22, 30)));
  for (const when of picks) {
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.clock.install({ time: when });
    await page.goto(`${suite.origin}/preview.html`);
    await page.waitForSelector("h1");
    await fillExample(page);
    await paneTab(page, "Controleren").click();
    await page.getByRole("button", { name: "Alles controleren" }).click();
    const summary = page
      .locator("#pane")
      .getByText(/\d+ fout(en)?, |Geen problemen gevonden/)
      .first();
    await summary.waitFor({ timeout: 60000 });
    const text = await summary.innerText();
    assert.match(text, /^(0 fouten,|Geen problemen gevonden)/, `${when.toISOString()}: ${text}`);
    await page.close();
  }
});

/** Types a row of values from `first` rightwards (A4, B4 …). */
async function typeRow(page, row, values, first = "A") {
  for (const [i, v] of values.entries())
    if (v !== null) await typeInto(page, `${String.fromCharCode(first.charCodeAt(0) + i)}${row}`, v);
}
const activeSheet = (page) => page.locator(".tabs .tab.active").innerText();

test("an empty workbook to a ranked need, following only what the pane says (Dutch, 320 px)", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addStyleTag({ content: "#pane { width: 320px !important; }" });
  const pane = page.locator("#pane");
  const step = (label) => pane.getByRole("listitem").filter({ hasText: label });

  // Start: create the sheets; the grid opens on the first sheet to fill
  await pane.getByRole("button", { name: "Analysebladen aanmaken of bijwerken" }).click();
  await pane
    .getByRole("status")
    .getByText(/^Klaar:/)
    .waitFor({ timeout: 60000 });
  assert.equal(await activeSheet(page), "Instellingen");
  await step("Instellingen:").getByText("nog in te vullen").waitFor();

  // 1. settings: the organisation's name (found by its label) and a team
  const label = page.locator("td", { hasText: /^Naam organisatie$/ });
  const row = (await label.getAttribute("data-cell")).replace(/^[A-Z]+/, "");
  await typeInto(page, `C${row}`, "Zorg Oost vzw");
  await typeInto(page, "F4", "Thuiszorg");
  await pane.getByRole("button", { name: "Stappen bijwerken" }).click();
  await step("Instellingen:").getByText("ingevuld").waitFor();

  // 2.–4. competences, employees, ratings: each step's button opens its sheet
  await pane.getByRole("button", { name: /^Naar het blad: Competenties/ }).click();
  await page.waitForFunction(
    () => document.querySelector(".tabs .tab.active")?.textContent === "Competenties",
  );
  await typeRow(page, 4, ["C01", "Wondzorg", "vaardigheid", "Zorg", "ja"]);
  await pane.getByRole("button", { name: /^Naar het blad: Medewerkers/ }).click();
  await page.waitForFunction(
    () => document.querySelector(".tabs .tab.active")?.textContent === "Medewerkers",
  );
  await typeRow(page, 4, ["M01", "Ann", "Thuiszorg", "verpleegkundige", 1]);
  await typeRow(page, 5, ["M02", "Bart", "Thuiszorg", "verpleegkundige", 0.8]);
  await pane.getByRole("button", { name: /^Naar het blad: Beoordelingen/ }).click();
  await page.waitForFunction(
    () => document.querySelector(".tabs .tab.active")?.textContent === "Competentiekloof",
  );
  await typeRow(page, 4, ["M01", "C01", "leidinggevende", null, 3, 1, null, 3]);
  await typeRow(page, 5, ["M02", "C01", "leidinggevende", null, 3, 2, null, 3]);
  await pane.getByRole("button", { name: "Stappen bijwerken" }).click();
  await step("Competenties:").getByText("1 competentie").waitFor();
  await step("Medewerkers:").getByText("2 medewerkers").waitFor();
  await step("Beoordelingen:").getByText("2 beoordelingen").waitFor();

  // 5. check: no errors in what was typed
  await pane.getByRole("button", { name: /^Openen: Controleren/ }).click();
  await pane.getByRole("button", { name: "Alles controleren" }).click();
  const summary = pane.getByText(/\d+ fout(en)?, |Geen problemen gevonden/).first();
  await summary.waitFor({ timeout: 60000 });
  assert.match(await summary.innerText(), /^(0 fouten,|Geen problemen gevonden)/, await pane.innerText());

  // 6. learning questions: one proposed from the gap analysis, then the real-need test on the sheet
  await paneTab(page, "Start").click();
  await pane.getByRole("button", { name: /^Openen: Leervragen/ }).click();
  await pane.getByRole("button", { name: "Leervragen voorstellen uit de kloofanalyse" }).click();
  const proposals = pane.getByRole("group", { name: "Van kloof naar leervraag" }).getByRole("checkbox");
  await proposals.first().waitFor({ timeout: 60000 });
  await proposals.first().check();
  await pane.getByRole("button", { name: "1 leervraag toevoegen" }).click();
  await pane.getByText(/Toegevoegd: LV01\./).waitFor({ timeout: 60000 });
  await sheetTab(page, "Leervragen").click();
  assert.equal(await page.locator('td[data-cell="K4"]').innerText(), "Onvolledig");
  await typeRow(page, 4, ["vaardigheden", "ja", "ja"], "H");
  assert.equal(await page.locator('td[data-cell="K4"]').innerText(), "Echte VTO-behoefte");
  // the counts follow the edit by themselves
  await page.waitForFunction(
    () =>
      /(^|\n)1\s+Echte VTO-behoefte/.test(
        document.querySelector('#pane [role=group][aria-labelledby="counts-title"]')?.innerText ?? "",
      ),
    null,
    { timeout: 30000 },
  );

  // 7. priorities: the pane offers the real need; scores and costs on the sheet; ranked and in plan
  await paneTab(page, "Prioriteren").click();
  await pane.getByRole("button", { name: "Toevoegen aan Prioriteiten" }).click();
  const confirm = page.getByRole("dialog");
  if (await confirm.isVisible().catch(() => false))
    await confirm.getByRole("button", { name: "Toepassen" }).click();
  await sheetTab(page, "Prioriteiten").click();
  await page.locator('td[data-cell="A4"]').getByText("LV01").waitFor({ timeout: 60000 });
  await typeRow(page, 4, [4, 4, 3, 4, 4, 4, 2, 7, 400, 0], "D");
  await pane.getByRole("button", { name: "Vernieuwen" }).click();
  const top = pane.getByRole("table", { name: "Top van de rangorde" });
  await top.getByRole("row").nth(1).getByText(/LV01/).waitFor({ timeout: 60000 });
  await top.getByText("in het plan", { exact: false }).waitFor();

  // 8. back at Start: every step says where it stands
  await paneTab(page, "Start").click();
  await step("Prioriteren:").getByText("1 behoefte gerangschikt").waitFor({ timeout: 30000 });
  await step("Leervragen:")
    .getByText(/1 leervraag, waarvan 1 echte VTO-behoefte/)
    .waitFor();
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
