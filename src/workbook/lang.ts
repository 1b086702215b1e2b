/** The workbook's own language (headers, lists, verdicts): fixed when the workbook is generated. */
import type {
  Answer,
  Cause,
  Perspective,
  QuestionSource,
  QuestionVerdict,
  SuggestedAction,
  VerdictReason,
} from "../domain/questions";
import type { GilbertFactor, PyramidAnswer, PyramidLevel, StarrPart, VtoHelps } from "../domain/instruments";
import type { Assessor, CompetenceType, Verdict } from "../domain/competences";
import type { Criterion, Direction, NeedStatus } from "../domain/priorities";

export type WbLang = "nl" | "en";
export type Text = Readonly<Record<WbLang, string>>;

export const LANGUAGE_NAME = "VTO_Language";

export const ASSESSOR: Record<Assessor, Text> = {
  self: { nl: "zelf", en: "self" },
  manager: { nl: "leidinggevende", en: "manager" },
  external: { nl: "extern", en: "external" },
};

export const COMPETENCE_TYPE: Record<CompetenceType, Text> = {
  knowledge: { nl: "kennis", en: "knowledge" },
  skill: { nl: "vaardigheid", en: "skill" },
  attitude: { nl: "attitude", en: "attitude" },
};

export const YES: Text = { nl: "ja", en: "yes" };

/** Gender as the sociale balans splits it (M / V, and X), in the workbook's language. */
export type Gender = "male" | "female" | "other";
export const GENDER: Record<Gender, Text> = {
  male: { nl: "M", en: "M" },
  female: { nl: "V", en: "F" },
  other: { nl: "X", en: "X" },
};

/** Where a gap row's required levels come from (the gap register's computed source column). */
export type RequiredSource = "profile" | "override" | "none";
export const REQUIRED_SOURCE: Record<RequiredSource, Text> = {
  profile: { nl: "functieprofiel", en: "function profile" },
  override: { nl: "eigen waarde", en: "override" },
  none: { nl: "geen profiel", en: "no profile" },
};
export const NO: Text = { nl: "nee", en: "no" };
export const RISK: Text = { nl: "RISICO", en: "RISK" };

export const VERDICT: Record<Verdict, Text> = {
  inHouse: { nl: "in huis", en: "in house" },
  insufficient: { nl: "onvoldoende in huis", en: "insufficiently in house" },
  notInHouse: { nl: "niet in huis", en: "not in house" },
  notAssessed: { nl: "niet beoordeeld", en: "not assessed" },
};

export function listOf<K extends string>(map: Record<K, Text>, lang: WbLang): string[] {
  return (Object.values(map) as Text[]).map((t) => t[lang]);
}

export function keyOf<K extends string>(map: Record<K, Text>, text: unknown): K | null {
  const s = String(text ?? "")
    .trim()
    .toLowerCase();
  for (const [k, t] of Object.entries(map) as [K, Text][]) if (t.nl === s || t.en === s) return k;
  return null;
}

/** A header cell matches a column in either workbook language (case and spaces aside). */
export function headerMatches(header: unknown, text: Text): boolean {
  const s = String(header ?? "")
    .trim()
    .toLowerCase();
  return s === text.nl.toLowerCase() || s === text.en.toLowerCase();
}

// ---- learning questions and instruments (lists and computed texts) --------------------------

export const PERSPECTIVE: Record<Perspective, Text> = {
  organisation: { nl: "organisatie", en: "organisation" },
  functioning: { nl: "functionering", en: "performance" },
  competence: { nl: "competentie", en: "competence" },
};

export const CAUSE: Record<Cause, Text> = {
  knowledge: { nl: "kennis", en: "knowledge" },
  skills: { nl: "vaardigheden", en: "skills" },
  attitude: { nl: "attitude", en: "attitude" },
  workOrganisation: { nl: "werkorganisatie", en: "work organisation" },
  hrPolicy: { nl: "personeelsbeleid", en: "HR policy" },
  communication: { nl: "communicatie", en: "communication" },
  motivation: { nl: "motivatie", en: "motivation" },
  means: { nl: "middelen", en: "means" },
  other: { nl: "andere", en: "other" },
};

