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
import { SPEC_BY_KEY, TABLE_SPECS } from "../../src/workbook/specs";
import { randomData } from "../helpers/randomData";
import { verifyAgainstReference, verifyQuestionsAgainstReference } from "../helpers/verify";
import { combinationData } from "../helpers/randomQuestions";

const TOOL = path.resolve(__dirname, "../../../shared/tools/recalc-xlsx");

async function recalculated(data: ExampleData): Promise<XLSX.WorkBook> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-lo-"));
  const file = path.join(dir, "in.xlsx");
  writeFileSync(file, await buildXlsx("nl", data, 2026));
  const out = execFileSync("bash", [TOOL, file, path.join(dir, "out")], { encoding: "utf8" }).trim();
  return XLSX.readFile(out);
}

function reader(wb: XLSX.WorkBook) {
  return {
    table(name: string) {
      const spec = TABLE_SPECS.find((s) => s.name === name)!;
      const sheet = wb.Sheets[spec.sheet.nl];
      const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
        header: 1,
        range: spec.anchor.row,
        defval: "",
      });
      const [headers, ...body] = rows;
      return body
        .filter((r) => r.length)
        .map((r) =>
          Object.fromEntries((headers as string[]).map((h, i) => [h, r[spec.anchor.col + i] ?? ""])),
        );
    },
    matrix(row: number, col: number) {
      const cell = wb.Sheets["Teammatrix"][XLSX.utils.encode_cell({ r: row, c: col })];
      return cell === undefined ? "" : cell.v;
    },
  };
}

test("LibreOffice recalculates the exported example workbook to the reference values", async () => {
  const data = exampleData({ year: 2026 });
  const wb = await recalculated(data);
  expect(wb.SheetNames).toEqual([
    "Instellingen",
    "Competenties",
    "Medewerkers",
    "Competentiekloof",
    "Diagnose",
    "Teammatrix",
    "Leervragen",
    "STARR",
    "Competentiepiramide",
    "Acht-veldenmodel",
    "Gilbert",
  ]);
  const r = reader(wb);
  // the diagnosis table has spare rows; trim to the exported row count
  verifyAgainstReference(
    { ...r, table: (n) => (n === "VTO_Gaps" ? r.table(n).slice(0, data.gaps.length) : r.table(n)) },
    data,
  );
  expect(SPEC_BY_KEY.gaps.columns.length).toBe(Object.keys(r.table("VTO_Gaps")[0]).length);
  verifyQuestionsAgainstReference(r, data);
}, 180000);

test("LibreOffice agrees with the reference on randomized registers", async () => {
  await fc.assert(
    fc.asyncProperty(randomData, async (data) => {
      const r = reader(await recalculated(data));
      verifyAgainstReference(r, data);
      verifyQuestionsAgainstReference(r, data);
    }),
    { numRuns: 4 },
  );
}, 300000);

test("LibreOffice agrees on every real-need combination, every pyramid answer and Gilbert's ties", async () => {
  const data = combinationData();
  verifyQuestionsAgainstReference(reader(await recalculated(data)), data);
}, 180000);
