/**
 * Three-way check, third leg, for the training register, the employees' hour columns, the
 * certificate view and the diagnosis' certificate rule: the exported .xlsx recalculated by
 * LibreOffice Calc gives the reference's values (example with the rule on, the hand-made edges,
 * random registers with random settings). Needs `soffice` (libreoffice-calc-nogui).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import * as XLSX from "xlsx";
import { buildXlsx } from "../../scripts/xlsxExport";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { reader } from "../helpers/xlsxReader";
import { verifyAgainstReference } from "../helpers/verify";
import { verifyTrainingAgainstReference } from "../helpers/verifyTraining";
import { randomTrainingData } from "../helpers/randomTraining";
import { trainingEdgeData } from "../helpers/trainingEdges";

const TOOL = path.resolve(__dirname, "../../../shared/tools/recalc-xlsx");

async function recalculated(data: ExampleData): Promise<ReturnType<typeof reader>> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-lo-training-"));
  const file = path.join(dir, "in.xlsx");
  writeFileSync(file, await buildXlsx("nl", data, 2026));
  const out = execFileSync("bash", [TOOL, file, path.join(dir, "out")], { encoding: "utf8" }).trim();
  return reader(XLSX.readFile(out));
}

/** The gap register as exported (the diagnosis checks count only the data set's rows). */
const trimmed = (r: ReturnType<typeof reader>, data: ExampleData) => ({
  ...r,
  table: (n: string) => (n === "VTO_Gaps" ? r.table(n).slice(0, data.gaps.length) : r.table(n)),
});

test("LibreOffice: the example with the certificate rule on equals the reference", async () => {
  const base = exampleData({ year: 2026, today: new Date(2026, 4, 20) });
  const data = { ...base, settingValues: { ...base.settingValues, cert_for_level: "ja" } };
  const r = trimmed(await recalculated(data), data);
  verifyTrainingAgainstReference(r, data);
  verifyAgainstReference(r, data);
}, 240000);

test("LibreOffice: every edge worked out by hand equals the reference", async () => {
  const data = trainingEdgeData();
  const r = trimmed(await recalculated(data), data);
  verifyTrainingAgainstReference(r, data);
  verifyAgainstReference(r, data);
}, 180000);

test("LibreOffice: random registers with random settings equal the reference", async () => {
  await fc.assert(
    fc.asyncProperty(randomTrainingData, async (data) => {
      const r = trimmed(await recalculated(data), data);
      verifyTrainingAgainstReference(r, data);
      verifyAgainstReference(r, data);
    }),
    { numRuns: 4 },
  );
}, 600000);
