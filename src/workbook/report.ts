/**
 * The report sheet (Rapport / Report): one A4 landscape page for the management team and the works
 * council, formulas only, so it stays live without the add-in. A plain range found by the name
 * VTO_Report (its top-left cell), laid out here for both the add-in (generatePlan.ts) and the .xlsx
 * export:
 *
 * - key figures: organisation, analysis year, headcount and FTE (Instellingen, Medewerkers);
 * - budget and plan: budget, net cost of the needs in the plan, what is left, needs in the plan
 *   and ranked (Rangorde, Prioriteiten);
 * - competences not or insufficiently in house, critical first (Diagnose);
 * - real training needs by perspective (Leervragen);
 * - the top of the Baert ranking with score, net cost and whether it fits the budget (Rangorde);
 * - critical competences at risk after the horizon (Diagnose);
 * - two charts: net cost against weighted score, coverage of the critical competences.
 *
 * Lists without dynamic arrays: the k-th entry's Diagnose row is SUMPRODUCT(SMALL(key, k)) of a
 * numeric key per row (group × 100000 + the row's position; rows that do not qualify 10⁹):
 * SUMPRODUCT makes every engine evaluate the array without Ctrl+Shift+Enter. Each part that has no
 * data yet says in its status cell what to fill in. Pure.
 */
import { cellAddress, CellRect, columnLetters } from "./address";
import {
  NEED_STATUS,
  NO_BUDGET,
  PERSPECTIVE,
  QUESTION_VERDICT,
  RISK,
  Text,
  VERDICT,
  WbLang,
  YES,
} from "./lang";
import { budgetOk, weightsOk } from "./prioritySpecs";
import { FormulaBuilder, t } from "./specs";

export const REPORT = {
  name: "VTO_Report",
  sheet: t("Rapport", "Report"),
  title: t(
    "Rapport VTO-analyse: samenvatting voor de directie en de ondernemingsraad",
    "Training needs analysis report: summary for management and the works council",
  ),
  anchor: { row: 2, col: 0 },
  /** Competences not or insufficiently in house, needs of the ranking, risks, chart bars. */
  gapRows: 10,
  topRows: 10,
  riskRows: 8,
  chartRows: 15,
  /** Column widths (characters) of the printed part. */
  widths: [12, 30, 10, 20, 10, 11, 3, 14, 38, 15, 19, 14],
  /** First helper column (not printed), and the helpers' widths. */
  helperCol: 13,
  helperWidths: [12, 12, 12, 30, 12],
};

/** Rows (relative to the anchor) of each part. */
export const ROWS = {
  keySection: 0,
  keyFirst: 1,
  keyStatus: 6,
  gapSection: 8,
  gapHeader: 9,
  gapFirst: 10,
  gapStatus: 20,
  riskSection: 22,
  riskHeader: 23,
  riskFirst: 24,
  riskStatus: 32,
  perspectiveSection: 8,
  perspectiveHeader: 9,
  perspectiveFirst: 10,
  perspectiveTotal: 14,
  perspectiveStatus: 15,
  topSection: 17,
  topHeader: 18,
  topFirst: 19,
  topStatus: 29,
  chartTop: 34,
  chartBottom: 52,
  helperSection: 8,
  helperHeader: 9,
  helperFirst: 10,
};
/** Rows the report takes below its anchor. */
export const REPORT_HEIGHT = ROWS.chartBottom + 1;
/** Columns of the right half. */
const RIGHT = 7;
/** Columns: printed part and helpers. */
export const REPORT_WIDTH = REPORT.helperCol + REPORT.helperWidths.length;

const GROUP = 100000;
const BIG = 1000000000;

export type ReportStyle = "section" | "header" | "label" | "status" | "value" | "helper";

export interface ReportCell {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  /** A formula ("=…") or a text. */
  v: string;
  style: ReportStyle;
  numberFormat?: string;
}

