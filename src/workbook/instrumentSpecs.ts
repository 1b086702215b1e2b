/**
 * The instrument sheets (domain.md §3), each a table linked by ID to a learning question (and,
 * where it fits, to an employee and competence of the gap register). Generated only when the
 * user picks the instrument. The computed columns follow src/domain/instruments.ts.
 */
import {
  GILBERT_CAUSES,
  GILBERT_FACTORS,
  GILBERT_MAX,
  GILBERT_MIN,
  PYRAMID_CAUSE,
  PYRAMID_LEVELS,
  STARR_PARTS,
} from "../domain/instruments";
import {
  CAUSE,
  COMPLETE,
  GILBERT_FACTOR,
  GILBERT_NONE,
  listOf,
  MISSING_PREFIX,
  NO,
  OR,
  PYRAMID_ANSWER,
  PYRAMID_CONCLUSION,
  PYRAMID_LEVEL,
  STARR_PART,
  Text,
  VTO_HELPS,
  YES,
} from "./lang";
import { ColumnSpec, fromName, level, list, t, TABLE_NAMES, type TableKey, type TableSpec } from "./specKit";
import type { FormulaBuilder } from "./specs";

const questionLink = (): ColumnSpec => ({
  key: "questionId",
  header: t("Leervraag-ID", "Question ID"),
  width: 11,
  text: true,
  validation: () =>
    fromName(
      "VTO_QuestionIDs",
      t("ID van een leervraag (blad Leervragen).", "ID of a learning question (Learning questions sheet)."),
      t(
        "Deze leervraag-ID staat niet op het blad Leervragen.",
        "This question ID is not on the Learning questions sheet.",
      ),
    ),
});

const employeeLink = (prompt: Text): ColumnSpec => ({
  key: "employeeId",
  header: t("Medewerker-ID", "Employee ID"),
  width: 13,
  text: true,
  validation: () =>
    fromName(
      "VTO_EmployeeIDs",
      prompt,
      t(
        "Deze medewerker-ID bestaat niet op het blad Medewerkers.",
        "This employee ID does not exist on the Employees sheet.",
      ),
    ),
});

/**
 * "ontbreekt: a, b" listing the empty cells of this row in order, or "volledig"; blank for an
 * empty row. Labels are single words, so spaces can separate them and become ", " at the end.
 */
function missingList(
  f: FormulaBuilder,
  table: TableKey,
  parts: { column: string; label: string }[],
  rowKeys: string[],
): string {
  const empty = (c: string) => `TRIM(${f.at(table, c)})=""`;
  const words = parts.map((p) => `IF(${empty(p.column)},"${p.label} ","")`).join("&");
  return (
    `=IF(${f.empty(table, [...rowKeys, ...parts.map((p) => p.column)])},"",` +
    `IF(AND(${parts.map((p) => `NOT(${empty(p.column)})`).join(",")}),${f.text(COMPLETE)},` +
    `${f.text(MISSING_PREFIX)}&SUBSTITUTE(TRIM(${words})," ",", ")))`
  );
}

// ---- STARR ----------------------------------------------------------------------------------

const STARR_HEADERS: Record<(typeof STARR_PARTS)[number], Text> = {
  situation: t("Situatie", "Situation"),
  task: t("Taak", "Task"),
  action: t("Actie", "Action"),
  result: t("Resultaat", "Result"),
  reflection: t("Reflectie", "Reflection"),
};
const STARR_PROMPTS: Record<(typeof STARR_PARTS)[number], Text> = {
  situation: t(
    "Wat was de situatie? Een echte situatie uit het verleden.",
    "What was the situation? A real past one.",
  ),
  task: t("Wat was je taak of rol daarin?", "What was your task or role in it?"),
  action: t("Hoe heb je gehandeld? Wat deed je concreet?", "How did you act? What did you actually do?"),
  result: t("Wat was het resultaat?", "What was the result?"),
  reflection: t(
    "Wat heb je geleerd, hoe beoordeel je je aanpak, wat zou je anders doen?",
    "What did you learn, how do you judge your approach, what would you do differently?",
  ),
};

