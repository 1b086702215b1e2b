/**
 * Training accounts, sociale balans and the register's FLA deadline, evaluated in the in-memory
 * Excel, equal the reference (src/domain/trainingAccounts.ts) on the example organisation, on
 * hand-made edges and on random registers with the settings drawn at random.
 */
import { ExampleData, exampleData } from "../../src/workbook/example";
import { tableRows } from "../helpers/book";
import { filledWorkbook } from "../helpers/exampleBook";
import { verifyAccountsAgainstReference } from "../helpers/verifyAccounts";
import fc from "fast-check";
import { randomAccountsData } from "../helpers/randomAccounts";
import { accountEdgeData } from "../helpers/accountEdges";
import { flaCsvOf, readFla } from "../../src/excel/fla";
import { flaList } from "../../src/domain/trainingAccounts";
import { runs, slowTest } from "../helpers/slow";
import { idKey } from "../../src/domain/competences";
import { followed, rowDate, trainingDays, trainingType, TRAINING_TYPES } from "../../src/domain/training";
import type { Account } from "../../src/domain/trainingAccounts";
import { trainingTexts } from "../helpers/verifyTraining";
import { accountSettingsOf } from "../helpers/verifyAccounts";
import { dateSerial } from "../../src/workbook/dates";

/**
 * The property, straight from the register (not through the reference's own sums): per type, men +
 * women + not assigned = the total = the register's followed rows of the year (distinct people,
 * hours); and the accounts' days followed add up to the register's counted days of employees in
 * Medewerkers.
 */
