/** The checker: one finding per problem cell, exact rule, cell and severity; nothing written. */
import fc from "fast-check";
import { Edit, recheckRows, runCheck } from "../../src/excel/check";
import { fillExample } from "../../src/excel/exampleData";
import { addMarks, removeMarks } from "../../src/excel/marks";
import { applyQuickFixes, expectEchoes, quickFixesFor } from "../../src/excel/quickFixes";
import { OwnWrites, watchLocalEdits } from "../../src/excel/live";
import { Book, createFakeExcel } from "../../src/fake-excel";
import { ExampleData, exampleData } from "../../src/workbook/example";
import { assessQuestion, isCompetenceCause } from "../../src/domain/questions";
import { RuleId, SEVERITY } from "../../src/domain/validation";
import { quoteSheetName } from "../../src/workbook/address";
import {
  everyQuestionCombination,
  randomEightFields,
  randomGilbert,
  randomPyramid,
} from "../helpers/randomQuestions";
import { contents } from "../helpers/book";
import { SETTING_ROWS, SPEC_BY_KEY } from "../../src/workbook/specs";
import { columnLetters } from "../../src/workbook/address";
import { employeeOf, idKey, idText, LevelCell, levelOf } from "../../src/domain/competences";
import { randomData } from "../helpers/randomData";
import { dateSerial } from "../../src/workbook/dates";
import { SLOW, slowTest } from "../helpers/slow";
import { RESPONSE_BUDGET } from "../../src/excel/readTables";

const OPTS = { lang: "nl" as const, year: 2026 };
const TODAY = new Date(Date.UTC(2026, 10, 28));

/** Employees whose latest certificate the example lets expire, or expire within the warning days. */
const CERTIFICATE_POINTS = ["M002", "M008", "M010", "M028", "M031", "M040"];

/** The example without its deliberate open points (a missing cause, a missing wish, a contradiction). */
function settled(data: ExampleData): ExampleData {
  return {
    ...data,
    questions: data.questions.filter((q) => assessQuestion(q).verdict !== "incomplete"),
    pyramid: data.pyramid.filter((p) => p.questionId !== "LV08"),
    priorities: data.priorities.filter((p) => p.questionId !== "LV13"),
    // STARR interviews of employees that a small example has
    starr: data.starr.filter((s) => data.employees.some((e) => e.id === s.employeeId)),
    // the certificates that are expired or expiring on purpose (the employees' rows with a validity date)
    training: data.training?.filter(
      (r) => !(CERTIFICATE_POINTS.includes(String(r.employeeId)) && r.validUntil),
    ),
  };
}

/** The checker reads what users typed, never computed cells: the formula engine stays off. */
const uncomputed = () => createFakeExcel(new Book(false));

/** Filled once per size; each case gets its own copy (filling is most of a case's time). */
const templates = new Map<string, Promise<Book>>();
async function workbook(employees = 6, gapRows = 6) {
  const size = `${employees}:${gapRows}`;
  if (!templates.has(size))
    templates.set(
      size,
      (async () => {
        const fake = uncomputed();
        fake.book.addSheet("Blad1");
        await fake.Excel.run((ctx) =>
          fillExample(
            ctx as never,
            settled(exampleData({ employees, gapRows, year: 2026, today: TODAY })),
            OPTS,
          ),
        );
        return fake.book;
      })(),
    );
  return createFakeExcel((await templates.get(size)!).copy());
}

/** Types into the gap register (row 4 is the first data row) as a user would paste: raw text. */
function paste(fake: Awaited<ReturnType<typeof workbook>>, sheet: string, address: string, value: unknown) {
  fake.userEdit(sheet, address, [[value]]);
}

async function check(fake: Awaited<ReturnType<typeof workbook>>) {
  return fake.Excel.run((ctx) => runCheck(ctx as never, { today: TODAY }));
}

const summary = (r: Awaited<ReturnType<typeof check>>) =>
  r.findings.map((f) => [f.rule, f.address, f.severity]);

test("the example organisation's open points are reported, nothing else", async () => {
  // the checker reads what users typed; the formulas' results are not needed
  const fake = uncomputed();
  fake.book.addSheet("Blad1");
  await fake.Excel.run((ctx) => fillExample(ctx as never, exampleData({ year: 2026, today: TODAY }), OPTS));
  const result = await check(fake);
  expect(summary(result)).toEqual([
    ["verdictContradictsPyramid", "Leervragen!H11", "warning"], // LV08: pyramid says "mogen"
    ["wishMissing", "Leervragen!I12", "warning"], // LV09
    ["causeMissing", "Leervragen!H14", "warning"], // LV11
    ["needNotReal", "Prioriteiten!A9", "warning"], // LV13 is scored but not a training need
    // certificates the example lets expire (valid until 15 days before the reference date) or end
    // within the 60 warning days (25 days after it): M002 moving and handling, M008 moving and
    // handling, M010 fire safety and first aid, M028 moving and handling and first aid, M031 first
    // aid, M040 fire safety and first aid
    ["certificateExpired", "Opleidingsregister!N6", "warning"], // M002 C06
    ["certificateExpiring", "Opleidingsregister!N20", "warning"], // M008 C06
    ["certificateExpired", "Opleidingsregister!N22", "warning"], // M010 C08
    ["certificateExpired", "Opleidingsregister!N23", "warning"], // M010 C23
    ["certificateExpiring", "Opleidingsregister!N65", "warning"], // M028 C06
    ["certificateExpiring", "Opleidingsregister!N66", "warning"], // M028 C23
    ["certificateExpired", "Opleidingsregister!N71", "warning"], // M031 C23
    ["certificateExpiring", "Opleidingsregister!N90", "warning"], // M040 C08
    ["certificateExpiring", "Opleidingsregister!N91", "warning"], // M040 C23
  ]);
  expect(result.findings[0].message).toBe(
    'Leervragen!H11: de oorzaak "vaardigheden" botst met de competentiepiramide in Competentiepiramide!A7, die wijst op werkorganisatie. Bekijk de oorzaak opnieuw.',
  );
});