const T = {
  keySection: t("Kerncijfers", "Key figures"),
  organisation: t("Organisatie", "Organisation"),
  year: t("Analysejaar", "Analysis year"),
  headcount: t("Medewerkers (aantal)", "Employees (headcount)"),
  fte: t("Voltijdse equivalenten (VTE)", "Full-time equivalents (FTE)"),
  fillIn: t("(nog in te vullen bij Instellingen)", "(still to fill in under Settings)"),
  noEmployees: t(
    "Nog geen medewerkers: vul het blad Medewerkers in.",
    "No employees yet: fill in the Employees sheet.",
  ),
  budgetSection: t("Budget en plan", "Budget and plan"),
  budget: t("Budget", "Budget"),
  used: t("Nettokost van het plan (gebruikt)", "Net cost of the plan (used)"),
  left: t("Budget over", "Budget left"),
  inPlan: t("Behoeften in het plan", "Needs in the plan"),
  ranked: t("Gerangschikte behoeften", "Ranked needs"),
  noBudget: t(
    "Geen geldig budget: vul bij Instellingen een bedrag van 0 of meer in.",
    "No valid budget: enter an amount of 0 or more under Settings.",
  ),
  gapSection: t(
    "Competenties niet of onvoldoende in huis (kritische eerst)",
    "Competences not or insufficiently in house (critical first)",
  ),
  id: t("ID", "ID"),
  competence: t("Competentie", "Competence"),
  critical: t("Kritisch", "Critical"),
  verdict: t("Oordeel", "Verdict"),
  coverage: t("Dekking", "Coverage"),
  averageGap: t("Gem. kloof", "Avg. gap"),
  noCatalogue: t(
    "Nog geen competenties: vul de catalogus in (blad Competenties).",
    "No competences yet: fill in the catalogue (Competences sheet).",
  ),
  noRatings: t(
    "Nog geen beoordelingen van de bron voor diagnose: vul het blad Competentiekloof in.",
    "No ratings from the diagnosis source yet: fill in the Competence gaps sheet.",
  ),
  allInHouse: t("Alle beoordeelde competenties zijn in huis.", "Every assessed competence is in house."),
  riskSection: t(
    "Kritische competenties met risico na de horizon",
    "Critical competences at risk after the horizon",
  ),
  atLevel: t("Op niveau nu", "At level now"),
  holders: t("Houders na horizon", "Holders after horizon"),
  futureGap: t("Gem. toek. kloof", "Avg. future gap"),
  noCritical: t(
    "Geen competentie is als kritisch aangeduid (blad Competenties).",
    "No competence is marked critical (Competences sheet).",
  ),
  noRisk: t("Geen kritische competentie met risico.", "No critical competence at risk."),
  perspectiveSection: t("Echte opleidingsbehoeften per invalshoek", "Real training needs by perspective"),
  perspective: t("Invalshoek", "Perspective"),
  realNeeds: t("Echte behoeften", "Real needs"),
  toReview: t("Waarvan te bekijken", "Of which to review"),
  questions: t("Leervragen", "Questions"),
  noPerspective: t("zonder invalshoek", "no perspective"),
  total: t("Totaal", "Total"),
  noQuestions: t(
    "Nog geen leervragen: vul het blad Leervragen in.",
    "No learning questions yet: fill in the Learning questions sheet.",
  ),
  noRealNeeds: t(
    "Nog geen echte VTO-behoefte: vul oorzaak en wens in op het blad Leervragen.",
    "No real training need yet: fill in cause and wish on the Learning questions sheet.",
  ),
  topSection: t("Top van de rangorde (Baert)", "Top of the ranking (Baert)"),
  rank: t("Rang", "Rank"),
  need: t("Leervraag", "Learning question"),
  score: t("Gewogen score", "Weighted score"),
  netCost: t("Nettokost (€)", "Net cost (€)"),
  fits: t("Binnen budget", "Within budget"),
  weightsInvalid: t(
    "De gewichten tellen niet op tot 100 %: pas ze aan bij Instellingen.",
    "The weights do not add up to 100 %: adjust them under Settings.",
  ),
  noRanked: t(
    "Nog geen gerangschikte behoeften: zet de echte VTO-behoeften op Prioriteiten en vul scores en kosten in.",
    "No ranked needs yet: put the real training needs on Priorities and fill in scores and costs.",
  ),
  more: t("… en nog ", "… and "),
  moreDiagnosis: t(" andere (zie Diagnose).", " more (see Diagnosis)."),
  moreRanking: t(" andere (zie Rangorde).", " more (see Ranking)."),
  helperSection: t(
    "Hulpcellen van het rapport en de grafiek (niet afgedrukt)",
    "Helper cells of the report and the chart (not printed)",
  ),
  helperGaps: t("Rij lijst 1", "Row list 1"),
  helperRisk: t("Rij risico", "Row risk"),
  helperCritical: t("Rij kritisch", "Row critical"),
  helperName: t("Kritische competentie", "Critical competence"),
  helperCoverage: t("Dekking", "Coverage"),
};

