// Shared set-up for browser tests: a static server on 127.0.0.1 for the built preview and
// Debian's Chromium driven by playwright-core. Nothing is downloaded.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** `headers(pathname)` may add response headers (e.g. a Content-Security-Policy) per file. */
export async function startServer(dir, { headers = () => ({}) } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const file = path.join(dir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""));
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        ...headers(url.pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens a page that records console errors and every request that leaves the origin. */
export async function openPage(browser, origin, query = "", ready = "h1") {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleErrors = [];
  const foreignRequests = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) foreignRequests.push(u);
  });
  await page.goto(`${origin}/preview.html${query}`);
  await page.waitForSelector(ready);
  return { page, consoleErrors, foreignRequests };
}

/** Registers the server and browser for one test file; the returned object fills in before the tests run. */
export function browserSuite(before, after) {
  const suite = { server: null, origin: "", browser: null };
  before(async () => {
    const started = await startServer(process.env.PREVIEW_DIR ?? ".preview-dist");
    suite.server = started.server;
    suite.origin = started.origin;
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    suite.server?.close();
  });
  return suite;
}

/** A tab of the task pane's navigation (not a sheet tab of the preview grid). */
export const paneTab = (page, name) => page.getByRole("navigation").getByRole("tab", { name });
/** A sheet tab of the preview grid. */
export const sheetTab = (page, name) =>
  page.getByRole("tablist", { name: "Bladen" }).getByRole("tab", { name });

/** Clicks "Vul met voorbeeldgegevens" (the Dutch pane) and waits until the example is in. */
export async function fillExample(page) {
  await page.getByRole("button", { name: "Vul met voorbeeldgegevens" }).click();
  await page
    .getByRole("status")
    .getByText(/Voorbeeldgegevens ingevuld/)
    .waitFor({ timeout: 120000 });
}

/** Types into a cell of the preview grid as a user does: select, Enter, type, Enter. */
export async function typeInto(page, cell, text) {
  await page.locator(`td[data-cell="${cell}"]`).click();
  await page.keyboard.press("Enter");
  const input = page.locator(`td[data-cell="${cell}"] input`);
  await input.fill(String(text));
  await input.press("Enter");
}