test("a valid example workbook has no findings", async () => {
  const fake = await workbook(60, 300);
  const before = contents(fake.book);
  const result = await check(fake);
  expect(summary(result)).toEqual([]);
  expect(result.rows.gaps).toBe(300);
  expect(contents(fake.book)).toEqual(before); // checking never writes
});

// Gap register columns: A employee, B competence, C assessor, D date, E required, F current, H horizon, J note
const GAPS = "Competentiekloof";
// Function profiles: A function, B competence ID, C required now, D at the horizon (zorgkundige first)
const PROFILES = "Functieprofielen";
/** An employee's cell (row 4 is M001), by column key: the columns of Medewerkers grow. */
const EMP = (key: string, row = 4) =>
  `${columnLetters(SPEC_BY_KEY.employees.columns.findIndex((c) => c.key === key))}${row}`;
/** The first employee of the small example with a start date. */
const STARTED =
  4 + exampleData({ employees: 6, year: 2026, today: TODAY }).employees.findIndex((e) => e.startDate);
/** The training register's sheet. */
const REGISTER = "Opleidingsregister";
/** M001's typed training hours (Medewerkers, column G). */
const TYPED_HOURS = "G4";
/** The training plan's sheet. */
const PLAN = "Opleidingsplan";
/** A setting's value cell (the settings table's body starts on row 4, values in column C). */
const S = (key: string) => `C${4 + SETTING_ROWS.findIndex((r) => r.key === key)}`;
const CORPUS: [string, string, string, unknown, string][] = [
  ["unknown employee", GAPS, "A4", "'M999", "unknownEmployee"],
  ["unknown competence", GAPS, "B4", "'C99", "unknownCompetence"],
  ["level with decimals", GAPS, "F4", 2.5, "levelNotWhole"],
  ["level as word", GAPS, "F4", "'drie", "levelNotWhole"],
  ["level above the scale", GAPS, "E4", 7, "levelOutOfScale"],
  ["negative level", GAPS, "E4", -1, "levelOutOfScale"],
  ["number stored as text", GAPS, "F4", "'3", "numberAsText"],
  ["number with spaces as text", GAPS, "F4", "' 3 ", "numberAsText"],
  ["number with a decimal comma as text", GAPS, "F4", "'3,0", "numberAsText"],
  // the first gap row (M001, a team coach, C01) takes its required level from the profile row 104
  ["required level missing from the function profile", PROFILES, "C104", "", "levelMissing"],
  ["an own required level (override) outside the scale", GAPS, "E4", 5, "levelOutOfScale"],
  ["an own required level (override) as text", GAPS, "E4", "'3", "numberAsText"],
  ["a profile level outside the scale", PROFILES, "D5", 6, "levelOutOfScale"],
  ["a profile level with decimals", PROFILES, "C5", 2.5, "levelNotWhole"],
  ["a profile of an unknown competence", PROFILES, "B5", "'C99", "unknownCompetence"],
  ["the same function and competence twice in the profiles", PROFILES, "B5", "'C01", "duplicateProfile"],
  ["a profile row without function", PROFILES, "A5", "", "functionMissing"],
  ["a wildcard in a profile's function", PROFILES, "A5", "'zorg*", "idCharacter"],
  ["unknown function", "Medewerkers", EMP("role"), "'directeur", "unknownFunction"],
  ["gender not in the list", "Medewerkers", EMP("gender"), "'F", "notInList"],
  ["gender as a word", "Medewerkers", EMP("gender"), "'vrouw", "notInList"],
  ["birth year impossible", "Medewerkers", EMP("birthYear"), 1850, "impossibleBirthYear"],
  ["birth year of a child", "Medewerkers", EMP("birthYear"), 2020, "impossibleBirthYear"],
  ["birth year as text", "Medewerkers", EMP("birthYear"), "'1980", "numberAsText"],
  ["start date as text", "Medewerkers", EMP("startDate"), "'01/09/2019", "invalidDate"],
  ["end date as text", "Medewerkers", EMP("endDate"), "'30/06/2027", "invalidDate"],
  ["end before start", "Medewerkers", EMP("endDate", STARTED), 20000, "endBeforeStart"],
  ["employee without FTE (training account)", "Medewerkers", EMP("fte"), "", "fteMissing"],
  ["current level missing", GAPS, "F4", "", "levelMissing"],
  ["text date", GAPS, "D4", "'31/02/2026", "invalidDate"],
  ["future date", GAPS, "D4", 47000, "futureDate"],
  ["assessor not in the list", GAPS, "C4", "'collega", "unknownAssessor"],
  ["formula-like note", GAPS, "J4", "'=1+1", "formulaLikeText"],
  ["note starting with @", GAPS, "J4", "'@team", "formulaLikeText"],
  ["spaces around an ID", GAPS, "A4", "' M001", "surroundingSpaces"],
  ["blank competence ID", "Competenties", "A5", "", "blankId"],
  ["duplicate employee ID", "Medewerkers", "A5", "'M001", "duplicateId"],
  ["FTE above 1", "Medewerkers", "E4", 1.5, "fteOutOfRange"],
  ["FTE as text", "Medewerkers", "E4", "'0,8", "numberAsText"],
  ["impossible exit year", "Medewerkers", "F4", 1850, "impossibleExitYear"],
  ["competence type not in the list", "Competenties", "C4", "'vaardigheden", "unknownCompetenceType"],
  ["formula-like name", "Medewerkers", "B4", "'+32 470 12 34 56", "formulaLikeText"],
  ["scale label missing", "Instellingen", "C7", "", "scaleLabelMissing"],
  ["horizon not whole", "Instellingen", "C6", 2.5, "horizonInvalid"],
  ["horizon zero", "Instellingen", "C6", 0, "horizonInvalid"],
  // learning questions: A ID, D perspective, G competence IDs, H cause, I wish, J cost-effective
  ["cause not in the list", "Leervragen", "H4", "'geld", "notInList"],
  ["wish in the other language", "Leervragen", "I4", "'yes", "notInList"],
  ["perspective not in the list", "Leervragen", "D4", "'strategie", "notInList"],
  ["cost-effectiveness not in the list", "Leervragen", "J4", "'misschien", "notInList"],
  ["unknown competence among a question's IDs", "Leervragen", "G4", "'C02, C99", "unknownCompetence"],
  ["cause missing", "Leervragen", "H4", "", "causeMissing"],
  ["wish missing for a competence shortfall", "Leervragen", "I4", "", "wishMissing"],
  ["duplicate question ID", "Leervragen", "A5", "'LV01", "duplicateId"],
  ["formula-like question title", "Leervragen", "B4", "'=HYPERLINK(1)", "formulaLikeText"],
  // instruments (see the example records)
  ["STARR linked to an unknown question", "STARR", "L4", "'LV99", "unknownQuestion"],
  ["STARR of an unknown employee", "STARR", "B4", "'M999", "unknownEmployee"],
  ["STARR about an unknown competence", "STARR", "C4", "'C99", "unknownCompetence"],
  ["observed level above the scale", "STARR", "K4", 6, "levelOutOfScale"],
  ["STARR interview dated in the future", "STARR", "D4", 47000, "futureDate"],
  ["formula-like reflection", "STARR", "J4", "'=fout", "formulaLikeText"],
  ["pyramid answer not in the list", "Competentiepiramide", "C4", "'misschien", "notInList"],
  ["pyramid linked to an unknown question", "Competentiepiramide", "A4", "'LV99", "unknownQuestion"],
  ["pyramid about an unknown employee", "Competentiepiramide", "B4", "'M999", "unknownEmployee"],
  [
    "eight-field trajectory linked to an unknown question",
    "Acht-veldenmodel",
    "B4",
    "'LV99",
    "unknownQuestion",
  ],
  ["duplicate trajectory ID", "Acht-veldenmodel", "A5", "'TR01", "duplicateId"],
  ["Gilbert rating above 3", "Gilbert", "C4", 4, "ratingInvalid"],
  ["Gilbert rating with decimals", "Gilbert", "D4", 1.5, "ratingInvalid"],
  ["Gilbert rating as text", "Gilbert", "C4", "'2", "numberAsText"],
  // priorities: A question ID, D–I scores, J participants, K hours, L external cost, M subsidy
  ["score above 5", "Prioriteiten", "D4", 6, "scoreInvalid"],
  ["score with decimals", "Prioriteiten", "G4", 2.5, "scoreInvalid"],
  ["score blank", "Prioriteiten", "E4", "", "scoreMissing"],
  ["score as text", "Prioriteiten", "F4", "'4", "numberAsText"],
  ["negative cost", "Prioriteiten", "L4", -100, "amountInvalid"],
  ["cost as a word", "Prioriteiten", "L4", "'duur", "amountInvalid"],
  ["subsidy as text", "Prioriteiten", "M4", "'250", "numberAsText"],
  ["a need whose question was deleted", "Prioriteiten", "A4", "'LV99", "unknownQuestion"],
  ["a need that is no longer a real need", "Prioriteiten", "A4", "'LV13", "needNotReal"],
  ["the same need twice", "Prioriteiten", "A5", "'LV01", "duplicateId"],
  // weights beside the settings: I key, J criterion, K weight; the budget is in C17
  ["weights that do not sum to 100 %", "Instellingen", "K4", 0.5, "weightsNot100"],
  ["a weight as a word", "Instellingen", "K5", "'veel", "weightInvalid"],
  ["a budget of 0", "Instellingen", "C17", 0, "budgetZero"],
  ["a budget as a word", "Instellingen", "C17", "'veel", "budgetInvalid"],
  // every setting: allowed values
  [
    "a diagnosis source that is no assessor",
    "Instellingen",
    S("diagnosis_source"),
    "'iemand",
    "settingInvalid",
  ],
  [
    "a diagnosis source in the other language",
    "Instellingen",
    S("diagnosis_source"),
    "'manager",
    "settingInvalid",
  ],
  ["a blank diagnosis source", "Instellingen", S("diagnosis_source"), "", "settingInvalid"],
  ["coverage of 5", "Instellingen", S("coverage_in_house"), 5, "settingInvalid"],
  ["coverage of 80 meant as 80 %", "Instellingen", S("coverage_in_house"), 80, "settingInvalid"],
  ["negative coverage", "Instellingen", S("coverage_in_house"), -0.1, "settingInvalid"],
  ["coverage as text", "Instellingen", S("coverage_in_house"), "'0,8", "numberAsText"],
  ["analysis year as a word", "Instellingen", S("analysis_year"), "'dit jaar", "settingInvalid"],
  ["analysis year as text", "Instellingen", S("analysis_year"), "'2026", "numberAsText"],
  ["analysis year with decimals", "Instellingen", S("analysis_year"), 2026.5, "settingInvalid"],
  ["analysis year 1999", "Instellingen", S("analysis_year"), 1999, "settingInvalid"],
  ["horizon of 51 years", "Instellingen", S("horizon_years"), 51, "horizonInvalid"],
  ["gap threshold above the scale", "Instellingen", S("gap_threshold"), 4.5, "settingInvalid"],
  ["negative future gap threshold", "Instellingen", S("future_gap_threshold"), -1, "settingInvalid"],
  ["negative hourly cost", "Instellingen", S("hourly_cost"), -45, "settingInvalid"],
  ["minimum feasibility 9", "Instellingen", S("min_feasibility"), 9, "settingInvalid"],
  ["minimum feasibility 0", "Instellingen", S("min_feasibility"), 0, "settingInvalid"],
  ["minimum feasibility 2.5", "Instellingen", S("min_feasibility"), 2.5, "settingInvalid"],
  ["an hours cap of 0", "Instellingen", S("hours_cap"), 0, "settingInvalid"],
  ["an investment band below the one above it", "Instellingen", S("invest_band_2"), 500, "settingInvalid"],
  ["a negative investment band", "Instellingen", S("invest_band_1"), -1, "settingInvalid"],
  // IDs with characters the formulas cannot see or read as wildcards
  ["a zero-width space in an employee ID", "Medewerkers", "A4", "'M001\u200b", "idCharacter"],
  ["a no-break space in a gap's employee ID", GAPS, "A4", "'M001\u00a0", "idCharacter"],
  ["a byte order mark in a gap's competence ID", GAPS, "B4", "'\ufeffC01", "idCharacter"],
  ["a wildcard in a competence ID", "Competenties", "A4", "'C0*", "idCharacter"],
  ["a no-break space in a team of the list", "Instellingen", "F4", "'Woonzorg\u00a0A", "idCharacter"],
  ["a tab in an employee's team", "Medewerkers", "C4", "'Woonzorg A\t", "idCharacter"],
  // a level of only a no-break space is not blank: the formulas count the row as not assessed
  ["a horizon level of a no-break space", GAPS, "H4", "'\u00a0", "levelNotWhole"],
  ["a horizon level above the scale", GAPS, "H4", 5, "levelOutOfScale"],
  // the training register: A employee, C question, D competence, E type, F start, G end, H hours,
  // I followed, J counts for the right, L direct cost, M subsidy, N certificate valid until (row 4:
  // M001's first aid certificate, followed, started in the 610 days before the reference date)
  ["a training's end before its start", REGISTER, "G4", 40000, "trainingEndBeforeStart"],
  ["negative training hours", REGISTER, "H4", -3, "hoursInvalid"],
  ["training hours as a word", REGISTER, "H4", "'acht", "hoursInvalid"],
  ["training hours as text", REGISTER, "H4", "'8", "numberAsText"],
  ["a training type not in the list", REGISTER, "E4", "'cursus", "notInList"],
  ["a training type in the other language", REGISTER, "E4", "'formal", "notInList"],
  ["followed neither yes nor no", REGISTER, "I4", "'misschien", "notInList"],
  ["a certificate valid until before the start", REGISTER, "N4", 40000, "validityBeforeStart"],
  ["a training of an unknown employee", REGISTER, "A4", "'M999", "unknownEmployee"],
  ["a training linked to an unknown question", REGISTER, "C4", "'LV99", "unknownQuestion"],
  ["a certificate for an unknown competence", REGISTER, "D4", "'C99", "unknownCompetence"],
  ["a training's start date as text", REGISTER, "F4", "'12/03/2026", "invalidDate"],
  ["a negative direct cost", REGISTER, "L4", -10, "amountInvalid"],
  ["a subsidy as text", REGISTER, "M4", "'50", "numberAsText"],
  ["a wildcard in a training's employee ID", REGISTER, "A4", "'M00*", "idCharacter"],
  ["an expired certificate", REGISTER, "N4", dateSerial(2026, 11, 13), "certificateExpired"],
  [
    "a certificate that expires within the warning days",
    REGISTER,
    "N4",
    dateSerial(2026, 12, 20),
    "certificateExpiring",
  ],
  ["typed training hours negative", "Medewerkers", TYPED_HOURS, -5, "hoursInvalid"],
  ["typed training hours as a word", "Medewerkers", TYPED_HOURS, "'veel", "hoursInvalid"],
  ["hours per training day 0", "Instellingen", S("hours_per_day"), 0, "settingInvalid"],
  ["a reference date as a word", "Instellingen", S("reference_date"), "'vandaag", "settingInvalid"],
  ["negative warning days", "Instellingen", S("cert_warning_days"), -1, "settingInvalid"],
  ["the certificate rule neither yes nor no", "Instellingen", S("cert_for_level"), "'soms", "settingInvalid"],
  [
    "the certificate rule in the other language",
    "Instellingen",
    S("cert_for_level"),
    "'yes",
    "settingInvalid",
  ],
  // the statutory plan's settings
  [
    "a union delegation neither yes nor no",
    "Instellingen",
    S("union_delegation"),
    "'misschien",
    "settingInvalid",
  ],
  [
    "a union delegation in the other language",
    "Instellingen",
    S("union_delegation"),
    "'yes",
    "settingInvalid",
  ],
  ["an FTE of the reference period of 0", "Instellingen", S("fte_reference"), 0, "settingInvalid"],
  ["an FTE of the reference period as text", "Instellingen", S("fte_reference"), "'42,5", "numberAsText"],
  ["a target of 6 days per FTE", "Instellingen", S("days_per_fte"), 6, "settingInvalid"],
  [
    "a target of 1 day per FTE (a sector may set 2 at least)",
    "Instellingen",
    S("days_per_fte"),
    1,
    "settingInvalid",
  ],
  // the training plan: A question ID, L quarter, N direct cost, O subsidy (row 4: the first need of
  // the rank-order plan, taken in as the pane does)
  ["a plan row for a question that is not a real need", PLAN, "A4", "'LV13", "planNeedNotRanked"],
  ["a plan row for a question that does not exist", PLAN, "A4", "'LV99", "unknownQuestion"],
  ["a quarter outside 1–4", PLAN, "L4", 5, "quarterInvalid"],
  ["a quarter with decimals", PLAN, "L4", 2.5, "quarterInvalid"],
  ["a quarter as text", PLAN, "L4", "'2", "numberAsText"],
  ["a plan's direct cost as a word", PLAN, "N4", "'duur", "planAmountInvalid"],
  ["a plan's direct cost as text", PLAN, "N4", "'900", "numberAsText"],
  ["a plan's negative participants", PLAN, "J4", -2, "planAmountInvalid"],
  ["a plan's subsidy above the cost", PLAN, "O4", 1000000, "planSubsidyExceedsCost"],
];

