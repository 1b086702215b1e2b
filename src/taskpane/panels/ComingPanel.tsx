import React from "react";
import { Body1, Subtitle2 } from "@fluentui/react-components";
import { StringKey } from "../../i18n/strings";
import { useI18n } from "../i18n";

/** A panel a later release fills; says plainly that it is not there yet. */
export function ComingPanel({ text }: { text: StringKey }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="coming-title">
      <Subtitle2 as="h2" id="coming-title">
        {t("comingTitle")}
      </Subtitle2>
      <Body1 as="p">{t(text)}</Body1>
    </section>
  );
}
