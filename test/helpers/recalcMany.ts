/**
 * Many .xlsx files recalculated by LibreOffice in one start (starting soffice per file would take
 * minutes for hundreds of workbooks). The same forced-recalculation settings as
 * ../shared/tools/recalc-xlsx, whose single-file form the other LibreOffice tests use.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Writes the buffers, recalculates them all, returns the paths of the recalculated files in order. */
export function recalcMany(files: Buffer[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-lo-many-"));
  const profile = path.join(dir, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), XCU);
  const inputs = files.map((b, i) => {
    const file = path.join(dir, `w${String(i).padStart(4, "0")}.xlsx`);
    writeFileSync(file, b);
    return file;
  });
  const out = path.join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      ...inputs,
    ],
    { stdio: "ignore", timeout: 600000 },
  );
  return inputs.map((f) => path.join(out, path.basename(f)));
}
