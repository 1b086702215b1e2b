/**
 * What an import writes into: the input columns of a target table (from its spec, so a column
 * added to the spec is importable without more code), how each column reads its source cells, the
 * key that tells a duplicate, and the suggested mapping of source columns by header similarity
 * (Dutch and English headers and common export names; accents, case, spaces and punctuation
 * aside). Pure.
 */
import { idKey } from "../domain/competences";
import { Choice, CellError, DecimalMark, readCell, SourceCell, ValueKind } from "../domain/importText";
import { NO, Text, WbLang, YES } from "./lang";
import { ColumnSpec, SPEC_BY_KEY, TableKey } from "./specs";

/** Tables an import can fill, in the pane's order; the training register when the workbook model has it. */
export const IMPORT_CANDIDATES = ["employees", "competences", "gaps", "training"] as const;

export function importTables(): TableKey[] {
  return IMPORT_CANDIDATES.filter((k) => k in SPEC_BY_KEY) as TableKey[];
}

/**
 * The key of a row per table: two rows with the same key are the same record (reported, never
 * written twice). Parts missing from a spec are left out. Required parts must not be blank.
 */
const KEYS: Record<string, { parts: string[]; required: string[] }> = {
  employees: { parts: ["id"], required: ["id"] },
  competences: { parts: ["id"], required: ["id"] },
  gaps: {
    parts: ["employeeId", "competenceId", "assessor", "date"],
    required: ["employeeId", "competenceId", "assessor"],
  },
  training: {
    parts: ["employeeId", "training", "start"],
    required: ["employeeId", "training"],
  },
};

const EMPLOYEE_ID = [
  "medewerker",
  "medewerkerid",
  "medewerkernummer",
  "medewerkernr",
  "personeelsnummer",
  "personeelsnr",
  "persnr",
  "stamnummer",
  "werknemer",
  "werknemerid",
  "werknemernummer",
  "employee",
  "employeeid",
  "employeenumber",
  "employeeno",
  "staffid",
  "staffnumber",
];
const COMPETENCE_ID = [
  "competentie",
  "competentieid",
  "competentiecode",
  "competence",
  "competenceid",
  "competencecode",
];

/** Header names payroll and LMS exports use, per table and column key (normalised, see normalizeHeader). */
const ALIASES: Record<string, Record<string, string[]>> = {
  employees: {
    id: EMPLOYEE_ID,
    name: ["naam", "pseudoniem", "volledigenaam", "name", "fullname", "pseudonym"],
    team: ["afdeling", "dienst", "department", "unit", "ploeg"],
    role: ["functie", "functietitel", "jobtitel", "job", "jobtitle", "function", "role"],
    fte: ["vte", "fte", "tewerkstellingsbreuk", "tewerkstelling", "arbeidsregime", "werkregime"],
    exitYear: ["uitstap", "uitstapjaar", "jaaruitstap", "pensioenjaar", "exityear", "exit"],
    trainingHours: ["opleidingsuren", "uren", "trainingshours", "traininghours"],
  },
  competences: {
    id: ["id", "code", ...COMPETENCE_ID],
    name: ["naam", "competentie", "name", "competence", "titel", "title"],
    description: ["omschrijving", "beschrijving", "description"],
    critical: ["kritisch", "kritiek", "critical"],
  },
  gaps: {
    employeeId: EMPLOYEE_ID,
    competenceId: COMPETENCE_ID,
    assessor: ["beoordelaar", "beoordeelddoor", "assessor", "rater", "ratedby"],
    date: ["datum", "beoordelingsdatum", "date", "ratingdate", "assessmentdate"],
    requiredNow: ["vereistniveau", "vereist", "norm", "requiredlevel", "required", "target"],
    current: ["huidigniveau", "niveau", "score", "currentlevel", "level", "current"],
    requiredAtHorizon: ["vereisthorizon", "toekomstigniveau", "futurelevel", "levelathorizon"],
    note: ["notitie", "opmerking", "commentaar", "note", "remark", "comment"],
  },
  training: {
    employeeId: EMPLOYEE_ID,
    training: ["opleiding", "cursus", "vorming", "opleidingsnaam", "titel", "course", "coursename", "title"],
    questionId: ["leervraag", "leervraagid", "questionid", "learningquestion"],
    competenceId: COMPETENCE_ID,
    type: ["soort", "type", "opleidingstype", "kind"],
    start: ["startdatum", "begindatum", "van", "datum", "startdate", "start", "from", "date"],
    end: ["einddatum", "tot", "enddate", "end", "to"],
    hours: ["uren", "aantaluren", "duur", "duurinuren", "hours", "duration"],
    followed: ["gevolgd", "aanwezig", "voltooid", "afgerond", "followed", "attended", "completed"],
    countsForRight: ["opleidingsrecht", "teltvooropleidingsrecht", "trainingright", "countsfortrainingright"],
    provider: ["opleider", "aanbieder", "organisator", "lesgever", "provider", "vendor", "trainer"],
    directCost: ["kost", "kostprijs", "directekost", "prijs", "bedrag", "cost", "directcost", "price"],
    subsidy: ["subsidie", "tussenkomst", "premie", "subsidy", "grant"],
    validUntil: ["geldigtot", "vervaldatum", "certificaatgeldigtot", "validuntil", "expiry", "expires"],
  },
};

