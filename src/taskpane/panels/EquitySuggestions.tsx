import React, { useCallback, useEffect } from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { EquityNeed, EquityView, readEquity, writeEquity } from "../../excel/equity";
import { runExcel } from "../../excel/run";
import { formatPercent } from "../../i18n/numbers";
import { useI18n } from "../i18n";
import { ActionStatus, OperationStatus, statusOf } from "../OperationStatus";
import { useOperation } from "../useOperation";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: "6px" },
  line: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/**
 * Prioritise pane: per need the equity score its question's target group suggests (from the
 * Billijkheid sheet), with the reason in one line, and buttons that fill it in where the need's
 * Billijkheid cell is still blank — a typed score is never overwritten.
 */
export function EquitySuggestions() {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const view = useOperation<EquityView>({ keepResult: true });
  const action = useOperation<string>();
  const load = view.run;
  const refresh = useCallback(() => load(async () => runExcel((ctx) => readEquity(ctx))), [load]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const v = view.result;
  const pct = (x: number) => formatPercent(x, lang, 0);
  const reason = (n: EquityNeed): string => {
    const s = n.suggestion;
    if (!s) {
      if (n.why === "noTarget") return t("prioEqNoTarget");
      return t(n.why === "unknownGroup" ? "prioEqUnknownGroup" : "prioEqNoFigures", { target: n.target });
    }
    const group =
      s.kind === "all"
        ? t("prioEqKind_all")
        : t(s.kind === "team" ? "prioEqKind_team" : "prioEqKind_function", { name: s.group });
    return t("prioEqReason", {
      group,
      staff: pct(s.shareHeadcount),
      hours: pct(s.shareHours),
      score: s.score,
    });
  };
  const fillable = (v?.needs ?? []).filter((n) => n.blank && n.suggestion);
  const fill = (needs: EquityNeed[]) =>
    action.run(async () => {
      const r = await runExcel((ctx) =>
        writeEquity(
          ctx,
          needs.map((n) => ({ questionId: n.questionId, score: n.suggestion!.score })),
        ),
      );
      void refresh();
      const kept = [...r.notBlank, ...r.changedMeanwhile, ...r.missing, ...r.duplicate];
      return [
        t("prioEqWritten", { count: r.written }),
        kept.length ? t("prioEqKept", { ids: kept.join(", ") }) : "",
      ]
        .filter(Boolean)
        .join(" ");
    });

  return (
    <section aria-labelledby="prio-eq-title" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Subtitle2 as="h2" id="prio-eq-title">
        {t("prioEqTitle")}
      </Subtitle2>
      <Caption1>{t("prioEqIntro")}</Caption1>
      <OperationStatus {...statusOf(view)} busy={view.busy && !view.result} />
      <ActionStatus action={action} />
      {v && !v.hasSheet && (
        <MessageBar intent="info">
          <MessageBarBody>{t("prioEqNoSheet")}</MessageBarBody>
        </MessageBar>
      )}
      {v && v.hasSheet && v.needs.length === 0 && <Caption1>{t("prioEqNone")}</Caption1>}
      {v && v.hasSheet && v.needs.length > 0 && (
        <>
          <ul className={styles.list} aria-label={t("prioEqTitle")}>
            {v.needs.map((n, i) => (
              // a question may stand twice on Prioriteiten (the checker reports it): the row keeps the key unique
              <li key={`${i}:${n.questionId}`} className={styles.item}>
                <Body1 as="span" style={{ display: "block" }}>
                  {n.questionId}
                  {n.blank ? "" : ` — ${t("prioEqCurrent", { score: String(n.current) })}`}
                </Body1>
                <Caption1 className={styles.line}>{reason(n)}</Caption1>
                {n.blank && n.suggestion && (
                  <Button size="small" onClick={() => void fill([n])} disabled={action.busy || view.busy}>
                    {t("prioEqWrite", { score: n.suggestion.score, id: n.questionId })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {fillable.length > 1 && (
            <div>
              <Button onClick={() => void fill(fillable)} disabled={action.busy || view.busy}>
                {t("prioEqWriteAll", { count: fillable.length })}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
