/** Excel date serials (1900 system) — dates are written as numbers, never as locale text. */
const EPOCH = Date.UTC(1899, 11, 30);

export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / 86400000);
}

export function serialToDate(serial: number): Date {
  return new Date(EPOCH + serial * 86400000);
}
