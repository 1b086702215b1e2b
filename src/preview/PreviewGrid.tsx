/**
 * The in-memory workbook as a person sees it: sheet tabs, a formula bar and a grid of values.
 * Cells are editable (as the Local user, or as a co-author). Preview only.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Book, SheetState } from "../fake-excel/book";
import type { FakeExcel } from "../fake-excel";
import { CellRect, cellAddress, columnLetters, rectContains } from "../workbook/address";
import { displayValue, scaleColor } from "./displayValue";

const ROW_H = 22;
const HEADER_W = 44;
const DEFAULT_W = 90;
const HIDDEN_W = 4;

function useBookVersion(book: Book): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (cb: () => void) =>
      book.subscribe(() => {
        version.current += 1;
        cb();
      }),
    [book],
  );
  return useSyncExternalStore(subscribe, () => version.current);
}

interface Scale {
  rect: { row: number; col: number; rows: number; cols: number };
  min: number;
  max: number;
  colors: string[];
}

function colorScales(book: Book, sheet: SheetState): Scale[] {
  const out: Scale[] = [];
  for (const cf of sheet.conditionalFormats) {
    const criteria = (cf.settings.colorScale as { criteria?: Record<string, { color?: string }> } | undefined)
      ?.criteria;
    if (!criteria) continue;
    const colors = [criteria.minimum?.color, criteria.midpoint?.color, criteria.maximum?.color].filter(
      Boolean,
    ) as string[];
    let min = Infinity;
    let max = -Infinity;
    for (const rect of cf.areas) {
      const rows = Math.min(rect.rows, 5000);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          const v = book.value(sheet, rect.row + r, rect.col + c);
          if (typeof v === "number") {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
    }
    if (colors.length >= 2 && min <= max) for (const rect of cf.areas) out.push({ rect, min, max, colors });
  }
  return out;
}

interface MarkStyle {
  fill?: string;
  font?: string;
  bold?: boolean;
  border?: string;
}

interface CustomSettings {
  rule?: { formula?: string };
  format?: {
    fill?: { color?: string };
    font?: { color?: string; bold?: boolean };
    borders?: Record<string, { style?: string; color?: string }>;
  };
}

/** Looks up the first (highest-priority) style that covers a cell. */
type MarkLookup = (row: number, col: number) => MarkStyle | undefined;

/**
 * Custom conditional formats whose rule does not depend on the cell and is TRUE (such as the
 * checker's marks, =N("VTO-markering …")=0) paint their cells: fill, font colour, bold, border.
 */
function constantMarks(book: Book, sheet: SheetState): MarkLookup {
  const verdicts = new Map<string, boolean>();
  const byRow = new Map<number, { rect: CellRect; style: MarkStyle }[]>();
  const tall: { rect: CellRect; style: MarkStyle }[] = [];
  sheet.conditionalFormats.forEach((cf) => {
    const custom = cf.settings.custom as CustomSettings | undefined;
    const formula = custom?.rule?.formula;
    if (!formula) return;
    if (!verdicts.has(formula)) verdicts.set(formula, book.constantFormulaValue(sheet, formula) === true);
    if (!verdicts.get(formula)) return;
    const f = custom?.format;
    const edge = Object.values(f?.borders ?? {}).find((b) => b.style && b.style !== "None");
    const style: MarkStyle = {
      fill: f?.fill?.color,
      font: f?.font?.color,
      bold: f?.font?.bold,
      border: edge ? (edge.color ?? "#000000") : undefined,
    };
    for (const rect of cf.areas) {
      if (rect.rows > 2000) {
        tall.push({ rect, style });
        continue;
      }
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        const list = byRow.get(r) ?? [];
        list.push({ rect, style });
        byRow.set(r, list);
      }
    }
  });
  return (row, col) =>
    [...(byRow.get(row) ?? []), ...tall].find((m) => rectContains(m.rect, row, col))?.style;
}

