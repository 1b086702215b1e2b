/**
 * The report sheet's values against the reference (src/domain/report.ts on the domain's own
 * diagnosis, real-need test and priorities), whatever engine computed them.
 */
import { diagnose, idText } from "../../src/domain/competences";
import { prioritise, weightsValid } from "../../src/domain/priorities";
import { assessQuestion, isRealNeed, questionIndex, questionKey } from "../../src/domain/questions";
import {
  atRisk,
  criticalRows,
  DiagnosisRow,
  needsByPerspective,
  notInHouse,
  planSummary,
  workforce,
} from "../../src/domain/report";
import { EXAMPLE_ORGANISATION, ExampleData } from "../../src/workbook/example";
import { NO, NO_BUDGET, VERDICT, WbLang, YES } from "../../src/workbook/lang";
import { REPORT, ROWS } from "../../src/workbook/report";
import { analysisSettingsOf, prioritySettingsOf } from "./verify";
import { levelRule } from "./verifyTraining";
import { resolveGaps } from "../../src/domain/profiles";

/** A cell of the report sheet by 0-based row and column ("" for blank). */
export type CellAt = (row: number, col: number) => unknown;

const close = (a: unknown, b: number) => typeof a === "number" && Math.abs(a - b) < 1e-6;

/** Texts of the report (its status lines) in the workbook's language, Dutch or English. */
const TX = {
  fillIn: { nl: "(nog in te vullen bij Instellingen)", en: "(still to fill in under Settings)" },
};

/**
 * Everything the report shows for a data set: compared cell by cell; numbers within 1e-6.
 * `rankingRows` is the length of the Rangorde table (the walk stops there).
 */
