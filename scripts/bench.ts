/**
 * npm run bench — prints figures, asserts nothing: initial task-pane JavaScript, and the
 * round trips, payload bytes and time of workbook operations against the in-memory Excel.
 */
import { measureBundle } from "./bundleSize";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function bundle() {
  const b = measureBundle();
  console.log(
    "Initial task-pane JavaScript (scripts loaded before first render; office.js from the CDN not included):",
  );
  for (const f of b.files)
    console.log(`  ${f.name.padEnd(32)} raw ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
  console.log(`  ${"total".padEnd(32)} raw ${kb(b.raw).padStart(10)}  gzip ${kb(b.gzip).padStart(9)}`);
  console.log("  (reference: Microsoft's React task-pane template ≈ 541 KB raw / 169 KB gzip)");
}

async function main() {
  const only = process.argv[2];
  if (!only || only === "bundle") bundle();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
