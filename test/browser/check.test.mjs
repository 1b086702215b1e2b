import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, fillExample, openPage, paneTab, sheetTab, typeInto } from "./harness.mjs";

const suite = browserSuite(before, after);

test("paste bad values, check, click a result: the cell is selected; marks survive a panel switch, follow corrections, come off", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await page.getByRole("button", { name: "Analysebladen aanmaken of bijwerken" }).click();
  await page
    .getByRole("status")
    .getByText(/Klaar:/)
    .waitFor();
  await fillExample(page);

  await sheetTab(page, "Competentiekloof").click();
  await typeInto(page, "F5", "'3"); // a number stored as text
  await typeInto(page, "A6", "M999"); // an unknown employee
  await paneTab(page, "Controleren").click();
  await page.getByRole("button", { name: "Alles controleren" }).click();
  await page.getByText(/\d+ fouten?, /).waitFor({ timeout: 60000 });
  // the two pasted errors, and what they bring along (an unknown employee has no function profile
  // either, so that row's required level is missing too)
  const errors = Number(
    /(\d+) fouten?, /.exec(
      await page
        .getByText(/\d+ fouten?, /)
        .first()
        .innerText(),
    )[1],
  );
  assert.ok(errors >= 2, `${errors} errors`);
  const summary = (n) => new RegExp(`^${n} ${n === 1 ? "fout" : "fouten"}, `);

  await page.getByText("Onbekende medewerker (1)").click(); // open the group
  const link = page.getByRole("button", { name: /Ga naar Competentiekloof!A6/ });
  await link.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="namebox"]')?.textContent === "A6");
  assert.equal(await page.getByTestId("namebox").innerText(), "A6");
  // the grid followed that one selection; edits elsewhere afterwards stay where the user types them
  await sheetTab(page, "Leervragen").click();
  await typeInto(page, "B5", "Eigen titel");
  await typeInto(page, "B6", "Nog een titel");
  assert.equal(await page.locator(".tabs .tab.active").innerText(), "Leervragen");
  assert.equal(await page.locator('td[data-cell="B6"]').innerText(), "Nog een titel");
  await sheetTab(page, "Competentiekloof").click();

  const cell = page.locator('td[data-cell="F5"]');
  const other = page.locator('td[data-cell="A6"]');
  const bg = (locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  const bgBefore = await bg(cell);
  const otherBefore = await bg(other);
  await page.getByRole("button", { name: "Markeer in werkblad" }).click();
  await page.getByText(/gemarkeerd/).waitFor();
  assert.notEqual(await bg(cell), bgBefore);
  assert.notEqual(await bg(other), otherBefore);
  await page.getByText("Fout: rode vulling, vetjes, met rand").waitFor();

  // another panel and back: the marks are found in the workbook, not in the pane's memory
  await paneTab(page, "Start").click();
  await paneTab(page, "Controleren").click();
  await page.getByText("Deze werkmap bevat markeringen van een eerdere controle.").waitFor();
  await page.getByRole("button", { name: "Alles controleren" }).click();
  await page.getByText(summary(errors)).waitFor({ timeout: 60000 });
  await page.getByRole("button", { name: "Markeringen weghalen" }).waitFor();
  await page.screenshot({ path: "docs/screenshots/check.png" });

  // live: correcting the cell in the grid updates the counts and its mark without another click
  await typeInto(page, "F5", "3");
  await page.getByText(summary(errors - 1)).waitFor({ timeout: 30000 });
  await page.waitForFunction(
    (before) => getComputedStyle(document.querySelector('td[data-cell="F5"]')).backgroundColor === before,
    bgBefore,
    { timeout: 30000 },
  );
  assert.notEqual(await bg(other), otherBefore);
  await page.getByRole("button", { name: "Markeringen weghalen" }).click();
  await page.getByRole("button", { name: "Markeer in werkblad" }).waitFor();
  assert.equal(await bg(other), otherBefore);
  assert.equal(await bg(cell), bgBefore);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
