import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, fillExample, openPage, sheetTab } from "./harness.mjs";

const suite = browserSuite(before, after);

const sheetNames = (page) => page.locator(".tabs .tab").allInnerTexts();

test("generate creates the analysis sheets; example data fills them; screenshots for the README", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await page.getByRole("button", { name: "Analysebladen aanmaken of bijwerken" }).click();
  await page
    .getByRole("status")
    .getByText(/Klaar:/)
    .waitFor();
  const names = await sheetNames(page);
  for (const s of [
    "Instellingen",
    "Competenties",
    "Medewerkers",
    "Competentiekloof",
    "Diagnose",
    "Teammatrix",
  ]) {
    assert.ok(names.includes(s), `${s} in ${names}`);
  }
  await fillExample(page);

  await sheetTab(page, "Competentiekloof").click();
  assert.equal(await page.locator('td[data-cell="G3"]').innerText(), "Kloof");
  await page.locator('td[data-cell="G4"]').click();
  assert.match(
    await page.getByTestId("formula").innerText(),
    // the gap against the effective level: the row's own, else its function profile's
    /^=IF\(.*MAX\(0,VTO_Gaps\[@\[Geldend niveau nu\]\]-VTO_Gaps\[@\[Huidig niveau\]\]\)/,
  );
  await page.screenshot({ path: "docs/screenshots/gap-register.png" });

  await sheetTab(page, "Diagnose").click();
  assert.equal(await page.locator('td[data-cell="A4"]').innerText(), "C01");
  assert.match(await page.locator('td[data-cell="H4"]').innerText(), /in huis|niet beoordeeld/);
  await page.screenshot({ path: "docs/screenshots/diagnosis.png" });

  // a second click adds nothing: the example is there already (a retry after a failure would go on)
  await page.getByRole("button", { name: "Vul met voorbeeldgegevens" }).click();
  await page.getByText(/De voorbeeldgegevens staan al in deze werkmap/).waitFor();
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});

test("an English workbook gets English sheets and headers", async () => {
  const { page, consoleErrors } = await openPage(suite.browser, suite.origin, "?lang=en-US");
  await page.getByRole("button", { name: "Create or update the analysis sheets" }).click();
  await page.getByRole("status").getByText(/Done:/).waitFor();
  const names = await sheetNames(page);
  for (const s of ["Settings", "Competences", "Employees", "Competence gaps", "Diagnosis", "Team matrix"]) {
    assert.ok(names.includes(s), `${s} in ${names}`);
  }
  await page.getByRole("tablist", { name: "Bladen" }).getByRole("tab", { name: "Competence gaps" }).click();
  assert.equal(await page.locator('td[data-cell="G3"]').innerText(), "Gap");
  // the example organisation in English, with English list values
  await page.getByRole("button", { name: "Fill with example data" }).click();
  await page
    .getByRole("status")
    .getByText(/Example data filled in/)
    .waitFor({ timeout: 120000 });
  await sheetTab(page, "Competences").click();
  assert.equal(await page.locator('td[data-cell="B4"]').innerText(), "Palliative care");
  assert.equal(await page.locator('td[data-cell="C4"]').innerText(), "knowledge");
  await sheetTab(page, "Diagnosis").click();
  assert.match(await page.locator('td[data-cell="H4"]').innerText(), /in house|not assessed/);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});
