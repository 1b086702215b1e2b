import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { browserSuite, fillExample, openPage, paneTab, sheetTab } from "./harness.mjs";

const suite = browserSuite(before, after);

/** The last day of the month after a quarter, as dd/mm/yyyy. */
const deadline = (year, quarter) => {
  const last = new Date(Date.UTC(year, quarter * 3 + 1, 0));
  const p = (n) => String(n).padStart(2, "0");
  return `${p(last.getUTCDate())}/${p(last.getUTCMonth() + 1)}/${last.getUTCFullYear()}`;
};

test("FLA export: Plan tab -> list -> CSV download with a UTF-8 BOM, ';' and dd/mm/yyyy; the sociale balans screenshot", async () => {
  const { page, consoleErrors, foreignRequests } = await openPage(suite.browser, suite.origin);
  await fillExample(page);
  await paneTab(page, "Plan").click();
  await page.getByRole("button", { name: "Lijst maken" }).click();
  const items = page.getByRole("listitem").filter({ hasText: /^Kwartaal \d: / });
  await items.first().waitFor({ timeout: 60000 });
  // the pane's summary: per quarter the count and the deadline
  const summary = (await items.allInnerTexts()).map((s) => {
    const m = /^Kwartaal (\d): (\d+) opleidingen?, uiterlijk (\d\d\/\d\d\/\d{4})$/.exec(s.trim());
    assert.ok(m, `summary line ${s}`);
    return { quarter: Number(m[1]), count: Number(m[2]), deadline: m[3] };
  });
  assert.ok(summary.length >= 1);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Downloaden als CSV" }).click(),
  ]);
  const name = download.suggestedFilename();
  const m = /^leerrekening-(\d{4})\.csv$/.exec(name);
  assert.ok(m, `file name ${name}`);
  const year = Number(m[1]);
  const bytes = await readFile(await download.path());
  // UTF-8 with a byte order mark
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  assert.ok(text.endsWith("\r\n"));
  const lines = text.slice(0, -2).split("\r\n");
  assert.equal(
    lines[0],
    "Kwartaal;Registreren uiterlijk;Medewerker-ID;Opleiding;Uren;Dagen;Begindatum;Einddatum;Gevolgd;Telt voor opleidingsrecht;Certificaat geldig tot",
  );
  const rows = lines.slice(1).map((l) => l.split(";"));
  // as many trainings as the pane lists, quarter by quarter
  assert.equal(
    rows.length,
    summary.reduce((n, s) => n + s.count, 0),
  );
  const date = /^\d\d\/\d\d\/\d{4}$/;
  for (const r of rows) {
    assert.equal(r.length, 11, `fields of ${r.join(";")}`);
    const quarter = Number(r[0].slice(1));
    assert.match(r[0], /^Q[1-4]$/);
    assert.equal(r[1], deadline(year, quarter));
    assert.notEqual(r[2], "");
    // hours and days with a decimal comma (Dutch workbook), never a point
    for (const n of [r[4], r[5]]) assert.match(n, /^(\d+(,\d{1,2})?)?$/);
    // start date always, end date and certificate date blank or dd/mm/yyyy, in the analysis year
    assert.match(r[6], date);
    for (const d of [r[7], r[10]]) assert.ok(d === "" || date.test(d), d);
    const counted = r[7] || r[6];
    assert.equal(counted.slice(6), String(year));
    assert.equal(Math.ceil(Number(counted.slice(3, 5)) / 3), quarter);
    assert.ok(["ja", "nee"].includes(r[8]) && ["ja", "nee"].includes(r[9]));
  }
  // in quarter order, each quarter's count and deadline as the pane says
  assert.deepEqual(
    rows.map((r) => Number(r[0].slice(1))),
    rows.map((r) => Number(r[0].slice(1))).sort((a, b) => a - b),
  );
  for (const s of summary) {
    const of = rows.filter((r) => r[0] === `Q${s.quarter}`);
    assert.equal(of.length, s.count);
    assert.equal(of[0][1], s.deadline);
  }

  // the README's picture of the sociale balans, with the FLA list in the pane
  await sheetTab(page, "Sociale balans").click();
  await page.getByText("5801", { exact: true }).first().waitFor();
  await items.last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "docs/screenshots/social-balance.png" });
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
