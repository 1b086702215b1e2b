import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, fillExample, openPage, paneTab, sheetTab } from "./harness.mjs";

const suite = browserSuite(before, after);

test("prioritise: the ranking, weights by points re-rank the sheet, an inconsistent AHP is refused", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await fillExample(page);
  await paneTab(page, "Prioriteren").click();
  const top = page.getByRole("table", { name: "Top van de rangorde" });
  await top.waitFor({ timeout: 60000 });
  assert.equal(await top.getByRole("row").count(), 6); // header + 5 ranked needs
  await page.getByText(/Optimum binnen het budget van €\s?[\d.]+: \d+ behoeften?/).waitFor();

  // all weight on urgency: LV02 (urgency 5) comes first, on the sheet as in the pane
  for (const c of [
    "Investering",
    "Kans op succes",
    "Billijkheid",
    "Haalbaarheid",
    "Doelmatigheid",
    "Strategische aansluiting",
  ])
    await page.getByLabel(c, { exact: true }).fill("0");
  await page.getByLabel("Urgentie", { exact: true }).fill("100");
  await page.getByText("Som: 100 van 100.").waitFor();
  await page.getByRole("button", { name: "Gewichten wegschrijven" }).click();
  await page.getByText("Gewichten weggeschreven; het blad rangschikt opnieuw.").waitFor({ timeout: 60000 });
  await top.getByRole("row").nth(1).getByText(/LV02/).waitFor({ timeout: 60000 });
  await sheetTab(page, "Rangorde").click();
  assert.equal(await page.locator('td[data-cell="C4"]').innerText(), "LV02");
  await page.screenshot({ path: "docs/screenshots/priorities.png" });

  // AHP: investment ≫ urgency ≫ success, yet success ≫ investment: refused, naming a pair
  await page.getByRole("radio", { name: "Paarsgewijs vergelijken (AHP)" }).check();
  await page
    .getByLabel("Investering tegenover Urgentie")
    .selectOption({ label: "Investering 9× belangrijker" });
  await page
    .getByLabel("Urgentie tegenover Kans op succes")
    .selectOption({ label: "Urgentie 9× belangrijker" });
  await page
    .getByLabel("Investering tegenover Kans op succes")
    .selectOption({ label: "Kans op succes 9× belangrijker" });
  await page
    .getByRole("alert")
    .getByText(/Te inconsistent \(CR .*\): de gewichten worden niet aanvaard/)
    .waitFor();
  assert.equal(await page.getByRole("button", { name: "Gewichten wegschrijven" }).isDisabled(), true);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
