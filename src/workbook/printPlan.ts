/**
 * How each analysis sheet prints: A4, one page wide (landscape when the tables are wide), the
 * tables' header row repeated on every page, the print area on the tables, a header with the
 * organisation, the sheet and our mark, a footer with page x of y and the date. Set where the
 * sheet still prints as Excel's default or as we set it before; a user's own page setup stays.
 * Pure.
 */
import { CellRect, columnLetters, MAX_ROWS, parseRect, rectAddress, splitSheetAddress } from "./address";
import type { WbLang } from "./lang";
import type { PagePlan } from "./plan";

export interface SheetTables {
  sheet: string;
  /** The tables on the sheet (header row and body), with their width in characters. */
  tables: { rect: CellRect; width: number }[];
  /** Other areas of ours on the sheet (the team matrix). */
  areas: CellRect[];
  /**
   * A one-page sheet (the report): landscape, fit to one page wide and tall, the print area exactly
   * its first area, no repeated rows.
   */
  onePage?: boolean;
}

export interface CurrentPage {
  orientation: string;
  /** Excel.PaperType; absent where it was not read (then taken as right). */
  paperSize?: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: string;
  titleRows: string;
  headersFooters: Record<string, string>;
}

/** Our mark in the right header: a page setup carrying it is ours to update. */
export const PAGE_MARK = "VTO-analyse";
/** Tables wider than this many characters print in landscape. */
const PORTRAIT_WIDTH = 100;

const escapeHeader = (text: string) => text.replace(/&/g, "&&");

export function headersFooters(lang: WbLang, organisation: string, year: number): PagePlan["headersFooters"] {
  return {
    leftHeader: escapeHeader(organisation).slice(0, 120),
    centerHeader: "&A",
    rightHeader: `${PAGE_MARK} ${year}`,
    leftFooter: "",
    centerFooter: lang === "nl" ? "Pagina &P van &N" : "Page &P of &N",
    rightFooter: "&D",
  };
}

/** The page setup a sheet of ours should have. */
export function desiredPage(s: SheetTables, hf: PagePlan["headersFooters"]): PagePlan {
  if (s.onePage)
    return {
      sheet: s.sheet,
      paperSize: "A4",
      landscape: true,
      printArea: s.areas[0],
      titleRows: null,
      headersFooters: hf,
      onePage: true,
    };
  const rects = [...s.tables.map((t) => t.rect), ...s.areas];
  const left = Math.min(...rects.map((r) => r.col));
  const right = Math.max(...rects.map((r) => r.col + r.cols));
  const headerRows = [...new Set(s.tables.map((t) => t.rect.row))];
  const width = s.tables.reduce((n, t) => n + t.width, 0);
  return {
    sheet: s.sheet,
    paperSize: "A4",
    landscape: s.areas.length > 0 || width > PORTRAIT_WIDTH,
    // whole columns: rows added later (typed below a table, without the add-in) print too
    printArea: { row: 0, col: left, rows: MAX_ROWS, cols: right - left },
    titleRows: headerRows.length === 1 ? { row: headerRows[0], rows: 1 } : null,
    headersFooters: hf,
  };
}

export const isDefaultPage = (p: CurrentPage) =>
  p.orientation === "Portrait" &&
  (p.zoom.scale === undefined || p.zoom.scale === 100) &&
  p.zoom.horizontalFitToPages === undefined &&
  !p.printArea &&
  !p.titleRows &&
  Object.values(p.headersFooters).every((v) => !v);

/** Rows an address covers (1-based "first:last"), whatever form Excel gives it in. */
function rowsOf(address: string): string {
  const local = splitSheetAddress(address.split(",")[0]).local.replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return `${rows[1]}:${rows[2]}`;
  const rect = parseRect(local);
  return rect ? `${rect.row + 1}:${rect.row + rect.rows}` : local;
}

/** A print area as Excel writes it: "A:Q" for whole columns. */
export function printAreaAddress(r: CellRect): string {
  if (r.row === 0 && r.rows === MAX_ROWS)
    return `${columnLetters(r.col)}:${columnLetters(r.col + r.cols - 1)}`;
  return rectAddress(r);
}

const areaOf = (address: string) =>
  address
    .split(",")
    .map((a) => {
      const local = splitSheetAddress(a).local.replace(/\$/g, "").toUpperCase();
      const rect = parseRect(local);
      return rect ? printAreaAddress(rect) : local;
    })
    .join(",");

/** Whether the sheet prints as planned already. */
export function samePage(p: CurrentPage, want: PagePlan): boolean {
  return (
    (p.paperSize === undefined || p.paperSize === want.paperSize) &&
    p.orientation === (want.landscape ? "Landscape" : "Portrait") &&
    p.zoom.horizontalFitToPages === 1 &&
    (p.zoom.verticalFitToPages ?? 0) === (want.onePage ? 1 : 0) &&
    areaOf(p.printArea) === printAreaAddress(want.printArea) &&
    (want.titleRows
      ? rowsOf(p.titleRows) === `${want.titleRows.row + 1}:${want.titleRows.row + want.titleRows.rows}`
      : !p.titleRows) &&
    Object.entries(want.headersFooters).every(([k, v]) => (p.headersFooters[k] ?? "") === v)
  );
}

/**
 * The page setups to write: where the sheet is new, prints as Excel's default, or carries our
 * mark — and differs from what it should be. A page setup of the user's own is left alone.
 */
export function planPages(
  sheets: SheetTables[],
  current: (sheet: string) => CurrentPage | undefined,
  hf: PagePlan["headersFooters"],
): PagePlan[] {
  const out: PagePlan[] = [];
  for (const s of sheets) {
    if (!s.tables.length && !s.areas.length) continue;
    const want = desiredPage(s, hf);
    const now = current(s.sheet);
    if (now) {
      const ours = (now.headersFooters.rightHeader ?? "").startsWith(PAGE_MARK);
      if (!ours && !isDefaultPage(now)) continue; // the user's own page setup
      if (samePage(now, want)) continue;
    }
    out.push(want);
  }
  return out;
}
