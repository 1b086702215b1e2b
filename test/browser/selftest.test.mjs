// The maintainers' self-test in the preview: hidden behind ?selftest=1 and Ctrl+Alt+Shift+T, runs
// every check against the in-memory workbook, shows a row per check and a copyable report, leaves
// only the user's sheet, and makes no request off the page's origin.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage } from "./harness.mjs";

const suite = browserSuite(before, after);

test("?selftest=1 shows the self-test instead of the navigation; Run gives a report per check", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin, "?selftest=1");
  assert.equal(await page.locator("#container").getByRole("tab").count(), 0);
  await page.getByRole("heading", { name: "Zelftest voor beheerders" }).waitFor();
  const run = page.getByRole("button", { name: "Zelftest uitvoeren" });
  await run.click();
  const summary = page.getByTestId("selftest-summary");
  await summary.waitFor({ timeout: 60000 });
  assert.equal((await summary.innerText()).trim(), "Klaar: 16 geslaagd, 0 mislukt, 0 overgeslagen.");
  // the summary has the focus, so screen readers read it first
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute("data-testid")),
    "selftest-summary",
  );
  const table = page.getByRole("table", { name: "Controles en resultaten" });
  assert.equal(await table.locator("tbody tr").count(), 16);
  assert.equal(await table.locator('tr[data-check="page-layout"] td').first().innerText(), "PASS");
  assert.equal(await table.locator('tr[data-check="events"] td').first().innerText(), "PASS");

  const report = page.getByRole("textbox", { name: /Rapport/ });
  const text = await report.inputValue();
  assert.match(text, /^VTO-analyse self-test\nHost: in-memory Excel/);
  assert.match(text, /\nResult: 16 PASS, 0 FAIL, 0 SKIP\n/);
  assert.equal(text.split("\n").filter((l) => /^\d\d [a-z0-9-]+ \| (PASS|FAIL|SKIP) \| /.test(l)).length, 16);
  assert.equal(await report.getAttribute("readonly"), "");

  // copying: the clipboard where the browser allows it, else the report is selected with a hint
  await page.getByRole("button", { name: "Rapport kopiëren" }).click();
  await page.getByText(/Rapport gekopieerd|Kopiëren is hier niet toegestaan/).waitFor();

  // only the user's sheet is left in the workbook
  assert.deepEqual(await page.evaluate(() => window.__vtoPreview.book.sheets.map((s) => s.name)), ["Blad1"]);
  assert.deepEqual(await page.evaluate(() => window.__vtoPreview.book.names.map((n) => n.name)), []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});

test("Ctrl+Alt+Shift+T opens the self-test from the normal pane (English), Back returns", async () => {
  const { page, consoleErrors } = await openPage(suite.browser, suite.origin, "?lang=en-US");
  await page.getByRole("tab", { name: "Start" }).waitFor();
  await page.getByRole("tab", { name: "Start" }).focus();
  await page.keyboard.press("Control+Alt+Shift+KeyT");
  await page.getByRole("button", { name: "Run self-test" }).waitFor();
  assert.equal(await page.locator("#container").getByRole("tab").count(), 0);
  await page.getByRole("button", { name: "Back to the add-in" }).click();
  await page.getByRole("tab", { name: "Start" }).waitFor();
  assert.deepEqual(consoleErrors, []);
  await page.close();
});
