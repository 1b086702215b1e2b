/**
 * Printing: the exported example workbook, converted to PDF by LibreOffice, prints every sheet one
 * page wide with its header row on every page, landscape where the tables are wide, with the
 * header (organisation, sheet, our mark) and the footer (page x of y). Needs `soffice` and
 * `pdftotext`/`pdfinfo` (Debian packages libreoffice-calc-nogui and poppler-utils; CI installs them).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildXlsx } from "../../scripts/xlsxExport";
import { exampleData, EXAMPLE_ORGANISATION_NAME } from "../../src/workbook/example";
import { TABLE_SPECS } from "../../src/workbook/specs";
import { REPORT } from "../../src/workbook/report";

async function pdfOf(
  lang: "nl" | "en",
): Promise<{ pages: string[]; sizes: [number, number][]; pdf: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "vto-pdf-"));
  const file = path.join(dir, "vb.xlsx");
  writeFileSync(file, await buildXlsx(lang, exampleData({ year: 2026, lang }), 2026));
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
  return { pages, sizes, pdf };
}

test.each(["nl", "en"] as const)(
  "every sheet prints one page wide with its header row on every page (%s)",
  async (lang) => {
    const { pages, sizes } = await pdfOf(lang);
    // one page wide: far from the 161 pages of column strips the workbook printed before
    expect(pages.length).toBeLessThan(40);
    const sheets = [...new Set(TABLE_SPECS.map((s) => s.sheet[lang]))];
    const first = (s: string) => s.slice(0, 6);
    let checked = 0;
    for (const sheet of sheets) {
      const specs = TABLE_SPECS.filter((s) => s.sheet[lang] === sheet);
      const leftmost = [...specs].sort((a, b) => a.anchor.col - b.anchor.col)[0];
      const rightmost = [...specs].sort((a, b) => b.anchor.col - a.anchor.col)[0];
      // hidden columns (the settings' keys) do not print
      const firstHeader = first(leftmost.columns.find((c) => !c.hidden)!.header[lang]);
      const visible = rightmost.columns.filter((c) => !c.hidden);
      const lastHeader = first(visible[visible.length - 1].header[lang]);
      // the pages of this sheet: the header carries its name
      const own = pages
        .map((text, i) => ({ text, i }))
        .filter(({ text }) => text.split("\n").slice(0, 3).join(" ").includes(sheet));
      if (!own.length) continue; // an instrument sheet the example has no records for
      for (const { text, i } of own) {
        expect([sheet, i + 1, text.includes(firstHeader), text.includes(lastHeader)]).toEqual([
          sheet,
          i + 1,
          true,
          true,
        ]);
        // wide registers print landscape
        if (rightmost.columns.length + (leftmost === rightmost ? 0 : leftmost.columns.length) > 8)
          expect([sheet, sizes[i][0] > sizes[i][1]]).toEqual([sheet, true]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // the header and footer: organisation, our mark, page x of y
    expect(pages[0]).toContain(EXAMPLE_ORGANISATION_NAME[lang]);
    expect(pages[0]).toContain("VTO-analyse 2026");
    expect(pages[0]).toMatch(lang === "nl" ? /Pagina 1 van \d+/ : /Page 1 of \d+/);
  },
  300000,
);

test.each(["nl", "en"] as const)(
  "the report prints on exactly one A4 landscape page (%s); its picture goes to docs/screenshots/report.png",
  async (lang) => {
    const { pages, sizes, pdf } = await pdfOf(lang);
    const own = pages
      .map((text, i) => ({ text, i }))
      .filter(({ text }) => text.split("\n").slice(0, 3).join(" ").includes(REPORT.sheet[lang]));
    expect(own).toHaveLength(1);
    const { text, i } = own[0];
    // landscape A4 (842 × 595 pt)
    expect(Math.round(sizes[i][0])).toBe(842);
    expect(Math.round(sizes[i][1])).toBe(595);
    // every part is on it, the helper cells are not
    for (const part of lang === "nl"
      ? [
          "Kerncijfers",
          "Budget en plan",
          "niet of onvoldoende in huis",
          "per invalshoek",
          "rangorde",
          "risico",
        ]
      : [
          "Key figures",
          "Budget and plan",
          "not or insufficiently in house",
          "by perspective",
          "ranking",
          "risk",
        ])
      expect([part, text.includes(part)]).toEqual([part, true]);
    expect(text).not.toMatch(/Hulpcellen|Helper cells/);
    expect(text).toContain(EXAMPLE_ORGANISATION_NAME[lang]);
    if (lang === "nl") {
      // the rendered page, for the README
      const out = path.resolve(__dirname, "../../docs/screenshots/report");
      execFileSync("pdftoppm", [
        "-f",
        String(i + 1),
        "-l",
        String(i + 1),
        "-png",
        "-r",
        "110",
        "-singlefile",
        pdf,
        out,
      ]);
      expect(readFileSync(`${out}.png`).length).toBeGreaterThan(10000);
    }
  },
  300000,
);
