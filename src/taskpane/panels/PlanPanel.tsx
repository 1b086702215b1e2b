import React, { useCallback, useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { questionKey } from "../../domain/questions";
import { PlanChoice, PlanView, readPlanView, takeIntoPlan } from "../../excel/plan";
import { updateSheets } from "../../excel/priorities";
import { runExcel } from "../../excel/run";
import { formatEuro, formatFixed, formatNumber } from "../../i18n/numbers";
import { useI18n } from "../i18n";
import { ActionStatus, OperationStatus } from "../OperationStatus";
import { FlaExport } from "./FlaExport";
import { useOperation } from "../useOperation";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    // three columns in a 320 px pane: long Dutch words ("Budgetoptimum") wrap instead of widening it
    tableLayout: "fixed",
    "& th, & td": {
      padding: "2px 4px",
      overflowWrap: "anywhere",
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
      textAlign: "right",
      fontVariantNumeric: "tabular-nums",
    },
    "& th:first-child, & td:first-child": { textAlign: "left" },
    "& thead th": { fontWeight: tokens.fontWeightSemibold },
  },
  list: { display: "flex", flexDirection: "column" },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/**
 * The Plan tab (issue 13, item 1): the rank-order plan and the budget optimum side by side with
 * their totals, one sentence on how they differ, and checkboxes to take one of them (or a mix)
 * into the training plan (sheet Opleidingsplan).
 */
export function PlanPanel() {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const view = useOperation<PlanView>({ keepResult: true });
  const action = useOperation<string>();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const load = view.run;
  const refresh = useCallback(() => load(async () => runExcel((ctx) => readPlanView(ctx))), [load]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const v = view.result;
  const inPlan = useMemo(() => new Set(v?.inPlan ?? []), [v]);
  // until the user ticks, the rank-order plan is chosen (what "In plan" shows on the sheet)
  const selection = chosen ?? new Set((v?.rankOrder.ids ?? []).map(questionKey));
  const pick = (ids: string[]) => setChosen(new Set(ids.map(questionKey)));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selection);
    if (on) next.add(questionKey(id));
    else next.delete(questionKey(id));
    setChosen(next);
  };
  const toTake = (v?.ranked ?? []).filter(
    (n) => selection.has(questionKey(n.questionId)) && !inPlan.has(questionKey(n.questionId)),
  );

  const take = () =>
    action.run(async () => {
      const r = await runExcel((ctx) =>
        takeIntoPlan(
          ctx,
          toTake.map((n) => n.questionId),
          v!.lang,
        ),
      );
      setChosen(null);
      void refresh();
      return [
        t("planAdded", { count: r.added.length }),
        r.already.length ? t("planAlready", { ids: r.already.join(", ") }) : "",
      ]
        .filter(Boolean)
        .join(" ");
    });
  const update = () =>
    action.run(async () => {
      await runExcel((ctx) => updateSheets(ctx, v!.lang, new Date().getFullYear()));
      void refresh();
      return t("planSheetsUpdated");
    });

  const euro = (x: number) => formatEuro(x, lang);
  const days = (c: PlanChoice) => (c.days === null ? "–" : formatFixed(c.days, lang, 1));
  const perFte = (c: PlanChoice) => (c.daysPerFte === null ? "–" : formatFixed(c.daysPerFte, lang, 2));
  const opt = v?.optimum ?? null;
  const plan = v?.rankOrder ?? null;
  const plus = opt && plan ? opt.ids.filter((id) => !plan.ids.includes(id)) : [];
  const minus = opt && plan ? plan.ids.filter((id) => !opt.ids.includes(id)) : [];
  const explain =
    !opt || !plan
      ? t("planNoBudget")
      : !plus.length && !minus.length
        ? t("planSame")
        : t("planDiffers", {
            points: formatFixed(opt.score - plan.score, lang, 2),
            minus: minus.join(", ") || "–",
            plus: plus.join(", ") || "–",
          });

  return (
    <section aria-labelledby="plan-title" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Subtitle2 as="h2" id="plan-title">
        {t("planTitle")}
      </Subtitle2>
      <Body1 as="p" style={{ margin: 0 }}>
        {t("planIntro")}
      </Body1>
      <div>
        <Button onClick={() => void refresh()} disabled={view.busy}>
          {t("planLoad")}
        </Button>
      </div>
      <OperationStatus
        busy={view.busy && !view.result}
        progress={view.progress}
        error={view.error}
        missingTables={view.missingTables}
        onRetry={view.retry}
        onDismiss={view.dismiss}
      />
      <ActionStatus action={action} />
      {v?.planMissing && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("planSheetMissing")}{" "}
            <Button size="small" onClick={() => void update()} disabled={action.busy}>
              {t("planUpdateSheets")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {v && !v.ranked.length && <Body1 as="p">{t("planNoRanked")}</Body1>}
      {v && v.ranked.length > 0 && plan && (
        <>
          <table className={styles.table} aria-label={t("planCompare")}>
            <thead>
              <tr>
                <th scope="col">{t("planTotals")}</th>
                <th scope="col">{t("planRankOrder")}</th>
                <th scope="col">{t("planOptimum")}</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ["planNeeds", (c: PlanChoice) => formatNumber(c.ids.length, lang, 0)],
                  ["planScore", (c: PlanChoice) => formatFixed(c.score, lang, 2)],
                  ["planNetCost", (c: PlanChoice) => euro(c.netCost)],
                  ["planHours", (c: PlanChoice) => formatNumber(c.hours, lang, 1)],
                  ["planDays", days],
                  ["planDaysPerFte", perFte],
                ] as const
              ).map(([label, f]) => (
                <tr key={label}>
                  <th scope="row">{t(label)}</th>
                  <td>{f(plan)}</td>
                  <td>{opt ? f(opt) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Body1 as="p" className={styles.note}>
            {explain}{" "}
            {v.target !== null &&
              t("planTarget", {
                target: formatNumber(v.target, lang, 1),
                fte: v.fte === null ? "–" : formatNumber(v.fte, lang, 1),
              })}
          </Body1>
          <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
            <Button onClick={() => pick(plan.ids)}>{t("planPickRankOrder")}</Button>
            <Button onClick={() => pick(opt?.ids ?? [])} disabled={!opt}>
              {t("planPickOptimum")}
            </Button>
          </div>
          <fieldset
            className={styles.list}
            style={{ border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: 4 }}
          >
            <legend>{t("planChoose")}</legend>
            {v.ranked.map((n) => {
              const key = questionKey(n.questionId);
              const there = inPlan.has(key);
              return (
                <Checkbox
                  key={key}
                  checked={there || selection.has(key)}
                  disabled={there}
                  onChange={(_, d) => toggle(n.questionId, Boolean(d.checked))}
                  label={t(there ? "planItemThere" : "planItem", {
                    rank: n.rank,
                    id: n.questionId,
                    title: n.title,
                    score: formatFixed(n.score, lang, 2),
                    cost: euro(n.netCost),
                  })}
                />
              );
            })}
          </fieldset>
          <div>
            <Button
              appearance="primary"
              onClick={() => void take()}
              disabled={action.busy || !toTake.length || v.planMissing}
            >
              {t("planTake", { count: toTake.length })}
            </Button>
          </div>
        </>
      )}
      <FlaExport />
    </section>
  );
}
