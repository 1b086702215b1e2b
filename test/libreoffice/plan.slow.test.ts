/**
 * Three-way check, third leg, for the training plan (VTO_Plan, with the realised hours from the
 * register) and the statutory layout (VTO_PlanStatutory): the exported .xlsx recalculated by
 * LibreOffice Calc gives the reference's values (src/domain/plan.ts) on the example organisation in
 * Dutch and English and on random plans and registers with random settings (one LibreOffice start
 * for all of them). Needs `soffice` (libreoffice-calc-nogui).
 */
import fc from "fast-check";
import * as XLSX from "xlsx";
import { buildXlsx } from "../../scripts/xlsxExport";
import { exampleData } from "../../src/workbook/example";
import type { WbLang } from "../../src/workbook/lang";
import {
  referenceRealised,
  verifyPlanAgainstReference,
  verifyStatutoryAgainstReference,
} from "../helpers/planVerify";
import { randomPlanData, realisedEdgeData } from "../helpers/randomPlan";
import { recalcMany } from "../helpers/recalcMany";
import { reader } from "../helpers/xlsxReader";

test("LibreOffice: the example organisation's plan and statutory layout equal the reference (nl, en)", async () => {
  const langs: WbLang[] = ["nl", "en"];
  const sets = langs.map((lang) => exampleData({ year: 2026, lang, employees: 12 }));
  const files = await Promise.all(sets.map((d, i) => buildXlsx(langs[i], d, 2026)));
  recalcMany(files).forEach((file, i) => {
    const r = reader(XLSX.readFile(file), langs[i]);
    verifyPlanAgainstReference(r.table, sets[i], langs[i]);
    verifyStatutoryAgainstReference(r.table, sets[i], langs[i]);
    // the example links register rows to its plan's questions: realised hours are not all 0
    expect(referenceRealised(sets[i], langs[i]).some((h) => (h ?? 0) > 0)).toBe(true);
  });
}, 600000);

test("LibreOffice: the realised hours' edges and 30 random plans and registers with random settings equal the reference", async () => {
  const sets = [realisedEdgeData(), ...fc.sample(randomPlanData, { numRuns: 30, seed: 20261201 })];
  const files = await Promise.all(sets.map((d) => buildXlsx("nl", d, 2026)));
  recalcMany(files).forEach((file, i) => {
    const r = reader(XLSX.readFile(file));
    verifyPlanAgainstReference(r.table, sets[i]);
    verifyStatutoryAgainstReference(r.table, sets[i]);
  });
}, 900000);
