import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage } from "./harness.mjs";

const suite = browserSuite(before, after);

test("the preview loads in Dutch by default, with no console errors and no request off localhost", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  assert.equal(await page.locator("h1").innerText(), "VTO-analyse");
  for (const tab of ["Start", "Controleren", "Prioriteren", "Plan"]) {
    assert.equal(await page.getByRole("tab", { name: tab, exact: true }).count(), 1, tab);
  }
  assert.equal(await page.getAttribute("html", "lang"), "nl-BE");
  await page.getByRole("tab", { name: "Controleren" }).click();
  await page.getByRole("button", { name: "Alles controleren" }).waitFor();
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});

test("an English display language gives the English pane", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin, "?lang=en-US");
  assert.equal(await page.locator("h1").innerText(), "VTO analysis");
  assert.equal(await page.getByRole("tab", { name: "Check", exact: true }).count(), 1);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});

test("any nl-* language is Dutch", async () => {
  const { page } = await openPage(suite.browser, suite.origin, "?lang=nl-NL");
  assert.equal(await page.locator("h1").innerText(), "VTO-analyse");
  await page.close();
});

test("a dark Office theme gives a dark pane", async () => {
  const { page } = await openPage(suite.browser, suite.origin, "?theme=dark");
  const bg = await page
    .locator("#container > div")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 200, `background ${bg} should be dark`);
  await page.close();
});

test("a host without ExcelApi 1.9 gets a clear message instead of the pane", async () => {
  const { page, consoleErrors } = await openPage(suite.browser, suite.origin, "?api=1.8", "[role=alert]");
  await page.getByText("Deze Excel-versie is te oud").waitFor();
  assert.equal(await page.getByRole("tab", { name: "Start" }).count(), 0);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test("cells of the preview grid can be edited and show formulas in the formula bar", async () => {
  const { page, consoleErrors } = await openPage(suite.browser, suite.origin);
  await page.locator('td[data-cell="A1"]').click();
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await page.locator('td[data-cell="A2"]').click();
  await page.keyboard.type("=A1*2");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator('td[data-cell="A2"]').innerText(), "8");
  await page.locator('td[data-cell="A2"]').click();
  assert.equal(await page.getByTestId("formula").innerText(), "=A1*2");
  assert.deepEqual(consoleErrors, []);
  await page.close();
});
