/**
 * Three-way check, third leg, for the Billijkheid sheet: the exported .xlsx recalculated by
 * LibreOffice Calc gives the reference's values (src/domain/equity.ts) on the edges worked out by
 * hand, the example organisation and random registers aimed at the window and service edges.
 * Needs `soffice`.
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
import { verifyEquityAgainstReference } from "../helpers/verifyEquity";
import { equityEdgeData } from "../helpers/equityEdges";
import { randomEquityData } from "../helpers/randomEquity";

const TOOL = path.resolve(__dirname, "../../../shared/tools/recalc-xlsx");

async function recalculated(data: ExampleData, lang: "nl" | "en" = "nl"): Promise<ReturnType<typeof reader>> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-lo-equity-"));
  const file = path.join(dir, "in.xlsx");
  writeFileSync(file, await buildXlsx(lang, data, 2026));
  const out = execFileSync("bash", [TOOL, file, path.join(dir, "out")], { encoding: "utf8" }).trim();
  return reader(XLSX.readFile(out), lang);
}

test("LibreOffice: the edges worked out by hand equal the reference", async () => {
  const data = equityEdgeData();
  const { groups } = verifyEquityAgainstReference(await recalculated(data), data);
  expect(groups.filter((g) => g?.kind === "team").map((g) => g!.score)).toEqual([1, 2, 3, 4, 1]);
}, 240000);

test("LibreOffice: the example organisation in Dutch and English equals the reference", async () => {
  for (const lang of ["nl", "en"] as const) {
    const data = exampleData({ year: 2026, today: new Date(2026, 4, 20), lang });
    verifyEquityAgainstReference(await recalculated(data, lang), data, lang);
  }
}, 480000);

test("LibreOffice: random registers, staff and settings equal the reference", async () => {
  await fc.assert(
    fc.asyncProperty(randomEquityData, async (data) => {
      verifyEquityAgainstReference(await recalculated(data), data);
    }),
    { numRuns: 4 },
  );
}, 600000);
