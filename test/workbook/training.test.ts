/**
 * The training register, the employees' hour columns, the certificate view and the certificate
 * rule of the diagnosis, evaluated in the in-memory Excel, equal the reference (src/domain/training.ts)
 * on the example organisation and on random registers with the settings drawn at random.
 */
import fc from "fast-check";
import { generate } from "../../src/excel/generate";
import { runCheck } from "../../src/excel/check";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { tableRows } from "../helpers/book";
import { verifyAgainstReference } from "../helpers/verify";
import { trainingSettingsOf, verifyTrainingAgainstReference } from "../helpers/verifyTraining";
import { randomTrainingData } from "../helpers/randomTraining";
import { trainingEdgeData } from "../helpers/trainingEdges";
import { filledWorkbook } from "../helpers/exampleBook";
import { runs, SLOW, slowTest } from "../helpers/slow";
import { CERT_STATUS } from "../../src/workbook/trainingSpecs";

const build = (data: ExampleData, lang: "nl" | "en" = "nl") => filledWorkbook(data, { lang, year: 2026 });

const computed = (fake: Awaited<ReturnType<typeof build>>, matrixSheet = "Teammatrix") => {
  const matrix = fake.book.findSheet(matrixSheet)!;
  return {
    table: (name: string) => tableRows(fake.book, name),
    matrix: (r: number, c: number) => fake.book.value(matrix, r, c),
    above: (name: string) => {
      const t = fake.book.findTable(name)!;
      return fake.book.value(t.sheet, t.rect.row - 1, t.rect.col);
    },
  };
};

test("example organisation with the certificate rule on: register, hours, certificates and diagnosis equal the reference", async () => {
  // a smaller staff in the fast suite (the formulas of 60 employees take long; the slow suite and the
  // LibreOffice leg take all 60): employees 1–24 hold every certificate status
  const base = exampleData({ year: 2026, today: new Date(2026, 4, 20), ...(SLOW ? {} : { employees: 24 }) });
  // the example itself leaves the rule off; on, some ratings at level stop counting
  expect(trainingSettingsOf(base).certificateForLevel).toBe(false);
  const data = { ...base, settingValues: { ...base.settingValues, cert_for_level: "ja" } };
  const fake = await build(data);
  verifyTrainingAgainstReference(computed(fake), data);
  verifyAgainstReference(computed(fake), data);
  expect(tableRows(fake.book, "VTO_Gaps").some((r) => r["Telt op niveau"] === 0)).toBe(true);
  // the example is meaningful: every status, all three types, a training that does not count
  const status = new Set(tableRows(fake.book, "VTO_Certificates").map((r) => r["Status"]));
  expect(status).toEqual(
    new Set([
      CERT_STATUS.valid.nl,
      CERT_STATUS.expired.nl,
      CERT_STATUS.missing.nl,
      "verloopt binnen 60 dagen",
      "",
    ]),
  );
  const reg = tableRows(fake.book, "VTO_Training");
  expect(new Set(reg.map((r) => r["Soort"]))).toEqual(new Set(["formeel", "informeel", "initieel"]));
  expect(reg.filter((r) => r["Telt voor opleidingsrecht"] === "nee")).toHaveLength(1);
  expect(reg.some((r) => r["Gevolgd"] === "nee")).toBe(true);
  // followed trainings older than 12 months count in their year, not in the hours of the last 12 months
  expect(reg.some((r) => r["Sleutel uren 12 maanden"] === "" && r["Gevolgd"] === "ja")).toBe(true);
}, 120000);

