/** npm run example-workbook -- --lang nl|en --out FILE.xlsx [--empty] */
import { writeFileSync } from "node:fs";
import { exampleData } from "../src/workbook/example";
import { buildXlsx } from "./xlsxExport";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = arg("lang") ?? "nl";
const out = arg("out");
if ((lang !== "nl" && lang !== "en") || !out) {
  console.error("usage: npm run example-workbook -- --lang nl|en --out FILE.xlsx [--empty]");
  process.exit(2);
}
const year = new Date().getFullYear();
const data = args.includes("--empty") ? null : exampleData({ year, lang });
buildXlsx(lang, data, year).then((buf) => {
  writeFileSync(out, buf);
  console.log(`wrote ${out} (${lang}, ${data ? "example organisation" : "empty"})`);
});