export const STARR: TableSpec = {
  key: "starr",
  instrument: "starr",
  name: TABLE_NAMES.starr,
  sheet: t("STARR", "STARR"),
  title: t(
    "STARR-interviews: situatie, taak, actie, resultaat, reflectie",
    "STARR interviews: situation, task, action, result, reflection",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "id", header: t("Interview-ID", "Interview ID"), width: 11, text: true },
    employeeLink(
      t("De geïnterviewde medewerker (blad Medewerkers).", "The employee interviewed (Employees sheet)."),
    ),
    {
      key: "competenceId",
      header: t("Competentie-ID", "Competence ID"),
      width: 13,
      text: true,
      validation: () =>
        fromName(
          "VTO_CompetenceIDs",
          t("De competentie waarover het interview ging.", "The competence the interview was about."),
          t("Deze competentie-ID staat niet in de catalogus.", "This competence ID is not in the catalogue."),
        ),
    },
    {
      key: "date",
      header: t("Datum", "Date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      validation: () => ({
        rule: { date: { formula1: "2000-01-01", formula2: "=TODAY()", operator: "Between" } },
        prompt: t("Datum van het interview.", "Date of the interview."),
        error: t(
          "Geef een geldige datum vanaf 2000, niet in de toekomst.",
          "Enter a valid date from 2000, not in the future.",
        ),
      }),
    },
    { key: "interviewer", header: t("Interviewer", "Interviewer"), width: 16, text: true },
    ...STARR_PARTS.map((p): ColumnSpec => ({
      key: p,
      header: STARR_HEADERS[p],
      width: 30,
      text: true,
      hint: STARR_PROMPTS[p],
    })),
    {
      key: "observedLevel",
      header: t("Waargenomen niveau", "Observed level"),
      width: 11,
      validation: level(t("Waargenomen niveau", "Observed level")),
    },
    questionLink(),
    {
      key: "completeness",
      header: t("Volledigheid", "Completeness"),
      width: 26,
      formula: (f) =>
        missingList(
          f,
          "starr",
          STARR_PARTS.map((p) => ({ column: p, label: STARR_PART[p][f.lang] })),
          ["id", "employeeId"],
        ),
    },
  ],
};

// ---- competentiepiramide ---------------------------------------------------------------------

const PYRAMID_HEADERS: Record<(typeof PYRAMID_LEVELS)[number], Text> = {
  know: t("Weten", "Know"),
  can: t("Kunnen", "Can"),
  want: t("Willen", "Want"),
  may: t("Mogen", "May"),
  dare: t("Durven", "Dare"),
};
const PYRAMID_PROMPTS: Record<(typeof PYRAMID_LEVELS)[number], Text> = {
  know: t("Weet de persoon wat er verwacht wordt en hoe?", "Does the person know what is expected and how?"),
  can: t("Kan de persoon het (vaardigheid)?", "Is the person able to do it (skill)?"),
  want: t("Wil de persoon het (motivatie)?", "Does the person want to (motivation)?"),
  may: t(
    "Mag de persoon het: mandaat, middelen, organisatie?",
    "Is the person allowed and equipped: mandate, means, organisation?",
  ),
  dare: t("Durft de persoon het?", "Does the person dare?"),
};

/** This level falls short (nee or deels): anything answered that is not "ja" (inside whenAnswered). */
const short = (f: FormulaBuilder, l: string) => `NOT(${f.is("pyramid", l, YES)})`;
const answeredAs = (f: FormulaBuilder, l: string, answers: Text[]) =>
  `OR(${answers.map((a) => f.is("pyramid", l, a)).join(",")})`;
/** This level is answered: ja, nee or deels (anything else counts as unanswered). */
const answered = (f: FormulaBuilder, l: string) => answeredAs(f, l, Object.values(PYRAMID_ANSWER) as Text[]);