test.each(CORPUS)("%s is reported at the cell", async (_name, sheet, address, value, rule) => {
  const fake = await workbook();
  paste(fake, sheet, address, value);
  const result = await check(fake);
  const cell = `${quoteSheetName(sheet)}!${address}`;
  const hit = result.findings.filter((f) => f.address === cell);
  expect(hit.map((f) => f.rule)).toContain(rule);
  const f = hit.find((x) => x.rule === rule)!;
  expect(f.severity).toBe(SEVERITY[rule as RuleId]);
  expect(f.message.startsWith(`${cell}:`)).toBe(true);
});

test("a gap row without an own required level is reported only when its function profile has none either", async () => {
  const fake = await workbook();
  const E4 = `${GAPS}!E4`;
  const missing = async () =>
    (await check(fake)).findings.filter((f) => f.address === E4 && f.rule === "levelMissing");
  expect(await missing()).toEqual([]); // the example's row takes the team coach's profile
  paste(fake, "Medewerkers", EMP("role"), "'directeur"); // a function without a profile
  const found = await missing();
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain("functieprofiel");
  paste(fake, GAPS, "E4", 2); // an own level (override): fine again
  expect(await missing()).toEqual([]);
});

test("the employees' personal data in an English workbook: F is a gender, V is not; messages in English", async () => {
  const fake = uncomputed();
  fake.book.addSheet("Sheet1");
  const data = exampleData({ employees: 6, gapRows: 6, year: 2026, today: TODAY, lang: "en" });
  await fake.Excel.run((ctx) => fillExample(ctx as never, settled(data), { lang: "en", year: 2026 }));
  const F = EMP("gender");
  fake.userEdit("Employees", F, [["'F"]]);
  expect((await check(fake)).findings.filter((f) => f.address === `Employees!${F}`)).toEqual([]);
  fake.userEdit("Employees", F, [["'V"]]);
  const found = (await check(fake)).findings.filter((f) => f.address === `Employees!${F}`);
  expect(found.map((f) => f.rule)).toEqual(["notInList"]);
  expect(found[0].message).toBe(
    'Employees!H4: "V" is not a choice from the list, so formulas do not recognise it. Pick one of: M, F, X.'.replace(
      "H4",
      F,
    ),
  );
});

