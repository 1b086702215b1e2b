/**
 * In-memory Excel for tests and the browser preview. Implements the subset of the Excel
 * JavaScript API that VTO-analyse uses, with Office.js semantics: load()+sync() before reading,
 * writes queued until sync(), null objects, Office error codes, 5 MB payload limit, counted
 * round trips, injectable faults and formulas evaluated by HyperFormula.
 */
import { Book, ChangeSource } from "./book";
import { Ctx, Fault, Host, newMetrics, RoundTrip, SyncMetrics } from "./context";
import { FakeOfficeError } from "./errors";
import { Workbook } from "./proxies";
import { sheetAddress, parseRect } from "../workbook/address";

export { Book } from "./book";
export { FakeOfficeError } from "./errors";
export type { SyncMetrics, Fault, RoundTrip } from "./context";

export class FakeRequestContext {
  readonly workbook: Workbook;
  /** @internal */ readonly _ctx: Ctx;
  constructor(host: Host, ctx?: Ctx) {
    this._ctx = ctx ?? new Ctx(host);
    this._ctx.owner = this;
    this.workbook = new Workbook(this._ctx);
  }
  get trackedObjects() {
    return this._ctx.trackedObjects;
  }
  sync(): Promise<void> {
    return this._ctx.sync();
  }
}

export interface FakeExcel {
  /** Stand-in for the global `Excel` namespace (run + the enums the add-in reads). */
  Excel: {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    run<T>(
      existing: { context: unknown } | FakeRequestContext,
      batch: (context: FakeRequestContext) => Promise<T>,
    ): Promise<T>;
    RequestContext: new () => FakeRequestContext;
    ErrorCodes: Record<string, string>;
  };
  book: Book;
  metrics: SyncMetrics;
  faults: Fault[];
  /** A new context, for code under test that takes a RequestContext. */
  context(): FakeRequestContext;
  /** Resets the round-trip and byte counters. */
  resetMetrics(): void;
  /** Fails the Nth sync from now (1 = the next one). */
  failSync(nth: number, options?: { code?: Fault["code"]; applyFirst?: number }): void;
  /** A user (Local) or co-author (Remote) edit, as if typed into the grid. */
  userEdit(sheetName: string, address: string, values: unknown[][], source?: ChangeSource): void;
  /**
   * Runs `fn` at the start of the nth sync from now (1 = the next one), before that sync's
   * queued operations apply: a co-author's edit landing while our batch is in flight.
   */
  beforeSync(nth: number, fn: () => void): void;
  /** Runs `fn` after every sync (also a failed one), with the sync's number; returns an unsubscribe. */
  afterEverySync(fn: (sync: number) => void): () => void;
}

export function createFakeExcel(book = new Book(), options: { roundTrip?: RoundTrip } = {}): FakeExcel {
  const host: Host = {
    book,
    metrics: newMetrics(),
    faults: [],
    beforeSync: [],
    afterSync: new Set(),
    roundTrip: options.roundTrip,
  };
  const run = async <T>(
    first: ((context: FakeRequestContext) => Promise<T>) | { context: unknown } | FakeRequestContext,
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> => {
    let context: FakeRequestContext;
    let batch: (context: FakeRequestContext) => Promise<T>;
    if (typeof first === "function") {
      context = new FakeRequestContext(host);
      batch = first;
    } else {
      // Excel.run(object, batch) or Excel.run(context, batch): continue that context
      const given = (first instanceof FakeRequestContext ? first : first.context) as FakeRequestContext | Ctx;
      const ctx = given instanceof Ctx ? given : given._ctx;
      ctx.reopen();
      context = (ctx.owner as FakeRequestContext) ?? new FakeRequestContext(host, ctx);
      batch = second!;
    }
    try {
      const result = await batch(context);
      // Excel.run sends what is still queued when the batch returns
      if (context._ctx.pending > 0) await context.sync();
      return result;
    } finally {
      context._ctx.close();
    }
  };
  return {
    Excel: {
      run,
      RequestContext: class extends FakeRequestContext {
        constructor() {
          super(host);
        }
      },
      ErrorCodes: {
        itemNotFound: "ItemNotFound",
        invalidArgument: "InvalidArgument",
        itemAlreadyExists: "ItemAlreadyExists",
        generalException: "GeneralException",
        invalidOperation: "InvalidOperation",
        insertDeleteConflict: "InsertDeleteConflict",
        notImplemented: "NotImplemented",
      },
    },
    book,
    metrics: host.metrics,
    faults: host.faults,
    context: () => new FakeRequestContext(host),
    resetMetrics() {
      Object.assign(host.metrics, newMetrics());
      host.faults.length = 0;
      host.beforeSync = [];
    },
    failSync(nth, options = {}) {
      host.faults.push({ sync: host.metrics.syncs + nth, ...options });
    },
    beforeSync(nth, fn) {
      if (!Number.isInteger(nth) || nth < 1) throw new RangeError("beforeSync: nth counts from 1.");
      host.beforeSync.push({ sync: host.metrics.syncs + nth, fn });
    },
    afterEverySync(fn) {
      host.afterSync.add(fn);
      return () => void host.afterSync.delete(fn);
    },
    userEdit(sheetName, address, values, source = "Local") {
      const sheet = book.findSheet(sheetName);
      const rect = parseRect(address);
      if (!sheet || !rect)
        throw new FakeOfficeError("InvalidArgument", `No such cell ${sheetName}!${address}`);
      book.writeContents(sheet, rect, values);
      book.syncHeadersFromCells(sheet, rect);
      book.autoExpandTables(sheet, rect, values);
      book.autoFillCalculatedColumns(sheet, rect, values);
      book.evaluate();
      book.emitChanged(sheet, sheetAddress(sheet.name, rect), source);
    },
  };
}
