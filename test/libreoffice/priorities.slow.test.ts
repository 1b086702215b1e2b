/**
 * Third leg for the priorities: 200 random priority workbooks exported to .xlsx and recalculated
 * by LibreOffice (one start for all) give the reference's statuses, scores, ranks and plan.
 */
import fc from "fast-check";
import * as XLSX from "xlsx";
import { buildXlsx } from "../../scripts/xlsxExport";
import { randomPriorityData } from "../helpers/randomPriorities";
import { recalcMany } from "../helpers/recalcMany";
import { verifyPrioritiesAgainstReference } from "../helpers/verify";
import { reader } from "../helpers/xlsxReader";

test("LibreOffice agrees with the reference on 200 random priority workbooks", async () => {
  const data = fc.sample(randomPriorityData, { numRuns: 200, seed: 20261128 });
  // only what the priority formulas read: settings, weights, questions, priorities, ranking
  const files = await Promise.all(
    data.map((d) => buildXlsx("nl", d, 2026, ["settings", "weights", "questions", "priorities", "ranking"])),
  );
  const out = recalcMany(files);
  out.forEach((file, i) => {
    const r = reader(XLSX.readFile(file));
    verifyPrioritiesAgainstReference(r, data[i]);
  });
}, 900000);

test("LibreOffice on the edge workbook (every tie-break level, boundaries, IDs padded, invisible, numeric): the reference and the hand-worked order", async () => {
  const { EDGE_ORDER, EDGE_PLAN, edgeData } = await import("../helpers/priorityEdges");
  const sets = [edgeData(), edgeData(true)];
  const files = await Promise.all(
    sets.map((d) => buildXlsx("nl", d, 2026, ["settings", "weights", "questions", "priorities", "ranking"])),
  );
  const out = recalcMany(files).map((f) => reader(XLSX.readFile(f)));
  out.forEach((r, i) => verifyPrioritiesAgainstReference(r, sets[i]));
  const rows = out[0].table("VTO_Priorities");
  const ranked = rows
    .filter((r) => typeof r["Rang"] === "number")
    .sort((a, b) => (a["Rang"] as number) - (b["Rang"] as number))
    .map((r) => r["Leervraag-sleutel"]);
  expect(ranked).toEqual(EDGE_ORDER);
  expect(
    rows
      .filter((r) => r["In plan"] === "ja")
      .map((r) => r["Leervraag-sleutel"])
      .sort(),
  ).toEqual([...EDGE_PLAN].sort());
}, 300000);