test("a question whose verdict contradicts Gilbert or the pyramid is reported at its cause, naming the instrument row", async () => {
  const fake = await workbook();
  // Gilbert row 6 is about LV01 (knowledge, a real need); information now ties with knowledge and
  // comes first in Gilbert's order, so the main cause lies in the environment
  paste(fake, "Gilbert", "C6", 3);
  // pyramid row 5 is about LV07 (motivation, no training need); now only "kunnen" falls short
  fake.userEdit("Competentiepiramide", "C5:G5", [["'ja", "'nee", "'ja", "'ja", "'ja"]]);
  const found = (await check(fake)).findings.filter((f) => f.rule.startsWith("verdictContradicts"));
  expect(found.map((f) => [f.rule, f.address, f.severity])).toEqual([
    ["verdictContradictsGilbert", "Leervragen!H4", "warning"],
    ["verdictContradictsPyramid", "Leervragen!H10", "warning"],
  ]);
  expect(found[0].message).toContain("Gilbert!A6");
  expect(found[0].message).toContain("communicatie");
  expect(found[1].message).toContain("Competentiepiramide!A5");
  expect(found[1].message).toContain("vaardigheden");
});

test("a duplicate entry names the first row; a leaver is a warning", async () => {
  const fake = await workbook();
  const t = fake.book.findTable("VTO_Gaps")!;
  const first = [0, 1, 2].map((c) => fake.book.value(t.sheet, 3, c));
  fake.userEdit(GAPS, "A5:C5", [first.map((v) => `'${v}`)]);
  paste(fake, "Medewerkers", "F4", 2020); // M001 left in 2020
  const result = await check(fake);
  const dup = result.findings.find((f) => f.rule === "duplicateEntry")!;
  expect([dup.address, dup.severity]).toEqual([`${GAPS}!A5`, "error"]);
  expect(dup.message).toContain("rij 4");
  const gone = result.findings.filter((f) => f.rule === "employeeGone");
  expect(gone.length).toBeGreaterThan(0);
  expect(gone.every((f) => f.severity === "warning" && f.message.includes("2020"))).toBe(true);
});