function reconcile(data: ExampleData, accounts: (Account | null)[], balance: Map<string, number>) {
  const t = trainingTexts("nl");
  const s = accountSettingsOf(data);
  const y = s.year as number;
  const inYear = (r: Record<string, unknown>) => {
    const d = rowDate(r);
    return d !== null && d >= dateSerial(y, 1, 1) && d <= dateSerial(y, 12, 31) + 0.99999;
  };
  for (const type of TRAINING_TYPES) {
    const rows = (data.training ?? []).filter(
      (r) => followed(r, t) && trainingType(r.type, t) === type && inYear(r) && idKey(r.employeeId) !== "",
    );
    const people = new Set(rows.map((r) => idKey(r.employeeId))).size;
    const hours = rows.reduce(
      (sum, r) => sum + (typeof r.hours === "number" && r.hours >= 0 ? r.hours : 0),
      0,
    );
    for (const [m, want] of [
      ["workers", people],
      ["hours", hours],
    ] as const) {
      const parts = ["m", "f", "na"].map((g) => balance.get(`${type}.${m}.${g}`)!);
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(want, 9);
      expect(balance.get(`${type}.${m}.total`)).toBeCloseTo(want, 9);
    }
  }
  const known = new Set(data.employees.map((e) => idKey(e.id)));
  const counted = (data.training ?? [])
    .filter(
      (r) =>
        followed(r, t) &&
        idKey(r.countsForRight) === "ja" &&
        inYear(r) &&
        known.has(idKey(r.employeeId)) &&
        trainingDays(r, s) !== null,
    )
    .reduce((sum, r) => sum + (trainingDays(r, s) as number), 0);
  // each employee once (an ID typed twice in Medewerkers has two accounts with the same days)
  const once = new Map<string, number>();
  for (const a of accounts) if (a) once.set(a.employeeId.toLowerCase(), a.followed);
  expect([...once.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(counted, 9);
}

const build = (data: ExampleData, lang: "nl" | "en" = "nl") => filledWorkbook(data, { lang, year: 2026 });

const computed = (fake: Awaited<ReturnType<typeof build>>) => ({
  table: (name: string) => tableRows(fake.book, name),
  above: (name: string) => {
    const t = fake.book.findTable(name)!;
    return fake.book.value(t.sheet, t.rect.row - 1, t.rect.col);
  },
});

test("every edge worked out by hand (FOD FAQ figures, year edges, genders) equals the reference", async () => {
  const data = accountEdgeData();
  const fake = await build(data);
  const { accounts, balance } = verifyAccountsAgainstReference(computed(fake), data);
  reconcile(data, accounts, balance);
  const c = (k: keyof Account) => accounts.map((a) => (a ? a[k] : "-"));
  expect(c("months")).toEqual([6, 5, 12, 6, 5, 0, 0, 12]);
  const due = c("due") as (number | null)[];
  [2.5, 25 / 12, 2.5, 2.5, 5 / 3, 0, 0, null].forEach((d, i) =>
    d === null ? expect(due[i]).toBeNull() : expect(due[i]).toBeCloseTo(d, 12),
  );
  const followed = c("followed") as number[];
  [2, 0.5, 0, 1.5, 5, 0, 0.25, 0].forEach((d, i) => expect(followed[i]).toBeCloseTo(d, 12));
  expect(c("noneFollowed")).toEqual([false, false, true, false, false, false, false, true]);
  const v = (k: string) =>
    ["m", "f", "na", "total"].map((g) => Math.round(balance.get(`${k}.${g}`)! * 100) / 100);
  expect(v("formal.workers")).toEqual([2, 1, 2, 5]);
  expect(v("formal.hours")).toEqual([26.6, 7.6, 7.6, 41.8]);
  expect(v("formal.contributions")).toEqual([500, 333.33, 166.67, 1000]);
  expect(v("formal.subsidies")).toEqual([20, 60, 0, 80]);
  // gross = direct + hours × 40; net = gross + contributions − subsidies
  expect(v("formal.gross")).toEqual([300 + 26.6 * 40, 100 + 7.6 * 40, 200 + 7.6 * 40, 600 + 41.8 * 40]);
  expect(v("formal.net")[0]).toBeCloseTo(300 + 26.6 * 40 + 500 - 20, 2);
  expect(v("informal.workers")).toEqual([0, 2, 0, 2]);
  expect(v("initial.hours")).toEqual([0, 0, 38, 38]);
  // the FLA list the pane reads: the year's rows by quarter, as the reference lists them
  const fla = await fake.Excel.run((ctx) => readFla(ctx as never));
  const texts = trainingTexts("nl");
  expect(fla.lines).toEqual(flaList(data.training!, texts, accountSettingsOf(data), data.employees));
  expect(fla.lines.map((l) => [l.quarter, l.row])).toEqual([
    [1, 1],
    [1, 4],
    [1, 5],
    [1, 6],
    [1, 7],
    [1, 8],
    // rows 9 and 11 are left out: their employees start after the year and left before it
    [1, 10],
    [4, 3],
  ]);
  const csv = flaCsvOf(fla, "Kwartaal", "Registreren uiterlijk").slice(1).split("\r\n");
  expect(csv[0]).toBe(
    "Kwartaal;Registreren uiterlijk;Medewerker-ID;Opleiding;Uren;Dagen;Begindatum;Einddatum;Gevolgd;Telt voor opleidingsrecht;Certificaat geldig tot",
  );
  expect(csv[1]).toBe(`Q1;30/04/2026;${data.employees[0].id};Opleiding;15,2;2;01/01/2026;;ja;ja;`);
}, 60000);

slowTest(
  "the example organisation in Dutch and English: accounts and sociale balans equal the reference",
  async () => {
    for (const lang of ["nl", "en"] as const) {
      const data = exampleData({ year: 2026, today: new Date(2026, 4, 20), lang });
      const fake = await build(data, lang);
      const { accounts, balance } = verifyAccountsAgainstReference(computed(fake), data, lang);
      // meaningful: days followed, accounts without any, women and men trained, contributions split
      expect(accounts.some((a) => a && a.followed > 0)).toBe(true);
      expect(accounts.some((a) => a && a.noneFollowed)).toBe(true);
      expect(balance.get("formal.workers.f")).toBeGreaterThan(0);
      expect(balance.get("formal.workers.m")).toBeGreaterThan(0);
      expect(balance.get("formal.contributions.f")).toBeGreaterThan(balance.get("formal.contributions.m")!);
      expect(computed(fake).above("VTO_Accounts")).toMatch(
        lang === "nl" ? /^Organisatie: / : /^Organisation: /,
      );
    }
  },
  240000,
);

test("randomized employees, registers and settings: formulas equal the reference, totals reconcile", async () => {
  await fc.assert(
    fc.asyncProperty(randomAccountsData, async (data) => {
      const fake = await build(data);
      const { accounts, balance } = verifyAccountsAgainstReference(computed(fake), data);
      reconcile(data, accounts, balance);
    }),
    { numRuns: runs(1, 25) },
  );
}, 300000);
