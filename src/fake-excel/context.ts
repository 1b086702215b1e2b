/**
 * Request context of the in-memory Excel: queues operations and applies them at sync(),
 * counts round trips and payload bytes, enforces the 5 MB payload limit, injects faults.
 */
import { jsonBytes } from "../workbook/plan";
import {
  CellRect,
  columnLetters,
  MAX_COLS,
  MAX_ROWS,
  quoteSheetName,
  rectAddress,
} from "../workbook/address";
import { Book, ChangeType, SheetState } from "./book";
import { FakeOfficeError, FakeErrorCode, fail } from "./errors";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncMetrics {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface Fault {
  /** 1-based number of the sync (counted over the host's lifetime) that fails. */
  sync: number;
  code?: FakeErrorCode;
  /** How many queued operations are applied before the failure (default: none). */
  applyFirst?: number;
}

export interface Host {
  book: Book;
  metrics: SyncMetrics;
  faults: Fault[];
  /** Run at the start of a sync (1-based number over the host's lifetime), before its operations. */
  beforeSync: { sync: number; fn: () => void }[];
  /** Run after every sync, also a failed one, with that sync's number. */
  afterSync: Set<(sync: number) => void>;
  /** How a round trip is timed (the browser preview's performance mode); default: a microtask. */
  roundTrip?: RoundTrip;
}

/**
 * A round trip as Office has it: the request leaves in one task, Excel works elsewhere, the
 * response arrives in a later task. `wait` ends a task (e.g. a MessageChannel message);
 * `record` hears how long Excel's side (the in-memory Excel's work) took, so that a measurement
 * can tell the pane's own long tasks from the stand-in's.
 */
export interface RoundTrip {
  wait(): Promise<void>;
  record?(start: number, end: number): void;
}

export interface Operation {
  /** What goes over the wire: measured as JSON. */
  payload: unknown;
  /** Applies the operation; a returned function publishes loaded data after the size check. */
  run(): (() => void) | void;
  /** Loaded data, for measuring the response. */
  response?: () => unknown;
}

/** Excel's address: "Sheet!5:7" for whole rows, "Sheet!A:C" for whole columns. */
export function rangeAddress(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${localAddress(rect)}`;
}

function localAddress(rect: CellRect): string {
  if (rect.cols === MAX_COLS && rect.rows < MAX_ROWS) return `${rect.row + 1}:${rect.row + rect.rows}`;
  if (rect.rows === MAX_ROWS && rect.cols < MAX_COLS)
    return `${columnLetters(rect.col)}:${columnLetters(rect.col + rect.cols - 1)}`;
  return rectAddress(rect);
}

export function newMetrics(): SyncMetrics {
  return { syncs: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
}

/** A request or response is counted as the add-in's plans count it (UTF-8 bytes of its JSON). */
const byteLength = jsonBytes;

export class Ctx {
  private queue: Operation[] = [];
  private touched: { sheet: SheetState; rect: CellRect; changeType: ChangeType }[] = [];
  private closed = false;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly host: Host) {}

  get book(): Book {
    return this.host.book;
  }

  enqueue(op: Operation): void {
    if (this.closed) fail("InvalidObjectPath", "This object belongs to a request context that has ended.");
    this.queue.push(op);
  }

  /** Records a written block so onChanged handlers hear of it after the sync. */
  touch(sheet: SheetState, rect: CellRect, changeType: ChangeType = "RangeEdited"): void {
    this.touched.push({ sheet, rect, changeType });
  }

  close(): void {
    this.closed = true;
  }

  /** Excel.run(existingContext, batch) continues a context, e.g. to remove an event handler. */
  reopen(): void {
    this.closed = false;
  }

  /** The request context object that owns this queue. */
  owner: unknown = null;

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) fail("InvalidObjectPath", "sync() on a request context that has ended.");
    const ops = this.queue;
    this.queue = [];
    const { metrics } = this.host;
    metrics.syncs += 1;
    const syncNo = metrics.syncs;
    const timing = this.host.roundTrip;
    // a real round trip never completes synchronously (and in Office not within the same task)
    await (timing ? timing.wait() : Promise.resolve());
    const start = timing?.record ? performance.now() : 0;
    try {
      this.roundTrip(ops, syncNo);
    } finally {
      for (const fn of [...this.host.afterSync]) fn(syncNo);
      timing?.record?.(start, performance.now());
    }
    if (timing) await timing.wait();
  }

  private roundTrip(ops: Operation[], syncNo: number): void {
    const { metrics, faults } = this.host;
    // what others did while this batch was on its way lands first
    const due = this.host.beforeSync.filter((h) => h.sync === syncNo);
    this.host.beforeSync = this.host.beforeSync.filter((h) => h.sync !== syncNo);
    for (const h of due) h.fn();

    const requestBytes = byteLength(ops.map((o) => o.payload));
    metrics.requestBytes += requestBytes;
    metrics.maxRequestBytes = Math.max(metrics.maxRequestBytes, requestBytes);
    if (requestBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${requestBytes} bytes) exceeds the 5 MB limit.`,
      );
    }
    const fault = faults.find((f) => f.sync === syncNo);
    const limit = fault ? Math.min(fault.applyFirst ?? 0, ops.length) : ops.length;
    const publish: (() => void)[] = [];
    let response: unknown[] = [];
    try {
      for (let i = 0; i < limit; i++) {
        const p = ops[i].run();
        if (p) publish.push(p);
      }
      if (fault)
        throw new FakeOfficeError(fault.code ?? "ConnectionFailure", `Injected fault at sync ${syncNo}.`);
      response = ops.filter((o) => o.response).map((o) => o.response!());
    } finally {
      // formulas are evaluated lazily, when a value is read, as Excel recalculates in the background
      this.flushEvents();
    }
    const responseBytes = byteLength(response);
    metrics.responseBytes += responseBytes;
    metrics.maxResponseBytes = Math.max(metrics.maxResponseBytes, responseBytes);
    if (responseBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload (${responseBytes} bytes) exceeds the 5 MB limit.`,
      );
    }
    for (const p of publish) p();
  }

  private flushEvents(): void {
    const bySheet = new Map<SheetState, Map<ChangeType, CellRect[]>>();
    for (const t of this.touched) {
      const kinds = bySheet.get(t.sheet) ?? new Map<ChangeType, CellRect[]>();
      const list = kinds.get(t.changeType) ?? [];
      list.push(t.rect);
      kinds.set(t.changeType, list);
      bySheet.set(t.sheet, kinds);
    }
    this.touched = [];
    for (const [sheet, kinds] of bySheet) {
      if (!this.host.book.sheets.includes(sheet)) continue;
      for (const [changeType, rects] of kinds) {
        const address =
          rects.length === 1 ? rangeAddress(sheet.name, rects[0]) : rects.map(localAddress).join(",");
        this.host.book.emitChanged(sheet, address, "Local", changeType);
      }
    }
    if (bySheet.size === 0) this.host.book.notify();
  }
}
