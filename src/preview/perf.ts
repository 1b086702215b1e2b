/**
 * Performance mode of the preview (?perf=1), for the long-task measurements of the browser tests
 * and `npm run bench`. Round trips end the task that sent them and answer in a later task, as in
 * Office, where Excel works in another process; the in-memory Excel's own work (each round trip,
 * each edit typed into the grid) is recorded, so that a long task can be told apart as the pane's
 * or the stand-in's. Preview only: never part of the task pane's build.
 */
import type { FakeExcel, RoundTrip } from "../fake-excel";
import { fillExample } from "../excel/exampleData";
import { exampleData } from "../workbook/example";

export interface LongTask {
  start: number;
  duration: number;
  /** Milliseconds of the task spent in the in-memory Excel (Excel's side in Office). */
  excel: number;
}

export interface PerfHooks {
  /** Every long task (> 50 ms) since the page opened, with the in-memory Excel's share. */
  longTasks(since?: number): LongTask[];
  now(): number;
  /** Fills the generated workbook with a generated register of this many gap rows. */
  fill(gapRows: number): Promise<{ gaps: number; ms: number }>;
  /** Pending long-task entries are delivered after the task: wait for them. */
  settle(): Promise<void>;
}

const excelIntervals: [number, number][] = [];
const record = (start: number, end: number) => {
  if (end - start > 1) excelIntervals.push([start, end]);
};

/** A task boundary without a timer's clamping: a message to ourselves. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

export const perfRoundTrip: RoundTrip = { wait: nextTask, record };

const tasks: PerformanceEntry[] = [];

export function installPerf(fake: FakeExcel): void {
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
    type: "longtask",
    buffered: true,
  });
  // an edit typed into the grid: Excel's work too (writing, recalculating, events)
  const userEdit = fake.userEdit.bind(fake);
  fake.userEdit = (...args) => {
    const start = performance.now();
    try {
      userEdit(...args);
    } finally {
      record(start, performance.now());
    }
  };
  const overlap = (start: number, end: number) =>
    excelIntervals.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, end) - Math.max(a, start)), 0);
  const hooks: PerfHooks = {
    now: () => performance.now(),
    longTasks: (since = 0) =>
      tasks
        .filter((t) => t.startTime >= since)
        .map((t) => ({
          start: Math.round(t.startTime),
          duration: Math.round(t.duration),
          excel: Math.round(overlap(t.startTime, t.startTime + t.duration)),
        })),
    async fill(gapRows) {
      const t0 = performance.now();
      const data = exampleData({ employees: Math.max(60, Math.round(gapRows / 20)), gapRows });
      await fake.Excel.run((ctx) =>
        fillExample(ctx as unknown as Excel.RequestContext, data, { lang: "nl", year: 2026 }),
      );
      return { gaps: data.gaps.length, ms: Math.round(performance.now() - t0) };
    },
    settle: () => new Promise((r) => setTimeout(r, 100)),
  };
  (window as unknown as { __vtoPerf: PerfHooks }).__vtoPerf = hooks;
}
