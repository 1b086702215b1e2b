// Offline manifest check (XSD, via ../shared/tools/validate-manifest) of manifest.xml and, when
// built, dist/manifest.xml; a built manifest must not point at localhost unless built for it.
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

const tool = path.resolve("../shared/tools/validate-manifest");
const files = ["manifest.xml", ...(existsSync("dist/manifest.xml") ? ["dist/manifest.xml"] : [])];
let failed = false;
for (const file of files) {
  try {
    execFileSync("bash", [tool, file], { stdio: "inherit" });
  } catch {
    failed = true;
  }
  const text = readFileSync(file, "utf8");
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(text)) {
    console.error(`${file}: permission must be ReadWriteDocument`);
    failed = true;
  }
  if (file.startsWith("dist") && process.env.ADDIN_BASE_URL && text.includes("localhost")) {
    console.error(`${file}: still points at localhost although ADDIN_BASE_URL is set`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
