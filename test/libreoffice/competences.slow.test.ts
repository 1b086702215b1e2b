/**
 * The competence formulas in LibreOffice, third leg of the three-way check, aimed at the rules'
 * edges: many random registers (IDs typed as numbers or text, with spaces or in another case,
 * levels off the scale or as text, exits right at the horizon, random settings with coverages
 * reached exactly) recalculated in one LibreOffice start; and the warnings of the sized sheets at
 * the boundary (as many rows as the source, one fewer).
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import * as XLSX from "xlsx";
import { buildXlsx, toFileFormula } from "../../scripts/xlsxExport";
import { ExampleData } from "../../src/workbook/example";
import { diagnosisWarning, FormulaBuilder, SPEC_BY_KEY } from "../../src/workbook/specs";
import { matrixWarning } from "../../src/workbook/matrix";
import { randomData } from "../helpers/randomData";
import { recalcMany } from "../helpers/recalcMany";
import { reader } from "../helpers/xlsxReader";
import { verifyAgainstReference, verifyProfilesAgainstReference } from "../helpers/verify";

// the team matrix is written before the questions
const TABLES = [
  "settings",
  "teams",
  "competences",
  "profiles",
  "profileMatrix",
  "employees",
  "gaps",
  "diagnosis",
  "questions",
  // the gap register's certificate rule reads these (an absent table breaks the formula itself)
  "training",
  "certificates",
] as const;

test("LibreOffice agrees with the reference on 40 random registers aimed at the edges", async () => {
  const sets: ExampleData[] = fc.sample(randomData, { numRuns: 40, seed: 20261201 });
  const files = await Promise.all(sets.map((d) => buildXlsx("nl", d, 2026, [...TABLES])));
  const out = recalcMany(files);
  out.forEach((file, i) => {
    const r = reader(XLSX.readFile(file));
    verifyAgainstReference(r, sets[i]);
    verifyProfilesAgainstReference(r, sets[i]);
  });
}, 600000);

/** A workbook with just the tables the warnings count, of the given sizes, and the two warnings. */
async function sized(teams: number, competences: number, diagnosis: number, room: [number, number]) {
  const f = new FormulaBuilder("nl");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  const table = (name: string, col: string, header: string, rows: number) =>
    ws.addTable({
      name,
      ref: `${col}3`,
      headerRow: true,
      columns: [{ name: header }],
      rows: Array.from({ length: rows }, (_, i) => [`x${i}`]),
    });
  table("VTO_Teams", "A", SPEC_BY_KEY.teams.columns[0].header.nl, teams);
  table("VTO_Competences", "C", SPEC_BY_KEY.competences.columns[0].header.nl, competences);
  table("VTO_Diagnosis", "E", SPEC_BY_KEY.diagnosis.columns[0].header.nl, diagnosis);
  ws.getCell("G1").value = { formula: toFileFormula(diagnosisWarning(f)) } as ExcelJS.CellFormulaValue;
  ws.getCell("H1").value = { formula: toFileFormula(matrixWarning(f, ...room)) } as ExcelJS.CellFormulaValue;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("LibreOffice shows the warnings exactly when the source outgrows the sheet", async () => {
  // [teams, competences, diagnosis rows, matrix room for teams and competences]
  const cases: [number, number, number, [number, number]][] = [
    [5, 10, 10, [5, 10]],
    [5, 11, 10, [5, 11]],
    [6, 10, 11, [5, 10]],
    [5, 11, 10, [5, 10]],
    [1, 1, 1, [1, 1]],
  ];
  const out = recalcMany(await Promise.all(cases.map((c) => sized(...c))));
  const got = out.map((file) => {
    const s = XLSX.readFile(file).Sheets.S;
    return [s.G1?.v ?? "", s.H1?.v ?? ""];
  });
  expect(got).toEqual([
    ["", ""],
    [
      "1 competentie(s) uit de catalogus staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
      "",
    ],
    [
      "",
      "Niet alle teams en competenties passen in deze matrix (6 teams, 10 competenties; plaats voor 5 en 10): werk de analysebladen bij met VTO-analyse (Start).",
    ],
    [
      "1 competentie(s) uit de catalogus staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
      "Niet alle teams en competenties passen in deze matrix (5 teams, 11 competenties; plaats voor 5 en 10): werk de analysebladen bij met VTO-analyse (Start).",
    ],
    ["", ""],
  ]);
}, 180000);
