/**
 * Where the HR officer stands on the route through the analysis, computed from the workbook:
 * per step a count and whether it is done. Reads only the columns it counts (a constant number
 * of syncs — presence, geometry, the columns — plus chunks for a very large register). Also: go to
 * a step's sheet.
 */
import { headerMatches, LANGUAGE_NAME, NEED_STATUS, QUESTION_VERDICT, WbLang } from "../workbook/lang";
import type { Scalar } from "../workbook/plan";
import { SPEC_BY_KEY, TABLE_NAMES, TableKey } from "../workbook/specs";
import { readAreas } from "./readAreas";

export type StepKey =
  "settings" | "competences" | "employees" | "ratings" | "check" | "questions" | "priorities" | "plan";

export const STEPS: StepKey[] = [
  "settings",
  "competences",
  "employees",
  "ratings",
  "check",
  "questions",
  "priorities",
  "plan",
];

export interface Step {
  key: StepKey;
  /** "missing": its sheet is not there yet; "todo": nothing filled; "done": what the step asks is there. */
  state: "missing" | "todo" | "done" | "open";
  count: number;
  /** A second count where the step has one (real needs among the questions). */
  of?: number;
  /** The table behind the step, to go to. */
  table?: string;
}

export interface Progress {
  /** The workbook's language once the sheets exist; null before. */
  lang: WbLang | null;
  steps: Step[];
}

/** The column each step counts, and when a cell counts. */
const COUNTED: Partial<Record<StepKey, { table: TableKey; column: string }>> = {
  competences: { table: "competences", column: "id" },
  employees: { table: "employees", column: "id" },
  ratings: { table: "gaps", column: "current" },
  questions: { table: "questions", column: "verdict" },
  priorities: { table: "priorities", column: "status" },
};

const blank = (v: Scalar) => v === "" || v === null || v === undefined || String(v).trim() === "";

export async function readProgress(context: Excel.RequestContext): Promise<Progress> {
  const wb = context.workbook;
  const langName = wb.names.getItemOrNullObject(LANGUAGE_NAME).load("value");
  const keys: TableKey[] = ["settings", "competences", "employees", "gaps", "questions", "priorities"];
  const found = keys.map((key) => ({ key, table: wb.tables.getItemOrNullObject(TABLE_NAMES[key]) }));
  await context.sync();
  // geometry only of the tables that exist (a null object's ranges cannot be loaded)
  const tables = found.map(({ key, table }) => ({
    key,
    table,
    header: table.isNullObject ? null : table.getHeaderRowRange().load("values"),
    body: table.isNullObject ? null : table.getDataBodyRange().load("rowCount"),
  }));
  await context.sync();
  const v = langName.isNullObject ? "" : String(langName.value);
  const lang: WbLang | null = v === "nl" || v === "en" ? v : null;
  const columns = new Map<string, Scalar[]>();
  const wanted: Partial<Record<TableKey, string[]>> = {
    settings: ["key", "value"],
    ...Object.fromEntries(Object.values(COUNTED).map((c) => [c!.table, [c!.column]])),
  };
  const reads = tables.flatMap((t) => {
    if (!t.header || !t.body) return [];
    const headers = t.header.values[0].map(String);
    const rows = t.body.rowCount;
    return (wanted[t.key] ?? []).flatMap((column) => {
      const text = SPEC_BY_KEY[t.key].columns.find((c) => c.key === column)!.header;
      const header = headers.find((h) => headerMatches(h, text));
      if (!header) return [];
      const id = `${t.key}.${column}`;
      columns.set(id, []);
      return [
        {
          target: { table: TABLE_NAMES[t.key], column: header },
          rows,
          cols: 1,
          cellBytes: 60,
          prop: "values" as const,
          onRows: (offset: number, values: Scalar[][]) =>
            values.forEach((r, i) => (columns.get(id)![offset + i] = r[0])),
        },
      ];
    });
  });
  await readAreas(context, reads);
  const col = (key: TableKey, column: string) => columns.get(`${key}.${column}`) ?? [];
  const present = (key: TableKey) => !tables.find((t) => t.key === key)!.table.isNullObject;
  const steps: Step[] = STEPS.map((key) => {
    if (key === "settings") {
      if (!present("settings")) return { key, state: "missing", count: 0 };
      const at = col("settings", "key").findIndex((k) => String(k).trim() === "organisation");
      const filled = at >= 0 && !blank(col("settings", "value")[at]);
      return { key, state: filled ? "done" : "todo", count: filled ? 1 : 0, table: TABLE_NAMES.settings };
    }
    if (key === "check") return { key, state: "open", count: 0 };
    if (key === "plan") return { key, state: "open", count: 0 };
    const counted = COUNTED[key]!;
    if (!present(counted.table)) return { key, state: "missing", count: 0 };
    const values = col(counted.table, counted.column);
    let count: number;
    let of: number | undefined;
    if (key === "ratings") count = values.filter((x) => typeof x === "number").length;
    else if (key === "questions") {
      const real = new Set(
        [QUESTION_VERDICT.realNeed, QUESTION_VERDICT.toReview].flatMap((t) =>
          [t.nl, t.en].map((s) => s.toLowerCase()),
        ),
      );
      of = values.filter((x) => !blank(x)).length;
      count = values.filter((x) => real.has(String(x).trim().toLowerCase())).length;
    } else if (key === "priorities") {
      const ranked = [NEED_STATUS.ranked.nl, NEED_STATUS.ranked.en];
      count = values.filter((x) => ranked.includes(String(x).trim())).length;
    } else count = values.filter((x) => !blank(x)).length;
    return { key, state: count > 0 ? "done" : "todo", count, of, table: TABLE_NAMES[counted.table] };
  });
  return { lang, steps };
}

/**
 * Shows a step's sheet and selects where to type next: the first blank input cell of the
 * table's first column (for the settings: the organisation's name).
 */
export async function goToTable(context: Excel.RequestContext, tableName: string): Promise<void> {
  const table = context.workbook.tables.getItem(tableName);
  const body = table.getDataBodyRange().load("values,rowCount");
  const header = table.getHeaderRowRange().load("values");
  await context.sync();
  const headers = header.values[0].map(String);
  let row = 0;
  let col = 0;
  if (tableName === TABLE_NAMES.settings) {
    const [keyCol, , valueCol] = SPEC_BY_KEY.settings.columns.map((c) =>
      headers.findIndex((h) => headerMatches(h, c.header)),
    );
    col = Math.max(0, valueCol);
    row = Math.max(
      0,
      body.values.findIndex((r) => String(r[Math.max(0, keyCol)]).trim() === "organisation"),
    );
  } else {
    const first = body.values.findIndex((r) => blank(r[0] as Scalar));
    row = first >= 0 ? first : Math.max(0, body.rowCount - 1);
  }
  table.worksheet.activate();
  table.getDataBodyRange().getCell(row, col).select();
  await context.sync();
}
