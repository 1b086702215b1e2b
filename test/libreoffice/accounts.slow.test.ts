/**
 * Three-way check, third leg, for the training accounts, the sociale balans and the register's
 * columns for them: the exported .xlsx recalculated by LibreOffice Calc gives the reference's values
 * (the example and the hand-made edges in Dutch and English, and random employees, registers and
 * settings aimed at the edges). Needs `soffice`.
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
import { accountEdgeData } from "../helpers/accountEdges";
import type { WbLang } from "../../src/workbook/lang";

const TOOL = path.resolve(__dirname, "../../../shared/tools/recalc-xlsx");

async function recalculated(data: ExampleData, lang: WbLang = "nl"): Promise<ReturnType<typeof reader>> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-lo-accounts-"));
  const file = path.join(dir, "in.xlsx");
  writeFileSync(file, await buildXlsx(lang, data, 2026));
  const out = execFileSync("bash", [TOOL, file, path.join(dir, "out")], { encoding: "utf8" }).trim();
  return reader(XLSX.readFile(out), lang);
}

test("LibreOffice: the example's accounts and sociale balans equal the reference", async () => {
  const data = exampleData({ year: 2026, today: new Date(2026, 4, 20) });
  verifyAccountsAgainstReference(await recalculated(data), data);
}, 240000);

/** The edge data's Dutch list choices in English (F for V; yes/no; formal, informal, initial), case kept. */
function inEnglish(data: ExampleData): ExampleData {
  const words: Record<string, string> = {
    v: "F",
    ja: "yes",
    nee: "no",
    formeel: "formal",
    informeel: "informal",
    initieel: "initial",
  };
  const en = (v: unknown) => {
    if (typeof v !== "string") return v;
    const w = words[v.trim().toLowerCase()];
    if (w === undefined) return v;
    return v.replace(v.trim(), v.trim() === v.trim().toUpperCase() ? w.toUpperCase() : w);
  };
  return {
    ...data,
    employees: data.employees.map((e) => ({ ...e, gender: en(e.gender) as string })),
    training: (data.training ?? []).map((r) => ({
      ...r,
      type: en(r.type),
      followed: en(r.followed),
      countsForRight: en(r.countsForRight),
    })),
  };
}

test("LibreOffice, English workbook: the example and the hand-made edges equal the reference", async () => {
  const example = exampleData({ year: 2026, today: new Date(2026, 4, 20), lang: "en" });
  verifyAccountsAgainstReference(await recalculated(example, "en"), example, "en");
  const edges = inEnglish(accountEdgeData());
  // the edges' genders in English: M, F, F, m, X, blank, F, M
  expect(edges.employees.map((e) => String(e.gender).trim().toUpperCase())).toEqual([
    "M",
    "F",
    "F",
    "M",
    "X",
    "",
    "F",
    "M",
  ]);
  const wb = await recalculated(edges, "en");
  const { accounts, balance } = verifyAccountsAgainstReference(wb, edges, "en");
  // the figures worked out by hand for the Dutch edges (test/workbook/accounts.test.ts) hold in English
  expect(accounts.map((a) => (a ? a.months : "-"))).toEqual([6, 5, 12, 6, 5, 0, 0, 12]);
  const v = (k: string) =>
    ["m", "f", "na", "total"].map((g) => Math.round(balance.get(`${k}.${g}`)! * 100) / 100);
  expect(v("formal.workers")).toEqual([2, 1, 2, 5]);
  expect(v("formal.hours")).toEqual([26.6, 7.6, 7.6, 41.8]);
  expect(v("informal.workers")).toEqual([0, 2, 0, 2]);
  expect(v("initial.hours")).toEqual([0, 0, 38, 38]);
}, 240000);

test("LibreOffice: random employees, registers and settings equal the reference", async () => {
  await fc.assert(
    fc.asyncProperty(randomAccountsData, async (data) => {
      verifyAccountsAgainstReference(await recalculated(data), data);
    }),
    { numRuns: 4 },
  );
}, 600000);
