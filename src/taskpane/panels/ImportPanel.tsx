import React, { useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { parsePaste, Separator } from "../../domain/importText";
import type { ImportPlan, ImportSource } from "../../excel/importRows";
import { runExcel } from "../../excel/run";
import type { StringKey } from "../../i18n/strings";
import { formatFixed } from "../../i18n/numbers";
import { serialToDate } from "../../workbook/dates";
import {
  ImportColumn,
  importTables,
  importTarget,
  Mapping,
  suggestMapping,
} from "../../workbook/importMapping";
import type { WbLang } from "../../workbook/lang";
import type { TableKey } from "../../workbook/specs";
import { useI18n, Translate } from "../i18n";
import { OperationStatus } from "../OperationStatus";
import { useOperation } from "../useOperation";

/** The workbook services, loaded with the panel's first action (they bring the checker's rules). */
const services = () => import("../../excel/importRows");

const SEP: Record<Separator, StringKey> = {
  ";": "importSep_semicolon",
  "\t": "importSep_tab",
  ",": "importSep_comma",
};
const SHOWN = 10;
const PREVIEW_ROWS = 5;

type Source = ImportSource & { separator: Separator | null; address?: string };

function fromText(text: string): Source | null {
  if (!text.trim()) return null;
  const p = parsePaste(text);
  return { headers: p.headers, rows: p.rows, lines: p.lines, separator: p.separator };
}

/** A cell as the table will show it: dates as dd/mm/jjjj, numbers the workbook's way. */
function shown(v: unknown, column: ImportColumn, lang: WbLang): string {
  if (v === "" || v === null || v === undefined) return "";
  if (column.kind === "date" && typeof v === "number") {
    const d = serialToDate(v);
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  }
  if (typeof v === "number") return formatFixed(v, lang, Number.isInteger(v) ? 0 : 2);
  return String(v);
}

/**
 * Import by pasting: a target table, pasted text or the selection in Excel, the columns matched
 * (editable), a preview with what will happen and the checker's findings, then append.
 */
export function ImportPanel() {
  const { t, lang: uiLang } = useI18n();
  const targets = importTables();
  const [key, setKey] = useState<TableKey>(targets[0]);
  const [text, setText] = useState("");
  const [selection, setSelection] = useState<Source | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [wbLang, setWbLang] = useState<WbLang>(uiLang);
  const selecting = useOperation<Source>();
  const previewing = useOperation<{ plan: ImportPlan; version: number }>();
  // every change of the source, the table or the mapping makes a shown preview stale
  const [version, setVersion] = useState(0);
  const stale = () => setVersion((v) => v + 1);
  const importing = useOperation<{ message: string; extra: string[] }>();

  useEffect(() => {
    void services()
      .then((s) => runExcel(s.readWorkbookLang))
      .then(setWbLang)
      .catch(() => undefined);
  }, []);

  // pasted text wins once typed; a selection read replaces the text
  const pasted = useMemo(() => fromText(text), [text]);
  const source = selection ?? pasted;
  const target = useMemo(() => importTarget(key, wbLang), [key, wbLang]);
  const headersKey = source ? source.headers.join("\u0000") : "";
  // a new source or table: the suggested mapping again, and no stale preview
  useEffect(() => {
    setMapping(source ? suggestMapping(source.headers, target) : {});
    setVersion((v) => v + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [headersKey, target]);
  const plan = previewing.result?.version === version ? previewing.result.plan : null;

  const readSel = () =>
    selecting.run(async (report) => {
      const s = await services();
      try {
        const read = await runExcel((ctx) => s.readSelection(ctx, (done, total) => report({ done, total })));
        const src: Source = { ...read, separator: null };
        setSelection(src);
        setText("");
        stale();
        return src;
      } catch (e) {
        if ((e as { code?: string }).code === "VtoEmptySelection") throw new Error(t("importEmptySelection"));
        throw e;
      }
    });

  const preview = () =>
    previewing.run(async (report) => {
      const s = await services();
      const at = version;
      const result = await runExcel((ctx) =>
        s.previewImport(ctx, key, source!, mapping, { onProgress: (done, total) => report({ done, total }) }),
      );
      return { plan: result, version: at };
    });

  const append = () =>
    importing.run(async (report) => {
      const s = await services();
      const out = await runExcel((ctx) =>
        s.runImport(ctx, key, source!, mapping, { onProgress: (done, total) => report({ done, total }) }),
      );
      const skipped = out.plan.duplicates.length + out.plan.unreadable.length + out.plan.keyMissing.length;
      stale();
      return {
        message: t("importDone", { count: out.appended, sheet: out.plan.sheet }),
        extra: [
          skipped ? t("importDoneSkipped", { count: skipped }) : "",
          out.changedMeanwhile.length
            ? t("importChangedMeanwhile", { cells: out.changedMeanwhile.join(", ") })
            : "",
        ].filter(Boolean),
      };
    });

  const headerOf = (c: ImportColumn) => c.header[wbLang];
  const busy = selecting.busy || previewing.busy || importing.busy;

  return (
    <section aria-labelledby="import-title" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Subtitle2 as="h2" id="import-title" style={{ display: "block", margin: "4px 0 0" }}>
        {t("importTitle")}
      </Subtitle2>
      <Field label={t("importTarget")} hint={t(`importKeyOf_${key}` as StringKey)}>
        <Select
          value={key}
          onChange={(_, d) => {
            setKey(d.value as TableKey);
            stale();
          }}
        >
          {targets.map((k) => (
            <option key={k} value={k}>
              {t(`importTarget_${k}` as StringKey)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("importPaste")} hint={t("importPasteHint")}>
        <Textarea
          value={text}
          resize="vertical"
          rows={5}
          spellCheck={false}
          textarea={{
            style: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre", overflowX: "auto" },
          }}
          onChange={(_, d) => {
            setText(d.value);
            setSelection(null);
            stale();
          }}
        />
      </Field>
      <div>
        <Button onClick={() => void readSel()} disabled={busy}>
          {t("importSelection")}
        </Button>
      </div>
      <OperationStatus {...status(selecting)} />
      {source && (
        <Caption1 as="p" role="status" style={{ margin: 0 }}>
          {selection?.address ? `${t("importSelectionRead", { address: selection.address })} ` : ""}
          {t("importSource", {
            rows: source.rows.length,
            cols: source.headers.length,
            sep: source.separator ? t(SEP[source.separator]) : "",
          })}
        </Caption1>
      )}
      {source && source.headers.length > 0 && (
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend>
            <Subtitle2 as="span">{t("importMapping")}</Subtitle2>
          </legend>
          <Caption1 as="p" style={{ margin: "0 0 6px" }}>
            {t("importMappingHint")}
          </Caption1>
          <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
            {target.columns.map((c) => (
              <Field key={c.key} label={headerOf(c)} orientation="horizontal" size="small">
                <Select
                  size="small"
                  value={
                    mapping[c.key] === null || mapping[c.key] === undefined ? "" : String(mapping[c.key])
                  }
                  onChange={(_, d) => {
                    setMapping({ ...mapping, [c.key]: d.value === "" ? null : Number(d.value) });
                    stale();
                  }}
                >
                  <option value="">{t("importUnmapped")}</option>
                  {source.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {`${i + 1}. ${h || "–"}`}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
        </fieldset>
      )}
      {source && (
        <div>
          <Button onClick={() => void preview()} disabled={busy || !source.rows.length}>
            {t("importPreview")}
          </Button>
        </div>
      )}
      <OperationStatus {...status(previewing)} />
      {plan && <PlanView plan={plan} t={t} lang={wbLang} />}
      {plan && (
        <div>
          <Button appearance="primary" onClick={() => void append()} disabled={busy || !plan.toAdd.length}>
            {plan.toAdd.length ? t("importRun", { count: plan.toAdd.length }) : t("importNothing")}
          </Button>
        </div>
      )}
      <OperationStatus {...status(importing)} />
      {importing.result && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {importing.result.message} {importing.result.extra.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function status(op: {
  busy: boolean;
  progress: { done: number; total: number } | null;
  error: string | null;
  missingTables: string[] | null;
  retry: () => void;
  dismiss: () => void;
}) {
  return {
    busy: op.busy,
    progress: op.progress,
    error: op.error,
    missingTables: op.missingTables,
    onRetry: () => void op.retry(),
    onDismiss: op.dismiss,
  };
}

function PlanView({ plan, t, lang }: { plan: ImportPlan; t: Translate; lang: WbLang }) {
  const cols = plan.target.columns;
  const mapped = cols.filter((c) => plan.toAdd.some((r) => r.values[c.key] !== ""));
  const colHeader = (key: string) => cols.find((c) => c.key === key)?.header[lang] ?? key;
  const problemText = (p: ImportPlan["unreadable"][number]["problems"][number]) => {
    const col = cols.find((c) => c.key === p.column);
    return t(`importProblem_${p.error}` as StringKey, {
      column: colHeader(p.column),
      value: `"${String(p.value)}"`,
      choices: (col?.choices ?? []).map((c) => c.value).join(", "),
    });
  };
  const lines: string[] = [
    ...plan.duplicates.map((d) =>
      d.in === "table"
        ? t("importLineInTable", { line: d.line, at: d.at })
        : t("importLineInSource", { line: d.line, at: d.at }),
    ),
    ...plan.unreadable.map((u) =>
      t("importLineUnreadable", { line: u.line, problems: u.problems.map(problemText).join("; ") }),
    ),
    ...plan.keyMissing.map((line) => t("importLineKeyMissing", { line })),
  ];
  const findings = plan.findings.map((f) => f.message);
  const hidden =
    Math.max(0, lines.length - SHOWN) +
    Math.max(0, plan.errors + plan.warnings - Math.min(SHOWN, findings.length));
  const counts: [StringKey, number][] = [
    ["importCountNew", plan.toAdd.length],
    ["importCountInTable", plan.duplicates.filter((d) => d.in === "table").length],
    ["importCountInSource", plan.duplicates.filter((d) => d.in === "source").length],
    ["importCountUnreadable", plan.unreadable.length],
    ["importCountKeyMissing", plan.keyMissing.length],
  ];
  return (
    <div
      role="group"
      aria-labelledby="import-summary"
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
    >
      <Subtitle2 as="h3" id="import-summary" style={{ margin: 0 }}>
        {t("importSummary")}
      </Subtitle2>
      <ul aria-live="polite" style={{ margin: 0, paddingInlineStart: 20 }}>
        {counts
          .filter(([k, n]) => n > 0 || k === "importCountNew")
          .map(([k, n]) => (
            <li key={k}>
              <Body1>{t(k, { count: n })}</Body1>
            </li>
          ))}
        <li>
          <Body1>{t("importCountFindings", { errors: plan.errors, warnings: plan.warnings })}</Body1>
        </li>
      </ul>
      {plan.toAdd.length > 0 && (
        <div
          role="region"
          aria-labelledby="import-first-rows"
          tabIndex={0}
          style={{ overflowX: "auto", maxWidth: "100%" }}
        >
          <table style={{ borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 }}>
            <caption id="import-first-rows" style={{ textAlign: "start", fontWeight: 600 }}>
              {t("importFirstRows")}
            </caption>
            <thead>
              <tr>
                {mapped.map((c) => (
                  <th key={c.key} scope="col" style={cellStyle}>
                    {c.header[lang]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.toAdd.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={r.line}>
                  {mapped.map((c) => (
                    <td key={c.key} style={cellStyle}>
                      {shown(r.values[c.key], c, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(lines.length > 0 || findings.length > 0) && (
        <details>
          <summary>{t("importDetails")}</summary>
          <ul style={{ margin: "4px 0 0", paddingInlineStart: 20 }}>
            {[...lines.slice(0, SHOWN), ...findings.slice(0, SHOWN)].map((l, i) => (
              <li key={i}>
                <Caption1>{l}</Caption1>
              </li>
            ))}
          </ul>
          {hidden > 0 && (
            <Caption1 as="p" style={{ margin: "4px 0 0" }}>
              {t("importMore", { count: hidden })}
            </Caption1>
          )}
        </details>
      )}
    </div>
  );
}

const cellStyle: React.CSSProperties = {
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  padding: "2px 4px",
  textAlign: "start",
  whiteSpace: "nowrap",
};
