/**
 * The team × competence matrices (a plain range, found by the name VTO_TeamMatrix): employees
 * assessed, employees at the required level, average gap and coverage. Formulas only. Both the
 * add-in and the .xlsx export lay them out from here.
 */
import { columnLetters } from "./address";
import { Text, WbLang } from "./lang";
import { COVERAGE_SCALE, FormulaBuilder, GAP_SCALE, Scale } from "./specs";

export const MATRIX = {
  name: "VTO_TeamMatrix",
  sheet: { nl: "Teammatrix", en: "Team matrix" } as Text,
  title: {
    nl: "Team × competentie: beoordeeld, op niveau, gemiddelde kloof en dekking",
    en: "Team × competence: assessed, at level, average gap and coverage",
  } as Text,
  anchor: { row: 2, col: 0 },
  spareTeams: 5,
  spareCompetences: 10,
};

interface BlockSpec {
  key: "assessed" | "atLevel" | "averageGap" | "coverage";
  title: Text;
  numberFormat: string;
  scale: Scale | null;
  /** Formula body for one cell, given the COUNTIFS/SUMIFS criteria of its team and competence. */
  cell: (f: FormulaBuilder, criteria: string) => string;
}

const counted = (f: FormulaBuilder, c: string) => `COUNTIFS(${c},${f.col("gaps", "gap")},">=0")`;

const BLOCKS: BlockSpec[] = [
  {
    key: "assessed",
    title: { nl: "Beoordeeld", en: "Assessed" },
    numberFormat: "0",
    scale: null,
    cell: (f, c) => counted(f, c),
  },
  {
    key: "atLevel",
    title: { nl: "Op niveau", en: "At level" },
    numberFormat: "0",
    scale: null,
    cell: (f, c) => `COUNTIFS(${c},${f.col("gaps", "gap")},0)`,
  },
  {
    key: "averageGap",
    title: { nl: "Gemiddelde kloof", en: "Average gap" },
    numberFormat: "0.00",
    scale: GAP_SCALE,
    cell: (f, c) => `IFERROR(SUMIFS(${f.col("gaps", "gap")},${c})/${counted(f, c)},"")`,
  },
  {
    key: "coverage",
    title: { nl: "Dekking", en: "Coverage" },
    numberFormat: "0%",
    scale: COVERAGE_SCALE,
    cell: (f, c) => `IFERROR(COUNTIFS(${c},${f.col("gaps", "gap")},0)/${counted(f, c)},"")`,
  },
];

/**
 * Matrix formulas earlier versions wrote, as functions of (lang, teams, competences, anchor) like
 * matrixBlocks: a regeneration recognises their cells as its own and rewrites them. When a
 * matrix formula changes, the previous matrixBlocks goes here.
 */
export const MATRIX_LEGACY: ((lang: WbLang) => string[])[] = [];

/** Texts the matrices themselves write: constants a regeneration may move. */
export const MATRIX_TITLES = new Set(BLOCKS.flatMap((b) => [b.title.nl, b.title.en]));

export interface MatrixBlock {
  key: BlockSpec["key"];
  /** 0-based sheet row of the block's header row. */
  top: number;
  left: number;
  title: string;
  /** Header row then one row per team: the title cell is text, every other cell a formula ("=…"). */
  cells: string[][];
  numberFormat: string;
  scale: Scale | null;
}

/** Blocks stacked from the anchor down, each sized teams × competences. */
export function matrixBlocks(
  lang: WbLang,
  teams: number,
  competences: number,
  at: { row: number; col: number } = MATRIX.anchor,
): MatrixBlock[] {
  const f = new FormulaBuilder(lang);
  const src = f.setting("diagnosis_source");
  return BLOCKS.map((b, k) => {
    const top = at.row + k * (teams + 3);
    const header = [b.title[lang]];
    for (let j = 1; j <= competences; j++)
      header.push(`=IFERROR(INDEX(${f.col("competences", "id")},${j})&"","")`);
    const cells = [header];
    for (let i = 1; i <= teams; i++) {
      const r = top + i + 1; // 1-based row of this team
      const teamRef = `$${columnLetters(at.col)}${r}`;
      const row = [`=IFERROR(INDEX(${f.col("teams", "team")},${i})&"","")`];
      for (let j = 1; j <= competences; j++) {
        const compRef = `${columnLetters(at.col + j)}$${top + 1}`;
        const criteria = `${f.col("gaps", "team")},${teamRef},${f.col("gaps", "competenceId")},${compRef},${f.col("gaps", "assessor")},${src}`;
        row.push(`=IF(OR(${teamRef}="",${compRef}=""),"",${b.cell(f, criteria)})`);
      }
      cells.push(row);
    }
    return {
      key: b.key,
      top,
      left: at.col,
      title: b.title[lang],
      cells,
      numberFormat: b.numberFormat,
      scale: b.scale,
    };
  });
}
