/**
 * Three-way check, third leg, for the training accounts, the sociale balans and the register's
 * columns for them: the exported .xlsx recalculated by LibreOffice Calc gives the reference's values
 * (the example, and random employees, registers and settings aimed at the edges). Needs `soffice`.
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
import { verifyAccountsAgainstReference } from "../helpers/verifyAccounts";
import { randomAccountsData } from "../helpers/randomAccounts";

const TOOL = path.resolve(__dirname, "../../../shared/tools/recalc-xlsx");

async function recalculated(data: ExampleData): Promise<ReturnType<typeof reader>> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-lo-accounts-"));
  const file = path.join(dir, "in.xlsx");
  writeFileSync(file, await buildXlsx("nl", data, 2026));
  const out = execFileSync("bash", [TOOL, file, path.join(dir, "out")], { encoding: "utf8" }).trim();
  return reader(XLSX.readFile(out));
}

test("LibreOffice: the example's accounts and sociale balans equal the reference", async () => {
  const data = exampleData({ year: 2026, today: new Date(2026, 4, 20) });
  verifyAccountsAgainstReference(await recalculated(data), data);
}, 240000);

test("LibreOffice: random employees, registers and settings equal the reference", async () => {
  await fc.assert(
    fc.asyncProperty(randomAccountsData, async (data) => {
      verifyAccountsAgainstReference(await recalculated(data), data);
    }),
    { numRuns: 4 },
  );
}, 600000);
