/**
 * The checker on the priorities and question links: missing costs, a subsidy above the cost, needs
 * ranked past the Rangorde table, and question IDs compared in their normalised form (padded, with
 * invisible characters, numbers against their text). The formula engine stays off: the checker reads
 * what users typed.
 */
import { runCheck } from "../../src/excel/check";
import { fillExample } from "../../src/excel/exampleData";
import { Book, createFakeExcel } from "../../src/fake-excel";
import { assessQuestion } from "../../src/domain/questions";
import { exampleData, ExampleData } from "../../src/workbook/example";

const OPTS = { lang: "nl" as const, year: 2026 };
const TODAY = new Date(Date.UTC(2026, 10, 28));

function settled(data: ExampleData): ExampleData {
  return {
    ...data,
    questions: data.questions.filter((q) => assessQuestion(q).verdict !== "incomplete"),
    pyramid: data.pyramid.filter((p) => p.questionId !== "LV08"),
    priorities: data.priorities.filter((p) => p.questionId !== "LV13"),
    starr: data.starr.filter((s) => data.employees.some((e) => e.id === s.employeeId)),
  };
}

async function workbook(lang: "nl" | "en" = "nl") {
  const fake = createFakeExcel(new Book(false));
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) =>
    fillExample(ctx as never, settled(exampleData({ employees: 6, gapRows: 6, year: 2026 })), {
      ...OPTS,
      lang,
    }),
  );
  return fake;
}
type Fake = Awaited<ReturnType<typeof workbook>>;
const check = (fake: Fake) => fake.Excel.run((ctx) => runCheck(ctx as never, { today: TODAY }));
const on = async (fake: Fake, sheet: string) =>
  (await check(fake)).findings
    .filter((f) => f.sheet === sheet)
    .map((f) => [f.rule as string, f.address, f.severity]);

// Prioriteiten: A question ID, D–I scores, J participants, K hours per participant, L external cost, M subsidy
test("a valid example has no findings on the priorities", async () => {
  expect(await on(await workbook(), "Prioriteiten")).toEqual([]);
});

test("costs missing: participants without hours, or nothing that makes a cost — an error at the cell to fill", async () => {
  const fake = await workbook();
  fake.userEdit("Prioriteiten", "K4", [[""]]);
  fake.userEdit("Prioriteiten", "J5:L5", [["", "", ""]]);
  fake.userEdit("Prioriteiten", "J6:K6", [["", ""]]); // external cost only: fine
  const found = (await check(fake)).findings.filter((f) => (f.rule as string) === "costsMissing");
  expect(found.map((f) => [f.address, f.severity])).toEqual([
    ["Prioriteiten!K4", "error"],
    ["Prioriteiten!L5", "error"],
  ]);
  expect(found[0].message).toMatch(/^Prioriteiten!K4: de kosten van deze behoefte ontbreken/);
});

test("a subsidy above the cost is a warning at the subsidy; equal to the cost is not", async () => {
  const fake = await workbook();
  // LV02: 8 × 7 h × 45 € + 900 € = 3,420 €
  fake.userEdit("Prioriteiten", "M5", [[3420.01]]);
  fake.userEdit("Prioriteiten", "M4", [[1800 + 12 * 14 * 45]]); // LV01: exactly its cost
  const found = (await check(fake)).findings.filter((f) => (f.rule as string) === "subsidyExceedsCost");
  expect(found.map((f) => [f.address, f.severity])).toEqual([["Prioriteiten!M5", "warning"]]);
  expect(found[0].message).toContain("3420.01");
});

test("question IDs are compared normalised: padded, zero-width, no-break and numeric IDs find their question; a duplicate that differs only so is reported", async () => {
  const fake = await workbook();
  fake.userEdit("Prioriteiten", "A4", [["'LV01\u200B"]]);
  fake.userEdit("Prioriteiten", "A5", [["'\u00A0LV02"]]);
  let findings = (await check(fake)).findings.filter((f) => f.sheet === "Prioriteiten");
  expect(findings.filter((f) => f.rule === "unknownQuestion")).toEqual([]);
  // the issue: " LV03 " beside LV03 is the same need twice
  fake.userEdit("Prioriteiten", "A5", [["' LV03 "]]);
  findings = (await check(fake)).findings.filter((f) => f.sheet === "Prioriteiten");
  expect(findings.filter((f) => f.rule === "duplicateId").map((f) => f.address)).toEqual(["Prioriteiten!A6"]);
  // numbers: question 7 typed as a number on Leervragen, "7" as text on Prioriteiten
  fake.userEdit("Leervragen", "A4", [[7]]);
  fake.userEdit("Prioriteiten", "A4", [["'7"]]);
  findings = (await check(fake)).findings;
  expect(findings.filter((f) => f.sheet === "Prioriteiten" && f.rule === "unknownQuestion")).toEqual([]);
  // a question ID that differs from another only by a zero-width space is a duplicate question
  fake.userEdit("Leervragen", "A5", [["'7\u200B"]]);
  findings = (await check(fake)).findings;
  expect(
    findings.filter((f) => f.sheet === "Leervragen" && f.rule === "duplicateId").map((f) => f.address),
  ).toEqual(["Leervragen!A5"]);
});

test("instrument records find their question by normalised ID", async () => {
  const fake = await workbook();
  fake.userEdit("Competentiepiramide", "A4", [["'LV03\u200B "]]);
  fake.userEdit("Gilbert", "A4", [["'\u00A0LV10"]]);
  const findings = (await check(fake)).findings.filter((f) => f.rule === "unknownQuestion");
  expect(findings).toEqual([]);
});

test("needs ranked past the last row of Rangorde are reported, each at its question ID; after regenerating, none", async () => {
  const fake = await workbook();
  const ranking = fake.book.findTable("VTO_Ranking")!;
  fake.book.deleteTableRows(ranking, 3, ranking.rect.rows - 1 - 3); // 3 rows left, 5 needs ranked
  const found = (await check(fake)).findings.filter((f) => (f.rule as string) === "rankingTooShort");
  expect(found).toHaveLength(2);
  expect(
    found.every((f) => f.severity === "error" && f.sheet === "Prioriteiten" && f.address.includes("!A")),
  ).toBe(true);
  expect(found[0].message).toMatch(/rang [45], maar de tabel Rangorde heeft 3 rijen/);
  const { generate } = await import("../../src/excel/generate");
  await fake.Excel.run((ctx) => generate(ctx as never, OPTS));
  expect((await check(fake)).findings.filter((f) => (f.rule as string) === "rankingTooShort")).toEqual([]);
});

test("an English workbook words the new rules in English", async () => {
  const fake = await workbook("en");
  fake.userEdit("Priorities", "K4", [[""]]);
  const found = (await check(fake)).findings.find((f) => (f.rule as string) === "costsMissing")!;
  expect(found.title).toBe("Costs missing");
  expect(found.message).toMatch(/^Priorities!K4: this need's costs are missing/);
});
