import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, fillExample, openPage, paneTab, sheetTab } from "./harness.mjs";

const suite = browserSuite(before, after);

test("learning questions: counts, proposals from gaps added to the sheet, a cause taken over from the pyramid", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await fillExample(page);
  await paneTab(page, "Leervragen").click();
  const counts = page.getByRole("group", { name: "Oordeel over de leervragen" });
  await counts.getByText("Echte VTO-behoefte").waitFor({ timeout: 60000 });
  assert.match(
    await counts.innerText(),
    /3\s+Echte VTO-behoefte\s+2\s+Te bekijken.*\s+7\s+Geen VTO-behoefte\s+2\s+Onvolledig/,
  );

  await sheetTab(page, "Leervragen").click();
  await page.screenshot({ path: "docs/screenshots/questions.png" });

  // from gaps to questions: pick one proposal and add it
  await page.getByRole("button", { name: "Leervragen voorstellen uit de kloofanalyse" }).click();
  const proposals = page.getByRole("group", { name: "Van kloof naar leervraag" }).getByRole("checkbox");
  assert.ok((await proposals.count()) > 3);
  await proposals.first().check();
  await page.getByRole("button", { name: "1 leervraag toevoegen" }).click();
  await page.getByText(/Toegevoegd: LV15\./).waitFor({ timeout: 60000 });
  await sheetTab(page, "Leervragen").click();
  await page.locator('td[data-cell="A18"]').getByText("LV15").waitFor();
  assert.equal(await page.locator('td[data-cell="K18"]').innerText(), "Onvolledig");

  // causes from the instruments: LV08's pyramid points to work organisation
  await page.getByRole("button", { name: "Oorzaken voorstellen uit piramide en Gilbert" }).click();
  const lv08 = page.getByRole("checkbox", { name: /^LV08 .*vaardigheden → werkorganisatie/ });
  await lv08.waitFor();
  assert.equal(await lv08.isChecked(), false); // replacing a chosen cause needs a deliberate tick
  await lv08.check();
  await page.getByRole("button", { name: "Gekozen oorzaken overnemen (1)" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Toepassen" }).click();
  await page.getByText("1 oorzaak overgenomen.").waitFor({ timeout: 60000 });
  assert.equal(await page.locator('td[data-cell="H11"]').innerText(), "werkorganisatie");
  await page.waitForFunction(() => /8\s+Geen VTO-behoefte/.test(document.body.innerText));
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});

test("the guided route: a perspective suggests instruments, and only the chosen sheets are created", async () => {
  const { page, consoleErrors } = await openPage(suite.browser, suite.origin);
  await paneTab(page, "Leervragen").click();
  await page.getByText(/nog geen blad Leervragen/).waitFor();
  await page.getByRole("radio", { name: "Functionering" }).check();
  await page.getByText("Verzamel feiten met STARR-interviews", { exact: false }).waitFor();
  const gilbert = page.getByRole("checkbox", { name: /Model van Gilbert/ });
  assert.equal(await gilbert.isChecked(), true);
  await gilbert.uncheck();
  await page.getByRole("button", { name: "Gekozen bladen aanmaken" }).click();
  await page.getByText(/Klaar: \d+ tabell?e?n? aangemaakt/).waitFor({ timeout: 60000 });
  const tabs = await page.getByRole("tablist", { name: "Bladen" }).getByRole("tab").allInnerTexts();
  assert.ok(tabs.includes("Leervragen") && tabs.includes("STARR") && tabs.includes("Competentiepiramide"));
  assert.ok(!tabs.includes("Gilbert") && !tabs.includes("Acht-veldenmodel"));
  await page.getByRole("checkbox", { name: /STARR-interviews.*\(al aanwezig\)/ }).waitFor();
  assert.deepEqual(consoleErrors, []);
  await page.close();
});