/**
 * Top down: the first level that is not "ja" picks its value when it is answered (nee or deels);
 * when it is unanswered the first shortfall cannot be told yet (blank). Later levels do not matter.
 */
const topDown = (f: FormulaBuilder, value: (l: (typeof PYRAMID_LEVELS)[number]) => string) =>
  PYRAMID_LEVELS.reduceRight(
    (rest, l) =>
      `IF(${f.is("pyramid", l, YES)},${rest},IF(${answeredAs(f, l, [PYRAMID_ANSWER.no, PYRAMID_ANSWER.partly])},${value(l)},""))`,
    '""',
  );

/** IF over the levels top down: the first that falls short picks its value. */
const byFirstShortfall = (
  f: FormulaBuilder,
  value: (l: (typeof PYRAMID_LEVELS)[number]) => string,
  none: string,
) => PYRAMID_LEVELS.reduceRight((rest, l) => `IF(${short(f, l)},${value(l)},${rest})`, none);

/** Blank unless all five levels hold ja, nee or deels. */
function whenAnswered(f: FormulaBuilder, body: string): string {
  const answered = PYRAMID_LEVELS.map(
    (l) => `OR(${(Object.values(PYRAMID_ANSWER) as Text[]).map((a) => f.is("pyramid", l, a)).join(",")})`,
  );
  return `=IF(AND(${answered.join(",")}),${body},"")`;
}

export const PYRAMID: TableSpec = {
  key: "pyramid",
  instrument: "pyramid",
  name: TABLE_NAMES.pyramid,
  sheet: t("Competentiepiramide", "Competence pyramid"),
  title: t(
    "Competentiepiramide: weten, kunnen, willen, mogen, durven",
    "Competence pyramid: know, can, want, may, dare",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    questionLink(),
    employeeLink(
      t(
        "Optioneel: de medewerker over wie het gaat (blad Medewerkers).",
        "Optional: the employee concerned (Employees sheet).",
      ),
    ),
    ...PYRAMID_LEVELS.map((l): ColumnSpec => ({
      key: l,
      header: PYRAMID_HEADERS[l],
      width: 9,
      validation: (lang) =>
        list(
          listOf(PYRAMID_ANSWER, lang),
          PYRAMID_PROMPTS[l],
          t("Kies ja, nee of deels.", "Pick yes, no or partly."),
        ),
    })),
    { key: "note", header: t("Toelichting", "Note"), width: 30, text: true },
    {
      key: "firstShortfall",
      header: t("Eerste tekort", "First shortfall"),
      width: 12,
      formula: (f) => `=${topDown(f, (l) => f.text(PYRAMID_LEVEL[l]))}`,
      legacy: [
        (f) =>
          whenAnswered(
            f,
            byFirstShortfall(f, (l) => f.text(PYRAMID_LEVEL[l]), '""'),
          ),
      ],
    },
    {
      key: "proposedCause",
      header: t("Voorgestelde oorzaak", "Proposed cause"),
      width: 16,
      formula: (f) => `=${topDown(f, (l) => f.text(CAUSE[PYRAMID_CAUSE[l]]))}`,
      legacy: [
        (f) =>
          whenAnswered(
            f,
            byFirstShortfall(f, (l) => f.text(CAUSE[PYRAMID_CAUSE[l]]), '""'),
          ),
      ],
    },
    {
      key: "vtoHelps",
      header: t("VTO helpt", "Training helps"),
      width: 10,
      formula: (f) => {
        const ability = `OR(${short(f, "know")},${short(f, "can")})`;
        const dare = short(f, "dare");
        const outside = `OR(${short(f, "want")},${short(f, "may")})`;
        const any = `OR(${ability},${dare},${outside})`;
        return whenAnswered(
          f,
          `IF(NOT(${any}),"",IF(${outside},IF(OR(${ability},${dare}),${f.text(VTO_HELPS.partly)},${f.text(VTO_HELPS.no)}),IF(${ability},${f.text(VTO_HELPS.yes)},${f.text(VTO_HELPS.partly)})))`,
        );
      },
    },
    {
      key: "conclusion",
      header: t("Conclusie", "Conclusion"),
      width: 44,
      // complete: the conclusion of the first shortfall (or none); incomplete: which levels to ask
      formula: (f) => {
        const all = `AND(${PYRAMID_LEVELS.map((l) => answered(f, l)).join(",")})`;
        const words = PYRAMID_LEVELS.map(
          (l) => `IF(${answered(f, l)},"","${PYRAMID_LEVEL[l][f.lang]} ")`,
        ).join("&");
        return (
          `=IF(${all},${byFirstShortfall(f, (l) => f.text(PYRAMID_CONCLUSION[l]), f.text(PYRAMID_CONCLUSION.none))},` +
          `IF(${f.empty("pyramid", ["questionId", "employeeId", ...PYRAMID_LEVELS, "note"])},"",` +
          `${f.text(MISSING_PREFIX)}&SUBSTITUTE(TRIM(${words})," ",", ")))`
        );
      },
      legacy: [
        (f) =>
          whenAnswered(
            f,
            byFirstShortfall(f, (l) => f.text(PYRAMID_CONCLUSION[l]), f.text(PYRAMID_CONCLUSION.none)),
          ),
      ],
    },
  ],
};

