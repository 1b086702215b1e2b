/** Splits row blocks so that one sync stays well under Excel on the web's 5 MB payload limit. */
export const CHUNK_BYTES = 3.5 * 1024 * 1024;

export function chunkRows<T>(rows: T[][], limit = CHUNK_BYTES): { start: number; rows: T[][] }[] {
  const out: { start: number; rows: T[][] }[] = [];
  let start = 0;
  let size = 0;
  let current: T[][] = [];
  rows.forEach((row, i) => {
    const bytes = JSON.stringify(row).length * 1.1 + 8; // headroom for UTF-8 and framing
    if (current.length && size + bytes > limit) {
      out.push({ start, rows: current });
      start = i;
      size = 0;
      current = [];
    }
    current.push(row);
    size += bytes;
  });
  if (current.length) out.push({ start, rows: current });
  return out;
}
