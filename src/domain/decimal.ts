/**
 * Exact decimal arithmetic for the reference: amounts and scores are computed on the decimal values
 * a user typed (999.99, 37.5, 0.15), not on their binary approximations, and rounded the way Excel
 * describes ROUND — on the value as it shows it (15 significant digits), half away from zero. The
 * workbook's formulas reach the same result their own way (see HALF_UP in prioritySpecs.ts); this
 * module shares nothing with them, so the three-way check stays independent. Pure.
 */
export interface Dec {
  /** value = n / 10^scale */
  n: bigint;
  scale: number;
}

const TEN = BigInt(10);
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/** A typed number's decimal value: its shortest form, or Excel's 15 significant digits when longer. */
export function dec(x: number): Dec {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  let s = String(x);
  const digits = s.replace(/^-|e.*$|\./gi, "").replace(/^0+/, "");
  if (digits.length > 15) s = x.toPrecision(15);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(s);
  if (!m) throw new Error(`cannot read ${s}`);
  const [, sign, int, frac = "", exp = "0"] = m;
  let n = BigInt(int + frac);
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    n *= pow10(-scale);
    scale = 0;
  }
  return { n: sign ? -n : n, scale };
}

const align = (a: Dec, b: Dec): [bigint, bigint, number] => {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * pow10(scale - a.scale), b.n * pow10(scale - b.scale), scale];
};

export const add = (a: Dec, b: Dec): Dec => {
  const [x, y, scale] = align(a, b);
  return { n: x + y, scale };
};
export const sub = (a: Dec, b: Dec): Dec => add(a, { n: -b.n, scale: b.scale });
export const mul = (a: Dec, b: Dec): Dec => ({ n: a.n * b.n, scale: a.scale + b.scale });
/** Negative, zero or positive as a is below, equal to or above b. */
export const cmp = (a: Dec, b: Dec): number => {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
};
export const max0 = (a: Dec): Dec => (a.n < BigInt(0) ? { n: BigInt(0), scale: 0 } : a);

/** Rounds to `places` decimals, half away from zero. */
export function roundHalfUp(a: Dec, places: number): Dec {
  if (a.scale <= places) return a;
  const d = pow10(a.scale - places);
  const neg = a.n < BigInt(0);
  const abs = neg ? -a.n : a.n;
  let q = abs / d;
  if ((abs % d) * BigInt(2) >= d) q += BigInt(1);
  return { n: neg ? -q : q, scale: places };
}

/** Keeps 15 significant digits (half away from zero), as Excel holds a number. */
export function significant15(a: Dec): Dec {
  const abs = a.n < BigInt(0) ? -a.n : a.n;
  const digits = abs.toString().length;
  if (digits <= 15) return a;
  const drop = digits - 15;
  const r = roundHalfUp({ n: a.n, scale: drop }, 0);
  // back to the original magnitude: r·10^drop at the original scale
  const n = r.n * pow10(drop);
  return { n, scale: a.scale };
}

/** Excel's ROUND(x, places) on an exactly known x. */
export const excelRound = (a: Dec, places: number): Dec => roundHalfUp(significant15(a), places);

export function toNumber(a: Dec): number {
  if (a.scale === 0) return Number(a.n);
  const neg = a.n < BigInt(0);
  const s = (neg ? -a.n : a.n).toString().padStart(a.scale + 1, "0");
  return Number(`${neg ? "-" : ""}${s.slice(0, -a.scale)}.${s.slice(-a.scale)}`);
}