export const ANSWER: Record<Answer, Text> = {
  yes: YES,
  no: NO,
  unknown: { nl: "onbekend", en: "unknown" },
};

export const PYRAMID_ANSWER: Record<PyramidAnswer, Text> = {
  yes: YES,
  no: NO,
  partly: { nl: "deels", en: "partly" },
};

export const VTO_HELPS: Record<VtoHelps, Text> = PYRAMID_ANSWER;

/** Where a question came from (a list, so that it can be counted). */
export const QUESTION_SOURCE: Record<QuestionSource, Text> = {
  gapAnalysis: { nl: "kloofanalyse", en: "gap analysis" },
  starr: { nl: "STARR-interview", en: "STARR interview" },
  pyramid: { nl: "competentiepiramide", en: "competence pyramid" },
  eightFields: { nl: "acht-veldenmodel", en: "eight-field model" },
  gilbert: { nl: "Gilbert", en: "Gilbert" },
  review: { nl: "functioneringsgesprek", en: "performance review" },
  goal: { nl: "organisatiedoelstelling", en: "organisational goal" },
  other: { nl: "andere", en: "other" },
};

export const QUESTION_VERDICT: Record<QuestionVerdict, Text> = {
  realNeed: { nl: "Echte VTO-behoefte", en: "Real training need" },
  toReview: { nl: "Echte VTO-behoefte (te bekijken)", en: "Real training need (to review)" },
  notTraining: { nl: "Geen VTO-behoefte", en: "Not a training need" },
  incomplete: { nl: "Onvolledig", en: "Incomplete" },
};

export const VERDICT_REASON: Record<VerdictReason, Text> = {
  causeMissing: {
    nl: "De oorzaak ontbreekt of staat niet in de lijst.",
    en: "The cause is missing or not in the list.",
  },
  wishMissing: {
    nl: "Tekort aan competenties, maar de wens tot VTO is niet ingevuld.",
    en: "A competence shortfall, but the wish for training is not filled in.",
  },
  noWish: {
    nl: "Tekort aan competenties, maar geen wens om het via VTO aan te pakken.",
    en: "A competence shortfall, but no wish to address it through training.",
  },
  notCompetence: {
    nl: "De oorzaak is geen tekort aan kennis, vaardigheden of attitude.",
    en: "The cause is not a shortfall in knowledge, skills or attitude.",
  },
  costEffective: {
    nl: "Tekort aan competenties, wens tot VTO, en VTO is de meest doelmatige oplossing.",
    en: "A competence shortfall, the wish for training, and training is the most cost-effective solution.",
  },
  notCostEffective: {
    nl: "Tekort aan competenties en wens tot VTO, maar VTO is niet de meest doelmatige oplossing.",
    en: "A competence shortfall and the wish for training, but training is not the most cost-effective solution.",
  },
  costEffectivenessUnknown: {
    nl: "Tekort aan competenties en wens tot VTO; nog niet bekeken of VTO de meest doelmatige oplossing is.",
    en: "A competence shortfall and the wish for training; not yet checked whether training is the most cost-effective solution.",
  },
};

