// Long main-thread tasks in the preview, per action: example fill, full check, live re-check after
// one edit, quick fixes, priorities panel load. Used by test/browser/longtasks.test.mjs and by
// `npm run bench`. The preview runs in performance mode (?perf=1): round trips answer in later
// tasks, as in Office, and the in-memory Excel's own work is recorded, so that each long task is
// split into the pane's share and the stand-in's (in Office, Excel works in another process).
import { openPage } from "./harness.mjs";

/** Long tasks since `t0`, summarised: the longest task, and the longest share that is the pane's. */
async function tasksSince(page, t0) {
  await page.evaluate(() => window.__vtoPerf.settle());
  const tasks = await page.evaluate((since) => window.__vtoPerf.longTasks(since), t0);
  const pane = tasks.map((t) => t.duration - t.excel);
  return {
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    longestPane: Math.max(0, ...pane),
    over200: pane.filter((d) => d > 200).length,
    count: tasks.length,
  };
}

/** Runs `action` and waits for `done`; returns its long tasks and wall time. */
async function measure(page, label, action, done) {
  const t0 = await page.evaluate(() => window.__vtoPerf.now());
  await action();
  await done();
  const t1 = await page.evaluate(() => window.__vtoPerf.now());
  return { label, ms: Math.round(t1 - t0), ...(await tasksSince(page, t0)) };
}

const summary = (page) => page.getByRole("status").getByText(/\d+ fouten?, \d+ waarschuwing/);

async function summaryText(page) {
  return (await summary(page).first().textContent()) ?? "";
}

async function waitForNewSummary(page, before, timeout = 120000) {
  await page.waitForFunction(
    (b) =>
      [...document.querySelectorAll('[role="status"]')].some(
        (el) => /\d+ fouten?, \d+ waarschuwing/.test(el.textContent) && !el.textContent.includes(b),
      ),
    before,
    { timeout, polling: 100 },
  );
}

/**
 * One register: `gapRows` null fills the example through the Start panel's button (the pane's
 * own path, formulas evaluated); a number fills a generated register of that size through the
 * preview's hook (formula engine off: HyperFormula in the page would dominate every figure).
 */
export async function measureRegister(browser, origin, gapRows, { junk = false } = {}) {
  const query = gapRows === null ? "?perf=1" : "?perf=1&formulas=off";
  const { page, consoleErrors } = await openPage(browser, origin, query);
  const results = [];
  const tab = (name) => page.getByRole("navigation").getByRole("tab", { name });
  try {
    if (gapRows === null) {
      results.push(
        await measure(
          page,
          "example fill",
          () => page.getByRole("button", { name: "Vul met voorbeeldgegevens" }).click(),
          () =>
            page
              .getByRole("status")
              .getByText(/Voorbeeldgegevens ingevuld/)
              .waitFor({ timeout: 180000 }),
        ),
      );
    } else {
      results.push(
        await measure(
          page,
          "register fill (hook)",
          () => Promise.resolve(),
          () => page.evaluate((n) => window.__vtoPerf.fill(n), gapRows),
        ),
      );
    }
    // bad cells for the rules and the quick fixes: numbers as text and spaces around IDs; junk:
    // every row's current level as text (a quick fix each) and its future level not a number
    await page.evaluate(
      ({ rows }) => {
        const edit = window.__vtoPreview.userEdit;
        edit("Competentiekloof", "F5:F7", [["'3"], ["'2"], ["'1"]]);
        edit("Competentiekloof", "A8", [[" M001 "]]);
        if (rows) {
          edit(
            "Competentiekloof",
            `F10:G${rows + 4}`,
            Array.from({ length: rows - 5 }, (_, i) => [`'${i % 5}`, "x"]),
          );
        }
      },
      { rows: junk ? gapRows : 0 },
    );
    await tab("Controleren").click();
    results.push(
      await measure(
        page,
        "check",
        () => page.getByRole("button", { name: "Alles controleren" }).click(),
        () => summary(page).first().waitFor({ timeout: 180000 }),
      ),
    );
    const afterCheck = await summaryText(page);
    results.push(
      await measure(
        page,
        "live re-check after one edit",
        () => page.evaluate(() => window.__vtoPreview.userEdit("Competentiekloof", "F9", [["'4"]])),
        () => waitForNewSummary(page, afterCheck),
      ),
    );
    const beforeFix = await summaryText(page);
    results.push(
      await measure(
        page,
        "quick fixes",
        async () => {
          await page.getByRole("button", { name: /Snelle correcties \(\d+\)/ }).click();
          await page.getByRole("button", { name: "Toepassen" }).click();
        },
        async () => {
          await page.getByText(/cellen? aangepast/).waitFor({ timeout: 180000 });
          await waitForNewSummary(page, beforeFix);
        },
      ),
    );
    results.push(
      await measure(
        page,
        "priorities panel load",
        () => tab("Prioriteren").click(),
        () => page.getByRole("table", { name: "Top van de rangorde" }).waitFor({ timeout: 120000 }),
      ),
    );
  } catch (e) {
    if (process.env.LONGTASK_SHOTS)
      await page.screenshot({ path: `${process.env.LONGTASK_SHOTS}/longtasks-${gapRows}.png` });
    e.message += `\n(measured so far: ${JSON.stringify(results)})`;
    throw e;
  } finally {
    await page.close();
  }
  return { gapRows, junk, results, consoleErrors };
}

export function formatRegister(r) {
  const name =
    r.gapRows === null
      ? "example (button, formulas on)"
      : `${r.gapRows} gap rows${r.junk ? ", two junk cells in every row" : ""} (formulas off)`;
  return [
    `  ${name}:`,
    ...r.results.map(
      (x) =>
        `    ${x.label.padEnd(30)} ${String(x.ms).padStart(6)} ms, longest task ${String(x.longest).padStart(5)} ms, longest pane share ${String(x.longestPane).padStart(5)} ms, ${x.count} long tasks, ${x.over200} pane shares > 200 ms`,
    ),
  ].join("\n");
}