test("several problems in one row are each reported", async () => {
  const fake = await workbook();
  fake.userEdit(GAPS, "A4:F4", [["'M999", "'C99", "'baas", "'gisteren", 9, "'2"]]);
  const rules = (await check(fake)).findings
    .filter((f) => f.sheetRow === 4 && f.sheet === GAPS)
    .map((f) => f.rule);
  expect(rules.sort()).toEqual(
    [
      "invalidDate",
      "levelOutOfScale",
      "numberAsText",
      "unknownAssessor",
      "unknownCompetence",
      "unknownEmployee",
    ].sort(),
  );
});

const instrumentRecords = fc.record({
  pyramid: fc.array(randomPyramid, { maxLength: 5 }),
  eightFields: fc.array(randomEightFields, { maxLength: 4 }),
  gilbert: fc.array(randomGilbert, { maxLength: 5 }),
});

test("property: randomly generated valid registers give no findings", async () => {
  await fc.assert(
    fc.asyncProperty(randomData, instrumentRecords, async (data, instruments) => {
      // levels on the scale, IDs and teams without spaces around them, known employees
      const ok = (v: LevelCell, d: number) => (typeof levelOf(v) === "number" ? v : d);
      const year = Number(data.settingValues?.analysis_year ?? 2026);
      const valid = {
        ...data,
        teams: data.teams.map(idText),
        gaps: data.gaps
          .filter(
            (g) =>
              employeeOf(data.employees, g.employeeId) &&
              data.competences.some((c) => idKey(c.id) === idKey(g.competenceId)),
          )
          .map((g) => ({
            ...g,
            employeeId: idText(g.employeeId),
            competenceId: idText(g.competenceId),
            requiredNow: ok(g.requiredNow, 2),
            current: ok(g.current, 1),
            requiredAtHorizon: levelOf(g.requiredAtHorizon) === "invalid" ? null : g.requiredAtHorizon,
          })),
      };
      // one rating per employee × competence × assessor
      const seen = new Set<string>();
      valid.gaps = valid.gaps.filter((g) => {
        const k = `${idKey(g.employeeId)}|${idKey(g.competenceId)}|${g.assessor}`;
        return !seen.has(k) && seen.add(k);
      });
      valid.competences = valid.competences.map((c) => ({ ...c, id: idText(c.id) }));
      // every own level is typed here (see above): no profiles needed
      valid.profiles = [];
      valid.employees = valid.employees.map((e) => ({
        ...e,
        id: idText(e.id),
        team: idText(e.team),
        exitYear: e.exitYear && e.exitYear < year ? null : e.exitYear,
      }));
      // questions with a cause (and a wish where it counts); instruments answered in full
      valid.questions = everyQuestionCombination().filter(
        (q) => q.cause !== null && (q.wish !== null || !isCompetenceCause(q.cause)),
      );
      valid.starr = [];
      valid.pyramid = instruments.pyramid.filter((p) => Object.values(p.answers).every((a) => a !== null));
      valid.eightFields = instruments.eightFields.map((e, i) => ({
        ...e,
        id: `TR${i}`,
        fields: Object.fromEntries(
          Object.entries(e.fields).map(([k, v]) => [k, v.replace("=", "")]),
        ) as typeof e.fields,
      }));
      valid.gilbert = instruments.gilbert.filter((g) =>
        Object.values(g.ratings).every((r) => r === null || (Number.isInteger(r) && r >= 0 && r <= 3)),
      );
      const fake = uncomputed();
      fake.book.addSheet("Blad1");
      await fake.Excel.run((ctx) => fillExample(ctx as never, valid, OPTS));
      expect(summary(await check(fake))).toEqual([]);
    }),
    { numRuns: 10 },
  );
}, 120000);

