/**
 * The instruments behind a learning question (domain.md §3): STARR interviews, the
 * competentiepiramide, Kessels' acht-veldenmodel and Gilbert's six factors. Pure: the reference
 * the instrument sheets' formulas are checked against.
 */
import type { Cause } from "./questions";

// ---- STARR --------------------------------------------------------------------------------

export const STARR_PARTS = ["situation", "task", "action", "result", "reflection"] as const;
export type StarrPart = (typeof STARR_PARTS)[number];

/** The parts of a STARR interview still empty, in STARR order; [] when complete. */
export function starrMissing(entry: Record<StarrPart, string>): StarrPart[] {
  return STARR_PARTS.filter((p) => entry[p].trim() === "");
}

// ---- competentiepiramide --------------------------------------------------------------------

/** Asked from the top down, in this order. */
export const PYRAMID_LEVELS = ["know", "can", "want", "may", "dare"] as const;
export type PyramidLevel = (typeof PYRAMID_LEVELS)[number];
export type PyramidAnswer = "yes" | "no" | "partly";
export type VtoHelps = "yes" | "partly" | "no";

/** The cause each level points to when it falls short. */
export const PYRAMID_CAUSE: Record<PyramidLevel, Cause> = {
  know: "knowledge",
  can: "skills",
  want: "motivation",
  may: "workOrganisation",
  dare: "attitude",
};

export interface PyramidConclusion {
  /**
   * The first level, top down, that falls short; null when none does or when it cannot be told yet
   * (a level above the first shortfall is unanswered).
   */
  firstShortfall: PyramidLevel | null;
  /** Can a VTO activity remove the shortfall? null when there is none or a level is unanswered. */
  vtoHelps: VtoHelps | null;
  /** The levels not answered (blank or not ja, nee or deels), top down; [] when complete. */
  missing: PyramidLevel[];
}

/**
 * Training fixes weten and kunnen, partly durven; willen points to motivation / HR policy,
 * mogen to work organisation. "deels" counts as falling short. Asked from the top down, so the first
 * shortfall is known as soon as every level above it is "ja" and it is "nee" or "deels", whatever
 * follows; whether VTO helps depends on every level (a shortfall in willen or mogen further down
 * limits it), so it waits until all five are answered.
 */
export function pyramidConclusion(answers: Record<PyramidLevel, PyramidAnswer | null>): PyramidConclusion {
  const missing = PYRAMID_LEVELS.filter((l) => answers[l] === null);
  const stop = PYRAMID_LEVELS.find((l) => answers[l] !== "yes");
  const firstShortfall = stop !== undefined && answers[stop] !== null ? stop : null;
  if (missing.length) return { firstShortfall, vtoHelps: null, missing };
  const short = PYRAMID_LEVELS.filter((l) => answers[l] !== "yes");
  if (!short.length) return { firstShortfall: null, vtoHelps: null, missing };
  const ability = short.includes("know") || short.includes("can");
  const dare = short.includes("dare");
  const outside = short.includes("want") || short.includes("may");
  const vtoHelps: VtoHelps = outside ? (ability || dare ? "partly" : "no") : ability ? "yes" : "partly";
  return { firstShortfall, vtoHelps, missing };
}

// ---- acht-veldenmodel (Kessels) -------------------------------------------------------------

/** Design fields 1–4 and their mirrored evaluation criteria 8–5. */
export const EIGHT_FIELDS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type FieldNumber = (typeof EIGHT_FIELDS)[number];
export const MIRROR: Record<FieldNumber, FieldNumber> = { 1: 8, 2: 7, 3: 6, 4: 5, 5: 4, 6: 3, 7: 2, 8: 1 };

export interface EightFieldsStatus {
  filled: number;
  /** Empty fields in ascending order. */
  missing: FieldNumber[];
}

export function eightFieldsStatus(fields: Record<FieldNumber, string>): EightFieldsStatus {
  const missing = EIGHT_FIELDS.filter((n) => fields[n].trim() === "");
  return { filled: 8 - missing.length, missing };
}

// ---- Gilbert's behaviour engineering model --------------------------------------------------

/** Gilbert's cost-effective order of looking: environment first, the person last. */
export const GILBERT_FACTORS = [
  "information",
  "instrumentation",
  "incentives",
  "knowledge",
  "capacity",
  "motives",
] as const;
export type GilbertFactor = (typeof GILBERT_FACTORS)[number];
/** How much a factor contributes to the performance problem: 0 not … 3 strongly. */
export const GILBERT_MIN = 0;
export const GILBERT_MAX = 3;

/**
 * The causes each factor points to. Gilbert's person-side cell is "knowledge and skills" in one:
 * it points to kennis or vaardigheden, and cannot tell which.
 */
export const GILBERT_CAUSES: Record<GilbertFactor, Cause[]> = {
  information: ["communication"],
  instrumentation: ["means"],
  incentives: ["hrPolicy"],
  knowledge: ["knowledge", "skills"],
  capacity: ["hrPolicy"],
  motives: ["motivation"],
};

export interface GilbertConclusion {
  /**
   * The factor rated highest; on a tie the first in Gilbert's order (environment first). null when
   * every factor is rated 0: no factor contributes, so there is no cause to propose.
   */
  mainFactor: GilbertFactor | null;
  /** Training is the lever only when knowledge/skills is the main cause. */
  training: boolean;
}

/** null while a rating is missing or not a whole number on the scale (every rating is needed: one more could be the highest). */
export function gilbertConclusion(ratings: Record<GilbertFactor, number | null>): GilbertConclusion | null {
  const values = GILBERT_FACTORS.map((f) => ratings[f]);
  if (values.some((v) => v === null || !Number.isInteger(v) || v < GILBERT_MIN || v > GILBERT_MAX))
    return null;
  const max = Math.max(...(values as number[]));
  if (max === 0) return { mainFactor: null, training: false };
  const mainFactor = GILBERT_FACTORS[values.indexOf(max)];
  return { mainFactor, training: mainFactor === "knowledge" };
}

// ---- records of the instrument sheets -------------------------------------------------------

export interface StarrEntry extends Record<StarrPart, string> {
  id: string;
  employeeId: string;
  competenceId: string;
  /** Excel date serial. */
  date: number | null;
  interviewer: string;
  observedLevel: number | null;
  questionId: string;
}

export interface PyramidEntry {
  questionId: string;
  employeeId: string;
  answers: Record<PyramidLevel, PyramidAnswer | null>;
  note: string;
}

export interface EightFieldsEntry {
  id: string;
  questionId: string;
  title: string;
  fields: Record<FieldNumber, string>;
}

export interface GilbertEntry {
  questionId: string;
  problem: string;
  ratings: Record<GilbertFactor, number | null>;
}
