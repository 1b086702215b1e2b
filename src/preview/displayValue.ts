/** Just enough number formatting for the preview grid to read like Excel. */
export function displayValue(value: unknown, numberFormat: string | undefined): string {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  const fmt = numberFormat ?? "General";
  if (/[dy]/i.test(fmt) && !/[#0]/.test(fmt)) {
    const d = new Date(Date.UTC(1899, 11, 30) + value * 86400000);
    const dd = String(d.getUTCDate()).padStart(2, "0");
    const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${d.getUTCFullYear()}`;
  }
  const decimals = (/0[.,](0+)/.exec(fmt)?.[1].length ?? 0) as number;
  if (fmt.includes("%")) return `${(value * 100).toFixed(decimals)}%`;
  if (fmt === "General") return String(Math.round(value * 1e10) / 1e10);
  const text = value.toFixed(decimals);
  return fmt.includes("€") ? `€ ${text}` : text;
}

/** Colour of a 2- or 3-point colour scale for a value between min and max. */
export function scaleColor(value: number, min: number, max: number, colors: string[]): string {
  if (!(max > min)) return colors[0];
  const t = Math.max(0, Math.min(1, (value - min) / (max - min)));
  const stops = colors.length === 3 ? [0, 0.5, 1] : [0, 1];
  let i = 0;
  while (i < stops.length - 2 && t > stops[i + 1]) i++;
  const local = (t - stops[i]) / (stops[i + 1] - stops[i]);
  const a = parseInt(colors[i].slice(1), 16);
  const b = parseInt(colors[i + 1].slice(1), 16);
  const mix = (shift: number) =>
    Math.round(((a >> shift) & 255) * (1 - local) + ((b >> shift) & 255) * local);
  return `#${[16, 8, 0].map((s) => mix(s).toString(16).padStart(2, "0")).join("")}`;
}
