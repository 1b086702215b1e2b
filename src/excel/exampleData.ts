/**
 * Fills the generated tables with the example organisation. Refuses when a register already
 * holds data. Round trips: generate's + 1 read + 1 write, plus chunks under 5 MB for big fills.
 */
import type { ExampleData } from "../workbook/example";
import { EXAMPLE_ORGANISATION } from "../workbook/example";
import { exampleRows } from "../workbook/rows";
import { InstrumentKey, INSTRUMENTS, SPEC_BY_KEY, TABLE_NAMES, TableKey } from "../workbook/specs";
import { chunkRows } from "./chunks";
import { generate, GenerateResult } from "./generate";
import { WbLang } from "../workbook/lang";
import { cellInput } from "../workbook/cellText";
import type { Criterion } from "../domain/priorities";

export class TablesNotEmptyError extends Error {
  readonly code = "VtoTablesNotEmpty";
  constructor(readonly tables: string[]) {
    super(`These tables already hold data: ${tables.join(", ")}`);
  }
}

const FILLED: TableKey[] = [
  "teams",
  "competences",
  "employees",
  "gaps",
  "questions",
  "starr",
  "pyramid",
  "eightFields",
  "gilbert",
  "priorities",
];

export async function fillExample(
  context: Excel.RequestContext,
  data: ExampleData,
  options: { lang: WbLang; year: number; onProgress?: (done: number, total: number) => void },
): Promise<GenerateResult> {
  // instrument sheets only for instruments the data set has records for
  const instruments = INSTRUMENTS.filter((k) => data[k].length > 0);
  const filled = FILLED.filter(
    (k) => !INSTRUMENTS.includes(k as InstrumentKey) || instruments.includes(k as InstrumentKey),
  );
  const generated = await generate(context, { ...options, instruments });
  const lang = generated.lang;
  const wb = context.workbook;
  const probes = filled.map((key) => ({
    key,
    body: wb.tables.getItem(TABLE_NAMES[key]).getDataBodyRange().load("rowCount,values"),
  }));
  // only the first row is needed to tell an empty table; rowCount tells the rest
  await context.sync();
  const busy = probes
    .filter(
      (p) =>
        p.body.rowCount > 1 ||
        p.body.values[0].some((v, i) => v !== "" && !SPEC_BY_KEY[p.key].columns[i]?.formula),
    )
    .map((p) => TABLE_NAMES[p.key]);
  if (busy.length) throw new TablesNotEmptyError(busy);

  const rowsOf = exampleRows(data, lang);
  const chunks = filled.flatMap((key) => chunkRows(rowsOf[key] ?? []).map((c) => ({ key, ...c })));
  let done = 0;
  for (const chunk of chunks) {
    const table = wb.tables.getItem(TABLE_NAMES[chunk.key]);
    let rows = chunk.rows;
    if (chunk.start === 0) {
      // the empty first body row takes the first record; the rest are appended
      table.getDataBodyRange().getRow(0).values = [rows[0]];
      rows = rows.slice(1);
    }
    if (rows.length) table.rows.add(undefined, rows);
    done += chunk.rows.length;
    await context.sync();
    options.onProgress?.(
      done,
      filled.reduce((n, key) => n + (rowsOf[key]?.length ?? 0), 0),
    );
  }
  // the organisation's name, and any settings or weights the data set brings
  const settings = wb.tables.getItem(TABLE_NAMES.settings);
  const settingsBody = settings.getDataBodyRange().load("values");
  const weights = wb.tables.getItem(TABLE_NAMES.weights);
  const weightsBody = weights.getDataBodyRange().load("values");
  await context.sync();
  const values: Record<string, unknown> = { ...data.settingValues };
  const orgRow = settingsBody.values.findIndex((r) => r[0] === "organisation");
  if (orgRow >= 0 && settingsBody.values[orgRow][2] === "") values.organisation = EXAMPLE_ORGANISATION;
  settingsBody.values.forEach((r, i) => {
    if (String(r[0]) in values)
      settings.getDataBodyRange().getCell(i, 2).values = [[cellInput(values[String(r[0])] as string)]];
  });
  weightsBody.values.forEach((r, i) => {
    const w = data.weightValues?.[String(r[0]) as Criterion];
    if (w)
      weights.getDataBodyRange().getCell(i, 2).getResizedRange(0, 1).values = [
        [cellInput(w[0] as string), cellInput(w[1])],
      ];
  });
  // generate again: computed columns over the complete bodies, diagnosis and matrix sized by the catalogue
  return generate(context, { lang, year: options.year, instruments });
}