export function verifyReport(
  cell: CellAt,
  data: ExampleData | null,
  opts: { lang?: WbLang; rankingRows: number; organisation?: string },
): void {
  const lang = opts.lang ?? "nl";
  const at = (r: number, c: number) => cell(REPORT.anchor.row + r, REPORT.anchor.col + c);
  const R = 7;
  const got: unknown[] = [];
  const want: unknown[] = [];
  /** What was got, with numbers within 1e-6 of the wanted ones replaced by them. */
  const approx = (g: unknown, w: unknown): unknown =>
    Array.isArray(g) && Array.isArray(w)
      ? g.map((x, i) => approx(x, w[i]))
      : typeof w === "number" && close(g, w)
        ? w
        : g;
  const check = (what: string, g: unknown, w: unknown) => {
    got.push([what, approx(g, w)]);
    want.push([what, w]);
  };

  const d = data ?? emptyData();
  const s = analysisSettingsOf(d, lang);
  const ps = prioritySettingsOf(d, lang);
  // over the levels the gap register uses: typed on the row, else the function profile's
  const resolved = resolveGaps(d.gaps, d.employees, d.profiles ?? []);
  const rows: DiagnosisRow[] = d.competences.map((c) => ({
    id: idText(c.id),
    name: c.name,
    critical: c.critical,
    d: diagnose(c, resolved, d.employees, s, levelRule(d, lang)),
  }));

  // key figures
  const org = opts.organisation ?? (data ? (data.organisation ?? EXAMPLE_ORGANISATION) : "");
  check("organisation", at(ROWS.keyFirst, 2), org.trim() === "" ? TX.fillIn[lang] : org.trim());
  check("year", at(ROWS.keyFirst + 1, 2), s.analysisYear);
  const w = workforce(d.employees);
  check("headcount", at(ROWS.keyFirst + 2, 2), w.headcount);
  check("fte", at(ROWS.keyFirst + 3, 2), w.fte);
  check(
    "keyStatus",
    at(ROWS.keyStatus, 0),
    w.headcount === 0
      ? {
          nl: "Nog geen medewerkers: vul het blad Medewerkers in.",
          en: "No employees yet: fill in the Employees sheet.",
        }[lang]
      : "",
  );

  // budget and plan
  const index = questionIndex(d.questions);
  const questionOf = (id: unknown) => {
    const i = index.get(questionKey(id));
    return i === undefined ? undefined : d.questions[i];
  };
  const results = prioritise(
    d.priorities,
    (id) => {
      const q = questionOf(id);
      return q ? isRealNeed(assessQuestion(q).verdict) : null;
    },
    ps,
    opts.rankingRows,
  );
  const plan = planSummary(results, ps.budget);
  check("budget", at(ROWS.keyFirst, R + 3), ps.budget === null ? NO_BUDGET[lang] : ps.budget);
  check("used", at(ROWS.keyFirst + 1, R + 3), plan.used ?? "");
  check("left", at(ROWS.keyFirst + 2, R + 3), plan.left ?? "");
  check("inPlan", at(ROWS.keyFirst + 3, R + 3), plan.inPlan);
  check("ranked", at(ROWS.keyFirst + 4, R + 3), plan.ranked);
  check(
    "budgetStatus",
    at(ROWS.keyStatus, R),
    ps.budget === null
      ? {
          nl: "Geen geldig budget: vul bij Instellingen een bedrag van 0 of meer in.",
          en: "No valid budget: enter an amount of 0 or more under Settings.",
        }[lang]
      : "",
  );

  // competences not or insufficiently in house
  const yesNo = (b: boolean) => (b ? YES : NO)[lang];
  const num = (v: number | null) => (v === null ? "" : v);
  const gaps = notInHouse(rows);
  for (let k = 0; k < REPORT.gapRows; k++) {
    const x = gaps[k];
    const line = [0, 1, 2, 3, 4, 5].map((c) => at(ROWS.gapFirst + k, c));
    check(
      `gap ${k + 1}`,
      line,
      x
        ? [
            x.id,
            x.name,
            yesNo(x.critical),
            VERDICT[x.d.verdict][lang],
            num(x.d.coverage),
            num(x.d.averageGap),
          ]
        : ["", "", "", "", "", ""],
    );
  }
  const anyRows = rows.some((r) => r.id !== "");
  const anyAssessed = rows.some((r) => r.id !== "" && r.d.assessed > 0);
  const T = (nl: string, en: string) => (lang === "nl" ? nl : en);
  const noCatalogue = T(
    "Nog geen competenties: vul de catalogus in (blad Competenties).",
    "No competences yet: fill in the catalogue (Competences sheet).",
  );
  const noRatings = T(
    "Nog geen beoordelingen van de bron voor diagnose: vul het blad Competentiekloof in.",
    "No ratings from the diagnosis source yet: fill in the Competence gaps sheet.",
  );
  const more = (n: number, shown: number, where: "Diagnose" | "Rangorde") =>
    n > shown
      ? T(
          `… en nog ${n - shown} andere (zie ${where}).`,
          `… and ${n - shown} more (see ${where === "Diagnose" ? "Diagnosis" : "Ranking"}).`,
        )
      : "";
  check(
    "gapStatus",
    at(ROWS.gapStatus, 0),
    !anyRows
      ? noCatalogue
      : !anyAssessed
        ? noRatings
        : gaps.length === 0
          ? T("Alle beoordeelde competenties zijn in huis.", "Every assessed competence is in house.")
          : more(gaps.length, REPORT.gapRows, "Diagnose"),
  );

  // at risk after the horizon
  const risks = atRisk(rows);
  for (let k = 0; k < REPORT.riskRows; k++) {
    const x = risks[k];
    const line = [0, 1, 2, 3, 4, 5].map((c) => at(ROWS.riskFirst + k, c));
    check(
      `risk ${k + 1}`,
      line,
      x
        ? [
            x.id,
            x.name,
            x.d.atLevel,
            x.d.holdersAfterHorizon,
            num(x.d.averageFutureGap),
            VERDICT[x.d.verdict][lang],
          ]
        : ["", "", "", "", "", ""],
    );
  }
  const critical = criticalRows(rows);
  check(
    "riskStatus",
    at(ROWS.riskStatus, 0),
    !anyRows
      ? noCatalogue
      : critical.length === 0
        ? T(
            "Geen competentie is als kritisch aangeduid (blad Competenties).",
            "No competence is marked critical (Competences sheet).",
          )
        : !anyAssessed
          ? noRatings
          : risks.length === 0
            ? T("Geen kritische competentie met risico.", "No critical competence at risk.")
            : more(risks.length, REPORT.riskRows, "Diagnose"),
  );
  // the coverage chart's data
  for (let k = 0; k < REPORT.chartRows; k++) {
    const x = critical[k];
    check(
      `chart ${k + 1}`,
      [
        at(ROWS.helperFirst + k, REPORT.helperCol - REPORT.anchor.col + 3),
        at(ROWS.helperFirst + k, REPORT.helperCol - REPORT.anchor.col + 4),
      ],
      x ? [`${x.id} ${x.name}`, num(x.d.coverage)] : ["", ""],
    );
  }

  // real training needs by perspective
  const counts = needsByPerspective(
    d.questions.map((q) => {
      const a = assessQuestion(q);
      const none = String(q.id ?? "").trim() === "" && String(q.title ?? "").trim() === "";
      return { perspective: q.perspective, verdict: none ? null : a.verdict };
    }),
  );
  (["organisation", "functioning", "competence", "none", "total"] as const).forEach((p, i) => {
    const r = p === "total" ? ROWS.perspectiveTotal : ROWS.perspectiveFirst + i;
    check(
      `perspective ${p}`,
      [at(r, R + 2), at(r, R + 3), at(r, R + 4)],
      [counts[p].real, counts[p].toReview, counts[p].questions],
    );
  });
  check(
    "perspectiveStatus",
    at(ROWS.perspectiveStatus, R),
    counts.total.questions === 0
      ? T(
          "Nog geen leervragen: vul het blad Leervragen in.",
          "No learning questions yet: fill in the Learning questions sheet.",
        )
      : counts.total.real === 0
        ? T(
            "Nog geen echte VTO-behoefte: vul oorzaak en wens in op het blad Leervragen.",
            "No real training need yet: fill in cause and wish on the Learning questions sheet.",
          )
        : "",
  );

  // the top of the ranking
  for (let k = 0; k < REPORT.topRows; k++) {
    const x = k < opts.rankingRows ? plan.top[k] : undefined;
    const line = [0, 1, 2, 3, 4].map((c) => at(ROWS.topFirst + k, R + c));
    const n = x ? d.priorities[x.index] : undefined;
    check(
      `top ${k + 1}`,
      line,
      x && n
        ? [
            k + 1,
            `${String(n.questionId)} – ${questionOf(n.questionId)?.title ?? ""}`,
            x.result.score,
            x.result.costs!.netCost,
            ps.budget === null ? NO_BUDGET[lang] : (x.result.inPlan ? YES : NO)[lang],
          ]
        : ["", "", "", "", ""],
    );
  }
  const weightsOk = weightsValid(ps.weights);
  check(
    "topStatus",
    at(ROWS.topStatus, R),
    plan.ranked === 0
      ? weightsOk
        ? T(
            "Nog geen gerangschikte behoeften: zet de echte VTO-behoeften op Prioriteiten en vul scores en kosten in.",
            "No ranked needs yet: put the real training needs on Priorities and fill in scores and costs.",
          )
        : T(
            "De gewichten tellen niet op tot 100 %: pas ze aan bij Instellingen.",
            "The weights do not add up to 100 %: adjust them under Settings.",
          )
      : more(plan.ranked, REPORT.topRows, "Rangorde"),
  );
  expect(got).toEqual(want);
}

function emptyData(): ExampleData {
  return {
    teams: [],
    competences: [],
    employees: [],
    gaps: [],
    questions: [],
    starr: [],
    pyramid: [],
    eightFields: [],
    gilbert: [],
    priorities: [],
  };
}
