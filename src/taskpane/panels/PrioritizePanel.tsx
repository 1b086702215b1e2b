import React, { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { CRITERIA, Criterion, NeedStatus } from "../../domain/priorities";
import type { StringKey } from "../../i18n/strings";
import { ahp, fromPoints, roundWeights, SAATY, weightsFromRanks } from "../../domain/weights";
import { addNeeds, PrioritiesView, readPriorities, updateSheets, writeWeights } from "../../excel/priorities";
import { markOptimum } from "../../excel/plan";
import { runExcel } from "../../excel/run";
import { formatEuro, formatFixed, formatNumber, formatPercent } from "../../i18n/numbers";
import { CRITERION } from "../../workbook/lang";
import { useI18n } from "../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { EquitySuggestions } from "./EquitySuggestions";
import { ActionStatus, OperationStatus, statusOf } from "../OperationStatus";
import { useOperation } from "../useOperation";

type Method = "points" | "ranks" | "ahp";

const useStyles = makeStyles({
  top: {
    borderCollapse: "collapse",
    width: "100%",
    "& th": {
      textAlign: "left",
      fontWeight: tokens.fontWeightSemibold,
      padding: "2px 6px",
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    "& td": {
      verticalAlign: "top",
      padding: "4px 6px",
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    },
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", width: "1%" },
  need: { display: "block", overflowWrap: "anywhere" },
  line: { display: "block", color: tokens.colorNeutralForeground2 },
});
const TOP = 10;
/** The sensitivity looks at the first five ranked needs (fewer when fewer are ranked). */
const SENSITIVITY_TOP = 5;
const PAIRS = CRITERIA.flatMap((a, i) => CRITERIA.slice(i + 1).map((b, k) => [i, i + 1 + k] as const));

export function PrioritizePanel() {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const view = useOperation<PrioritiesView>({ keepResult: true });
  const action = useOperation<string>();
  const [method, setMethod] = useState<Method>("points");
  const [points, setPoints] = useState<Record<Criterion, string>>(
    () => Object.fromEntries(CRITERIA.map((c) => [c, ""])) as Record<Criterion, string>,
  );
  const [ranks, setRanks] = useState<Record<Criterion, number>>(
    () => Object.fromEntries(CRITERIA.map((c, i) => [c, i + 1])) as Record<Criterion, number>,
  );
  /** Whether the user changed a rank: until then the ranks follow the weights on the sheet. */
  const ranksTouched = useRef(false);
  const [judgements, setJudgements] = useState<number[]>(() => PAIRS.map(() => 1));
  const [confirming, setConfirming] = useState(false);
  /** Counts the reads: the equity suggestions read again with every read of the priorities. */
  const [reads, setReads] = useState(0);
  const pct = (x: number) => formatPercent(x, lang, 1);
  const num = (x: number, d = 2) => formatFixed(x, lang, d);
  const euro = (x: number) => formatEuro(x, lang);
  const label = (c: Criterion) => CRITERION[c][lang];

  const load = view.run;
  const refresh = useCallback(
    () =>
      load(async (report) => {
        const v = await runExcel((ctx) => readPriorities(ctx, (done, total) => report({ done, total })));
        setReads((n) => n + 1);
        setPoints((p) =>
          CRITERIA.every((c) => p[c] === "")
            ? (Object.fromEntries(
                CRITERIA.map((c) => [
                  c,
                  Number.isFinite(v.settings.weights[c].weight)
                    ? formatNumber(v.settings.weights[c].weight * 100, lang, 1)
                    : "",
                ]),
              ) as Record<Criterion, string>)
            : p,
        );
        // the ranks start from the sheet's weights (heaviest = 1; list order among equals)
        if (!ranksTouched.current && CRITERIA.every((c) => Number.isFinite(v.settings.weights[c].weight))) {
          const order = [...CRITERIA].sort(
            (a, b) =>
              v.settings.weights[b].weight - v.settings.weights[a].weight ||
              CRITERIA.indexOf(a) - CRITERIA.indexOf(b),
          );
          setRanks(Object.fromEntries(order.map((c, i) => [c, i + 1])) as Record<Criterion, number>);
        }
        return v;
      }),
    [load, lang],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  // the weights the chosen method gives, or why there are none
  const proposal = useMemo((): { weights: number[] | null; note: string | null; error: string | null } => {
    if (method === "points") {
      const values = CRITERIA.map((c) => Number(points[c].replace(",", ".")));
      const sum = values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
      const w = fromPoints(values);
      return { weights: w, note: t("prioPointsSum", { sum: formatNumber(sum, lang, 1) }), error: null };
    }
    if (method === "ranks") {
      const w = weightsFromRanks(CRITERIA.map((c) => ranks[c]));
      return { weights: w, note: null, error: w ? null : t("prioRanksInvalid") };
    }
    const matrix = CRITERIA.map(() => CRITERIA.map(() => 1));
    PAIRS.forEach(([i, j], k) => (matrix[i][j] = judgements[k]));
    const r = ahp(matrix);
    const cr = num(r.cr);
    if (!r.consistent && r.mostInconsistent) {
      const [a, b] = r.mostInconsistent;
      return {
        weights: null,
        note: null,
        error: t("prioAhpRefused", { cr, a: label(CRITERIA[a]), b: label(CRITERIA[b]) }),
      };
    }
    return { weights: r.weights, note: t("prioAhpCr", { cr }), error: null };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [method, points, ranks, judgements, lang]);

  const v = view.result;
  const write = () =>
    action.run(async () => {
      const rounded = roundWeights(proposal.weights!);
      const r = await runExcel((ctx) =>
        writeWeights(
          ctx,
          Object.fromEntries(CRITERIA.map((c, i) => [c, rounded[i]])) as Record<Criterion, number>,
        ),
      );
      void refresh();
      const notes = [
        r.missing.length || r.duplicate.length
          ? t("prioWeightsMissing", { keys: [...r.missing, ...r.duplicate].join(", ") })
          : "",
        r.changedMeanwhile.length ? t("msgChangedMeanwhile", { cells: r.changedMeanwhile.join(", ") }) : "",
      ].filter(Boolean);
      return [t("prioWeightsWritten"), ...notes].join(" ");
    });
  const addMissing = () =>
    action.run(async () => {
      await runExcel((ctx) =>
        addNeeds(
          ctx,
          v!.missing.map((m) => m.id),
          v!.lang,
          new Date().getFullYear(),
        ),
      );
      void refresh();
      return t("prioAdded");
    });
  const growRanking = () =>
    action.run(async () => {
      await runExcel((ctx) => updateSheets(ctx, v!.lang, new Date().getFullYear()));
      void refresh();
      return t("prioRankingUpdated");
    });
  const putOptimum = () => {
    setConfirming(false);
    return action.run(async () => {
      // with the stamp that lets Prioriteiten say whether the column is still current
      const n = await runExcel((ctx) => markOptimum(ctx, v!.optimum!.ids, v!.lang));
      return t("prioOptWritten", { count: n });
    });
  };

  const opt = v?.optimum;
  const plus = opt ? opt.ids.filter((id) => !opt.plan.ids.includes(id)) : [];
  const minus = opt ? opt.plan.ids.filter((id) => !opt.ids.includes(id)) : [];
  const budget = v?.settings.budget ?? null;
  const cap =
    v?.settings.hoursCap != null
      ? t("prioOptCap", { hours: formatNumber(v.settings.hoursCap, lang, 1) })
      : "";
  /** The top whose order the sensitivity keeps: at most five, all ranked needs when fewer. */
  const sensTop = Math.min(SENSITIVITY_TOP, v?.ranked.length ?? 0);
  const head = (
    <>
      <Body1 as="p" id="prio-title" style={{ margin: 0 }}>
        {t("prioIntro")}
      </Body1>
      <div>
        <Button onClick={() => void refresh()} disabled={view.busy}>
          {t("prioLoad")}
        </Button>
      </div>
      <OperationStatus {...statusOf(view)} busy={view.busy && !view.result} />
    </>
  );
  if (view.missingTables) {
    // without the analysis sheets there is nothing to weigh or rank: only what to do about it
    return (
      <section aria-labelledby="prio-title" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
        {head}
      </section>
    );
  }
  return (
    <section aria-labelledby="prio-title" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      {head}
      <ActionStatus action={action} />
      {v && v.missing.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t("prioMissing", { count: v.missing.length, ids: v.missing.map((m) => m.id).join(", ") })}{" "}
            <Button size="small" onClick={() => void addMissing()} disabled={action.busy}>
              {t("prioAddMissing")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {v && v.beyondRanking.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("prioRankingShort", { rows: v.rankingRows ?? 0, ids: v.beyondRanking.join(", ") })}{" "}
            <Button size="small" onClick={() => void growRanking()} disabled={action.busy}>
              {t("prioRankingUpdate")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {v && !v.weightsValid && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("prioWeightsInvalid")}</MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h2">{t("prioWeightsTitle")}</Subtitle2>
      <Field label={t("prioMethod")}>
        <RadioGroup value={method} onChange={(_, d) => setMethod(d.value as Method)}>
          <Radio value="points" label={t("prioMethodPoints")} />
          <Radio value="ranks" label={t("prioMethodRanks")} />
          <Radio value="ahp" label={t("prioMethodAhp")} />
        </RadioGroup>
      </Field>
      {method === "points" && (
        <div style={{ display: "grid", gridTemplateColumns: "1fr 80px", gap: 4, alignItems: "center" }}>
          {CRITERIA.map((c) => (
            <React.Fragment key={c}>
              <label htmlFor={`pts-${c}`}>{label(c)}</label>
              <Input
                id={`pts-${c}`}
                inputMode="decimal"
                value={points[c]}
                onChange={(_, d) => setPoints((p) => ({ ...p, [c]: d.value }))}
              />
            </React.Fragment>
          ))}
        </div>
      )}
      {method === "ranks" && (
        <Caption1 as="p" id="ranks-hint" style={{ margin: 0 }}>
          {t("prioRanksHint")}
        </Caption1>
      )}
      {method === "ranks" && (
        <div style={{ display: "grid", gridTemplateColumns: "1fr 80px", gap: 4, alignItems: "center" }}>
          {CRITERIA.map((c) => (
            <React.Fragment key={c}>
              <label htmlFor={`rank-${c}`}>{label(c)}</label>
              <Select
                id={`rank-${c}`}
                aria-label={t("prioRankLabel", { criterion: label(c) })}
                aria-describedby="ranks-hint"
                value={String(ranks[c])}
                onChange={(_, d) => {
                  ranksTouched.current = true;
                  setRanks((r) => ({ ...r, [c]: Number(d.value) }));
                }}
              >
                {CRITERIA.map((_, i) => (
                  <option key={i} value={i + 1}>
                    {i + 1}
                  </option>
                ))}
              </Select>
            </React.Fragment>
          ))}
        </div>
      )}
      {method === "ahp" && (
        <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
          {PAIRS.map(([i, j], k) => {
            const a = label(CRITERIA[i]);
            const b = label(CRITERIA[j]);
            return (
              <Field key={k} label={t("prioAhpPair", { a, b })}>
                <Select
                  value={String(judgements[k])}
                  onChange={(_, d) =>
                    setJudgements((js) => js.map((x, n) => (n === k ? Number(d.value) : x)))
                  }
                >
                  {[...SAATY].reverse().map((s) => (
                    <option key={s} value={String(s)}>
                      {s === 1
                        ? t("prioAhpEqual")
                        : s > 1
                          ? t("prioAhpLeft", { a, n: s })
                          : t("prioAhpRight", { b, n: Math.round(1 / s) })}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </div>
      )}
      {proposal.note && <Caption1>{proposal.note}</Caption1>}
      {proposal.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{proposal.error}</MessageBarBody>
        </MessageBar>
      )}
      {proposal.weights && (
        <div role="group" aria-label={t("prioWeightsPreview")}>
          <Caption1>{t("prioWeightsPreview")}</Caption1>
          <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
            {roundWeights(proposal.weights).map((w, i) => (
              <li key={CRITERIA[i]}>
                {label(CRITERIA[i])}: {pct(w)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <Button appearance="primary" onClick={() => void write()} disabled={!proposal.weights || action.busy}>
          {t("prioWriteWeights")}
        </Button>
      </div>

      {v && (
        <>
          <Subtitle2 as="h2">{t("prioTopTitle")}</Subtitle2>
          {v.ranked.length === 0 ? (
            <Caption1>{t("prioNone")}</Caption1>
          ) : (
            // three narrow columns; net cost and plan on a line below the need, so the table
            // reads at 320 px without squeezed headers
            <table className={styles.top} aria-label={t("prioTopTitle")}>
              <thead>
                <tr>
                  <th scope="col" className={styles.num}>
                    {t("prioColRank")}
                  </th>
                  <th scope="col">{t("prioColNeed")}</th>
                  <th scope="col" className={styles.num}>
                    {t("prioColScore")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {v.ranked.slice(0, TOP).map((n) => (
                  <tr key={n.row}>
                    <td className={styles.num}>{n.rank}</td>
                    <td>
                      <span className={styles.need}>
                        {n.questionId} {n.title}
                        {n.nearTie && <Caption1> ({t("prioNearTie")})</Caption1>}
                      </span>
                      <Caption1 className={styles.line}>
                        {t("prioNeedLine", {
                          cost: euro(n.netCost),
                          plan:
                            n.inPlan === null
                              ? t("prioNoPlan")
                              : n.inPlan
                                ? t("prioInPlan")
                                : t("prioNotInPlan"),
                        })}
                      </Caption1>
                    </td>
                    <td className={styles.num}>{num(n.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {v.ranked.some((n) => n.nearTie) && <Caption1>{t("prioNearTieNote")}</Caption1>}
          {v.unranked.length > 0 && (
            <Caption1>
              {t("prioUnranked", {
                list: v.unranked
                  .map((u) => {
                    const why = [u.status, u.rowProblem]
                      .filter((x): x is keyof typeof STATUS_KEY => !!x && x in STATUS_KEY)
                      .map((x) => t(STATUS_KEY[x]))
                      .join("; ");
                    return `${u.questionId || "?"} (${why})`;
                  })
                  .join(", "),
              })}
            </Caption1>
          )}

          {sensTop >= 2 && v.sensitivity.length > 0 && (
            <>
              <Subtitle2 as="h2">{t("prioSensTitle", { n: sensTop })}</Subtitle2>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {v.sensitivity.map((s) => (
                  <li key={s.criterion}>
                    {t("prioSensItem", {
                      criterion: label(s.criterion),
                      n: sensTop,
                      current: pct(s.current),
                      low: pct(s.low),
                      high: pct(s.high),
                    })}
                    {s.swapAbove && ` ${t("prioSensSwap", { a: s.swapAbove[0], b: s.swapAbove[1] })}`}
                  </li>
                ))}
              </ul>
            </>
          )}

          {v.ranked.length > 0 && (
            <>
              <Subtitle2 as="h2">{t("prioOptTitle")}</Subtitle2>
              {!opt || budget === null ? (
                <Caption1>{t("prioOptNoBudget")}</Caption1>
              ) : opt.ids.length === 0 ? (
                // nothing fits: say so plainly, with what the cheapest need costs
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {t("prioOptNothing", {
                      budget: euro(budget),
                      cap,
                      cheapest: euro(Math.min(...v.ranked.map((n) => n.netCost))),
                    })}
                  </MessageBarBody>
                </MessageBar>
              ) : (
                <>
                  <Body1 as="p" style={{ margin: 0 }}>
                    {t("prioOptSummary", {
                      budget: euro(budget),
                      cap,
                      count: opt.ids.length,
                      score: num(opt.score),
                      cost: euro(opt.cost),
                      hours: formatNumber(opt.hours, lang, 1),
                      planCount: opt.plan.ids.length,
                      planScore: num(opt.plan.score),
                      planCost: euro(opt.plan.cost),
                    })}
                  </Body1>
                  <Caption1>
                    {plus.length || minus.length
                      ? t("prioOptDiff", { plus: plus.join(", ") || "–", minus: minus.join(", ") || "–" })
                      : t("prioOptSame")}
                  </Caption1>
                  <div>
                    <Button onClick={() => setConfirming(true)} disabled={action.busy}>
                      {t("prioOptWrite")}
                    </Button>
                  </div>
                </>
              )}
            </>
          )}
        </>
      )}
      {v && <EquitySuggestions key={reads} />}
      <ConfirmDialog
        open={confirming}
        title={t("prioOptConfirmTitle")}
        body={t("prioOptConfirmBody", { count: opt?.ids.length ?? 0 })}
        onConfirm={() => void putOptimum()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

/** Why a need is not ranked, in the pane's language (ranked and blank rows are never listed). */
const STATUS_KEY: Record<Exclude<NeedStatus, "blank" | "ranked">, StringKey> = {
  unknownQuestion: "prioStatusUnknownQuestion",
  duplicate: "prioStatusDuplicate",
  notRealNeed: "prioStatusNotRealNeed",
  weightsInvalid: "prioStatusWeights",
  scoresInvalid: "prioStatusScores",
  costsInvalid: "prioStatusCosts",
  costsMissing: "prioStatusCostsMissing",
  notFeasible: "prioStatusNotFeasible",
};
