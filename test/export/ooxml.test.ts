/**
 * The exported .xlsx is valid OOXML: every XML part validates against the ECMA-376 schemas
 * (transitional; schemas/README.md says where they come from) with xmllint (Debian package
 * libxml2-utils), and the package holds together (content types, relationships, names, styles,
 * formulas as files store them). Excel repairs or refuses a file that fails these; openpyxl (see
 * openpyxl.test.ts) refuses one whose validation vocabulary is wrong.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import * as XLSX from "xlsx";
import { FORBIDDEN, XLFN } from "../../scripts/xlsxExport";
import { Exported, exportWorkbooks } from "./exported";

const SCHEMAS = path.resolve(__dirname, "../../schemas");
const ECMA = path.join(SCHEMAS, "ecma-376");
/** Which schema validates a part, by its content type. A part of any other type fails the test. */
const SCHEMA_OF: Record<string, string> = {
  "application/vnd.openxmlformats-package.relationships+xml": "opc-relationships.xsd",
  "application/vnd.openxmlformats-package.core-properties+xml": "opc-coreProperties.xsd",
  "application/vnd.openxmlformats-officedocument.extended-properties+xml":
    "shared-documentPropertiesExtended.xsd",
  "application/vnd.openxmlformats-officedocument.theme+xml": "dml-main.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": "sml.xsd",
};
const CONTENT_TYPES = "[Content_Types].xml";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => {
  const v = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return v === undefined ? undefined : decode(v);
};
const tags = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}[\\s/>][^>]*>`, "g"))].map((m) => m[0]);

/**
 * Markup compatibility (ECMA-376 Part 3, 10.2.1): a consumer that does not understand the
 * namespaces a part lists in mc:Ignorable ignores their attributes and elements, so they are taken
 * out before validating (as Excel and the Open XML SDK's validator do). ExcelJS declares them on
 * the root and uses them only in attributes (x14ac:dyDescent, xr:uid); anything else fails here.
 */
function withoutIgnorable(xml: string, part: string): string {
  const root = /<[A-Za-z][^<>]*>/.exec(xml.replace(/<\?[^>]*\?>/, ""))![0];
  const ignorable = attr(root, "mc:Ignorable");
  if (ignorable === undefined) {
    if (xml.includes(MC))
      throw new Error(`${part}: markup compatibility other than mc:Ignorable on the root`);
    return xml;
  }
  if (attr(root, "xmlns:mc") !== MC) throw new Error(`${part}: mc is not the markup-compatibility namespace`);
  const prefixes = ignorable.split(/\s+/).filter(Boolean);
  for (const p of prefixes) {
    if (!attr(root, `xmlns:${p}`)) throw new Error(`${part}: ignorable prefix ${p} not declared on the root`);
    if (new RegExp(`<\\/?${p}:`).test(xml)) throw new Error(`${part}: elements in ignorable namespace ${p}`);
  }
  const stripped = xml.replace(/<[A-Za-z][^<>]*>/g, (tag) =>
    tag.replace(new RegExp(`\\s(?:mc:Ignorable|(?:${prefixes.join("|")}):[\\w.-]+)="[^"]*"`, "g"), ""),
  );
  if (/\smc:/.test(stripped.replace(/xmlns:mc="[^"]*"/g, "")))
    throw new Error(`${part}: markup compatibility other than mc:Ignorable`);
  return stripped;
}

interface Package {
  zip: JSZip;
  parts: Map<string, string>;
  contentType: (part: string) => string | undefined;
}

async function open(x: Exported): Promise<Package> {
  const zip = await JSZip.loadAsync(x.buffer);
  const parts = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("string"));
  const types = parts.get(CONTENT_TYPES) ?? "";
  const defaults = new Map(
    tags(types, "Default").map((t) => [attr(t, "Extension")!.toLowerCase(), attr(t, "ContentType")]),
  );
  const overrides = new Map(
    tags(types, "Override").map((t) => [attr(t, "PartName")!, attr(t, "ContentType")]),
  );
  const contentType = (part: string) =>
    overrides.get(`/${part}`) ?? defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());
  return { zip, parts, contentType };
}

