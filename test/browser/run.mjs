// npm run test:browser — builds the preview (production mode) and runs the browser tests
// with node's test runner in Debian's Chromium.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const out = path.resolve(".preview-dist");
// a production build needs ADDIN_BASE_URL; this one is never deployed (it carries the preview and
// the in-memory Excel), so any HTTPS placeholder does for its manifest
execFileSync("npx", ["webpack", "--mode", "production", "--env", "preview", "--env", `out=${out}`], {
  stdio: "inherit",
  env: { ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL || "https://preview.invalid/" },
});
const files = readdirSync("test/browser")
  .filter((f) => f.endsWith(".test.mjs"))
  .map((f) => path.join("test/browser", f));
// two files at a time: most of a browser test is waiting on the page, and each file has its own
// server (a free port) and browser (BROWSER_CONCURRENCY=1 runs them one by one)
const concurrency = process.env.BROWSER_CONCURRENCY || "2";
const run = spawnSync(process.execPath, ["--test", `--test-concurrency=${concurrency}`, ...files], {
  stdio: "inherit",
  env: { ...process.env, PREVIEW_DIR: out },
});
process.exit(run.status ?? 1);
