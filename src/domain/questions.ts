/**
 * Learning questions and the real-need test (domain.md §2). Pure: the reference the verdict,
 * reason and action formulas of the Leervragen sheet are checked against.
 *
 * The seed's rule: a learning question is a real VTO need only when its cause is a shortfall in
 * competences (kennis, vaardigheden or attitude) and the wish is there to close it through VTO.
 * Whether VTO is also the most effective and cost-effective answer does not change the verdict,
 * but when it is "nee" or not known the need is marked to review.
 */
export type Perspective = "organisation" | "functioning" | "competence";
export type Cause =
  | "knowledge"
  | "skills"
  | "attitude"
  | "workOrganisation"
  | "hrPolicy"
  | "communication"
  | "motivation"
  | "means"
  | "other";
export type Answer = "yes" | "no" | "unknown";
export type QuestionSource =
  "gapAnalysis" | "starr" | "pyramid" | "eightFields" | "gilbert" | "review" | "goal" | "other";
export type QuestionVerdict = "realNeed" | "toReview" | "notTraining" | "incomplete";

export const CAUSES: Cause[] = [
  "knowledge",
  "skills",
  "attitude",
  "workOrganisation",
  "hrPolicy",
  "communication",
  "motivation",
  "means",
  "other",
];
/** The causes that are a shortfall in competences: only these can make a real VTO need. */
export const COMPETENCE_CAUSES: readonly Cause[] = ["knowledge", "skills", "attitude"];

export const isCompetenceCause = (c: Cause | null): boolean => c !== null && COMPETENCE_CAUSES.includes(c);

export interface LearningQuestion {
  id: string;
  title: string;
  description: string;
  perspective: Perspective | null;
  /** Which instrument or analysis raised it. */
  source: QuestionSource | null;
  targetGroup: string;
  /** Linked competence IDs. */
  competenceIds: string[];
  cause: Cause | null;
  /** Wish to address it (among other things) through a VTO activity; null when not answered. */
  wish: "yes" | "no" | null;
  /** VTO is the most effective and cost-effective solution; null when not answered. */
  costEffective: Answer | null;
}

/** Why a verdict was reached; the workbook states it in words. */
export type VerdictReason =
  | "causeMissing"
  | "wishMissing"
  | "noWish"
  | "notCompetence"
  | "costEffective"
  | "notCostEffective"
  | "costEffectivenessUnknown";

export interface QuestionAssessment {
  verdict: QuestionVerdict;
  reason: VerdictReason;
}

/** The verdict each reason leads to. */
export const VERDICT_OF_REASON: Record<VerdictReason, QuestionVerdict> = {
  causeMissing: "incomplete",
  wishMissing: "incomplete",
  noWish: "notTraining",
  notCompetence: "notTraining",
  costEffective: "realNeed",
  notCostEffective: "toReview",
  costEffectivenessUnknown: "toReview",
};

/** The decision, step by step; the workbook's formulas take the same steps in the same order. */
export function verdictReason(q: Pick<LearningQuestion, "cause" | "wish" | "costEffective">): VerdictReason {
  if (q.cause === null) return "causeMissing";
  if (!isCompetenceCause(q.cause)) return "notCompetence";
  if (q.wish === null) return "wishMissing";
  if (q.wish === "no") return "noWish";
  if (q.costEffective === "yes") return "costEffective";
  if (q.costEffective === "no") return "notCostEffective";
  return "costEffectivenessUnknown";
}

export function assessQuestion(
  q: Pick<LearningQuestion, "cause" | "wish" | "costEffective">,
): QuestionAssessment {
  const reason = verdictReason(q);
  return { verdict: VERDICT_OF_REASON[reason], reason };
}

/** Real needs, including those to review: the ones that go on to be prioritised. */
export const isRealNeed = (v: QuestionVerdict): boolean => v === "realNeed" || v === "toReview";

export interface QuestionCounts {
  realNeed: number;
  toReview: number;
  notTraining: number;
  incomplete: number;
}

export function countVerdicts(questions: Pick<LearningQuestion, "cause" | "wish" | "costEffective">[]) {
  const counts: QuestionCounts = { realNeed: 0, toReview: 0, notTraining: 0, incomplete: 0 };
  for (const q of questions) counts[assessQuestion(q).verdict] += 1;
  return counts;
}

/** What to do next, per question; the workbook states it in words. */
export type SuggestedAction =
  | "prioritise"
  | "compareAlternatives"
  | "checkCostEffectiveness"
  | "findCause"
  | "askWish"
  | "noVtoWish"
  | "workOrganisation"
  | "hrPolicy"
  | "communication"
  | "motivation"
  | "means"
  | "other";

/** The action per reason; for a cause outside competences, the action that fits the cause. */
export const ACTION_OF_REASON: Record<Exclude<VerdictReason, "notCompetence">, SuggestedAction> = {
  causeMissing: "findCause",
  wishMissing: "askWish",
  noWish: "noVtoWish",
  costEffective: "prioritise",
  notCostEffective: "compareAlternatives",
  costEffectivenessUnknown: "checkCostEffectiveness",
};

export function suggestedAction(
  q: Pick<LearningQuestion, "cause" | "wish" | "costEffective">,
): SuggestedAction {
  const reason = verdictReason(q);
  return reason === "notCompetence"
    ? (q.cause as Exclude<Cause, "knowledge" | "skills" | "attitude">)
    : ACTION_OF_REASON[reason];
}

// ---- question IDs: one normalised form everywhere -------------------------------------------

/** Characters a paste brings in that look like nothing or like a space. */
const NBSP = /\u00A0/g;
const INVISIBLE = /[\u200B\uFEFF]/g;
/** What Excel's CLEAN removes: the control characters 0–31 (tab, line feed, …). */
const CONTROL = /[\u0000-\u001F]/g;

/**
 * A question ID in the one form every lookup uses — the workbook's key columns compute exactly this
 * with `TRIM(CLEAN(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(ID&"",UNICHAR(160)," "),UNICHAR(8203),""),UNICHAR(65279),"")))`:
 * a number as its text (7 → "7"; whole numbers only, Excel writes decimals with the locale's
 * separator), a no-break space as a space, zero-width spaces and byte-order marks removed, control
 * characters removed, spaces at either end removed and runs of spaces inside collapsed to one (what
 * Excel's TRIM does; it touches only U+0020). Case is kept: compare with questionKey.
 */
export function questionIdText(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
  return s
    .replace(NBSP, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(/ +/g, " ")
    .replace(/^ | $/g, "");
}

/** The form two question IDs are compared in: normalised, lower case (Excel compares text case-insensitively). */
export const questionKey = (v: unknown): string => questionIdText(v).toLowerCase();

/** Index of the first question with each key, as MATCH finds it; blank IDs are left out. */
export function questionIndex(questions: { id: unknown }[]): Map<string, number> {
  const index = new Map<string, number>();
  questions.forEach((q, i) => {
    const k = questionKey(q.id);
    if (k && !index.has(k)) index.set(k, i);
  });
  return index;
}

/** The comma- or semicolon-separated IDs of a cell. */
export function idList(v: unknown): string[] {
  return String(v ?? "")
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