test("highlight on and off leaves the user's formatting exactly as it was", async () => {
  const fake = await workbook();
  paste(fake, GAPS, "F4", "'3");
  const sheet = fake.book.findSheet(GAPS)!;
  fake.book.setFormat(sheet, { row: 3, col: 5, rows: 1, cols: 1 }, { fill: "#123456", bold: true });
  const formatsBefore = JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.format, c.numberFormat]));
  const cfBefore = sheet.conditionalFormats.length;
  const result = await check(fake);
  const marks = await fake.Excel.run((ctx) => addMarks(ctx as never, result.findings));
  expect(marks).toMatchObject({ marked: 1, rules: 1 });
  expect(sheet.conditionalFormats.length).toBe(cfBefore + 1);
  // removed from a new context: nothing about the marks is remembered
  const removed = await fake.Excel.run((ctx) => removeMarks(ctx as never));
  expect(removed).toEqual({ removed: 1, remaining: 0, foreign: 0 });
  expect(sheet.conditionalFormats.length).toBe(cfBefore);
  expect(JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.format, c.numberFormat]))).toBe(formatsBefore);
});

test("quick fixes change only confirmed cells that still hold what the check saw", async () => {
  const fake = await workbook();
  paste(fake, GAPS, "F4", "' 3 ");
  paste(fake, GAPS, "F5", "'2");
  paste(fake, GAPS, "A6", "' M001");
  const result = await check(fake);
  paste(fake, GAPS, "F5", "'1"); // a co-author changed it after the check
  const fixes = [
    { address: `${GAPS}!F4`, expected: " 3 ", replacement: 3 },
    { address: `${GAPS}!F5`, expected: "2", replacement: 2 },
    { address: `${GAPS}!A6`, expected: " M001", replacement: "M001" },
  ];
  expect(
    result.findings.filter((f) => f.rule === "numberAsText" || f.rule === "surroundingSpaces"),
  ).toHaveLength(3);
  const changed = await fake.Excel.run((ctx) => applyQuickFixes(ctx as never, fixes));
  expect(changed).toBe(2);
  const s = fake.book.findSheet(GAPS)!;
  expect([fake.book.value(s, 3, 5), fake.book.value(s, 4, 5), fake.book.value(s, 5, 0)]).toEqual([
    3,
    "1",
    "M001",
  ]);
});

