/**
 * Fills the generated tables with the example organisation, appending below each table. Refuses
 * when a register holds other data; after a run that failed halfway it goes on where it stopped.
 * Round trips: two generates, one read, the appends of every table together (batches under 4 MB,
 * the first also sets the progress marker) and the keyed settings.
 * The data set may be given per language: it is then made in the workbook's own language (fixed
 * when the workbook was generated, whatever options.lang says).
 */
import type { ExampleData } from "../workbook/example";
import { EXAMPLE_ORGANISATION } from "../workbook/example";
import { exampleRows } from "../workbook/rows";
import { InstrumentKey, INSTRUMENTS, SPEC_BY_KEY, TABLE_NAMES, TableKey } from "../workbook/specs";
import { generate, GenerateResult } from "./generate";
import { WbLang } from "../workbook/lang";
import { appendToTables } from "./appendRows";
import { writeByKeyInTables } from "./keyedWrites";
import { readTables, recordsOf } from "./readTables";

export class TablesNotEmptyError extends Error {
  readonly code = "VtoTablesNotEmpty";
  constructor(readonly tables: string[]) {
    super(`These tables already hold data: ${tables.join(", ")}`);
  }
}

const FILLED: TableKey[] = [
  "teams",
  "competences",
  "profiles",
  "employees",
  "gaps",
  "questions",
  "starr",
  "pyramid",
  "eightFields",
  "gilbert",
  "priorities",
  "training",
  "plan",
];

export async function fillExample(
  context: Excel.RequestContext,
  dataOrMake: ExampleData | ((lang: WbLang) => ExampleData),
  options: { lang: WbLang; year: number; onProgress?: (done: number, total: number) => void },
): Promise<GenerateResult & { alreadyFilled: boolean }> {
  const make = typeof dataOrMake === "function" ? dataOrMake : () => dataOrMake;
  // instrument sheets only for instruments the data set has records for (the same in every language)
  const instruments = INSTRUMENTS.filter((k) => make(options.lang)[k].length > 0);
  const filled = FILLED.filter(
    (k) => !INSTRUMENTS.includes(k as InstrumentKey) || instruments.includes(k as InstrumentKey),
  );
  const generated = await generate(context, { ...options, instruments });
  const lang = generated.lang;
  const data = make(lang);
  const rowsOf = exampleRows(data, lang);

  // each table is empty, or holds the start of the example (a run that failed halfway: go on
  // from there), or holds someone's data (refuse: nothing is overwritten)
  const fill = `${options.year}:${filled.map((k) => `${k}=${rowsOf[k]?.length ?? 0}`).join(",")}`;
  const marker = context.workbook.names.getItemOrNullObject(EXAMPLE_NAME).load("value");
  const read = await readTables(context, [...filled, "settings"]);
  const { records } = recordsOf(read);
  // only a fill of this same data set may be continued (it stopped halfway, or only its last steps failed)
  const resumable = !marker.isNullObject && [`busy ${fill}`, `done ${fill}`].includes(String(marker.value));
  const busy: string[] = [];
  const todo: { key: TableKey; from: number; blank: boolean }[] = [];
  for (const key of filled) {
    const columns = SPEC_BY_KEY[key].columns;
    const rows = records[key] ?? [];
    const blank = rows.every((r) => columns.every((c) => c.formula || isBlank(r[c.key])));
    const mine = rowsOf[key] ?? [];
    const prefix =
      rows.length <= mine.length &&
      rows.every((r, i) => columns.every((c, j) => c.formula || same(r[c.key], mine[i][j])));
    if (!blank && !(prefix && resumable)) busy.push(TABLE_NAMES[key]);
    else todo.push({ key, from: blank ? 0 : rows.length, blank });
  }
  if (busy.length) throw new TablesNotEmptyError(busy);

  // queued first: the marker goes out with (and is applied before) the first rows
  setMarker(context, marker.isNullObject, `busy ${fill}`);
  const total = todo.reduce((n, t) => n + (rowsOf[t.key]?.length ?? 0) - t.from, 0);
  const items = todo
    .map((t) => ({ key: t.key, rows: (rowsOf[t.key] ?? []).slice(t.from), fillFirstBlank: t.blank }))
    .filter((t) => t.rows.length > 0);
  if (items.length) await appendToTables(context, items, options.onProgress);
  // the organisation's name where none is set, and any settings or weights the data set brings
  const settings = records.settings ?? [];
  const values: Record<string, string | number> = { ...data.settingValues };
  const org = settings.find((r) => String(r.key ?? "").trim() === "organisation");
  if (org && isBlank(org.value)) values.organisation = data.organisation ?? EXAMPLE_ORGANISATION;
  const value = SPEC_BY_KEY.settings.columns.find((c) => c.key === "value")!.header;
  const weightCols = SPEC_BY_KEY.weights.columns;
  const header = (k: string) => weightCols.find((c) => c.key === k)!.header;
  await writeByKeyInTables(context, [
    {
      tableName: TABLE_NAMES.settings,
      keyColumn: SPEC_BY_KEY.settings.columns[0].header,
      columns: [value],
      cells: Object.entries(values).map(([key, v]) => ({ key, column: value, value: v })),
    },
    {
      tableName: TABLE_NAMES.weights,
      keyColumn: weightCols[0].header,
      columns: [header("weight")],
      // the direction is computed (fixed per criterion): only the weight is the data set's
      cells: Object.entries(data.weightValues ?? {}).map(([key, w]) => ({
        key,
        column: header("weight"),
        value: w![0] as number,
      })),
    },
  ]);
  // queued: goes out with the generate's first sync (a generate that fails before it leaves
  // "busy", and a retry goes on from there)
  setMarker(context, false, `done ${fill}`);
  // generate again: computed columns over the complete bodies, diagnosis and matrix sized by the catalogue
  const result = await generate(context, { lang, year: options.year, instruments });
  // the same fill again after it finished: nothing was added (a retry after a late failure ends the same way)
  return {
    ...result,
    alreadyFilled: total === 0 && String(marker.isNullObject ? "" : marker.value).startsWith("done "),
  };
}

/** Marks a fill in progress (so a retry after a failure goes on) or done (so it is not repeated). */
export const EXAMPLE_NAME = "VTO_ExampleFill";
function setMarker(context: Excel.RequestContext, add: boolean, value: string) {
  const formula = `="${value}"`;
  if (add) context.workbook.names.add(EXAMPLE_NAME, formula);
  else context.workbook.names.getItem(EXAMPLE_NAME).formula = formula;
}

const isBlank = (v: unknown) => v === null || v === undefined || String(v).trim() === "";

/** A value read back against the one we would write (text written with its quote prefix). */
function same(read: unknown, written: unknown): boolean {
  const w = typeof written === "string" && written.startsWith("'") ? written.slice(1) : written;
  if (isBlank(read) && isBlank(w)) return true;
  return String(read) === String(w);
}