/** Every text the report writes as a constant, in both languages: ours to rewrite. */
export const REPORT_TEXTS = new Set<string>(
  [REPORT.title, ...Object.values(T), ...Object.values(PERSPECTIVE)].flatMap((x: Text) => [x.nl, x.en]),
);

/** The charts on the report (names are how the add-in finds them again). */
export const REPORT_CHARTS = {
  value: {
    name: "VTO_ChartReportValue",
    type: "XYScatter",
    title: t("Nettokost tegenover gewogen score", "Net cost against weighted score"),
    x: t("Nettokost (€)", "Net cost (€)"),
    y: t("Gewogen score", "Weighted score"),
  },
  coverage: {
    name: "VTO_ChartReportCoverage",
    type: "BarClustered",
    title: t("Dekking van de kritische competenties", "Coverage of the critical competences"),
  },
};

const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;

/** The report's cells at an anchor (the sheet's title in A1 is written as every sheet's). */
export function reportCells(lang: WbLang, at: { row: number; col: number } = REPORT.anchor): ReportCell[] {
  const f = new FormulaBuilder(lang);
  const out: ReportCell[] = [];
  const put = (r: number, c: number, v: string, style: ReportStyle, numberFormat?: string) =>
    out.push({ row: at.row + r, col: at.col + c, v, style, numberFormat });
  const text = (r: number, c: number, x: Text, style: ReportStyle) => put(r, c, x[lang], style);
  const ref = (r: number, c: number) => abs(at.row + r, at.col + c);
  const s = (x: Text) => f.text(x);

  const D = (c: string) => f.col("diagnosis", c);
  const idx = D("position");
  const isText = (col: string, x: Text) => `(${D(col)}=${s(x)})`;
  const notIn = isText("verdict", VERDICT.notInHouse);
  const insufficient = isText("verdict", VERDICT.insufficient);
  const critical = isText("critical", YES);
  const risk = isText("risk", RISK);
  const catalogueEmpty = `SUMPRODUCT((${D("id")}<>"")*1)=0`;
  const noRatings = `COUNTIF(${D("assessed")},">0")=0`;
  /** The Diagnose row of the k-th entry of a list, or blank. */
  const kth = (key: string, count: string, k: number) =>
    `=IF(${k}>${count},"",MOD(SUMPRODUCT(SMALL(${key},${k})),${GROUP}))`;
  const more = (count: string, shown: number, tail: Text) =>
    `IF(${count}>${shown},${s(T.more)}&(${count}-${shown})&${s(tail)},"")`;
  const fromRow = (helper: string, col: string) => `=IF(${helper}="","",INDEX(${D(col)},${helper}))`;

  // ---- key figures -----------------------------------------------------------------------------
  text(ROWS.keySection, 0, T.keySection, "section");
  const orShow = (x: string) => `=IF(TRIM(${x}&"")="",${s(T.fillIn)},${x})`;
  const key: [Text, string, string?][] = [
    [T.organisation, orShow(`TRIM(${f.setting("organisation")}&"")`)],
    [T.year, orShow(f.setting("analysis_year")), "0"],
    [T.headcount, `=SUMPRODUCT((${f.col("employees", "idKey")}<>"")*1)`, "0"],
    [T.fte, `=SUMPRODUCT((${f.col("employees", "idKey")}<>"")*1,${f.col("employees", "fte")})`, "0.00"],
  ];
  key.forEach(([label, formula, format], i) => {
    text(ROWS.keyFirst + i, 0, label, "label");
    put(ROWS.keyFirst + i, 2, formula, "value", format);
  });
  put(ROWS.keyStatus, 0, `=IF(${ref(ROWS.keyFirst + 2, 2)}=0,${s(T.noEmployees)},"")`, "status");

  // ---- budget and plan ---------------------------------------------------------------------------
  const R = (c: string) => f.col("ranking", c);
  const ok = budgetOk(f);
  const ranked = `COUNTIF(${f.col("priorities", "status")},${s(NEED_STATUS.ranked)})`;
  text(ROWS.keySection, RIGHT, T.budgetSection, "section");
  const budget: [Text, string, string][] = [
    [T.budget, `=IF(${ok},${f.setting("budget")},${s(NO_BUDGET)})`, "#,##0.00"],
    [T.used, `=IF(${ok},ROUND(SUMIFS(${R("netCost")},${R("inPlan")},1),2),"")`, "#,##0.00"],
    [
      T.left,
      `=IF(${ok},ROUND(${f.setting("budget")}-${ref(ROWS.keyFirst + 1, RIGHT + 3)},2),"")`,
      "#,##0.00",
    ],
    [T.inPlan, `=COUNTIF(${R("inPlan")},1)`, "0"],
    [T.ranked, `=${ranked}`, "0"],
  ];
  budget.forEach(([label, formula, format], i) => {
    text(ROWS.keyFirst + i, RIGHT, label, "label");
    put(ROWS.keyFirst + i, RIGHT + 3, formula, "value", format);
  });
  put(ROWS.keyStatus, RIGHT, `=IF(${ok},"",${s(T.noBudget)})`, "status");

  // ---- competences not or insufficiently in house, critical first --------------------------------
  const H = REPORT.helperCol - at.col; // helper columns, relative
  text(ROWS.helperSection, H, T.helperSection, "section");
  [T.helperGaps, T.helperRisk, T.helperCritical, T.helperName, T.helperCoverage].forEach((x, i) =>
    text(ROWS.helperHeader, H + i, x, "header"),
  );
  text(ROWS.gapSection, 0, T.gapSection, "section");
  [T.id, T.competence, T.critical, T.verdict, T.coverage, T.averageGap].forEach((x, i) =>
    text(ROWS.gapHeader, i, x, "header"),
  );
  const gapCount = `SUMPRODUCT(${notIn}+${insufficient})`;
  // critical first, then not before insufficiently in house, then the catalogue's order
  const gapKey = `(${notIn}+${insufficient})*((1-${critical})*${2 * GROUP}+${insufficient}*${GROUP}+${idx})+(1-${notIn}-${insufficient})*${BIG}`;
  for (let k = 1; k <= REPORT.gapRows; k++) {
    const r = ROWS.gapFirst + k - 1;
    put(r, H, kth(gapKey, gapCount, k), "helper", "0");
    const h = ref(r, H);
    put(r, 0, fromRow(h, "id"), "value");
    put(r, 1, fromRow(h, "name"), "value");
    put(r, 2, fromRow(h, "critical"), "value");
    put(r, 3, fromRow(h, "verdict"), "value");
    put(r, 4, fromRow(h, "coverage"), "value", "0%");
    put(r, 5, fromRow(h, "averageGap"), "value", "0.00");
  }
  put(
    ROWS.gapStatus,
    0,
    `=IF(${catalogueEmpty},${s(T.noCatalogue)},IF(${noRatings},${s(T.noRatings)},IF(${gapCount}=0,${s(T.allInHouse)},${more(gapCount, REPORT.gapRows, T.moreDiagnosis)})))`,
    "status",
  );

  // ---- critical competences at risk after the horizon -------------------------------------------
  text(ROWS.riskSection, 0, T.riskSection, "section");
  [T.id, T.competence, T.atLevel, T.holders, T.futureGap, T.verdict].forEach((x, i) =>
    text(ROWS.riskHeader, i, x, "header"),
  );
  const riskCount = `SUMPRODUCT(${risk}*1)`;
  const riskKey = `${risk}*${idx}+(1-${risk})*${BIG}`;
  for (let k = 1; k <= REPORT.riskRows; k++) {
    const r = ROWS.riskFirst + k - 1;
    // the helper sits in the rows of the first list's helpers, one column right
    const hr = ROWS.helperFirst + k - 1;
    put(hr, H + 1, kth(riskKey, riskCount, k), "helper", "0");
    const h = ref(hr, H + 1);
    put(r, 0, fromRow(h, "id"), "value");
    put(r, 1, fromRow(h, "name"), "value");
    put(r, 2, fromRow(h, "atLevel"), "value", "0");
    put(r, 3, fromRow(h, "holdersAfterHorizon"), "value", "0");
    put(r, 4, fromRow(h, "averageFutureGap"), "value", "0.00");
    put(r, 5, fromRow(h, "verdict"), "value");
  }
  put(
    ROWS.riskStatus,
    0,
    `=IF(${catalogueEmpty},${s(T.noCatalogue)},IF(SUMPRODUCT(${critical}*1)=0,${s(T.noCritical)},IF(${noRatings},${s(T.noRatings)},IF(${riskCount}=0,${s(T.noRisk)},${more(riskCount, REPORT.riskRows, T.moreDiagnosis)}))))`,
    "status",
  );

  // ---- coverage of the critical competences (chart data) ------------------------------------------
  const criticalKey = `${critical}*${idx}+(1-${critical})*${BIG}`;
  const criticalCount = `SUMPRODUCT(${critical}*1)`;
  for (let k = 1; k <= REPORT.chartRows; k++) {
    const r = ROWS.helperFirst + k - 1;
    put(r, H + 2, kth(criticalKey, criticalCount, k), "helper", "0");
    const h = ref(r, H + 2);
    put(r, H + 3, `=IF(${h}="","",INDEX(${D("id")},${h})&" "&INDEX(${D("name")},${h}))`, "helper");
    put(r, H + 4, fromRow(h, "coverage"), "helper", "0%");
  }

  // ---- real training needs by perspective ----------------------------------------------------------
  const Q = (c: string) => f.col("questions", c);
  const perspective = `TRIM(${Q("perspective")}&"")`;
  const real = `((${Q("verdict")}=${s(QUESTION_VERDICT.realNeed)})+(${Q("verdict")}=${s(QUESTION_VERDICT.toReview)}))`;
  const review = `(${Q("verdict")}=${s(QUESTION_VERDICT.toReview)})`;
  const question = `(${Q("verdict")}<>"")`;
  text(ROWS.perspectiveSection, RIGHT, T.perspectiveSection, "section");
  text(ROWS.perspectiveHeader, RIGHT, T.perspective, "header");
  [T.realNeeds, T.toReview, T.questions].forEach((x, i) =>
    text(ROWS.perspectiveHeader, RIGHT + 2 + i, x, "header"),
  );
  const measures = [real, review, question];
  (["organisation", "functioning", "competence"] as const).forEach((p, i) => {
    const r = ROWS.perspectiveFirst + i;
    text(r, RIGHT, PERSPECTIVE[p], "label");
    measures.forEach((m, j) =>
      put(r, RIGHT + 2 + j, `=SUMPRODUCT((${perspective}=${s(PERSPECTIVE[p])})*${m})`, "value", "0"),
    );
  });
  const none = ROWS.perspectiveFirst + 3;
  text(none, RIGHT, T.noPerspective, "label");
  text(ROWS.perspectiveTotal, RIGHT, T.total, "label");
  measures.forEach((m, j) => {
    const c = RIGHT + 2 + j;
    put(ROWS.perspectiveTotal, c, `=SUMPRODUCT(${m}*1)`, "value", "0");
    put(
      none,
      c,
      `=${ref(ROWS.perspectiveTotal, c)}-SUM(${ref(ROWS.perspectiveFirst, c)}:${ref(ROWS.perspectiveFirst + 2, c)})`,
      "value",
      "0",
    );
  });
  put(
    ROWS.perspectiveStatus,
    RIGHT,
    `=IF(${ref(ROWS.perspectiveTotal, RIGHT + 4)}=0,${s(T.noQuestions)},IF(${ref(ROWS.perspectiveTotal, RIGHT + 2)}=0,${s(T.noRealNeeds)},""))`,
    "status",
  );

  // ---- the top of the ranking -----------------------------------------------------------------------
  text(ROWS.topSection, RIGHT, T.topSection, "section");
  [T.rank, T.need, T.score, T.netCost, T.fits].forEach((x, i) =>
    text(ROWS.topHeader, RIGHT + i, x, "header"),
  );
  for (let k = 1; k <= REPORT.topRows; k++) {
    const r = ROWS.topFirst + k - 1;
    const rank = ref(r, RIGHT);
    const at = (c: string) => `INDEX(${R(c)},${k})`;
    put(r, RIGHT, `=IFERROR(IF(${at("row")}="","",${k}),"")`, "value", "0");
    put(r, RIGHT + 1, `=IF(${rank}="","",${at("questionId")}&" – "&${at("title")})`, "value");
    put(r, RIGHT + 2, `=IF(${rank}="","",${at("score")})`, "value", "0.00");
    put(r, RIGHT + 3, `=IF(${rank}="","",${at("netCost")})`, "value", "#,##0.00");
    put(r, RIGHT + 4, `=IF(${rank}="","",INDEX(${f.col("priorities", "inPlan")},${at("row")}))`, "value");
  }
  put(
    ROWS.topStatus,
    RIGHT,
    `=IF(${ranked}=0,IF(${weightsOk(f)},${s(T.noRanked)},${s(T.weightsInvalid)}),${more(ranked, REPORT.topRows, T.moreRanking)})`,
    "status",
  );
  return out;
}

