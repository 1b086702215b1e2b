// The built task pane carries a Content-Security-Policy that keeps every connection at home, and
// the pane works under it: the real taskpane.html with a stand-in for Office.js, and the full
// preview (pane + in-memory workbook) served with the same policy as a header.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { launch, openPage, startServer } from "./harness.mjs";

const dir = process.env.PREVIEW_DIR ?? ".preview-dist";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// just enough Office.js for the pane to start: an Excel host with ExcelApi 1.9 and Dutch display
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "nl-BE", requirements: { isSetSupported: () => true } },
  onReady(cb) { setTimeout(() => cb({ host: "Excel" })); return Promise.resolve({ host: "Excel" }); },
};`;

/** The policy in the built taskpane.html and the whole built page. */
function builtPolicy() {
  const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const m = html.match(
    /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i,
  );
  assert.ok(m, "taskpane.html has a Content-Security-Policy <meta>");
  return { html, meta: m[0], policy: m[2] ?? m[3] };
}

const parse = (policy) =>
  new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );

/** Records CSP violations in the page (init scripts run before the page's own, outside its policy). */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
  return () => page.evaluate(() => window.__violations);
}

/** Tries to reach another origin from the page; true when the request went through. */
const reaches = (page, url) =>
  page.evaluate(async (u) => {
    try {
      await fetch(u, { mode: "no-cors", cache: "no-store" });
      return true;
    } catch {
      return false;
    }
  }, url);

let pane; // serves the build: preview.html gets the task pane's policy as a header
let other; // another origin, reachable unless a policy forbids it
let plain; // the same build without any header (control)
let browser;
before(async () => {
  const { policy } = builtPolicy();
  pane = await startServer(dir, {
    headers: (p) => (p === "/preview.html" ? { "content-security-policy": policy } : {}),
  });
  other = await startServer(dir);
  plain = await startServer(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [pane, other, plain]) s?.server.close();
});

test("the built taskpane.html carries the policy: own origin only, Office.js from Microsoft's CDN", () => {
  const { html, meta, policy } = builtPolicy();
  const beforeScripts =
    html.indexOf(meta) < html.search(/<script[\s>]/) && html.indexOf(meta) < html.search(/<style[\s>]/);
  assert.ok(beforeScripts, "the policy comes before any script or style it governs");
  const csp = parse(policy);
  assert.deepEqual(csp.get("default-src"), ["'none'"]);
  assert.deepEqual(csp.get("connect-src"), ["'self'"]);
  assert.deepEqual(csp.get("script-src"), ["'self'", "https://appsforoffice.microsoft.com"]);
  assert.deepEqual(csp.get("style-src"), ["'self'", "'unsafe-inline'"]);
  assert.deepEqual(csp.get("img-src"), ["'self'"]);
  assert.deepEqual(csp.get("font-src"), ["'self'"]);
  assert.deepEqual(csp.get("object-src"), ["'none'"]);
  for (const [name, sources] of csp) {
    for (const s of sources) {
      assert.ok(!s.includes("*"), `${name} ${s}: no wildcard`);
      assert.ok(!/^[a-z-]+:$/.test(s), `${name} ${s}: no bare scheme (it would allow every host)`);
      assert.ok(!/unsafe-eval/.test(s), `${name} ${s}: no eval`);
    }
  }
  // the production bundle the page loads never evaluates strings
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)) {
    if (/^https?:/.test(src)) continue;
    const js = readFileSync(path.join(dir, src), "utf8");
    assert.ok(!/(^|[^\w$.])eval\(|new Function\(/.test(js), `${src} uses eval`);
  }
});

test("the real taskpane.html runs under its policy and cannot connect to another origin", async () => {
  const page = await browser.newPage();
  const violations = await watchViolations(page);
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  const foreign = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB });
    if (url.startsWith(pane.origin)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(`${pane.origin}/taskpane.html`);
  await page.getByRole("button", { name: "Analysebladen aanmaken of bijwerken" }).waitFor();
  await page.getByRole("tab", { name: "Prioriteren" }).click(); // a lazily loaded chunk
  await page.getByRole("button", { name: "Vernieuwen" }).waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(consoleErrors, []);

  assert.equal(await reaches(page, `${other.origin}/taskpane.html`), false);
  const blocked = await violations();
  assert.ok(
    blocked.some((v) => v.directive === "connect-src" && v.blocked.startsWith(other.origin)),
    JSON.stringify(blocked),
  );
  assert.deepEqual(foreign, []); // blocked by the policy before any request left the page
  await page.close();
});

test("without the policy the same request goes through (the control)", async () => {
  const { page } = await openPage(browser, plain.origin);
  assert.equal(await reaches(page, `${other.origin}/taskpane.html`), true);
  await page.close();
});

test("the whole pane works under the policy: generate, example data, every panel", async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const violations = await watchViolations(page);
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(`${pane.origin}/preview.html`);
  const paneTab = (name) => page.getByRole("navigation").getByRole("tab", { name });
  await page.getByRole("button", { name: "Vul met voorbeeldgegevens" }).click();
  await page
    .getByRole("status")
    .getByText(/Voorbeeldgegevens ingevuld/)
    .waitFor({ timeout: 120000 });
  await paneTab("Leervragen").click();
  await page.getByText("Oordeel over de leervragen").waitFor({ timeout: 60000 });
  await paneTab("Controleren").click();
  await page.getByRole("button", { name: "Alles controleren" }).click();
  await page.getByText(/\d+ fouten?, |Geen problemen gevonden/).waitFor({ timeout: 60000 });
  await paneTab("Prioriteren").click();
  await page.getByRole("table", { name: "Top van de rangorde" }).waitFor({ timeout: 60000 });
  assert.deepEqual(await violations(), []);
  assert.deepEqual(consoleErrors, []);
  assert.equal(await reaches(page, `${other.origin}/preview.html`), false);
  await page.close();
});
