/**
 * Three-way check, third leg: the exported .xlsx recalculated by LibreOffice Calc (forced, see
 * ../shared/tools/recalc-xlsx) gives the same values as the TypeScript reference.
 * Needs `soffice` (Debian package libreoffice-calc-nogui); CI installs it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import * as XLSX from "xlsx";
import { buildXlsx } from "../../scripts/xlsxExport";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { SPEC_BY_KEY } from "../../src/workbook/specs";
import { randomData } from "../helpers/randomData";
import {
  verifyAgainstReference,
  verifyPrioritiesAgainstReference,
  verifyProfilesAgainstReference,
  verifyQuestionsAgainstReference,
} from "../helpers/verify";
import { reader } from "../helpers/xlsxReader";
import { combinationData } from "../helpers/randomQuestions";

const TOOL = path.resolve(__dirname, "../../../shared/tools/recalc-xlsx");

async function recalculated(data: ExampleData): Promise<XLSX.WorkBook> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-lo-"));
  const file = path.join(dir, "in.xlsx");
  writeFileSync(file, await buildXlsx("nl", data, 2026));
  const out = execFileSync("bash", [TOOL, file, path.join(dir, "out")], { encoding: "utf8" }).trim();
  return XLSX.readFile(out);
}

test("LibreOffice recalculates the exported example workbook to the reference values", async () => {
  const data = exampleData({ year: 2026 });
  const wb = await recalculated(data);
  expect(wb.SheetNames).toEqual([
    "Instellingen",
    "Competenties",
    "Functieprofielen",
    "Medewerkers",
    "Competentiekloof",
    "Diagnose",
    "Teammatrix",
    "Leervragen",
    "STARR",
    "Competentiepiramide",
    "Acht-veldenmodel",
    "Gilbert",
    "Prioriteiten",
    "Rangorde",
    "Opleidingsregister",
    "Certificaten",
    "Opleidingsplan",
    "Wettelijk opleidingsplan",
    "Opleidingsrekeningen",
    "Sociale balans",
    "Billijkheid",
    "Rapport",
  ]);
  const r = reader(wb);
  // the diagnosis table has spare rows; trim to the exported row count
  verifyAgainstReference(
    { ...r, table: (n) => (n === "VTO_Gaps" ? r.table(n).slice(0, data.gaps.length) : r.table(n)) },
    data,
  );
  expect(SPEC_BY_KEY.gaps.columns.length).toBe(Object.keys(r.table("VTO_Gaps")[0]).length);
  verifyQuestionsAgainstReference(r, data);
  verifyPrioritiesAgainstReference(r, data);
  verifyProfilesAgainstReference(r, data);
}, 180000);

test("LibreOffice agrees with the reference on randomized registers", async () => {
  await fc.assert(
    fc.asyncProperty(randomData, async (data) => {
      const r = reader(await recalculated(data));
      verifyAgainstReference(r, data);
      verifyQuestionsAgainstReference(r, data);
      verifyProfilesAgainstReference(r, data);
    }),
    { numRuns: 4 },
  );
}, 300000);

test("LibreOffice agrees on every real-need combination, every pyramid answer and Gilbert's ties", async () => {
  const data = combinationData();
  verifyQuestionsAgainstReference(reader(await recalculated(data)), data);
}, 180000);