export const ACTION: Record<SuggestedAction, Text> = {
  prioritise: { nl: "Prioriteren met de criteria van Baert.", en: "Prioritise with Baert's criteria." },
  compareAlternatives: {
    nl: "Vergelijk met andere oplossingen voor je investeert.",
    en: "Compare with other solutions before investing.",
  },
  checkCostEffectiveness: {
    nl: "Ga na of VTO de meest doelmatige oplossing is.",
    en: "Check whether training is the most cost-effective solution.",
  },
  findCause: {
    nl: "Zoek de oorzaak, bv. met de competentiepiramide of Gilbert.",
    en: "Find the cause, e.g. with the competence pyramid or Gilbert.",
  },
  askWish: {
    nl: "Vraag na of men het via VTO wil aanpakken.",
    en: "Ask whether people want to address it through training.",
  },
  noVtoWish: {
    nl: "Bespreek de wens; zonder wens geen VTO-traject.",
    en: "Discuss the wish; without it, no training.",
  },
  workOrganisation: {
    nl: "Pas de werkorganisatie aan (taken, rooster, procedures, mandaat).",
    en: "Change the work organisation (tasks, roster, procedures, mandate).",
  },
  hrPolicy: {
    nl: "Pak het aan via personeelsbeleid (functieprofiel, loopbaan, selectie, verloning).",
    en: "Address it through HR policy (job profile, career, selection, pay).",
  },
  communication: {
    nl: "Verbeter de communicatie (verwachtingen, feedback, overleg).",
    en: "Improve communication (expectations, feedback, consultation).",
  },
  motivation: {
    nl: "Werk aan motivatie (gesprek, erkenning, betrokkenheid).",
    en: "Work on motivation (conversation, recognition, involvement).",
  },
  means: {
    nl: "Zorg voor middelen (materiaal, tijd, hulpmiddelen).",
    en: "Provide the means (equipment, time, tools).",
  },
  other: {
    nl: "Beschrijf de oorzaak en zoek de passende actie.",
    en: "Describe the cause and look for the fitting action.",
  },
};

export const STARR_PART: Record<StarrPart, Text> = {
  situation: { nl: "situatie", en: "situation" },
  task: { nl: "taak", en: "task" },
  action: { nl: "actie", en: "action" },
  result: { nl: "resultaat", en: "result" },
  reflection: { nl: "reflectie", en: "reflection" },
};

export const COMPLETE: Text = { nl: "volledig", en: "complete" };
export const MISSING_PREFIX: Text = { nl: "ontbreekt: ", en: "missing: " };

export const PYRAMID_LEVEL: Record<PyramidLevel, Text> = {
  know: { nl: "weten", en: "know" },
  can: { nl: "kunnen", en: "can" },
  want: { nl: "willen", en: "want" },
  may: { nl: "mogen", en: "may" },
  dare: { nl: "durven", en: "dare" },
};

export const PYRAMID_CONCLUSION: Record<PyramidLevel | "none", Text> = {
  know: { nl: "Weten schiet tekort: VTO kan helpen.", en: "Knowing falls short: training can help." },
  can: { nl: "Kunnen schiet tekort: VTO kan helpen.", en: "Ability falls short: training can help." },
  want: {
    nl: "Willen schiet tekort: bekijk motivatie en personeelsbeleid.",
    en: "Willingness falls short: look at motivation and HR policy.",
  },
  may: {
    nl: "Mogen schiet tekort: pas de werkorganisatie aan (mandaat, middelen).",
    en: "Being allowed falls short: change the work organisation (mandate, means).",
  },
  dare: {
    nl: "Durven schiet tekort: VTO kan deels helpen (oefenen, coaching).",
    en: "Daring falls short: training can partly help (practice, coaching).",
  },
  none: { nl: "Geen tekort gevonden.", en: "No shortfall found." },
};

/** Gilbert's main cause when every factor is rated 0. */
export const GILBERT_NONE: Text = { nl: "geen: alle factoren 0", en: "none: every factor 0" };
/** Joins alternative causes: "kennis of vaardigheden". */
export const OR: Text = { nl: " of ", en: " or " };

export const GILBERT_FACTOR: Record<GilbertFactor, Text> = {
  information: { nl: "informatie", en: "information" },
  instrumentation: { nl: "middelen", en: "instrumentation" },
  incentives: { nl: "prikkels", en: "incentives" },
  knowledge: { nl: "kennis en vaardigheden", en: "knowledge and skills" },
  capacity: { nl: "capaciteit", en: "capacity" },
  motives: { nl: "motieven", en: "motives" },
};

// ---- priorities (Baert) ---------------------------------------------------------------------

