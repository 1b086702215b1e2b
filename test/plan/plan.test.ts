/**
 * The training plan (VTO_Plan): its computed columns in the in-memory Excel equal the reference
 * (src/domain/plan.ts) on the example organisation and on random plans aimed at the boundaries
 * (amounts as text or negative, a budget used up to the cent, settings broken or blank, questions
 * gone, excluded or unranked, IDs padded or as numbers); a wrong comparison fails.
 */
import fc from "fast-check";
import { computePlan } from "../../src/domain/plan";
import { ExampleData, exampleData } from "../../src/workbook/example";
import type { WbLang } from "../../src/workbook/lang";
import { tableRows } from "../helpers/book";
import {
  planInputs,
  planSettingsOf,
  referencePlan,
  referenceRealised,
  verifyPlanAgainstReference,
  verifyStatutoryAgainstReference,
} from "../helpers/planVerify";
import { verifyOptimumNote } from "../helpers/optimumNote";
import { randomPlanData, realisedEdgeData } from "../helpers/randomPlan";
import { onlyWhatIsUsed } from "../helpers/randomPriorities";
import { runs, SLOW } from "../helpers/slow";
import { filledWorkbook } from "../helpers/exampleBook";

const build = (data: ExampleData, lang: WbLang = "nl") => filledWorkbook(data, { lang, year: 2026 });

// English in the slow suite (exampleLanguage.test.ts checks every value and text of both languages)
test.each((SLOW ? ["nl", "en"] : ["nl"]) as WbLang[])(
  "the example organisation's plan equals the reference (%s)",
  async (lang) => {
    const data = exampleData({ year: 2026, lang, employees: 12 });
    expect(data.plan!.length).toBeGreaterThanOrEqual(4);
    const fake = await build(data, lang);
    verifyPlanAgainstReference((n) => tableRows(fake.book, n), data, lang);
    verifyStatutoryAgainstReference((n) => tableRows(fake.book, n), data, lang);
    // complete: formal and informal actions, every one still a ranked real need, within the budget
    const want = referencePlan(data, lang);
    expect(want.filter((r) => r.key).every((r) => r.need === "yes")).toBe(true);
    expect(want.every((r) => r.withinBudget === true)).toBe(true);
    expect(new Set(planInputs(data, lang).map((r) => r.type))).toEqual(new Set(["formal", "informal"]));
  },
  90000,
);

test("the note above Prioriteiten says which column to read and whether the optimum is current", async () => {
  // the example's questions and needs; only the competences and teams two employees use (every edit
  // recomputes what depends on Instellingen, nearly every formula of the workbook)
  const data = onlyWhatIsUsed(exampleData({ year: 2026, employees: 2, gapRows: 1 }));
  await verifyOptimumNote(await build(data), "nl");
  if (SLOW) await verifyOptimumNote(await build(exampleData({ year: 2026, lang: "en" }), "en"), "en");
}, 90000);

test(
  "random plans (text and negative amounts, budgets to the cent, broken settings, registers): the plan equals the reference",
  async () => {
    await fc.assert(
      fc.asyncProperty(randomPlanData, async (data) => {
        const fake = await build(data);
        verifyPlanAgainstReference((n) => tableRows(fake.book, n), data);
        verifyStatutoryAgainstReference((n) => tableRows(fake.book, n), data);
      }),
      { numRuns: runs(1, 40), seed: 20260313 },
    );
  },
  SLOW ? 900000 : 90000,
);

test("realised hours: the register's edges worked out by hand", async () => {
  const data = realisedEdgeData();
  expect(referenceRealised(data)).toEqual([21.5, 21.5, 4, 2, 0, 0]);
  const fake = await build(data);
  verifyPlanAgainstReference((n) => tableRows(fake.book, n), data);
}, 90000);

test("the reference: a budget used to the cent is within it, a cent more is not", () => {
  const rows = [
    { participants: 2, hoursPerParticipant: 1.5, directCost: 100.1, subsidy: "" },
    { participants: "", hoursPerParticipant: "", directCost: 0.2, subsidy: 0 },
  ].map((r) => ({
    questionId: "",
    type: null,
    ...r,
    risk: { age50: false, disability: false, nonEu: false, bottleneck: false },
    gender: false,
  }));
  const none = () => null;
  const at = (budget: number) =>
    computePlan(rows, { hoursPerDay: 7.6, hourlyCost: 45, budget }, none, none).map((r) => r.withinBudget);
  // 2 × 1.5 h × 45 € + 100.10 € = 235.10 €; + 0.20 € = 235.30 €
  expect(at(235.3)).toEqual([true, true]);
  expect(at(235.29)).toEqual([true, false]);
  expect(planSettingsOf({ settingValues: { hours_per_day: 0 } } as never).hoursPerDay).toBeNull();
});
