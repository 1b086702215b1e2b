/**
 * The team × competence matrices (a plain range, found by the name VTO_TeamMatrix, which points at
 * the first block's top-left cell): employees assessed, employees at the required level, average
 * gap and coverage. Formulas only. Each block has a header row of competence IDs, a row with the
 * competence names under them, and one row per team. Above the blocks, under the sheet's title, a
 * warning cell says when the team list or the catalogue has outgrown the matrix (it works without
 * the add-in). Both the add-in and the .xlsx export lay them out from here.
 */
import { columnLetters } from "./address";
import { Text, WbLang } from "./lang";
import { COVERAGE_SCALE, FormulaBuilder, GAP_SCALE, KEY_SEPARATOR, norm, Scale, sourceText } from "./specs";

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
  /** Column widths in characters: team names in the first column, then one column per competence. */
  teamWidth: 30,
  competenceWidth: 14,
};

/** Rows of a block above its team rows: the IDs and the names of the competences. */
export const BLOCK_HEADER_ROWS = 2;
/** Rows from one block's top to the next: header rows, teams and one empty row. */
export const blockStride = (teams: number): number => teams + BLOCK_HEADER_ROWS + 1;

type DataKey = "assessed" | "atLevel" | "averageGap" | "coverage";

interface BlockSpec {
  key: DataKey;
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

/** Texts the matrices themselves write in their first column: constants a regeneration may move. */
export const MATRIX_TITLES = new Set([
  ...BLOCKS.flatMap((b) => [b.title.nl, b.title.en]),
  MATRIX.title.nl,
  MATRIX.title.en,
]);

export interface MatrixBlock {
  key: DataKey | "check";
  /** 0-based sheet row of the block's first row. */
  top: number;
  left: number;
  title: string;
  /** Rows; the title cell (first row, first column) is text, every other cell a formula ("=…"). */
  cells: string[][];
  numberFormat: string;
  scale: Scale | null;
  /** Leading rows that are headers: the first is bold, the others (competence names) wrap. */
  headerRows: number;
}

const WARNING: Text = {
  nl: "Niet alle teams en competenties passen in deze matrix (",
  en: "Not all teams and competences fit in this matrix (",
};

/**
 * The warning under the title: blank while the team list and the catalogue fit the matrix, else
 * what does not fit and what to do. The matrix's size is in the formula (its numbers).
 */
export function matrixWarning(f: FormulaBuilder, teams: number, competences: number): string {
  const t = `ROWS(${f.col("teams", "team")})`;
  const c = `ROWS(${f.col("competences", "id")})`;
  const detail =
    f.lang === "nl"
      ? `${t}&" teams, "&${c}&" competenties; plaats voor ${teams} en ${competences}): werk de analysebladen bij met VTO-analyse (Start)."`
      : `${t}&" teams, "&${c}&" competences; room for ${teams} and ${competences}): update the analysis sheets with VTO-analyse (Start)."`;
  return `=IF(OR(${t}>${teams},${c}>${competences}),${f.text(WARNING)}&${detail},"")`;
}

/** The teams × competences a matrix was laid out for, read from its warning formula; null if it is not ours. */
export function matrixCapacity(formula: unknown): { teams: number; competences: number } | null {
  if (typeof formula !== "string") return null;
  // as written (VTO_Teams[[Team]]) or as Excel shows it back (VTO_Teams[Team])
  const m =
    /^=IF\(OR\(ROWS\(VTO_Teams\[{1,2}[^\]]*\]{1,2}\)>(\d+),ROWS\(VTO_Competences\[{1,2}[^\]]*\]{1,2}\)>(\d+)\)/i.exec(
      formula.replace(/\s/g, ""),
    );
  return m ? { teams: Number(m[1]), competences: Number(m[2]) } : null;
}

/**
 * The warning block (the sheet's title, the warning under it; only when there is room above the
 * anchor), then the four blocks stacked from the anchor down, each sized teams × competences.
 */