/** The area the report takes (helpers included), from its anchor. */
export function reportRect(at: { row: number; col: number } = REPORT.anchor): CellRect {
  return { row: at.row, col: at.col, rows: REPORT_HEIGHT, cols: REPORT_WIDTH };
}

/** What prints: from the sheet's title down to the charts, the printed columns only. */
export function reportPrintRect(at: { row: number; col: number } = REPORT.anchor): CellRect {
  return { row: 0, col: at.col, rows: at.row + REPORT_HEIGHT, cols: REPORT.widths.length };
}

/** Where the charts go, and the helper ranges of the coverage chart. */
export function reportChartPlaces(at: { row: number; col: number } = REPORT.anchor) {
  const top = at.row + ROWS.chartTop;
  const bottom = at.row + ROWS.chartBottom;
  const helper = (c: number): CellRect => ({
    row: at.row + ROWS.helperFirst,
    col: REPORT.helperCol + c,
    rows: REPORT.chartRows,
    cols: 1,
  });
  return {
    value: [cellAddress(top, at.col), cellAddress(bottom, at.col + 5)] as [string, string],
    coverage: [cellAddress(top, at.col + RIGHT), cellAddress(bottom, at.col + RIGHT + 4)] as [string, string],
    coverageLabels: helper(3),
    coverageValues: helper(4),
  };
}