test("a sync that fails during quick fixes leaves the workbook as it was, and can be retried", async () => {
  const fake = await workbook();
  paste(fake, GAPS, "F4", "'3");
  const before = contents(fake.book);
  const fixes = [{ address: `${GAPS}!F4`, expected: "3", replacement: 3 }];
  fake.failSync(1); // the one sync: guard and write
  await expect(fake.Excel.run((ctx) => applyQuickFixes(ctx as never, fixes))).rejects.toMatchObject({
    code: "ConnectionFailure",
  });
  expect(contents(fake.book)).toEqual(before);
  expect(await fake.Excel.run((ctx) => applyQuickFixes(ctx as never, fixes))).toBe(1);
});

slowTest(
  "reads are chunked below the payload limit and the round trips grow with size only by chunks",
  async () => {
    // formula engine off: this test is about what crosses the wire
    const fake = createFakeExcel(new Book(false));
    fake.book.addSheet("Blad1");
    await fake.Excel.run((ctx) =>
      fillExample(ctx as never, exampleData({ employees: 100, gapRows: 30000 }), OPTS),
    );
    fake.resetMetrics();
    const result = await check(fake);
    expect(result.rows.gaps).toBe(30000);
    expect(fake.metrics.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    // 2 round trips for the tables, then the reads packed into syncs of at most the budget each, and
    // one for the team matrix's warning cell
    expect(fake.metrics.syncs).toBeGreaterThan(2 + 1);
    // the reads are packed by an estimate of 40 bytes a cell (readTables): the chunks that estimate
    // needs for every cell of the gap register, plus one for the other tables together
    const gaps = fake.book.findTable("VTO_Gaps")!.rect;
    const chunks = Math.ceil((30000 * gaps.cols * 40) / RESPONSE_BUDGET);
    expect(fake.metrics.syncs).toBeLessThanOrEqual(2 + chunks + 1 + 1);
  },
  120000,
);

test("live: the user's own edits trigger one re-check after a pause; co-authors' edits none", async () => {
  const fake = await workbook();
  let calls = 0;
  const excel = {
    run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => fake.Excel.run((c) => b(c as never)),
    runWith: <T>(o: { context: unknown }, b: (c: Excel.RequestContext) => Promise<T>) =>
      fake.Excel.run(o as never, (c) => b(c as never)),
  };
  const seen: string[] = [];
  const stop = await watchLocalEdits(
    excel as never,
    (edits) => {
      calls++;
      seen.push(...edits.map((e) => e.address));
    },
    30,
  );
  const before = contents(fake.book);
  fake.userEdit(GAPS, "F4", [[2]], "Remote");
  await new Promise((r) => setTimeout(r, 80));
  expect(calls).toBe(0);
  fake.userEdit(GAPS, "F4", [[3]]);
  fake.userEdit(GAPS, "F5", [[3]]);
  await new Promise((r) => setTimeout(r, 80));
  expect(calls).toBe(1); // debounced: two quick edits, one re-check
  expect(seen).toEqual([`${GAPS}!F4`, `${GAPS}!F5`]);
  await stop();
  fake.userEdit(GAPS, "F6", [[3]]);
  await new Promise((r) => setTimeout(r, 80));
  expect(calls).toBe(1); // stopped
  // watching wrote nothing besides the user's own three edits
  const after = contents(fake.book);
  const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
  expect(changed).toHaveLength(3);
});

test("live: the quick fixes' own writes are heard as Local edits and absorbed; the user's next edit of a fixed cell is heard", async () => {
  const fake = await workbook();
  paste(fake, GAPS, "F4", "' 3 ");
  paste(fake, GAPS, "F5", "'2");
  const result = await check(fake);
  const excel = {
    run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => fake.Excel.run((c) => b(c as never)),
    runWith: <T>(o: { context: unknown }, b: (c: Excel.RequestContext) => Promise<T>) =>
      fake.Excel.run(o as never, (c) => b(c as never)),
  };
  const own = new OwnWrites();
  const heard: Edit[][] = [];
  const stop = await watchLocalEdits(excel as never, (edits) => heard.push(own.others(edits)), 30);
  const fixes = quickFixesFor(
    result,
    result.findings.filter((f) => f.rule === "numberAsText"),
  );
  expect(fixes.map((f) => f.address)).toEqual([`${GAPS}!F4`, `${GAPS}!F5`]);
  expectEchoes(own, result, fixes);
  expect(await fake.Excel.run((ctx) => applyQuickFixes(ctx as never, fixes))).toBe(2);
  await new Promise((r) => setTimeout(r, 80));
  // the write was heard (Excel reports the add-in's writes as Local) and nothing of it is left
  expect(heard.length).toBe(1);
  expect(heard[0]).toEqual([]);
  fake.userEdit(GAPS, "F4", [["'4"]]);
  await new Promise((r) => setTimeout(r, 80));
  expect(heard.at(-1)!.map((e) => e.address)).toEqual([`${GAPS}!F4`]);
  await stop();
});

test("an edit re-reads only the edited rows, and gives what a full check gives", async () => {
  const fake = await workbook(20, 200);
  const first = await check(fake);
  expect(first.findings).toEqual([]);
  const sheetId = fake.book.findSheet(GAPS)!.id;
  paste(fake, GAPS, "F10", "'3");
  paste(fake, GAPS, "A12", "'M999");
  fake.resetMetrics();
  const partial = await fake.Excel.run((ctx) =>
    recheckRows(ctx as never, first, [
      { worksheetId: sheetId, address: "F10" },
      { worksheetId: sheetId, address: "A12" },
    ]),
  );
  expect(fake.metrics.syncs).toBe(1);
  expect(fake.metrics.responseBytes).toBeLessThan(2000);
  const full = await check(fake);
  expect(partial!.findings).toEqual(full.findings);
  expect(summary(full)).toEqual([
    ["numberAsText", `${GAPS}!F10`, "error"],
    ["unknownEmployee", `${GAPS}!A12`, "error"],
    // an unknown employee has no function, so no profile: the row has no required level at all
    ["levelMissing", `${GAPS}!E12`, "error"],
  ]);
  // a new row changes the shape: a full check is needed
  fake.userEdit(GAPS, "A204:C204", [["'M001", "'C01", "'zelf"]]);
  const grown = await fake.Excel.run((ctx) =>
    recheckRows(ctx as never, full, [{ worksheetId: sheetId, address: "A204:C204" }]),
  );
  expect(grown).toBeNull();
});

test("a failing sync while highlighting adds no mark and leaves the formatting alone", async () => {
  const fake = await workbook();
  paste(fake, GAPS, "F4", "'3");
  const result = await check(fake);
  const sheet = fake.book.findSheet(GAPS)!;
  const before = sheet.conditionalFormats.length;
  fake.failSync(3); // sheets and rule types are read; the sync that adds fails
  await expect(fake.Excel.run((ctx) => addMarks(ctx as never, result.findings))).rejects.toMatchObject({
    code: "ConnectionFailure",
  });
  expect(sheet.conditionalFormats.length).toBe(before);
  expect(result.findings[0].message).toBe(
    `${GAPS}!F4: "3" is tekst, geen getal; formules tellen het niet mee. Typ het getal opnieuw of gebruik de snelle correctie.`,
  );
});

test("messages name the value found, dates as dates", async () => {
  const fake = await workbook();
  paste(fake, GAPS, "D4", 47000);
  const f = (await check(fake)).findings.find((x) => x.rule === "futureDate")!;
  expect(f.message).toBe(
    `${GAPS}!D4: de beoordelingsdatum 04/09/2028 ligt in de toekomst. Geef de datum waarop beoordeeld werd.`,
  );
});

test("the untouched example passes its own check whichever month of this or next year it is filled and checked", async () => {
  const year = new Date().getFullYear();
  const errors = (r: Awaited<ReturnType<typeof check>>) =>
    r.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.address]);
  for (const filledIn of [year, year + 1])
    for (const month of SLOW ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] : filledIn === year ? [0, 11] : [5]) {
      // filled on the first of the month (its dates lie before that day), with that year as analysis year
      const day = new Date(filledIn, month, 1);
      const fake = uncomputed();
      fake.book.addSheet("Blad1");
      await fake.Excel.run((ctx) =>
        fillExample(ctx as never, exampleData({ year: filledIn, today: day }), {
          lang: "nl",
          year: filledIn,
        }),
      );
      const at = (today: Date) => fake.Excel.run((ctx) => runCheck(ctx as never, { today }));
      expect([day, errors(await at(day))]).toEqual([day, []]);
      // and checked on any later first or last day of a month up to the end of next year
      if (filledIn === year)
        for (let later = month + 1; later < 24; later += 5) {
          const first = new Date(year, later, 1);
          const last = new Date(year, later + 1, 0);
          expect([day, first, errors(await at(first))]).toEqual([day, first, []]);
          expect([day, last, errors(await at(last))]).toEqual([day, last, []]);
        }
    }
}, 300000);
