// Before the analysis sheets exist, Prioriteren and Controleren tell in Dutch what to do (create
// them on Start), with a button that goes there; never the service's English error, never a green
// "no problems found in 0 rows".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage, paneTab } from "./harness.mjs";

const suite = browserSuite(before, after);
const ENGLISH = /lacks these tables|VtoMissingTables|Not found/;

async function assertGuidanceOnly(page) {
  const guidance = page.getByTestId("missing-tables");
  await guidance.getByText("Maak eerst de analysebladen aan").waitFor({ timeout: 60000 });
  const text = await guidance.innerText();
  assert.match(text, /Maak ze aan op het tabblad Start met ‘Analysebladen aanmaken of bijwerken’/);
  assert.match(text, /Niet gevonden: .*Instellingen/);
  const pane = await page.locator("#container").innerText();
  assert.doesNotMatch(pane, ENGLISH);
  assert.doesNotMatch(pane, /Er ging iets mis/);
  assert.doesNotMatch(pane, /Geen problemen gevonden/);
  assert.equal(await page.locator("#container [role=alert]").count(), 0);
}

test("Prioriteren and Controleren before generating: Dutch guidance and a way to Start", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await paneTab(page, "Prioriteren").click();
  await assertGuidanceOnly(page);

  await paneTab(page, "Controleren").click();
  await page.getByRole("button", { name: "Alles controleren" }).click();
  await assertGuidanceOnly(page);

  // the button goes to Start, where the sheets are made; then the check runs over real rows
  await page.getByRole("button", { name: "Naar Start" }).click();
  assert.equal(await paneTab(page, "Start").getAttribute("aria-selected"), "true");
  await page.getByRole("button", { name: "Analysebladen aanmaken of bijwerken" }).click();
  await page
    .getByRole("status")
    .getByText(/Klaar:/)
    .waitFor();
  await paneTab(page, "Controleren").click();
  await page.getByRole("button", { name: "Alles controleren" }).click();
  await page
    .getByText(/Geen problemen gevonden|\d+ fouten?, |\d+ waarschuwingen?/)
    .waitFor({ timeout: 60000 });
  assert.equal(await page.getByTestId("missing-tables").count(), 0);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
