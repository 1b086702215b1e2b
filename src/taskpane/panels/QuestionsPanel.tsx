import React, { useCallback, useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { GapProposal } from "../../domain/proposals";
import type { Perspective } from "../../domain/questions";
import { generate } from "../../excel/generate";
import {
  addQuestions,
  applyCauses,
  CauseSuggestion,
  proposeQuestions,
  QuestionsOverview,
  readOverview,
  suggestCauses,
} from "../../excel/questions";
import { runExcel } from "../../excel/run";
import { formatFixed } from "../../i18n/numbers";
import type { StringKey } from "../../i18n/strings";
import type { WbLang } from "../../workbook/lang";
import { INSTRUMENTS, InstrumentKey } from "../../workbook/specs";
import { useI18n } from "../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { OperationStatus, statusOf } from "../OperationStatus";
import { useLiveRefresh } from "../useLiveRefresh";
import { useOperation } from "../useOperation";

const PER_LIST = 100;

const ROUTES: Record<Perspective, { steps: StringKey[]; instruments: InstrumentKey[] }> = {
  organisation: {
    steps: ["routeOrganisation1", "routeOrganisation2", "routeOrganisation3", "routeOrganisation4"],
    instruments: ["eightFields", "gilbert"],
  },
  functioning: {
    steps: ["routeFunctioning1", "routeFunctioning2", "routeFunctioning3", "routeFunctioning4"],
    instruments: ["starr", "pyramid", "gilbert"],
  },
  competence: {
    steps: ["routeCompetence1", "routeCompetence2", "routeCompetence3", "routeCompetence4"],
    instruments: ["starr", "pyramid"],
  },
};

const PERSPECTIVE_LABEL: Record<Perspective, StringKey> = {
  organisation: "perspectiveOrganisation",
  functioning: "perspectiveFunctioning",
  competence: "perspectiveCompetence",
};

const INSTRUMENT_LABEL: Record<InstrumentKey, StringKey> = {
  starr: "instrumentStarr",
  pyramid: "instrumentPyramid",
  eightFields: "instrumentEightFields",
  gilbert: "instrumentGilbert",
};

const proposalKey = (p: GapProposal) => `${p.team}\u0000${p.competenceId}`;
const suggestionKey = (s: CauseSuggestion) => `${s.from}${s.record}`;

export function QuestionsPanel() {
  const { t, lang: uiLang } = useI18n();
  const overview = useOperation<QuestionsOverview>({ keepResult: true });
  const sheets = useOperation<string>();
  const proposing = useOperation<GapProposal[]>();
  const adding = useOperation<string>();
  const causes = useOperation<CauseSuggestion[]>();
  const applying = useOperation<string>();
  const [perspective, setPerspective] = useState<Perspective>("competence");
  const [chosen, setChosen] = useState<Set<InstrumentKey>>(new Set(ROUTES.competence.instruments));
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [pickedCauses, setPickedCauses] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const fmt = (v: number | null) => (v === null ? "–" : formatFixed(v, uiLang, 2));

  const refresh = overview.run;
  const load = useCallback(() => refresh(() => runExcel(readOverview)), [refresh]);
  useEffect(() => {
    void load();
  }, [load]);

  const present = new Set(overview.result?.instruments ?? []);
  const wbLang: WbLang = overview.result?.present ? overview.result.lang : uiLang;
  // every chosen instrument is there already (and so is the Leervragen sheet): nothing to create
  const nothingToCreate = overview.result?.present === true && [...chosen].every((k) => present.has(k));

  // the counts follow the user's own edits; watched again when sheets appear
  const sheetsShape = overview.result ? `${overview.result.present}|${present.size}` : null;
  useLiveRefresh(sheetsShape, load);

  const choosePerspective = (p: Perspective) => {
    setPerspective(p);
    setChosen(new Set(ROUTES[p].instruments));
  };
  const toggle = <T,>(set: Set<T>, item: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(item);
    else next.delete(item);
    return next;
  };

  const createSheets = () =>
    sheets.run(async () => {
      const result = await runExcel((ctx) =>
        generate(ctx, { lang: wbLang, year: new Date().getFullYear(), instruments: [...chosen] }),
      );
      void load();
      return t("instrumentsDone", { created: result.createdTables.length });
    });

  const propose = () =>
    proposing.run(async (report) => {
      const { proposals } = await runExcel((ctx) =>
        proposeQuestions(ctx, (done, total) => report({ done, total })),
      );
      setPicked(new Set()); // the user picks which to add
      return proposals;
    });
  const proposals = proposing.result ?? [];
  const add = () =>
    adding.run(async () => {
      const selection = proposals.filter((p) => picked.has(proposalKey(p)));
      const added = await runExcel((ctx) => addQuestions(ctx, selection));
      void load();
      void propose();
      return [
        added.ids.length ? t("proposeAdded", { ids: added.ids.join(", ") }) : "",
        added.alreadyThere ? t("proposeAlreadyThere", { count: added.alreadyThere }) : "",
      ]
        .filter(Boolean)
        .join(" ");
    });

  const suggest = () =>
    causes.run(async () => {
      const { suggestions } = await runExcel(suggestCauses);
      // a blank cause is proposed ticked; replacing a cause someone chose needs a deliberate tick
      setPickedCauses(new Set(suggestions.filter((s) => s.current === "").map(suggestionKey)));
      return suggestions;
    });
  const suggestions = causes.result ?? [];
  const chosenCauses = suggestions.filter((s) => pickedCauses.has(suggestionKey(s)));
  const apply = () => {
    setConfirming(false);
    return applying.run(async () => {
      const count = await runExcel((ctx) => applyCauses(ctx, chosenCauses));
      void load();
      void suggest();
      return t("causesDone", { count });
    });
  };

  const counts = overview.result?.counts;
  return (
    <section aria-labelledby="questions-title" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Body1 as="p" id="questions-title" style={{ margin: 0 }}>
        {t("questionsIntro")}
      </Body1>
      <OperationStatus {...statusOf(overview)} />
      {overview.result && !overview.result.present && (
        <MessageBar intent="info">
          <MessageBarBody>{t("questionsMissing")}</MessageBarBody>
        </MessageBar>
      )}
      {counts && overview.result?.present && (
        <div role="group" aria-labelledby="counts-title">
          <Subtitle2 as="h2" id="counts-title">
            {t("questionsCountsTitle")}
          </Subtitle2>
          <dl
            style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: "2px 12px", margin: "4px 0" }}
            aria-live="polite"
          >
            {(
              [
                ["questionsCountReal", counts.realNeed],
                ["questionsCountReview", counts.toReview],
                ["questionsCountNot", counts.notTraining],
                ["questionsCountIncomplete", counts.incomplete],
              ] as [StringKey, number][]
            ).map(([label, n]) => (
              <React.Fragment key={label}>
                <dt style={{ fontWeight: 600, textAlign: "right", fontVariantNumeric: "tabular-nums" }}>
                  {n}
                </dt>
                <dd style={{ margin: 0 }}>{t(label)}</dd>
              </React.Fragment>
            ))}
          </dl>
          <Caption1 as="p" style={{ margin: "0 0 4px" }}>
            {t("questionsLive")}
          </Caption1>
          <Button size="small" onClick={() => void load()} disabled={overview.busy}>
            {t("questionsRefresh")}
          </Button>
        </div>
      )}

      <Subtitle2 as="h2">{t("routeTitle")}</Subtitle2>
      <Field label={t("routePerspective")}>
        <RadioGroup value={perspective} onChange={(_, d) => choosePerspective(d.value as Perspective)}>
          {(Object.keys(ROUTES) as Perspective[]).map((p) => (
            <Radio key={p} value={p} label={t(PERSPECTIVE_LABEL[p])} />
          ))}
        </RadioGroup>
      </Field>
      <ol style={{ margin: 0, paddingLeft: 20 }} aria-label={t(PERSPECTIVE_LABEL[perspective])}>
        {ROUTES[perspective].steps.map((s) => (
          <li key={s}>{t(s)}</li>
        ))}
      </ol>
      <fieldset style={{ border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: 4, padding: 8 }}>
        <legend>{t("instrumentsLabel")}</legend>
        {INSTRUMENTS.map((k) => (
          <Checkbox
            key={k}
            checked={present.has(k) || chosen.has(k)}
            disabled={present.has(k)}
            onChange={(_, d) => setChosen((c) => toggle(c, k, Boolean(d.checked)))}
            label={
              present.has(k)
                ? t("instrumentPresent", { name: t(INSTRUMENT_LABEL[k]) })
                : t(INSTRUMENT_LABEL[k])
            }
            style={{ display: "flex" }}
          />
        ))}
        <Button
          appearance="primary"
          onClick={() => void createSheets()}
          disabled={sheets.busy || nothingToCreate}
        >
          {t("instrumentsGenerate")}
        </Button>
      </fieldset>
      <OperationStatus {...statusOf(sheets)} />
      <Done text={sheets.result} />

      <Subtitle2 as="h2">{t("proposeTitle")}</Subtitle2>
      <Field hint={t("proposeHint")}>
        <Button onClick={() => void propose()} disabled={proposing.busy || adding.busy}>
          {t("proposeRun")}
        </Button>
      </Field>
      <OperationStatus {...statusOf(proposing)} />
      {proposing.result && proposals.length === 0 && <Done text={t("proposeNone")} intent="info" />}
      {proposals.length > 0 && (
        <div role="group" aria-label={t("proposeTitle")}>
          <div style={{ display: "flex", gap: 8 }}>
            <Button
              size="small"
              onClick={() => setPicked(new Set(proposals.slice(0, PER_LIST).map(proposalKey)))}
            >
              {t("proposeSelectAll")}
            </Button>
            <Button size="small" onClick={() => setPicked(new Set())}>
              {t("proposeSelectNone")}
            </Button>
          </div>
          {proposals.slice(0, PER_LIST).map((p) => (
            <Checkbox
              key={proposalKey(p)}
              style={{ display: "flex" }}
              checked={picked.has(proposalKey(p))}
              onChange={(_, d) => setPicked((s) => toggle(s, proposalKey(p), Boolean(d.checked)))}
              label={t("proposeItem", {
                competence: p.competenceName || p.competenceId,
                team: p.team,
                gap: fmt(p.averageGap),
                future: fmt(p.averageFutureGap),
                assessed: p.assessed,
              })}
            />
          ))}
          {proposals.length > PER_LIST && (
            <Caption1>{t("checkMore", { count: proposals.length - PER_LIST })}</Caption1>
          )}
          <div>
            <Button
              appearance="primary"
              onClick={() => void add()}
              disabled={adding.busy || picked.size === 0}
            >
              {t("proposeAdd", { count: proposals.filter((p) => picked.has(proposalKey(p))).length })}
            </Button>
          </div>
        </div>
      )}
      <OperationStatus {...statusOf(adding)} />
      <Done text={adding.result} />

      <Subtitle2 as="h2">{t("causesTitle")}</Subtitle2>
      <div>
        <Button onClick={() => void suggest()} disabled={causes.busy || applying.busy}>
          {t("causesRun")}
        </Button>
      </div>
      <OperationStatus {...statusOf(causes)} />
      {causes.result && suggestions.length === 0 && <Done text={t("causesNone")} intent="info" />}
      {suggestions.length > 0 && (
        <div role="group" aria-label={t("causesTitle")}>
          {suggestions.map((s) => (
            <Checkbox
              key={suggestionKey(s)}
              style={{ display: "flex" }}
              checked={pickedCauses.has(suggestionKey(s))}
              onChange={(_, d) => setPickedCauses((c) => toggle(c, suggestionKey(s), Boolean(d.checked)))}
              label={t("causesItem", {
                id: s.questionId,
                title: s.title,
                current: s.current === "" ? t("causesBlank") : String(s.current),
                proposed: s.proposedLabel,
                from: s.from === "pyramid" ? t("causesFromPyramid") : t("causesFromGilbert"),
                record: s.recordAddress,
              })}
            />
          ))}
          <div>
            <Button
              appearance="primary"
              onClick={() => setConfirming(true)}
              disabled={applying.busy || chosenCauses.length === 0}
            >
              {t("causesApply", { count: chosenCauses.length })}
            </Button>
          </div>
        </div>
      )}
      <OperationStatus {...statusOf(applying)} />
      <Done text={applying.result} />
      <ConfirmDialog
        open={confirming}
        title={t("causesConfirmTitle")}
        body={t("causesConfirmBody", { count: chosenCauses.length })}
        onConfirm={() => void apply()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

function Done({ text, intent = "success" }: { text: string | null; intent?: "success" | "info" }) {
  if (!text) return null;
  return (
    <MessageBar intent={intent} role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