export interface ImportColumn {
  key: string;
  header: Text;
  kind: ValueKind;
  /** List columns: the workbook's spelling of each choice and every spelling that means it. */
  choices?: Choice[];
  /** Normalised header names that mean this column (besides its own headers). */
  aliases: string[];
}

export interface ImportTarget {
  key: TableKey;
  /** The table's input columns in spec order (computed columns are the table's own). */
  columns: ImportColumn[];
  keyParts: string[];
  keyRequired: string[];
}

/** Accents, case, spaces and punctuation aside: "Medewerker-ID" and "medewerker id" are one header. */
export function normalizeHeader(s: unknown): string {
  return String(s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Extra spellings of yes and no that exports use (J/N, Y/N, true/false, 1/0). */
const YES_NO: { text: Text; extra: string[] }[] = [
  { text: YES, extra: ["j", "y", "true", "waar", "1"] },
  { text: NO, extra: ["n", "false", "onwaar", "0"] },
];

function kindOf(c: ColumnSpec, lang: WbLang): { kind: ValueKind; choices?: Choice[] } {
  const rule = c.validation?.(lang).rule;
  if (rule?.list && !String(rule.list.source).startsWith("=")) {
    const here = String(rule.list.source).split(",");
    const other = String(c.validation!(lang === "nl" ? "en" : "nl").rule.list.source).split(",");
    const choices = here.map((value, i) => {
      const spellings = new Set([value.toLowerCase(), (other[i] ?? value).toLowerCase()]);
      for (const yn of YES_NO)
        if (yn.text.nl === value.toLowerCase() || yn.text.en === value.toLowerCase())
          for (const e of yn.extra) spellings.add(e);
      return { value, spellings: [...spellings] };
    });
    return { kind: "choice", choices };
  }
  if (rule?.date || /d+.*m+.*y+|y+.*m+.*d+/i.test(c.numberFormat ?? "")) return { kind: "date" };
  if (rule?.decimal || rule?.wholeNumber) return { kind: "number" };
  if (!c.text && c.numberFormat && /[0#]/.test(c.numberFormat)) return { kind: "number" };
  return { kind: "text" };
}

export function importTarget(key: TableKey, lang: WbLang): ImportTarget {
  const spec = SPEC_BY_KEY[key];
  const columns = spec.columns
    .filter((c) => !c.formula && !c.hidden)
    .map((c) => ({
      key: c.key,
      header: c.header,
      ...kindOf(c, lang),
      aliases: ALIASES[key]?.[c.key] ?? [],
    }));
  const keys = KEYS[key] ?? { parts: [columns[0].key], required: [columns[0].key] };
  const present = (k: string) => columns.some((c) => c.key === k);
  const keyParts = keys.parts.filter(present);
  return { key, columns, keyParts, keyRequired: keys.required.filter(present) };
}

/** Dice coefficient over letter pairs of two normalised headers (0–1). */
function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let hits = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      hits++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * hits) / (a.length - 1 + (b.length - 1));
}

/**
 * How well a source header names a target column (0–1): 1 for its own header in either language,
 * 0.95 for a known export name, a share for one name inside the other, else letter-pair
 * similarity.
 */
export function headerScore(source: string, column: ImportColumn): number {
  const s = normalizeHeader(source);
  if (!s) return 0;
  const own = [normalizeHeader(column.header.nl), normalizeHeader(column.header.en)];
  if (own.includes(s)) return 1;
  if (column.aliases.includes(s)) return 0.95;
  let best = 0;
  for (const name of [...own, ...column.aliases]) {
    if (!name) continue;
    const [short, long] = name.length <= s.length ? [name, s] : [s, name];
    if (short.length >= 4 && long.includes(short))
      best = Math.max(best, 0.7 + 0.2 * (short.length / long.length));
    best = Math.max(best, 0.9 * dice(s, name));
  }
  return best;
}

/** Per target column key, the source column it is read from (index), or null: left blank. */
export type Mapping = Record<string, number | null>;

export const MATCH_THRESHOLD = 0.6;

/**
 * The mapping the pane suggests: the best-scoring pairs first, each source column used once, only
 * pairs that score at least MATCH_THRESHOLD.
 */
export function suggestMapping(headers: string[], target: ImportTarget): Mapping {
  const pairs: { col: string; src: number; score: number }[] = [];
  target.columns.forEach((c, ci) =>
    headers.forEach((h, src) => {
      const score = headerScore(h, c);
      // ties go to the earlier target column and the earlier source column
      if (score >= MATCH_THRESHOLD) pairs.push({ col: c.key, src, score: score - ci * 1e-6 - src * 1e-9 });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const mapping: Mapping = Object.fromEntries(target.columns.map((c) => [c.key, null]));
  const used = new Set<number>();
  for (const p of pairs) {
    if (mapping[p.col] !== null || used.has(p.src)) continue;
    mapping[p.col] = p.src;
    used.add(p.src);
  }
  return mapping;
}

// ---- rows -----------------------------------------------------------------------------------

export type ImportValue = string | number | boolean;

export interface CellProblem {
  column: string;
  value: SourceCell;
  error: CellError;
}

export interface ReadRow {
  /** The row's line in the paste (1-based, the header is line 1) or its sheet row for a range. */
  line: number;
  /** Per target column key: the value as the cell will hold it ("" blank). */
  values: Record<string, ImportValue>;
  problems: CellProblem[];
}

/** The source cells of every mapped column, as text, for detecting the decimal mark. */
export function numberCells(rows: SourceCell[][], target: ImportTarget, mapping: Mapping): string[] {
  const cols = target.columns.filter((c) => c.kind === "number" && mapping[c.key] !== null);
  const out: string[] = [];
  for (const r of rows)
    for (const c of cols) {
      const v = r[mapping[c.key]!];
      if (typeof v === "string" && v.trim()) out.push(v);
    }
  return out;
}

export function readRows(
  rows: SourceCell[][],
  lines: number[],
  target: ImportTarget,
  mapping: Mapping,
  mark: DecimalMark,
): ReadRow[] {
  return rows.map((r, i) => {
    const values: Record<string, ImportValue> = {};
    const problems: CellProblem[] = [];
    for (const c of target.columns) {
      const src = mapping[c.key];
      if (src === null || src === undefined) {
        values[c.key] = "";
        continue;
      }
      const raw = r[src] ?? "";
      const got = readCell(raw, c.kind, { mark, choices: c.choices });
      if (got.ok) values[c.key] = got.value;
      else {
        values[c.key] = "";
        problems.push({ column: c.key, value: raw, error: got.error });
      }
    }
    return { line: lines[i] ?? i + 2, values, problems };
  });
}

/**
 * A row's key in the form rows are compared in: IDs and text normalised as the formulas compare
 * them (idKey), a list choice as its position in the list (either language), a date as its day.
 * Null when a required part is blank.
 */
export function rowKey(values: Record<string, unknown>, target: ImportTarget): string | null {
  const parts: string[] = [];
  for (const k of target.keyParts) {
    const v = values[k];
    const blank = v === null || v === undefined || (typeof v === "string" && v.trim() === "");
    if (blank && target.keyRequired.includes(k)) return null;
    const col = target.columns.find((c) => c.key === k)!;
    parts.push(keyPart(v, col));
  }
  return parts.join("\u0000");
}

function keyPart(v: unknown, col: ImportColumn): string {
  if (v === null || v === undefined) return "";
  if (col.kind === "choice") {
    const s = String(v).trim().toLowerCase();
    const i = (col.choices ?? []).findIndex((c) => c.spellings.includes(s));
    return i >= 0 ? `#${i}` : idKey(v);
  }
  if (col.kind === "date" && typeof v === "number") return String(Math.floor(v));
  return idKey(v);
}

/** The row as table cells in the spec's column order (computed columns blank), before text protection. */
export function specRow(values: Record<string, ImportValue>, key: TableKey): ImportValue[] {
  return SPEC_BY_KEY[key].columns.map((c) => (c.formula ? "" : (values[c.key] ?? "")));
}
