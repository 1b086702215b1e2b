import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, fillExample, openPage, paneTab, sheetTab, typeInto } from "./harness.mjs";

const suite = browserSuite(before, after);

test("plan: the optimum within a larger budget is taken into the plan from the pane and lands on Opleidingsplan", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await fillExample(page);
  // the example's plan already holds the rank order (LV02, LV01, LV03); a budget that fits every
  // ranked need makes the optimum add LV06 and LV08
  await sheetTab(page, "Instellingen").click();
  await typeInto(page, "C17", 1000000);
  await paneTab(page, "Plan").click();
  const compare = page.getByRole("table", { name: "Rangorde en budgetoptimum naast elkaar" });
  await compare.waitFor({ timeout: 60000 });
  await page.getByRole("button", { name: "Vernieuwen" }).click();
  await page
    .getByText(/al in het plan/)
    .first()
    .waitFor({ timeout: 60000 });
  assert.equal(await page.getByText(/al in het plan/).count(), 3);
  await page.getByRole("button", { name: "Optimum kiezen" }).click();
  const take = page.getByRole("button", { name: "In het opleidingsplan opnemen (2)" });
  await take.waitFor({ timeout: 30000 });
  const started = Date.now();
  await take.click();
  await page
    .getByRole("status")
    .getByText("2 behoeften toegevoegd aan het blad Opleidingsplan.")
    .waitFor({ timeout: 60000 });
  const took = Date.now() - started;
  // the pane reads the plan again: all five now in the plan, nothing left to take
  await page.getByRole("button", { name: "In het opleidingsplan opnemen (0)" }).waitFor({ timeout: 60000 });
  assert.equal(await page.getByText(/al in het plan/).count(), 5);

  // exact: "Wettelijk opleidingsplan" contains the name too
  await page
    .getByRole("tablist", { name: "Bladen" })
    .getByRole("tab", { name: "Opleidingsplan", exact: true })
    .click();
  // below the example's four rows (header on row 3): LV06 and LV08 in rank order
  assert.equal(await page.locator('td[data-cell="A8"]').innerText(), "LV06");
  assert.equal(await page.locator('td[data-cell="A9"]').innerText(), "LV08");
  assert.equal(await page.locator('td[data-cell="A4"]').innerText(), "LV02");
  await page.screenshot({ path: "docs/screenshots/plan.png" });
  await sheetTab(page, "Wettelijk opleidingsplan").click();
  await page.getByText("Opleidingsplan klaar uiterlijk").waitFor();
  await page.screenshot({ path: "docs/screenshots/statutory-plan.png" });
  assert.ok(took < 60000, `take into plan took ${took} ms`);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