function xmllint(schema: string, files: string[]) {
  const r = spawnSync("xmllint", ["--nonet", "--noout", "--schema", path.join(ECMA, schema), ...files], {
    encoding: "utf8",
    env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, "catalog.xml") },
  });
  if (r.error) throw new Error(`xmllint not found (apt-get install -y libxml2-utils): ${r.error.message}`);
  const problems = r.stderr
    .split("\n")
    .filter((l) => l && !l.endsWith(" validates") && !/Schemas parser warning.*Skipping import/.test(l));
  return { status: r.status, problems, validated: files.filter((f) => r.stderr.includes(`${f} validates`)) };
}

let workbooks: { x: Exported; pkg: Package }[];
beforeAll(async () => {
  workbooks = await Promise.all((await exportWorkbooks()).map(async (x) => ({ x, pkg: await open(x) })));
});

const labels = ["nl-example", "en-example", "nl-empty"];
const each = (name: string, fn: (w: { x: Exported; pkg: Package }) => void | Promise<void>) =>
  test.each(labels)(`%s: ${name}`, (label) => fn(workbooks.find((w) => w.x.label === label)!));

each("every XML part validates against the ECMA-376 schemas", ({ x, pkg }) => {
  const dir = mkdtempSync(path.join(tmpdir(), `vto-ooxml-${x.label}-`));
  const bySchema = new Map<string, string[]>([["opc-contentTypes.xsd", []]]);
  const untyped: string[] = [];
  for (const [part, xml] of pkg.parts) {
    const schema = part === CONTENT_TYPES ? "opc-contentTypes.xsd" : SCHEMA_OF[pkg.contentType(part) ?? ""];
    if (!schema) {
      untyped.push(`${part} (${pkg.contentType(part)})`);
      continue;
    }
    const file = path.join(dir, part);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, withoutIgnorable(xml, part));
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
  }
  expect(untyped).toEqual([]);
  // the parts a workbook must have were all there to validate
  expect([...bySchema.keys()].sort()).toEqual(
    [...new Set(Object.values(SCHEMA_OF)), "opc-contentTypes.xsd"].sort(),
  );
  for (const [schema, files] of bySchema) {
    const r = xmllint(schema, files);
    expect({ schema, problems: r.problems.map((l) => l.replace(dir, "")).slice(0, 20) }).toEqual({
      schema,
      problems: [],
    });
    expect(r.status).toBe(0);
    expect(r.validated).toEqual(files);
  }
});

each("every part has a content type and every relationship a target", ({ pkg }) => {
  const missing: string[] = [];
  for (const part of pkg.parts.keys())
    if (part !== CONTENT_TYPES && !pkg.contentType(part)) missing.push(`no content type: ${part}`);
  for (const t of tags(pkg.parts.get(CONTENT_TYPES)!, "Override"))
    if (!pkg.parts.has(attr(t, "PartName")!.slice(1))) missing.push(`no part: ${attr(t, "PartName")}`);
  for (const [rels, xml] of pkg.parts) {
    if (!rels.endsWith(".rels")) continue;
    // a/_rels/b.xml.rels describes a/b.xml; targets are relative to a/
    const base = path.posix.dirname(path.posix.dirname(rels));
    for (const t of tags(xml, "Relationship")) {
      if (attr(t, "TargetMode") === "External") continue;
      const target = attr(t, "Target")!;
      const resolved = target.startsWith("/")
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(base, target));
      if (!pkg.parts.has(resolved)) missing.push(`${rels}: ${attr(t, "Id")} → ${target}`);
    }
  }
  expect(missing).toEqual([]);
});

