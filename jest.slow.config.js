/**
 * `npm run test:slow`: the tests that change with the slow settings (VTO_SLOW=1: many more random
 * cases, the slow-only tests) plus the *.slow.test.ts files — the LibreOffice legs and the
 * 200-workbook three-way checks. A test file that neither it nor a test helper it imports reads
 * the slow settings runs the same in both suites, so it runs in `npm test` only. CI runs both.
 */
const fs = require("node:fs");
const path = require("node:path");
const base = require("./jest.config.js");

const TEST_ROOT = path.join(__dirname, "test");
const SETTINGS = path.join(TEST_ROOT, "helpers", "slow.ts");

/** The test files under `dir` (as `npm test` finds them), browser tests aside. */
function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "browser" ? [] : testFiles(p);
    return /\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** True when the file, or a test helper it imports (transitively), reads the slow settings. */
function readsSlowSettings(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = fs.readFileSync(file, "utf8");
  if (text.includes("VTO_SLOW")) return true;
  for (const [, spec] of text.matchAll(/(?:from\s+|import\(|require\()"(\.{1,2}\/[^"]+)"/g)) {
    const target = path.resolve(path.dirname(file), spec);
    if (!target.startsWith(TEST_ROOT)) continue; // the add-in's own code never reads them
    if (target === SETTINGS.replace(/\.ts$/, "")) return true;
    const found = [".ts", ".tsx", "/index.ts"].map((x) => target + x).find((f) => fs.existsSync(f));
    if (found && readsSlowSettings(found, seen)) return true;
  }
  return false;
}

const slowFiles = testFiles(TEST_ROOT).filter((f) => /\.slow\.test\.tsx?$/.test(f) || readsSlowSettings(f));

module.exports = {
  ...base,
  // exact paths: every other test file already ran in `npm test`
  testPathIgnorePatterns: ["/test/browser/"],
  testMatch: slowFiles.map((f) => `<rootDir>/${path.relative(__dirname, f).split(path.sep).join("/")}`),
  testTimeout: 900000,
  setupFiles: ["<rootDir>/test/helpers/slowEnv.js"],
};