// ---- acht-veldenmodel (Kessels) --------------------------------------------------------------

const FIELD_HEADERS: Record<number, Text> = {
  1: t("1 Organisatiedoel", "1 Organisational goal"),
  2: t("2 Gewenste werksituatie", "2 Desired work situation"),
  3: t("3 Bekwaamheden", "3 Competences"),
  4: t("4 Leersituatie", "4 Learning situation"),
  5: t("5 Leerproces", "5 Learning process"),
  6: t("6 Leerresultaten", "6 Learning results"),
  7: t("7 Functioneren in het werk", "7 Performance at work"),
  8: t("8 Effect op de organisatie", "8 Effect on the organisation"),
};
const FIELD_PROMPTS: Record<number, Text> = {
  1: t("Welk organisatiedoel of probleem?", "Which organisational goal or problem?"),
  2: t("Hoe ziet de gewenste werksituatie eruit?", "What does the desired work situation look like?"),
  3: t("Welke bekwaamheden zijn daarvoor nodig?", "Which competences does it take?"),
  4: t("Welke leersituatie past daarbij?", "Which learning situation fits?"),
  5: t(
    "Vooraf vastgelegd: waaraan zie je dat het leerproces goed verloopt? (spiegelt veld 4)",
    "Set in advance: how do you see the learning process goes well? (mirrors field 4)",
  ),
  6: t(
    "Vooraf vastgelegd: welke leerresultaten? (spiegelt veld 3)",
    "Set in advance: which learning results? (mirrors field 3)",
  ),
  7: t(
    "Vooraf vastgelegd: wat verandert er in het werk? (spiegelt veld 2)",
    "Set in advance: what changes at work? (mirrors field 2)",
  ),
  8: t(
    "Vooraf vastgelegd: welk effect op de organisatie? (spiegelt veld 1)",
    "Set in advance: which effect on the organisation? (mirrors field 1)",
  ),
};
/** Design 1→4, then the evaluation criteria 8→5 that mirror them. */
const FIELD_ORDER = [1, 2, 3, 4, 8, 7, 6, 5] as const;
const fieldKey = (n: number) => `field${n}`;