export function matrixBlocks(
  lang: WbLang,
  teams: number,
  competences: number,
  at: { row: number; col: number } = MATRIX.anchor,
): MatrixBlock[] {
  const f = new FormulaBuilder(lang);
  const out: MatrixBlock[] = [];
  if (at.row >= 2)
    out.push({
      key: "check",
      top: at.row - 2,
      left: at.col,
      title: MATRIX.title[lang],
      cells: [[MATRIX.title[lang]], [matrixWarning(f, teams, competences)]],
      numberFormat: "General",
      scale: null,
      headerRows: 1,
    });
  const src = sourceText(f);
  BLOCKS.forEach((b, k) => {
    const top = at.row + k * blockStride(teams);
    const ids = [b.title[lang]];
    const names = [`=${f.text({ nl: "Team", en: "Team" })}`];
    for (let j = 1; j <= competences; j++) {
      const idRef = `${columnLetters(at.col + j)}$${top + 1}`;
      ids.push(`=IFERROR(${norm(`INDEX(${f.col("competences", "id")},${j})`)},"")`);
      names.push(`=IF(${idRef}="","",IFERROR(INDEX(${f.col("competences", "name")},${j})&"",""))`);
    }
    const cells = [ids, names];
    for (let i = 1; i <= teams; i++) {
      const r = top + BLOCK_HEADER_ROWS + i; // 1-based row of this team
      const teamRef = `$${columnLetters(at.col)}${r}`;
      const row = [`=IFERROR(${norm(`INDEX(${f.col("teams", "team")},${i})`)},"")`];
      for (let j = 1; j <= competences; j++) {
        const compRef = `${columnLetters(at.col + j)}$${top + 1}`;
        const criteria = `${f.col("gaps", "matrixKey")},${src}&"${KEY_SEPARATOR}"&${teamRef}&"${KEY_SEPARATOR}"&${compRef}`;
        row.push(`=IF(OR(${teamRef}="",${compRef}=""),"",${b.cell(f, criteria)})`);
      }
      cells.push(row);
    }
    out.push({
      key: b.key,
      top,
      left: at.col,
      title: b.title[lang],
      cells,
      numberFormat: b.numberFormat,
      scale: b.scale,
      headerRows: BLOCK_HEADER_ROWS,
    });
  });
  return out;
}

/** The rows and columns all blocks take, the warning block included. */
export function matrixExtent(
  lang: WbLang,
  teams: number,
  competences: number,
  at: { row: number; col: number } = MATRIX.anchor,
): { row: number; col: number; rows: number; cols: number } {
  const blocks = matrixBlocks(lang, teams, competences, at);
  const top = Math.min(...blocks.map((b) => b.top));
  const bottom = Math.max(...blocks.map((b) => b.top + b.cells.length));
  return { row: top, col: at.col, rows: bottom - top, cols: competences + 1 };
}

// ---- earlier layouts ------------------------------------------------------------------------------

/**
 * The first layout (until the names row and the warning came): blocks of a header row of IDs and
 * one row per team, three rows apart, on the untrimmed team and competence cells and COUNTIFS on
 * the competence, team and assessor columns.
 */
export function matrixBlocksV1(
  lang: WbLang,
  teams: number,
  competences: number,
  at: { row: number; col: number } = MATRIX.anchor,
): { top: number; header: string[]; rows: string[][] }[] {
  const f = new FormulaBuilder(lang);
  const src = f.setting("diagnosis_source");
  return BLOCKS.map((b, k) => {
    const top = at.row + k * (teams + 3);
    const header = [b.title[lang]];
    for (let j = 1; j <= competences; j++)
      header.push(`=IFERROR(INDEX(${f.col("competences", "id")},${j})&"","")`);
    const rows: string[][] = [];
    for (let i = 1; i <= teams; i++) {
      const r = top + i + 1;
      const teamRef = `$${columnLetters(at.col)}${r}`;
      const row = [`=IFERROR(INDEX(${f.col("teams", "team")},${i})&"","")`];
      for (let j = 1; j <= competences; j++) {
        const compRef = `${columnLetters(at.col + j)}$${top + 1}`;
        const criteria = `${f.col("gaps", "team")},${teamRef},${f.col("gaps", "competenceId")},${compRef},${f.col("gaps", "assessor")},${src}`;
        row.push(`=IF(OR(${teamRef}="",${compRef}=""),"",${b.cell(f, criteria)})`);
      }
      rows.push(row);
    }
    return { top, header, rows };
  });
}

/**
 * Matrix formulas earlier versions wrote, as samples of each shape (references and numbers aside),
 * those of header rows apart: a regeneration recognises cells with these shapes as its own,
 * rewrites them where the matrix is now, clears them elsewhere and takes the bold of old header
 * cells away. When a matrix formula changes, add the previous layout here.
 */
export const MATRIX_LEGACY: ((lang: WbLang) => { header: string[]; body: string[] })[] = [
  (lang) => {
    const blocks = matrixBlocksV1(lang, 2, 2);
    return {
      header: blocks.flatMap((b) => b.header.slice(1)),
      body: blocks.flatMap((b) => b.rows.flat()),
    };
  },
];
