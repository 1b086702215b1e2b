/**
 * Runs the self-test's checks one after the other, each on its own scratch sheet
 * (`VTO_Zelftest_<HHMMSS>_<NN>`) that is added first and deleted afterwards, also when the check
 * fails or throws; workbook names the check added (`VTO_SelfTest_<HHMMSS>_<NN>_…`) are deleted
 * with it. No other sheet, table or name is read for writing or touched. Office.js only: no
 * network, no telemetry.
 */
import { yieldToUi } from "../excel/readTables";
import {
  CHECKS,
  CheckEnv,
  CheckOutcome,
  describeError,
  errorCode,
  ExcelRunner,
  oneLine,
  SelfTestCheck,
} from "./checks";

export const SCRATCH_SHEET_PREFIX = "VTO_Zelftest_";
export const SCRATCH_NAME_PREFIX = "VTO_SelfTest_";

export interface SelfTestResult extends CheckOutcome {
  check: SelfTestCheck;
  /** 1-based, as in the report ("01"). */
  number: number;
  ms: number;
}

export interface SelfTestReport {
  /** What ran the checks: Excel's platform and version, or the in-memory Excel. */
  host: string;
  started: Date;
  ms: number;
  stamp: string;
  results: SelfTestResult[];
  /** Scratch sheets or names that could not be removed (should be empty). */
  leftovers: string[];
}

export interface RunOptions {
  /** The in-memory Excel (tests, preview): unmodelled APIs are skipped, never in Office. */
  inMemory: boolean;
  host?: string;
  /** Defaults to every check. */
  checks?: SelfTestCheck[];
  onProgress?: (done: number, total: number, current: SelfTestCheck | null) => void;
  now?: () => Date;
}

const two = (n: number) => String(n).padStart(2, "0");
const elapsed = (since: number) => Math.round(performance.now() - since);

/** HHMMSS of the start; a letter is added when a sheet or name of that second is still there. */
async function chooseStamp(excel: ExcelRunner, start: Date): Promise<string> {
  const base = `${two(start.getHours())}${two(start.getMinutes())}${two(start.getSeconds())}`;
  const taken = await excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    return [...sheets.items, ...names.items].map((x) => x.name.toLowerCase());
  });
  for (const suffix of ["", ..."abcdefghijklmnopqrstuvwxyz"]) {
    const stamp = `${base}${suffix}`;
    const clash = taken.some(
      (n) =>
        n.startsWith(`${SCRATCH_SHEET_PREFIX}${stamp}_`.toLowerCase()) ||
        n.startsWith(`${SCRATCH_NAME_PREFIX}${stamp}_`.toLowerCase()),
    );
    if (!clash) return stamp;
  }
  return `${base}${Date.now() % 1000}`;
}

/** An error a check did not catch: a failure, or on the in-memory Excel an API it does not model. */
export function outcomeOfError(e: unknown, inMemory: boolean): CheckOutcome {
  const missingApi = errorCode(e) === "NotImplemented" || e instanceof TypeError;
  if (inMemory && missingApi)
    return { status: "skip", detail: `the in-memory Excel does not model this: ${describeError(e)}` };
  return { status: "fail", detail: describeError(e) };
}

/** Deletes the check's names and its scratch sheet; returns what could not be deleted. */
async function cleanUp(excel: ExcelRunner, sheet: string, namePrefix: string): Promise<string[]> {
  const left: string[] = [];
  try {
    await excel.run(async (context) => {
      const names = context.workbook.names.load("items/name");
      await context.sync();
      const ours = names.items.filter((n) => n.name.startsWith(namePrefix));
      ours.forEach((n) => n.delete());
      if (ours.length) await context.sync();
    });
  } catch (e) {
    left.push(`names ${namePrefix}* (${errorCode(e)})`);
  }
  try {
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) return;
      ws.delete();
      await context.sync();
    });
  } catch (e) {
    left.push(`sheet ${sheet} (${errorCode(e)})`);
  }
  return left;
}

export async function runSelfTest(excel: ExcelRunner, options: RunOptions): Promise<SelfTestReport> {
  const checks = options.checks ?? CHECKS;
  const started = (options.now ?? (() => new Date()))();
  const t0 = performance.now();
  const stamp = await chooseStamp(excel, started);
  const results: SelfTestResult[] = [];
  const leftovers: string[] = [];
  for (const [i, check] of checks.entries()) {
    options.onProgress?.(i, checks.length, check);
    // the pane shows the progress before the check starts (a fast host may never leave the microtask queue)
    await yieldToUi();
    const number = i + 1;
    const sheet = `${SCRATCH_SHEET_PREFIX}${stamp}_${two(number)}`;
    const namePrefix = `${SCRATCH_NAME_PREFIX}${stamp}_${two(number)}_`;
    const env: CheckEnv = {
      sheet,
      name: (suffix) => `${namePrefix}${suffix}`,
      excel,
      inMemory: options.inMemory,
      eventWaitMs: options.inMemory ? 1000 : 5000,
      quietWaitMs: options.inMemory ? 50 : 1500,
    };
    const t = performance.now();
    let outcome: CheckOutcome;
    try {
      outcome = await excel.run(async (context) => {
        context.workbook.worksheets.add(sheet);
        await context.sync();
        return check.run(context, env);
      });
    } catch (e) {
      outcome = outcomeOfError(e, options.inMemory);
    }
    // try/finally in effect: the scratch sheet goes whatever happened above
    const left = await cleanUp(excel, sheet, namePrefix);
    leftovers.push(...left);
    const detail = oneLine(outcome.detail) + (left.length ? ` [not removed: ${left.join(", ")}]` : "");
    results.push({ check, number, status: outcome.status, detail, ms: elapsed(t) });
  }
  options.onProgress?.(checks.length, checks.length, null);
  return {
    host: options.host ?? (options.inMemory ? "in-memory Excel" : "Excel"),
    started,
    ms: elapsed(t0),
    stamp,
    results,
    leftovers,
  };
}

export function counts(report: SelfTestReport): { pass: number; fail: number; skip: number } {
  const n = { pass: 0, fail: 0, skip: 0 };
  for (const r of report.results) n[r.status]++;
  return n;
}

/** One report line: `NN id | STATUS | detail`. */
export const reportLine = (r: SelfTestResult) =>
  `${two(r.number)} ${r.check.id} | ${r.status.toUpperCase()} | ${r.check.informational ? "(informational) " : ""}${r.detail}`;

/**
 * The copyable report (English, one line per check; the format is described in the README under
 * "Self-test in Excel (maintainers)").
 */
export function formatReport(report: SelfTestReport): string {
  const n = counts(report);
  const first = report.results[0]?.number ?? 1;
  const last = report.results[report.results.length - 1]?.number ?? 0;
  return [
    "VTO-analyse self-test",
    `Host: ${report.host}`,
    `Started: ${report.started.toISOString()} (${(report.ms / 1000).toFixed(1)} s)`,
    `Scratch: ${SCRATCH_SHEET_PREFIX}${report.stamp}_${two(first)}…_${two(last)}, ${
      report.leftovers.length ? `NOT removed: ${report.leftovers.join(", ")}` : "all removed"
    }`,
    `Result: ${n.pass} PASS, ${n.fail} FAIL, ${n.skip} SKIP`,
    ...report.results.map(reportLine),
  ].join("\n");
}
