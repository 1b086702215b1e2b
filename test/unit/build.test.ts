// The build refuses to ship a production manifest that points at localhost, never evaluates
// strings, and the task pane carries a Content-Security-Policy that keeps connections at home.
// (test/browser/csp.test.mjs checks the built page and runs the pane under the policy.)
import { readFileSync } from "node:fs";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode?: string },
) => { devtool: string | false; mode: string };

const saved = { url: process.env.ADDIN_BASE_URL, maps: process.env.SOURCE_MAPS };
afterEach(() => {
  for (const [key, value] of [
    ["ADDIN_BASE_URL", saved.url],
    ["SOURCE_MAPS", saved.maps],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

test("a production build without ADDIN_BASE_URL fails and says how to set it", () => {
  delete process.env.ADDIN_BASE_URL;
  expect(() => makeConfig({}, { mode: "production" })).toThrow(/needs ADDIN_BASE_URL/);
  expect(() => makeConfig({}, { mode: "production" })).toThrow(
    /ADDIN_BASE_URL=https:\/\/intranet\.example\.org\/vto\/ npm run build/,
  );
  expect(() => makeConfig({ preview: true }, { mode: "production" })).toThrow(/needs ADDIN_BASE_URL/);
  process.env.ADDIN_BASE_URL = "http://intranet.example.org/vto";
  expect(() => makeConfig({}, { mode: "production" })).toThrow(/must be an https URL ending with "\/"/);
});

test("development (dev server, build:dev) keeps the localhost default", () => {
  delete process.env.ADDIN_BASE_URL;
  expect(makeConfig({}, { mode: "development" }).mode).toBe("development");
  expect(makeConfig({}, {}).mode).toBe("development");
});

test("no build evaluates strings: no eval devtool in any mode", () => {
  process.env.ADDIN_BASE_URL = "https://intranet.example.org/vto/";
  delete process.env.SOURCE_MAPS;
  expect(makeConfig({}, { mode: "production" }).devtool).toBe(false);
  process.env.SOURCE_MAPS = "1";
  expect(makeConfig({}, { mode: "production" }).devtool).toBe("hidden-source-map");
  expect(String(makeConfig({}, { mode: "development" }).devtool)).not.toMatch(/eval/);
});

/** Directive name → sources, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

test("the task pane's template carries a strict Content-Security-Policy", () => {
  const html = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8").replace(
    /<!--[\s\S]*?-->/g,
    "",
  );
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
  expect(meta).not.toBeNull();
  // before anything it governs
  expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<script"));
  expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<style"));
  const csp = parsePolicy(meta![1]);
  expect(csp.get("default-src")).toEqual(["'none'"]);
  expect(csp.get("connect-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  for (const d of ["img-src", "font-src"]) expect(csp.get(d)).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  // no wildcard host, no bare scheme (https: allows every host), no eval anywhere
  for (const [name, sources] of csp) {
    for (const s of sources) {
      expect([name, s]).not.toEqual([name, expect.stringContaining("*")]);
      expect([name, s]).not.toEqual([name, expect.stringMatching(/^[a-z-]+:$/)]);
      expect([name, s]).not.toEqual([name, expect.stringMatching(/unsafe-eval|wasm-unsafe-eval/)]);
    }
  }
  // directives a <meta> policy cannot carry would only produce console errors
  for (const d of ["frame-ancestors", "report-uri", "sandbox"]) expect(csp.has(d)).toBe(false);
});
