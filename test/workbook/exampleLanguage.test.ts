/**
 * The example organisation follows the workbook's language: an English workbook gets English
 * texts (no Dutch left), and the same IDs, numbers, levels, scores and costs as the Dutch one, so
 * every computed value (diagnosis, matrix, verdicts, ranking, plan, report) is the same in both.
 */
import { FIXED_GROUP_TEXT, GROUP_KIND_TEXT, NO_TRAINING_24 } from "../../src/workbook/equitySpecs";
import type { Book } from "../../src/fake-excel";
import { MAX_COLS } from "../../src/workbook/address";
import { ExampleData, EXAMPLE_ORGANISATION_NAME, exampleData } from "../../src/workbook/example";
import * as L from "../../src/workbook/lang";
import type { WbLang } from "../../src/workbook/lang";
import { exampleRows } from "../../src/workbook/rows";
import { TABLE_NAMES, TableKey } from "../../src/workbook/specs";
import { tableRows } from "../helpers/book";
import { CERT_STATUS, EXPIRING, TRAINING_TYPE } from "../../src/workbook/trainingSpecs";
import { SLOW } from "../helpers/slow";
import { filledWorkbook } from "../helpers/exampleBook";
import { DAYS_LABEL, OPTIMUM_NOTE } from "../../src/workbook/planSpecs";

const TODAY = new Date(2026, 10, 15);
const make = (lang: WbLang) => exampleData({ year: 2026, today: TODAY, lang });
/** The same, with a smaller staff in the fast suite (the formulas of 60 employees take long). */
const makeComputed = (lang: WbLang) =>
  exampleData({ year: 2026, today: TODAY, lang, ...(SLOW ? {} : { employees: 6 }) });

/** Every leaf of a data set with its path (the two languages' data sets have the same shape). */
function leaves(value: unknown, path = "", out = new Map<string, unknown>()) {
  if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, `${path}/${k}`, out);
  else out.set(path, value);
  return out;
}

const NAMES = new Set(make("nl").employees.map((e) => e.name));
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
/** Dutch words that do not occur in English text. */
const DUTCH =
  /\b(de|het|een|en|van|voor|niet|ik|bij|naar|zijn|wordt|op|te|wil|nieuwe|geen|ook|moet|je)\b|medewerker|zorg|bewoner|collega|opleiding|ij/i;
/** The English text a cell may hold although it has Dutch-looking parts: names of people and the organisation. */
const withoutNames = (s: string) =>
  NAMES.has(s) ? "" : s.replace(/\bDe Linde\b/g, "").replace(/\bVlaamse Gebarentaal\b/g, "");

test("the data sets differ in their texts only: same shape, IDs, numbers, levels, dates and flags", () => {
  const nl = leaves(make("nl"));
  const en = leaves(make("en"));
  expect([...en.keys()]).toEqual([...nl.keys()]);
  let texts = 0;
  for (const [path, a] of nl) {
    const b = en.get(path);
    if (typeof a !== "string") expect({ path, value: b }).toEqual({ path, value: a });
    else {
      expect(typeof b).toBe("string");
      if (a !== b) texts++;
    }
  }
  expect(texts).toBeGreaterThan(100);
});

test("an English example holds no Dutch text", () => {
  const nl = exampleRows(make("nl"), "nl");
  const data = make("en");
  const en = exampleRows(data, "en");
  const problems: string[] = [];
  for (const key of Object.keys(nl) as TableKey[]) {
    expect(en[key]!.length).toBe(nl[key]!.length);
    en[key]!.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string") return;
        const text = cell.replace(/^'/, "");
        const dutch = String(nl[key]![r][c]).replace(/^'/, "");
        // the same text in both languages: only a name, an ID or a one-word list value
        const ids = /^[A-Z]+\d+(, [A-Z]+\d+)*$/.test(text);
        if (text === dutch && words(text) > 1 && !NAMES.has(text) && !ids)
          problems.push(`${key}[${r}][${c}] same: ${text}`);
        if (DUTCH.test(withoutNames(text))) problems.push(`${key}[${r}][${c}] Dutch: ${text}`);
      }),
    );
  }
  expect(problems).toEqual([]);
  expect(data.organisation).toBe(EXAMPLE_ORGANISATION_NAME.en);
  expect(DUTCH.test(withoutNames(data.organisation!))).toBe(false);
  // and the Dutch example stays Dutch
  expect(make("nl").organisation).toBe("Zorggroep De Linde");
  expect(make("nl").competences[0].name).toBe("Palliatieve zorg");
});

/** Every list text (yes/no, verdicts, statuses …) of both languages, Dutch to English (lower case). */
const LIST_TEXTS: [string, string][] = [];
const addTexts = (v: unknown) => {
  if (!v || typeof v !== "object") return;
  const t = v as Record<string, unknown>;
  if (typeof t.nl === "string" && typeof t.en === "string")
    LIST_TEXTS.push([t.nl.toLowerCase(), t.en.toLowerCase()]);
  else Object.values(t).forEach(addTexts);
};
[
  ...Object.values(L),
  TRAINING_TYPE,
  CERT_STATUS,
  EXPIRING,
  OPTIMUM_NOTE,
  GROUP_KIND_TEXT,
  FIXED_GROUP_TEXT,
  NO_TRAINING_24,
  DAYS_LABEL,
].forEach(addTexts);
// the profile matrix's corner label (specs.ts)
LIST_TEXTS.push(["functie →", "function →"]);