export const EIGHT_FIELDS: TableSpec = {
  key: "eightFields",
  instrument: "eightFields",
  name: TABLE_NAMES.eightFields,
  sheet: t("Acht-veldenmodel", "Eight-field model"),
  title: t(
    "Acht-veldenmodel (Kessels): ontwerp 1–4, evaluatiecriteria 8–5 vooraf vastgelegd",
    "Eight-field model (Kessels): design 1–4, evaluation criteria 8–5 set in advance",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "id", header: t("Traject-ID", "Trajectory ID"), width: 10, text: true },
    questionLink(),
    { key: "title", header: t("Leertraject", "Learning trajectory"), width: 26, text: true },
    ...FIELD_ORDER.map((n): ColumnSpec => ({
      key: fieldKey(n),
      header: FIELD_HEADERS[n],
      width: 28,
      text: true,
      hint: FIELD_PROMPTS[n],
    })),
    {
      key: "filled",
      header: t("Ingevuld (van 8)", "Filled (of 8)"),
      width: 10,
      numberFormat: "0",
      formula: (f) =>
        `=IF(${f.empty("eightFields", ["id", "questionId", "title", ...FIELD_ORDER.map(fieldKey)])},"",` +
        `${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `IF(TRIM(${f.at("eightFields", fieldKey(n))})="",0,1)`).join("+")})`,
    },
    {
      key: "status",
      header: t("Status", "Status"),
      width: 22,
      formula: (f) =>
        missingList(
          f,
          "eightFields",
          [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ column: fieldKey(n), label: String(n) })),
          ["id", "questionId", "title"],
        ),
    },
  ],
};

// ---- Gilbert ---------------------------------------------------------------------------------

const GILBERT_HEADERS: Record<(typeof GILBERT_FACTORS)[number], Text> = {
  information: t("Informatie", "Information"),
  instrumentation: t("Middelen", "Instrumentation"),
  incentives: t("Prikkels", "Incentives"),
  knowledge: t("Kennis en vaardigheden", "Knowledge and skills"),
  capacity: t("Capaciteit", "Capacity"),
  motives: t("Motieven", "Motives"),
};
const GILBERT_PROMPTS: Record<(typeof GILBERT_FACTORS)[number], Text> = {
  information: t("Omgeving: verwachtingen en feedback.", "Environment: expectations and feedback."),
  instrumentation: t("Omgeving: middelen, hulpmiddelen, tijd.", "Environment: resources, tools, time."),
  incentives: t(
    "Omgeving: beloning, erkenning, gevolgen.",
    "Environment: rewards, recognition, consequences.",
  ),
  knowledge: t("Persoon: kennis en vaardigheden.", "Person: knowledge and skills."),
  capacity: t("Persoon: capaciteit, aanleg, belastbaarheid.", "Person: capacity, aptitude, workload."),
  motives: t("Persoon: motieven, drijfveren.", "Person: motives, drives."),
};

const rating = (f: FormulaBuilder, k: string) => f.at("gilbert", k);
/** Every rating a whole number on the scale: otherwise the conclusions stay blank. */
function whenRated(f: FormulaBuilder, body: string): string {
  const ok = GILBERT_FACTORS.map((k) => {
    const v = rating(f, k);
    return `AND(ISNUMBER(${v}),${v}>=${GILBERT_MIN},${v}<=${GILBERT_MAX},${v}=INT(${v}))`;
  });
  return `=IF(NOT(AND(${GILBERT_FACTORS.map((k) => `ISNUMBER(${rating(f, k)})`).join(",")})),"",IF(AND(${ok.join(",")}),${body},""))`;
}
const highest = (f: FormulaBuilder) => `MAX(${GILBERT_FACTORS.map((k) => rating(f, k)).join(",")})`;
/** IF over the factors in Gilbert's order: the first rated highest picks its value; `none` when all are 0. */
const byMainFactor = (
  f: FormulaBuilder,
  value: (k: (typeof GILBERT_FACTORS)[number]) => string,
  none = '""',
) =>
  `IF(${highest(f)}=0,${none},${GILBERT_FACTORS.reduceRight(
    (rest, k) => `IF(${rating(f, k)}=${highest(f)},${value(k)},${rest})`,
    '""',
  )})`;
