import React, { useState } from "react";
import { Body1, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ProfileProposal } from "../../domain/profiles";
import { runExcel } from "../../excel/run";
import { ConfirmDialog } from "../ConfirmDialog";
import { useI18n } from "../i18n";
import { OperationStatus } from "../OperationStatus";
import { useOperation } from "../useOperation";

/** The profile services load with the first click (they pull the table readers in). */
const services = () => import("../../excel/profiles");

/**
 * Start's "Functieprofielen voorstellen": proposes function profiles from the levels typed in the
 * gap register (most common level per function × competence, ties to the higher one) and appends
 * them to Functieprofielen only after the user confirms; existing profile rows are never touched.
 */
export function ProfileProposals() {
  const { t } = useI18n();
  const reading = useOperation<{ proposals: ProfileProposal[]; covered: number }>();
  const adding = useOperation<{ added: number; duplicates: number }>();
  const [confirm, setConfirm] = useState(false);
  const found = reading.result;
  const show = (p: ProfileProposal) =>
    t("profilesItem", {
      function: p.function,
      competence: p.competenceId,
      now: p.requiredNow,
      horizon: p.requiredAtHorizon ?? p.requiredNow,
      agreeing: p.agreeing,
      rows: p.rows,
    });
  return (
    <section aria-labelledby="profiles-title" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Body1 as="p" id="profiles-title" style={{ margin: 0 }}>
        {t("profilesHint")}
      </Body1>
      <Button
        onClick={() =>
          void reading.run(async (report) => {
            const { readProfileProposals } = await services();
            return runExcel((ctx) => readProfileProposals(ctx, (done, total) => report({ done, total })));
          })
        }
        disabled={reading.busy || adding.busy}
      >
        {t("profilesRun")}
      </Button>
      <OperationStatus
        busy={reading.busy}
        progress={reading.progress}
        error={reading.error}
        onRetry={reading.retry}
        onDismiss={reading.dismiss}
      />
      {found && !found.proposals.length && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t("profilesNone", { covered: found.covered })}</MessageBarBody>
        </MessageBar>
      )}
      {found && found.proposals.length > 0 && (
        <>
          <Body1 as="p" style={{ margin: 0 }}>
            {t("profilesFound", { count: found.proposals.length, covered: found.covered })}
          </Body1>
          <ul
            aria-label={t("profilesListLabel")}
            style={{ margin: 0, paddingInlineStart: 20, maxHeight: 180, overflowY: "auto" }}
          >
            {found.proposals.slice(0, 50).map((p) => (
              <li key={`${p.function}\u0000${p.competenceId}`}>{show(p)}</li>
            ))}
            {found.proposals.length > 50 && (
              <li>{t("profilesMore", { count: found.proposals.length - 50 })}</li>
            )}
          </ul>
          <Button appearance="primary" onClick={() => setConfirm(true)} disabled={adding.busy}>
            {t("profilesAdd", { count: found.proposals.length })}
          </Button>
        </>
      )}
      <OperationStatus
        busy={adding.busy}
        progress={null}
        error={adding.error}
        onRetry={adding.retry}
        onDismiss={adding.dismiss}
      />
      {adding.result && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t("profilesAdded", { count: adding.result.added })}
            {adding.result.duplicates
              ? ` ${t("profilesDuplicates", { count: adding.result.duplicates })}`
              : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      <ConfirmDialog
        open={confirm}
        title={t("profilesConfirmTitle")}
        body={t("profilesConfirmBody", { count: found?.proposals.length ?? 0 })}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          const proposals = found?.proposals ?? [];
          void adding.run(async () => {
            const { addProfiles } = await services();
            const r = await runExcel((ctx) => addProfiles(ctx, proposals));
            return { added: r.added, duplicates: r.duplicates.length };
          });
        }}
      />
    </section>
  );
}