async function filled(lang: WbLang, data: ExampleData | ((l: WbLang) => ExampleData)) {
  const fake = await filledWorkbook(
    data,
    { lang, year: 2026 },
    { sheet: lang === "nl" ? "Blad1" : "Sheet1" },
  );
  return fake.book;
}

test(
  "Dutch and English examples compute the same: every number on every sheet, verdicts, ranks and plan",
  async () => {
    const nlData = makeComputed("nl");
    const enData = makeComputed("en");
    const nl = await filled("nl", nlData);
    // the English data set made by fillExample in the workbook's language
    const en = await filled("en", makeComputed);
    expect(en.sheets.map((s) => s.cells.size)).toEqual(nl.sheets.map((s) => s.cells.size));
    // texts of the data sets, Dutch to English (names, teams, titles …)
    const enLeaves = leaves(enData);
    const texts = [...LIST_TEXTS];
    for (const [path, a] of leaves(nlData))
      if (typeof a === "string") texts.push([a.toLowerCase(), String(enLeaves.get(path)).toLowerCase()]);
    const pairs = new Set(texts.map(([d, e]) => `${d}\u0000${e}`));
    // one pass, longest first, so that no English text is translated again
    const english = new Map(texts.filter(([x]) => x.length > 2).map(([x, y]) => [x, y]));
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const parts = new RegExp(
      [...english.keys()]
        .sort((p, q) => q.length - p.length)
        .map(escape)
        .join("|"),
      "g",
    );
    const digits = (s: string) => s.replace(/[^0-9]+/g, " ").trim();
    const translated = (a: string, b: string) => {
      const [d, e] = [a.toLowerCase(), b.toLowerCase()];
      if (d === e || pairs.has(`${d}\u0000${e}`)) return true;
      // computed texts built of list texts ("uitgesloten: geen VTO-behoefte", "ontbreekt: taak, actie")
      const s = d.replace(parts, (x) => english.get(x)!);
      // or sentences around the same numbers ("… en nog 11 andere")
      return s === e || (digits(a) !== "" && digits(a) === digits(b));
    };
    let numbers = 0;
    const different: string[] = [];
    nl.sheets.forEach((sheet, i) => {
      const other = en.sheets[i];
      for (const k of sheet.cells.keys()) {
        const row = Math.floor(k / MAX_COLS);
        const col = k % MAX_COLS;
        const a = nl.value(sheet, row, col);
        const b = en.value(other, row, col);
        if (typeof a === "number" || typeof b === "number" || typeof a === "boolean") {
          numbers++;
          if (a !== b) different.push(`${sheet.name}!${row}:${col} ${String(a)} ≠ ${String(b)}`);
        } else if (String(a).trim() === "" || String(b).trim() === "") {
          if (String(a).trim() !== String(b).trim())
            different.push(`${sheet.name}!${row}:${col} "${a}" ≠ "${b}"`);
        } else if (sheet.cells.get(k)!.formula !== undefined && !translated(String(a), String(b)))
          different.push(`${sheet.name}!${row}:${col} "${a}" ≠ "${b}"`);
      }
    });
    expect(different).toEqual([]);
    expect(numbers).toBeGreaterThan(1000);

    // the computed columns that matter, by name: diagnosis verdicts, question verdicts, ranks, plan
    const key = (map: Record<string, L.Text>, v: unknown) =>
      Object.entries(map).find(([, t]) => t.nl === v || t.en === v)?.[0] ?? v;
    const diag = (b: Book, verdict: string) =>
      tableRows(b, TABLE_NAMES.diagnosis).map((r) => key(L.VERDICT, r[verdict]));
    expect(diag(en, "Verdict")).toEqual(diag(nl, "Oordeel"));
    expect(new Set(diag(nl, "Oordeel")).size).toBeGreaterThan(2);
    const verdicts = (b: Book, col: string) =>
      tableRows(b, TABLE_NAMES.questions).map((r) => key(L.QUESTION_VERDICT, r[col]));
    expect(verdicts(en, "Verdict")).toEqual(verdicts(nl, "Oordeel"));
    const ranking = (b: Book) => tableRows(b, TABLE_NAMES.ranking).map((r) => Object.values(r));
    const rankNl = ranking(nl);
    expect(ranking(en).map((r) => r.filter((v) => typeof v === "number"))).toEqual(
      rankNl.map((r) => r.filter((v) => typeof v === "number")),
    );
    expect(rankNl.some((r) => r.some((v) => typeof v === "number" && v > 0))).toBe(true);
    // the organisation's name in the workbook's language
    const settings = (b: Book) =>
      tableRows(b, TABLE_NAMES.settings).find((r) => Object.values(r)[0] === "organisation")!;
    expect(Object.values(settings(en))).toContain(EXAMPLE_ORGANISATION_NAME.en);
    expect(Object.values(settings(nl))).toContain(EXAMPLE_ORGANISATION_NAME.nl);
  },
  SLOW ? 180000 : 30000,
);
