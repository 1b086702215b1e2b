/** The workbook's own language (headers, lists, verdicts): fixed when the workbook is generated. */
import type { Assessor, CompetenceType, Verdict } from "../domain/competences";

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
