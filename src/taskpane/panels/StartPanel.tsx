import React from "react";
import { Body1 } from "@fluentui/react-components";
import { useI18n } from "../i18n";

export function StartPanel() {
  const { t } = useI18n();
  return <Body1 as="p">{t("startIntro")}</Body1>;
}
