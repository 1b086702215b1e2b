import React from "react";
import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { ddmmyyyy } from "../../domain/trainingAccounts";
import { FlaView, flaCsvOf, readFla } from "../../excel/fla";
import { runExcel } from "../../excel/run";
import { useI18n } from "../i18n";
import { OperationStatus, statusOf } from "../OperationStatus";
import { useOperation } from "../useOperation";

/** Offers a text as a file download from the task pane (a Blob URL: nothing leaves the machine). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The Federal Learning Account list (issue 13 item 5): the register's trainings of the analysis
 * year per quarter with the deadline, and a CSV download (`;`, UTF-8 with BOM, dd/mm/yyyy).
 */
export function FlaExport() {
  const { t } = useI18n();
  const op = useOperation<FlaView>({ keepResult: true });
  const v = op.result;
  const load = () => op.run(async () => runExcel((ctx) => readFla(ctx)));
  const quarters = [1, 2, 3, 4]
    .map((q) => ({ q, lines: (v?.lines ?? []).filter((l) => l.quarter === q) }))
    .filter((x) => x.lines.length);
  return (
    <section aria-labelledby="fla-title" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Subtitle2 as="h2" id="fla-title">
        {t("flaTitle")}
      </Subtitle2>
      <Body1 as="p" style={{ margin: 0 }}>
        {t("flaIntro")}
      </Body1>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button onClick={() => void load()} disabled={op.busy}>
          {t("flaLoad")}
        </Button>
        {v && v.lines.length > 0 && (
          <Button
            appearance="primary"
            onClick={() =>
              download(
                `leerrekening-${v.year ?? ""}.csv`,
                flaCsvOf(v, t("flaQuarterHeader"), t("flaDeadlineHeader")),
              )
            }
          >
            {t("flaDownload")}
          </Button>
        )}
      </div>
      <OperationStatus {...statusOf(op)} />
      {v && v.missing && <Body1 as="p">{t("flaMissing")}</Body1>}
      {v && !v.missing && !v.lines.length && <Body1 as="p">{t("flaNone")}</Body1>}
      {quarters.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {quarters.map(({ q, lines }) => (
            <li key={q}>
              {t("flaQuarter", { quarter: q, count: lines.length, deadline: ddmmyyyy(lines[0].deadline) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