export function PreviewGrid({ fake }: { fake: FakeExcel }) {
  const { book } = fake;
  const version = useBookVersion(book);
  const [sheetId, setSheetId] = useState<string | null>(null);
  const [selected, setSelected] = useState({ row: 0, col: 0 });
  const [editing, setEditing] = useState<string | null>(null);
  const [asCoAuthor, setAsCoAuthor] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const scroller = useRef<HTMLDivElement>(null);

  const sheet = book.sheets.find((s) => s.id === (sheetId ?? book.activeSheetId)) ?? book.sheets[0];

  // follow a selection the add-in makes (Range.select) once, when it makes it — not again on every
  // later change of the workbook, which would pull the user back while they type elsewhere
  const followed = useRef(book.selection);
  const selection = book.selection;
  useEffect(() => {
    if (!selection || selection === followed.current) return;
    followed.current = selection;
    setSheetId(selection.sheetId);
    setSelected({ row: selection.rect.row, col: selection.rect.col });
    scroller.current?.scrollTo({ top: Math.max(0, (selection.rect.row - 3) * ROW_H) });
  }, [selection, version]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setViewHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const used = sheet ? book.usedRect(sheet, false) : null;
  const rowCount = Math.max(40, (used ? used.row + used.rows : 0) + 10);
  const colCount = Math.max(12, (used ? used.col + used.cols : 0) + 2);
  const first = Math.max(0, Math.floor(scrollTop / ROW_H) - 5);
  const last = Math.min(rowCount, first + Math.ceil(viewHeight / ROW_H) + 10);
  const widths = useMemo(
    () =>
      Array.from(
        { length: colCount },
        // a hidden column stays a sliver, as Excel shows the gap between the letters
        (_, c) =>
          sheet?.hiddenColumns.has(c)
            ? HIDDEN_W
            : Math.round(((sheet?.columnWidths.get(c) ?? 48) * 4) / 3) || DEFAULT_W,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sheet, colCount, version],
  );
  const scales = useMemo(() => (sheet ? colorScales(book, sheet) : []), [book, sheet, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const markAt = useMemo(
    () => (sheet ? constantMarks(book, sheet) : () => undefined),
    // the book changes in place: version says when
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [book, sheet, version],
  );

  if (!sheet) return <p>Lege werkmap</p>;

  const formulaOf = (row: number, col: number) => String(book.formula(sheet, row, col));
  const commit = (text: string) => {
    fake.userEdit(
      sheet.name,
      cellAddress(selected.row, selected.col),
      [[text]],
      asCoAuthor ? "Remote" : "Local",
    );
    setEditing(null);
    setSelected((s) => ({ ...s, row: s.row + 1 }));
  };
  const onKey = (e: React.KeyboardEvent) => {
    if (editing !== null) return;
    const move = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
    if (move) {
      e.preventDefault();
      setSelected((s) => ({ row: Math.max(0, s.row + move[0]), col: Math.max(0, s.col + move[1]) }));
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing(formulaOf(selected.row, selected.col));
    } else if (e.key === "Delete") {
      fake.userEdit(
        sheet.name,
        cellAddress(selected.row, selected.col),
        [[""]],
        asCoAuthor ? "Remote" : "Local",
      );
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
      setEditing("");
    }
  };

  const tableHeaderRows = new Set(book.tables.filter((t) => t.sheet === sheet).map((t) => t.rect.row));
  const frozen = sheet.frozenRows;

  const renderRow = (r: number) => (
    <tr key={r} style={{ height: ROW_H }}>
      <th scope="row" className="rowhead">
        {r + 1}
      </th>
      {widths.map((w, c) => {
        const cell = book.cell(sheet, r, c);
        const value = cell ? book.value(sheet, r, c) : "";
        const isSel = selected.row === r && selected.col === c;
        const scale = typeof value === "number" ? scales.find((s) => rectContains(s.rect, r, c)) : undefined;
        const mark: MarkStyle | undefined = markAt(r, c);
        const bg = mark?.fill
          ? mark.fill
          : scale
            ? scaleColor(value as number, scale.min, scale.max, scale.colors)
            : cell?.format?.fill;
        return (
          <td
            key={c}
            data-cell={cellAddress(r, c)}
            aria-selected={isSel}
            className={isSel ? "sel" : undefined}
            style={{
              width: w,
              maxWidth: w,
              background: bg,
              color: mark?.font ?? (bg ? "#1b1b1b" : undefined),
              fontWeight: mark?.bold ? 700 : cell?.format?.bold || tableHeaderRows.has(r) ? 600 : undefined,
              boxShadow: mark?.border ? `inset 0 0 0 2px ${mark.border}` : undefined,
              textAlign: typeof value === "number" ? "right" : "left",
            }}
            onClick={() => {
              setSelected({ row: r, col: c });
              setEditing(null);
            }}
            onDoubleClick={() => setEditing(formulaOf(r, c))}
          >
            {isSel && editing !== null ? (
              <input
                autoFocus
                aria-label={`${sheet.name}!${cellAddress(r, c)}`}
                defaultValue={editing}
                onKeyDown={(e) => {
                  if (e.key === "Enter") commit((e.target as HTMLInputElement).value);
                  if (e.key === "Escape") setEditing(null);
                  e.stopPropagation();
                }}
                onBlur={(e) => editing !== null && commit(e.target.value)}
              />
            ) : (
              displayValue(value, cell?.numberFormat)
            )}
          </td>
        );
      })}
    </tr>
  );

  const bodyRows: number[] = [];
  for (let r = Math.max(first, frozen); r < last; r++) bodyRows.push(r);

  return (
    <div className="grid-wrap" onKeyDown={onKey} tabIndex={0} aria-label="Werkmap (voorbeeld)">
      <div className="formula-bar">
        <span className="namebox" data-testid="namebox">
          {cellAddress(selected.row, selected.col)}
        </span>
        <span className="fx">fx</span>
        <span className="formula" data-testid="formula">
          {formulaOf(selected.row, selected.col)}
        </span>
        <label className="coauthor">
          <input type="checkbox" checked={asCoAuthor} onChange={(e) => setAsCoAuthor(e.target.checked)} />{" "}
          co-auteur
        </label>
      </div>
      <div
        className="grid-scroll"
        ref={scroller}
        onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}
      >
        <table className="grid" role="grid" aria-rowcount={rowCount}>
          <thead>
            <tr>
              <th style={{ width: HEADER_W }} />
              {widths.map((w, c) => (
                <th key={c} scope="col" style={{ width: w }}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
            {Array.from({ length: frozen }, (_, r) => renderRow(r))}
          </thead>
          <tbody>
            <tr style={{ height: Math.max(0, first - frozen) * ROW_H }} />
            {bodyRows.map(renderRow)}
            <tr style={{ height: Math.max(0, rowCount - last) * ROW_H }} />
          </tbody>
        </table>
      </div>
      <div className="tabs" role="tablist" aria-label="Bladen">
        {book.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => (
            <button
              key={s.id}
              role="tab"
              aria-selected={s === sheet}
              className={s === sheet ? "tab active" : "tab"}
              onClick={() => {
                setSheetId(s.id);
                book.activeSheetId = s.id;
                setSelected({ row: 0, col: 0 });
              }}
            >
              {s.name}
            </button>
          ))}
      </div>
    </div>
  );
}