test("every edge the formulas decide on, worked out by hand, equals the reference", async () => {
  const data = trainingEdgeData();
  const fake = await build(data);
  verifyTrainingAgainstReference(computed(fake), data);
  const certs = tableRows(fake.book, "VTO_Certificates").slice(0, 6);
  expect(certs.map((r) => [r["Medewerker-ID"], r["Competentie-ID"], r["Status"]])).toEqual([
    ["M001", "C01", CERT_STATUS.expired.nl],
    ["M001", "C02", "verloopt binnen 30 dagen"],
    ["M002", "C01", "verloopt binnen 30 dagen"],
    ["M002", "C02", CERT_STATUS.valid.nl],
    ["M003", "C01", CERT_STATUS.valid.nl],
    ["M003", "C02", CERT_STATUS.expired.nl],
  ]);
  // the last 12 months: 2 + 4 + 16 (not the first day of the year before, the day after the reference, text, not followed)
  const hours = tableRows(fake.book, "VTO_Employees").map((r) => r["Opleidingsuren register 12 maanden"]);
  expect(hours.slice(3, 5)).toEqual([22, 0]);
  const reg = tableRows(fake.book, "VTO_Training");
  expect(reg.slice(15).map((r) => r["Eerste van soort"])).toEqual([1, 0, 1, 1]);
  // the gap rows: employees M001–M006 on C01, then on C02; without a certificate valid on the
  // reference date a rating does not count at level (M001 C01 ended the day before; M001 C02 ends on it)
  expect(tableRows(fake.book, "VTO_Gaps").map((r) => r["Telt op niveau"])).toEqual([
    0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0,
  ]);
}, 60000);

test("randomized registers and settings: formulas equal the reference", async () => {
  await fc.assert(
    fc.asyncProperty(randomTrainingData, async (data) => {
      const fake = await build(data);
      verifyTrainingAgainstReference(computed(fake), data);
      verifyAgainstReference(computed(fake), data);
    }),
    { numRuns: runs(3, 30) },
  );
}, 300000);

slowTest(
  "an English workbook: the register and the certificates in English",
  async () => {
    const data = exampleData({ year: 2026, today: new Date(2026, 4, 20), lang: "en" });
    const fake = await build(data, "en");
    verifyTrainingAgainstReference(computed(fake, "Team matrix"), data, "en");
    expect(fake.book.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Training register", "Certificates"]),
    );
  },
  120000,
);

test("the certificate view warns when employees × certified competences outgrow it, the checker says so, regenerating grows it", async () => {
  const data = exampleData({ employees: 6, gapRows: 6, year: 2026, today: new Date(2026, 4, 20) });
  const fake = await build(data);
  const book = fake.book;
  const view = computed(fake);
  const check = async () =>
    (await fake.Excel.run((ctx) => runCheck(ctx as never, { today: new Date(2026, 4, 20) }))).findings
      .filter((x) => x.rule === "sheetTooSmall")
      .map((x) => [x.rule, x.address]);
  // 6 employees × 3 certified competences + 20 spare rows
  expect(book.findTable("VTO_Certificates")!.rect.rows - 1).toBe(38);
  const comps = book.findTable("VTO_Competences")!;
  const col = comps.rect.col + comps.columns.findIndex((c) => c.name === "Certificaat vereist");
  const flag = (row: number) =>
    book.writeContents(comps.sheet, { row: comps.rect.row + 1 + row, col, rows: 1, cols: 1 }, [["ja"]]);
  // three more: 6 × 6 = 36 rows still fit
  [0, 1, 2].forEach(flag);
  expect(view.above("VTO_Certificates")).toBe("");
  expect(await check()).toEqual([]);
  // one more: 6 × 7 = 42 combinations, 4 more than the view holds
  flag(3);
  expect(view.above("VTO_Certificates")).toBe(
    "4 combinatie(s) medewerker × competentie staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
  );
  expect(await check()).toEqual([["sheetTooSmall", "Certificaten!A2"]]);
  await fake.Excel.run((ctx) => generate(ctx as never, { lang: "nl", year: 2026 }));
  expect(book.findTable("VTO_Certificates")!.rect.rows - 1).toBe(62);
  expect(view.above("VTO_Certificates")).toBe("");
  expect(await check()).toEqual([]);
  const flagged = data.competences.map((c, i) => ({ ...c, certificate: c.certificate || i < 4 }));
  verifyTrainingAgainstReference(view, { ...data, competences: flagged });
}, 120000);
