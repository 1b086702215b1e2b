/**
 * The Federal Learning Account list (issue 13, item 5): the register's trainings of the analysis
 * year by quarter, with the deadline (end of the month after the quarter), read from the workbook
 * and turned into a CSV the pane offers as a download; employees out of service for the whole year
 * (Medewerkers' start and end dates) are left out. Reads only; writes nothing.
 */
import { FlaLine, flaCsv, flaList } from "../domain/trainingAccounts";
import { NO, WbLang, YES } from "../workbook/lang";
import { SPEC_BY_KEY } from "../workbook/specs";
import { TRAINING_TYPE } from "../workbook/trainingSpecs";
import { readTables, recordsOf } from "./readTables";

export interface FlaView {
  lang: WbLang;
  year: number | null;
  lines: FlaLine[];
  /** The register is missing (the sheets predate it). */
  missing: boolean;
}

const setting = (rows: Record<string, unknown>[], key: string) =>
  rows.find((r) => String(r.key ?? "").trim() === key)?.value;

export async function readFla(context: Excel.RequestContext): Promise<FlaView> {
  const read = await readTables(context, ["settings", "training", "employees"]);
  const { records } = recordsOf(read);
  const lang = read.lang;
  const settings = records.settings ?? [];
  const y = setting(settings, "analysis_year");
  const year = typeof y === "number" && Number.isInteger(y) ? y : null;
  const texts = {
    yes: YES[lang],
    type: {
      formal: TRAINING_TYPE.formal[lang],
      informal: TRAINING_TYPE.informal[lang],
      initial: TRAINING_TYPE.initial[lang],
    },
  };
  const lines = flaList(
    records.training ?? [],
    texts,
    { year, hoursPerDay: setting(settings, "hours_per_day") },
    (records.employees ?? []).map((e) => ({ id: e.id, startDate: e.startDate, endDate: e.endDate })),
  );
  return { lang, year, lines, missing: read.missing.includes("training") };
}

/** The CSV of the list in the workbook's language (headers from the register's own). */
export function flaCsvOf(view: FlaView, quarterHeader: string, deadlineHeader: string): string {
  const h = (k: string) => SPEC_BY_KEY.training.columns.find((c) => c.key === k)!.header[view.lang];
  return flaCsv(view.lines, {
    headers: [
      quarterHeader,
      deadlineHeader,
      h("employeeId"),
      h("training"),
      h("hours"),
      h("days"),
      h("start"),
      h("end"),
      h("followed"),
      h("countsForRight"),
      h("validUntil"),
    ],
    yes: YES[view.lang],
    no: NO[view.lang],
    decimal: view.lang === "nl" ? "," : ".",
  });
}