each("formulas are stored as files store them (_xlfn., [#This Row], no NaN)", ({ pkg }) => {
  const bad: string[] = [];
  let formulas = 0;
  for (const [part, xml] of pkg.parts) {
    if (!part.startsWith("xl/worksheets/")) continue;
    for (const m of xml.matchAll(/<(f|formula|formula1|formula2)(?:\s[^>]*)?>([^<]*)<\/\1>/g)) {
      formulas++;
      const f = decode(m[2]);
      const code = f.replace(/"(?:[^"]|"")*"/g, '""');
      if (/NaN|undefined|\[@/.test(code) || f.startsWith("=")) bad.push(`${part}: ${f}`);
      for (const [, before, name] of code.matchAll(/(^|[^\w.])([A-Za-z][\w.]*)(?=\()/g)) {
        if (FORBIDDEN.has(name.toUpperCase()) || XLFN.has(name.toUpperCase()))
          bad.push(`${part}: ${name} without _xlfn. (${before}) in ${f.slice(0, 80)}`);
      }
    }
  }
  expect(formulas).toBeGreaterThan(50);
  expect(bad.slice(0, 10)).toEqual([]);
});

each("styles, conditional formats and names refer to what exists", ({ pkg }) => {
  const styles = pkg.parts.get("xl/styles.xml")!;
  const formats = new Map(
    tags(styles, "numFmt").map((t) => [Number(attr(t, "numFmtId")), attr(t, "formatCode")!]),
  );
  const problems: string[] = [];
  for (const [id, code] of formats) {
    if (id < 164) problems.push(`custom number format with a built-in id ${id}`);
    try {
      XLSX.SSF.format(code, 1234.5);
    } catch {
      problems.push(`number format ${code} does not parse`);
    }
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  for (const t of tags(xfs, "xf")) {
    const id = Number(attr(t, "numFmtId") ?? 0);
    if (id >= 164 && !formats.has(id)) problems.push(`cell format uses undefined number format ${id}`);
  }
  const dxfs = Number(attr(tags(styles, "dxfs")[0] ?? "<dxfs>", "count") ?? 0);
  const workbook = pkg.parts.get("xl/workbook.xml")!;
  const sheetNames = tags(workbook, "sheet").map((t) => attr(t, "name")!);
  for (const name of sheetNames)
    if (name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
      problems.push(`sheet name ${name}`);
  if (new Set(sheetNames.map((n) => n.toLowerCase())).size !== sheetNames.length)
    problems.push("duplicate sheets");
  for (const [part, xml] of pkg.parts) {
    if (!part.startsWith("xl/worksheets/sheet")) continue;
    const priorities = tags(xml, "cfRule").map((t) => Number(attr(t, "priority")));
    if (new Set(priorities).size !== priorities.length)
      problems.push(`${part}: conditional-format priorities repeat`);
    for (const t of tags(xml, "cfRule")) {
      const dxf = attr(t, "dxfId");
      if (dxf !== undefined && Number(dxf) >= dxfs) problems.push(`${part}: dxfId ${dxf} of ${dxfs}`);
    }
  }
  for (const m of workbook.matchAll(/<definedName\s[^>]*>([^<]*)<\/definedName>/g)) {
    // a cell or range, or (print area and titles) whole columns or rows
    const ref =
      /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(?:\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?|\$[A-Z]+:\$[A-Z]+|\$\d+:\$\d+)$/.exec(
        decode(m[1]),
      );
    const local = attr(m[0], "localSheetId");
    if (
      /_xlnm\.Print_(Area|Titles)/.test(m[0]) &&
      (local === undefined || !ref || sheetNames[Number(local)] !== (ref[1]?.replace(/''/g, "'") ?? ref[2]))
    )
      problems.push(`print name not on its own sheet: ${m[0]}`);
    const sheet = ref && (ref[1]?.replace(/''/g, "'") ?? ref[2]);
    if (!sheet || !sheetNames.includes(sheet)) problems.push(`defined name ${m[0]}`);
  }
  expect(problems).toEqual([]);
});

test("markup compatibility: only what mc:Ignorable names is taken out", () => {
  const xml =
    `<?xml version="1.0"?><worksheet xmlns="s" xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="a">` +
    `<row r="1" x14ac:dyDescent="0.25"/></worksheet>`;
  expect(withoutIgnorable(xml, "p")).toBe(
    `<?xml version="1.0"?><worksheet xmlns="s" xmlns:mc="${MC}" xmlns:x14ac="a"><row r="1"/></worksheet>`,
  );
  expect(() => withoutIgnorable(xml.replace("<row", "<x14ac:row"), "p")).toThrow(/elements/);
  expect(() => withoutIgnorable(xml.replace('mc:Ignorable="x14ac"', 'mc:Ignorable="x15"'), "p")).toThrow(
    /not declared/,
  );
});