/** The causes a factor points to, in words: "kennis of vaardigheden" for knowledge and skills. */
const causesText = (f: FormulaBuilder, k: (typeof GILBERT_FACTORS)[number]) =>
  f.text({
    nl: GILBERT_CAUSES[k].map((c) => CAUSE[c].nl).join(OR.nl),
    en: GILBERT_CAUSES[k].map((c) => CAUSE[c].en).join(OR.en),
  });
/** What version 1 proposed: one cause per factor, kennis for knowledge and skills. */
const GILBERT_CAUSE_V1: Record<(typeof GILBERT_FACTORS)[number], keyof typeof CAUSE> = {
  information: "communication",
  instrumentation: "means",
  incentives: "hrPolicy",
  knowledge: "knowledge",
  capacity: "hrPolicy",
  motives: "motivation",
};

export const GILBERT: TableSpec = {
  key: "gilbert",
  instrument: "gilbert",
  name: TABLE_NAMES.gilbert,
  sheet: t("Gilbert", "Gilbert"),
  title: t(
    `Model van Gilbert: hoeveel draagt elke factor bij aan het probleem (${GILBERT_MIN} niet … ${GILBERT_MAX} sterk)`,
    `Gilbert's model: how much each factor contributes to the problem (${GILBERT_MIN} not … ${GILBERT_MAX} strongly)`,
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    questionLink(),
    { key: "problem", header: t("Prestatieprobleem", "Performance problem"), width: 34, text: true },
    ...GILBERT_FACTORS.map((k): ColumnSpec => ({
      key: k,
      header: GILBERT_HEADERS[k],
      width: 12,
      validation: () => ({
        rule: { wholeNumber: { formula1: GILBERT_MIN, formula2: GILBERT_MAX, operator: "Between" } },
        prompt: t(
          `${GILBERT_PROMPTS[k].nl} Bijdrage aan het probleem: ${GILBERT_MIN} niet, 1 wat, 2 duidelijk, ${GILBERT_MAX} sterk.`,
          `${GILBERT_PROMPTS[k].en} Contribution to the problem: ${GILBERT_MIN} none, 1 some, 2 clear, ${GILBERT_MAX} strong.`,
        ),
        error: t(
          `Geef een geheel getal van ${GILBERT_MIN} tot ${GILBERT_MAX}.`,
          `Enter a whole number from ${GILBERT_MIN} to ${GILBERT_MAX}.`,
        ),
      }),
    })),
    {
      key: "mainFactor",
      header: t("Hoofdoorzaak", "Main cause"),
      width: 20,
      // all factors 0: none contributes, so there is no main cause (said, not left blank)
      formula: (f) =>
        whenRated(
          f,
          byMainFactor(f, (k) => f.text(GILBERT_FACTOR[k]), f.text(GILBERT_NONE)),
        ),
      legacy: [
        (f) =>
          whenRated(
            f,
            byMainFactor(f, (k) => f.text(GILBERT_FACTOR[k])),
          ),
      ],
    },
    {
      key: "proposedCause",
      header: t("Voorgestelde oorzaak", "Proposed cause"),
      width: 16,
      formula: (f) =>
        whenRated(
          f,
          byMainFactor(f, (k) => causesText(f, k)),
        ),
      legacy: [
        (f) =>
          whenRated(
            f,
            byMainFactor(f, (k) => f.text(CAUSE[GILBERT_CAUSE_V1[k]])),
          ),
      ],
    },
    {
      key: "training",
      header: t("Opleiding is de hefboom", "Training is the lever"),
      width: 12,
      formula: (f) =>
        whenRated(
          f,
          `IF(AND(${highest(f)}>0,${rating(f, "knowledge")}=${highest(f)},${GILBERT_FACTORS.slice(
            0,
            GILBERT_FACTORS.indexOf("knowledge"),
          )
            .map((k) => `${rating(f, k)}<${highest(f)}`)
            .join(",")}),${f.text(YES)},${f.text(NO)})`,
        ),
    },
  ],
};

export const INSTRUMENT_SPECS: TableSpec[] = [STARR, PYRAMID, EIGHT_FIELDS, GILBERT];
