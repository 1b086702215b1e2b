/** Base of every proxy: load()/sync() semantics and PropertyNotLoaded, as in Office.js. */
import { Ctx } from "./context";
import { FakeOfficeError } from "./errors";

export class ClientResult<T> {
  private loaded = false;
  private data: T | undefined;
  set(value: T): void {
    this.data = value;
    this.loaded = true;
  }
  get value(): T {
    if (!this.loaded) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The value of the result object has not been loaded yet.",
      );
    }
    return this.data as T;
  }
}

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

export function propsOf(spec: LoadSpec): string[] | null {
  if (spec === undefined) return null;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => propsOf(s) ?? []);
  if (spec.select !== undefined) return propsOf(spec.select);
  return null;
}

export abstract class ClientObject {
  protected readonly _data = new Map<string, unknown>();
  private _nullState: boolean | undefined;

  constructor(
    protected readonly ctx: Ctx,
    protected readonly path: string,
    nullable = false,
  ) {
    if (nullable) {
      ctx.enqueue({
        payload: { o: path, m: "isNull" },
        run: () => {
          const isNull = this._isNull();
          return () => {
            this._nullState = isNull;
          };
        },
      });
    } else this._nullState = false;
  }

  get context(): Ctx {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this._nullState === undefined) {
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is not available before context.sync().");
    }
    return this._nullState;
  }

  /** Scalar properties that load() with no argument fetches. */
  protected abstract readonly _scalars: readonly string[];
  /** Reads a property from the workbook state (during sync). */
  protected abstract _read(prop: string): unknown;
  /** True when this object, obtained with *OrNullObject, does not exist. */
  protected _isNull(): boolean {
    return false;
  }

  load(spec?: LoadSpec): this {
    const props = propsOf(spec) ?? [...this._scalars];
    const own: string[] = [];
    for (const p of props) {
      const slash = p.indexOf("/");
      if (slash > 0) {
        const child = (this as unknown as Record<string, unknown>)[p.slice(0, slash)];
        if (child instanceof ClientObject || child instanceof ClientCollection)
          child.load(p.slice(slash + 1));
        else throw new FakeOfficeError("InvalidArgument", `Cannot load "${p}".`);
      } else own.push(p);
    }
    if (own.length === 0) return this;
    let loaded: [string, unknown][] = [];
    this.ctx.enqueue({
      payload: { o: this.path, m: "load", a: own },
      run: () => {
        if (this._isNull()) {
          loaded = [];
          return;
        }
        loaded = own.map((p) => [p, this._read(p)]);
        return () => loaded.forEach(([p, v]) => this._data.set(p, v));
      },
      response: () => Object.fromEntries(loaded),
    });
    return this;
  }

  /** Reads own scalar properties now (inside a sync), for a collection's load. */
  _snapshot(props?: string[]): [string, unknown][] {
    const list = props ?? [...this._scalars];
    return list.map((p) => [p, this._read(p)]);
  }

  _publish(entries: [string, unknown][]): void {
    this._nullState = false;
    for (const [p, v] of entries) this._data.set(p, v);
  }

  protected _get<T>(prop: string): T {
    if (!this._data.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this._data.get(prop) as T;
  }

  /** Queues a property write; the loaded copy is dropped, as its value is no longer known. */
  protected _set(prop: string, value: unknown, apply: () => void): void {
    this._data.delete(prop);
    this.ctx.enqueue({
      payload: { o: this.path, m: "set", p: prop, v: value },
      run: () => {
        if (!this._isNull()) apply();
      },
    });
  }

  /** Queues a method call. */
  protected _call(method: string, args: unknown[], apply: () => void): void {
    this.ctx.enqueue({
      payload: { o: this.path, m: method, a: args },
      run: () => {
        if (!this._isNull()) apply();
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._data);
  }
}

/** A collection proxy: `items` after load("items/…"). */
export abstract class ClientCollection<T extends ClientObject> {
  private _items: T[] | undefined;
  constructor(
    protected readonly ctx: Ctx,
    protected readonly path: string,
  ) {}

  get context(): Ctx {
    return this.ctx;
  }

  protected abstract _list(): T[];

  get items(): T[] {
    if (!this._items) {
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available; load it first.");
    }
    return this._items;
  }

  load(spec?: LoadSpec): this {
    const props = (propsOf(spec) ?? []).map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    let items: T[] = [];
    let snapshots: [string, unknown][][] = [];
    this.ctx.enqueue({
      payload: { o: this.path, m: "loadItems", a: props },
      run: () => {
        items = this._list();
        snapshots = items.map((item) => item._snapshot(props.length ? props : undefined));
        return () => {
          items.forEach((item, i) => item._publish(snapshots[i]));
          this._items = items;
        };
      },
      response: () => snapshots.map((s) => Object.fromEntries(s)),
    });
    return this;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    let n = 0;
    this.ctx.enqueue({
      payload: { o: this.path, m: "getCount" },
      run: () => {
        n = this._list().length;
        return () => result.set(n);
      },
      response: () => n,
    });
    return result;
  }

  toJSON(): unknown {
    return { items: this._items?.map((i) => i.toJSON()) };
  }
}
