/**
 * The Leervragen sheet: learning questions and the real-need test (domain.md §2). The verdict,
 * its reason and the suggested action are formulas that follow assessQuestion() and
 * suggestedAction() in src/domain/questions.ts step by step.
 */
import {
  ACTION_OF_REASON,
  CAUSES,
  COMPETENCE_CAUSES,
  VERDICT_OF_REASON,
  SuggestedAction,
  VerdictReason,
} from "../domain/questions";
import {
  ACTION,
  ANSWER,
  CAUSE,
  listOf,
  NO,
  PERSPECTIVE,
  QUESTION_SOURCE,
  QUESTION_VERDICT,
  Text,
  VERDICT_REASON,
  YES,
} from "./lang";
import { list, t, TABLE_NAMES, type TableSpec } from "./specKit";
import type { FormulaBuilder } from "./specs";

/**
 * A question ID in its normalised form (see questionIdText in src/domain/questions.ts): text (a
 * number as its text), no-break spaces as spaces, zero-width spaces and byte-order marks removed,
 * control characters removed (CLEAN), trimmed (TRIM). Both sides of every question-ID lookup are
 * built this way: the key columns of the learning questions and the priorities.
 */
export const normalisedId = (ref: string) =>
  `TRIM(CLEAN(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref}&"",UNICHAR(160)," "),UNICHAR(8203),""),UNICHAR(65279),"")))`;

const anyOf = (f: FormulaBuilder, column: string, choices: Text[]) =>
  `OR(${choices.map((c) => f.is("questions", column, c)).join(",")})`;

/**
 * The decision of assessQuestion() as nested IFs, with one leaf per reason; a row without ID and
 * title is no question and stays blank.
 */
function decide(f: FormulaBuilder, leaf: (reason: VerdictReason) => string): string {
  const known = anyOf(
    f,
    "cause",
    CAUSES.map((c) => CAUSE[c]),
  );
  const competence = anyOf(
    f,
    "cause",
    COMPETENCE_CAUSES.map((c) => CAUSE[c]),
  );
  const wishYes = f.is("questions", "wish", YES);
  const wishNo = f.is("questions", "wish", NO);
  return (
    `=IF(${f.empty("questions", ["id", "title"])},"",` +
    `IF(NOT(${known}),${leaf("causeMissing")},` +
    `IF(NOT(${competence}),${leaf("notCompetence")},` +
    `IF(AND(NOT(${wishYes}),NOT(${wishNo})),${leaf("wishMissing")},` +
    `IF(${wishNo},${leaf("noWish")},` +
    `IF(${f.is("questions", "costEffective", ANSWER.yes)},${leaf("costEffective")},` +
    `IF(${f.is("questions", "costEffective", ANSWER.no)},${leaf("notCostEffective")},` +
    `${leaf("costEffectivenessUnknown")})))))))`
  );
}

/** For a cause outside competences, the action that fits that cause. */
function actionByCause(f: FormulaBuilder): string {
  const others = CAUSES.filter((c) => !COMPETENCE_CAUSES.includes(c) && c !== "other");
  return others.reduceRight(
    (rest, c) =>
      `IF(${f.is("questions", "cause", CAUSE[c])},${f.text(ACTION[c as SuggestedAction])},${rest})`,
    f.text(ACTION.other),
  );
}

export const QUESTIONS: TableSpec = {
  key: "questions",
  name: TABLE_NAMES.questions,
  sheet: t("Leervragen", "Learning questions"),
  title: t("Leervragen: is het een echte VTO-behoefte?", "Learning questions: is it a real training need?"),
  anchor: { row: 2, col: 0 },
  columns: [
    { key: "id", header: t("ID", "ID"), width: 9, text: true },
    { key: "title", header: t("Leervraag", "Learning question"), width: 34, text: true },
    { key: "description", header: t("Omschrijving", "Description"), width: 40, text: true },
    {
      key: "perspective",
      header: t("Invalshoek", "Perspective"),
      width: 14,
      validation: (lang) =>
        list(
          listOf(PERSPECTIVE, lang),
          t(
            "Vanuit welke invalshoek: organisatie, functionering of competentie.",
            "From which perspective: organisation, performance or competence.",
          ),
          t("Kies een invalshoek uit de lijst.", "Pick a perspective from the list."),
        ),
    },
    {
      key: "source",
      header: t("Bron", "Source"),
      width: 18,
      validation: (lang) =>
        list(
          listOf(QUESTION_SOURCE, lang),
          t(
            "Welk instrument of welke analyse bracht de vraag aan.",
            "Which instrument or analysis raised the question.",
          ),
          t("Kies een bron uit de lijst.", "Pick a source from the list."),
        ),
    },
    { key: "targetGroup", header: t("Doelgroep", "Target group"), width: 22, text: true },
    {
      key: "competenceIds",
      header: t("Competentie-ID's", "Competence IDs"),
      width: 14,
      text: true,
    },
    {
      key: "cause",
      header: t("Oorzaak", "Cause"),
      width: 16,
      validation: (lang) =>
        list(
          listOf(CAUSE, lang),
          t(
            "Een tekort aan kennis, vaardigheden of attitude, of een oorzaak buiten competenties.",
            "A shortfall in knowledge, skills or attitude, or a cause outside competences.",
          ),
          t("Kies een oorzaak uit de lijst.", "Pick a cause from the list."),
        ),
    },
    {
      key: "wish",
      header: t("Wens tot VTO", "Wish for training"),
      width: 11,
      validation: (lang) =>
        list(
          [YES[lang], NO[lang]],
          t(
            "Is er de wens om het (onder meer) via een VTO-activiteit aan te pakken?",
            "Is there a wish to address it (among other things) through training?",
          ),
          t("Kies ja of nee.", "Pick yes or no."),
        ),
    },
    {
      key: "costEffective",
      header: t("VTO meest doelmatig", "Training most cost-effective"),
      width: 13,
      validation: (lang) =>
        list(
          listOf(ANSWER, lang),
          t(
            "Is VTO de meest effectieve en kostenefficiënte oplossing? ja, nee of onbekend.",
            "Is training the most effective and cost-effective solution? yes, no or unknown.",
          ),
          t("Kies ja, nee of onbekend.", "Pick yes, no or unknown."),
        ),
    },
    {
      key: "verdict",
      header: t("Oordeel", "Verdict"),
      width: 24,
      formula: (f) => decide(f, (r) => f.text(QUESTION_VERDICT[VERDICT_OF_REASON[r]])),
    },
    {
      key: "reason",
      header: t("Reden", "Reason"),
      width: 44,
      formula: (f) => decide(f, (r) => f.text(VERDICT_REASON[r])),
    },
    {
      key: "action",
      header: t("Voorgestelde actie", "Suggested action"),
      width: 44,
      formula: (f) =>
        decide(f, (r) => (r === "notCompetence" ? actionByCause(f) : f.text(ACTION[ACTION_OF_REASON[r]]))),
    },
    {
      // the ID in the one form every question-ID lookup compares (see questionIdText): Prioriteiten
      // finds its questions here, so " LV03 ", "LV03" with a zero-width space and the number 7 against
      // the text "7" are the same question
      key: "key",
      header: t("ID-sleutel", "ID key"),
      width: 10,
      formula: (f) => `=${normalisedId(f.at("questions", "id"))}`,
    },
  ],
};