export const CRITERION: Record<Criterion, Text> = {
  investment: { nl: "Investering", en: "Investment" },
  urgency: { nl: "Urgentie", en: "Urgency" },
  success: { nl: "Kans op succes", en: "Chance of success" },
  equity: { nl: "Billijkheid", en: "Equity" },
  feasibility: { nl: "Haalbaarheid", en: "Feasibility" },
  efficiency: { nl: "Doelmatigheid", en: "Efficiency" },
  strategic: { nl: "Strategische aansluiting", en: "Strategic fit" },
};

export const DIRECTION: Record<Direction, Text> = {
  benefit: { nl: "baat", en: "benefit" },
  cost: { nl: "kost", en: "cost" },
};

export const NEED_STATUS: Record<Exclude<NeedStatus, "blank">, Text> = {
  unknownQuestion: { nl: "leervraag bestaat niet", en: "question does not exist" },
  duplicate: { nl: "dubbele leervraag", en: "duplicate question" },
  notRealNeed: { nl: "uitgesloten: ", en: "excluded: " },
  weightsInvalid: { nl: "gewichten ≠ 100 %", en: "weights ≠ 100 %" },
  scoresInvalid: { nl: "scores onvolledig of buiten 1–5", en: "scores incomplete or outside 1–5" },
  costsInvalid: { nl: "kosten ongeldig", en: "costs invalid" },
  costsMissing: { nl: "kosten ontbreken", en: "costs missing" },
  notFeasible: { nl: "niet haalbaar", en: "not feasible" },
  ranked: { nl: "gerangschikt", en: "ranked" },
};

export const NO_BUDGET: Text = { nl: "geen geldig budget", en: "no valid budget" };
/** Between the weights' status and the row's own problem in the status column. */
export const STATUS_SEPARATOR = "; ";
/** In plan, for a need ranked past the last row of the Rangorde table. */
export const RANKING_SHORT: Text = { nl: "Rangorde te kort", en: "Ranking too short" };
/** Above the Rangorde table when exactly one ranked need does not fit. */
export const RANKING_SHORT_WARNING_ONE: Text = {
  nl: "1 gerangschikte behoefte past niet in deze tabel en komt zo nooit in het plan: werk de analysebladen bij met VTO-analyse (Start of Prioriteren), of sleep de tabel groter.",
  en: "1 ranked need does not fit in this table and so never enters the plan: update the analysis sheets with VTO-analyse (Start or Prioritise), or drag the table larger.",
};
/** Above the Rangorde table when several do not fit: after their number. */
export const RANKING_SHORT_WARNING_MANY: Text = {
  nl: " gerangschikte behoeften passen niet in deze tabel en komen zo nooit in het plan: werk de analysebladen bij met VTO-analyse (Start of Prioriteren), of sleep de tabel groter.",
  en: " ranked needs do not fit in this table and so never enter the plan: update the analysis sheets with VTO-analyse (Start or Prioritise), or drag the table larger.",
};
/** The earlier warning (one text for one and many): recognised as ours on upgrade. */
export const RANKING_SHORT_WARNING: Text = {
  nl: " gerangschikte behoefte(n) passen niet in deze tabel en komen zo nooit in het plan: werk de analysebladen bij met VTO-analyse (Start of Prioriteren), of sleep de tabel groter.",
  en: " ranked need(s) do not fit in this table and so never enter the plan: update the analysis sheets with VTO-analyse (Start or Prioritise), or drag the table larger.",
};
/** The remark column of a need whose subsidy exceeds its cost. */
export const SUBSIDY_EXCEEDS: Text = {
  nl: "Subsidie hoger dan de kost: nettokost op 0 gezet. Controleer de subsidie.",
  en: "Subsidy exceeds the cost: net cost set to 0. Check the subsidy.",
};
/** The fixed direction of each criterion, as the weights table shows it. */
export const FIXED_DIRECTION: Record<Direction, Text> = {
  cost: {
    nl: "kost (vast): lagere nettokost = hogere score",
    en: "cost (fixed): lower net cost = higher score",
  },
  benefit: {
    nl: "baat (vast): hogere score = hogere prioriteit",
    en: "benefit (fixed): higher score = higher priority",
  },
};
export const WEIGHTS_OK: Text = { nl: "in orde: 100 %", en: "fine: 100 %" };
