/** Measures the JavaScript the task pane loads before first render (raw and gzip). */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFigures {
  files: { name: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

export function measureBundle(outDir = ".bench-dist"): BundleFigures {
  // a production build needs ADDIN_BASE_URL; the size does not depend on it, so a placeholder does
  execFileSync("npx", ["webpack", "--mode", "production", "--env", `out=${outDir}`], {
    stdio: "ignore",
    env: { ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL || "https://bench.invalid/" },
  });
  const html = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  const files = scripts.map((s) => {
    const buf = readFileSync(path.join(outDir, s));
    return { name: s, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return {
    files,
    raw: files.reduce((a, f) => a + f.raw, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
  };
}
