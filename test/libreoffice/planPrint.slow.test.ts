/**
 * The training plan prints for the works council: the exported example workbook converted to PDF
 * by LibreOffice prints Opleidingsplan and Wettelijk opleidingsplan (Training plan, Statutory
 * training plan) on A4 landscape pages, one page wide, the header row on every page, with page x
 * of y; the statutory plan's pages carry the organisation data, days per FTE against the target
 * and the three deadlines of the analysis year. Needs `soffice`, `pdftotext` and `pdfinfo`.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildXlsx } from "../../scripts/xlsxExport";
import { exampleData } from "../../src/workbook/example";
import type { WbLang } from "../../src/workbook/lang";
import { SPEC_BY_KEY } from "../../src/workbook/specs";
import { recalcMany } from "../helpers/recalcMany";

async function pdfOf(lang: WbLang, plan: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-plan-pdf-"));
  const file = path.join(dir, "vb.xlsx");
  const base = exampleData({ year: 2026, lang });
  // a plan long enough for more than one page: the example's rows repeated
  const data = { ...base, plan: Array.from({ length: plan }, (_, i) => base.plan![i % base.plan!.length]) };
  // recalculated first (LibreOffice prints a file's cached values as they are), then printed
  const [recalculated] = recalcMany([await buildXlsx(lang, data, 2026)]);
  copyFileSync(recalculated, file);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    stdio: "ignore",
    env: { ...process.env, HOME: dir },
  });
  const pdf = path.join(dir, "vb.pdf");
  execFileSync("pdftotext", ["-layout", pdf, path.join(dir, "vb.txt")]);
  const pages = readFileSync(path.join(dir, "vb.txt"), "utf8")
    .split("\f")
    .filter((p) => p.trim());
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages.length), pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );
  return { pages, sizes };
}

/** The pages whose header line (the first line: organisation, sheet name, our mark) names the sheet. */
const pagesOf = (pages: string[], sheet: string) =>
  pages
    .map((text, i) => ({ text, i }))
    .filter(({ text }) => {
      const head = text.split("\n").find((l) => l.trim()) ?? "";
      return head.split(/\s{2,}/).some((part) => part.trim() === sheet);
    });

const A4 = ([w, h]: [number, number]) => Math.abs(w - 841.9) < 2 && Math.abs(h - 595.3) < 2;

test.each(["nl", "en"] as WbLang[])(
  "Opleidingsplan and the statutory plan print on A4 landscape with their header row and page x of y (%s)",
  async (lang) => {
    const { pages, sizes } = await pdfOf(lang, 200);
    for (const key of ["plan", "statutory"] as const) {
      const spec = SPEC_BY_KEY[key];
      const own = pagesOf(pages, spec.sheet[lang]);
      expect([key, own.length > 0]).toEqual([key, true]);
      const firstHeader = spec.columns.find((c) => !c.hidden)!.header[lang];
      for (const { text, i } of own) {
        // A4 landscape (points), the header row repeated, the page number
        expect([key, i + 1, A4(sizes[i]), text.includes(firstHeader)]).toEqual([key, i + 1, true, true]);
        expect(text).toMatch(lang === "nl" ? /Pagina \d+ van \d+/ : /Page \d+ of \d+/);
      }
      // one page wide: the last column's header is on the first page
      const last = spec.columns.filter((c) => !c.hidden).slice(-1)[0].header[lang];
      expect(own[0].text.replace(/\s+/g, " ")).toContain(last.split(" ")[0]);
      if (key === "plan") expect(own.length).toBeGreaterThan(1); // 200 rows: the header row repeats
    }
    // the statutory plan is complete: organisation data, days per FTE and the deadlines
    const statutory = pagesOf(pages, SPEC_BY_KEY.statutory.sheet[lang])
      .map((p) => p.text)
      .join("\n");
    expect(statutory).toContain(lang === "nl" ? "Kerkstraat 12, 9000 Gent" : "Kerkstraat 12, 9000 Ghent");
    expect(statutory).toContain("28/02/2026");
    expect(statutory).toContain("15/03/2026");
    expect(statutory).toContain("31/03/2026");
    expect(statutory).toContain(lang === "nl" ? "Geplande dagen per VTE" : "Planned days per FTE");
  },
  400000,
);
